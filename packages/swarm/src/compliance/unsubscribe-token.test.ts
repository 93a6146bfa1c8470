import { describe, expect, it } from 'vitest';
import { isCaioError } from '../domain/errors.js';
import { createUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from './unsubscribe-token.js';

const secret = 'test-secret-0123456789-abcdefghij';
const issuedAt = new Date('2026-01-15T09:30:00.000Z');
const recipient = 'grace.example@circuithub.test';

describe('unsubscribe tokens', () => {
  it('EM-3: round-trips recipient, list and issue time', () => {
    const token = createUnsubscribeToken(secret, recipient, 'cold-outreach', { issuedAt });
    expect(verifyUnsubscribeToken(secret, token)).toEqual({ valid: true, recipient, list: 'cold-outreach', issuedAt });
  });

  it('EM-3: is opaque — base64url, no raw address or its base64 inside', () => {
    const token = createUnsubscribeToken(secret, recipient, 'cold-outreach', { issuedAt });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = Buffer.from(token, 'base64url').toString('latin1');
    for (const needle of ['grace', 'circuithub', 'cold-outreach']) {
      expect(token.toLowerCase()).not.toContain(needle);
      expect(decoded.toLowerCase()).not.toContain(needle);
    }
    expect(token).not.toContain(Buffer.from(recipient).toString('base64url').slice(0, 12));
  });

  it('EM-3: binds recipient and list — another recipient or list gives another token; the address is normalised', () => {
    const token = createUnsubscribeToken(secret, recipient, 'cold-outreach', { issuedAt });
    expect(createUnsubscribeToken(secret, 'other@circuithub.test', 'cold-outreach', { issuedAt })).not.toBe(token);
    expect(createUnsubscribeToken(secret, recipient, 'nurture', { issuedAt })).not.toBe(token);
    expect(createUnsubscribeToken(secret, ` ${recipient.toUpperCase()} `, 'cold-outreach', { issuedAt })).toBe(token);
  });

  it('EM-3: any tampered byte, a truncated token or another secret is invalid', () => {
    const token = createUnsubscribeToken(secret, recipient, 'cold-outreach', { issuedAt });
    const bytes = Buffer.from(token, 'base64url');
    for (let index = 0; index < bytes.length; index++) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] as number) ^ 0x01;
      expect(verifyUnsubscribeToken(secret, tampered.toString('base64url')).valid, `byte ${index}`).toBe(false);
    }
    expect(verifyUnsubscribeToken(secret, token.slice(0, -4)).valid).toBe(false);
    expect(verifyUnsubscribeToken(secret, token.slice(0, 20))).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyUnsubscribeToken(secret, `${token}!`)).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyUnsubscribeToken('another-secret-0123456789-abcdefgh', token)).toEqual({
      valid: false,
      reason: 'bad_signature',
    });
  });

  it('EM-3: a link issued more than 365 days ago still verifies (tokens do not expire)', () => {
    const old = new Date('2024-01-01T00:00:00.000Z');
    const token = createUnsubscribeToken(secret, recipient, 'cold-outreach', { issuedAt: old });
    expect(verifyUnsubscribeToken(secret, token)).toMatchObject({ valid: true, recipient, issuedAt: old });
  });

  it('refuses a short secret with a config error that says what to do', () => {
    let caught: unknown;
    try {
      createUnsubscribeToken('short', recipient, 'cold-outreach', { issuedAt });
    } catch (error) {
      caught = error;
    }
    expect(isCaioError(caught) && caught.code).toBe('config_invalid');
    expect((caught as Error).message).toContain('at least 32 characters');
  });

  it('builds {base}/u/{token} links', () => {
    expect(unsubscribeUrl('https://mail.example.com/', 'abc_-1')).toBe('https://mail.example.com/u/abc_-1');
    expect(unsubscribeUrl('http://127.0.0.1:8080', 'abc')).toBe('http://127.0.0.1:8080/u/abc');
  });
});
