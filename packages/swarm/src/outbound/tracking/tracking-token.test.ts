import { describe, expect, it } from 'vitest';
import { isCaioError } from '../../domain/errors.js';
import { createUnsubscribeToken } from '../../compliance/index.js';
import { createTrackingToken, verifyTrackingToken } from './tracking-token.js';

const secret = 'tracking-secret-0123456789-abcdefghij';
const outboxId = '6f1c2a9e-0000-4000-8000-000000000001';
const url = 'https://www.example.com/case-study?utm_source=email#results';

function flipCharacter(token: string, index: number): string {
  const replacement = token[index] === 'A' ? 'B' : 'A';
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

describe('tracking tokens (SPEC §4 /t/o and /t/c)', () => {
  it('round-trips open and click claims; a click binds the exact URL', () => {
    const open = createTrackingToken(secret, { outboxId, kind: 'open' });
    const click = createTrackingToken(secret, { outboxId, kind: 'click', url });
    expect(open).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(verifyTrackingToken(secret, open)).toEqual({ valid: true, claims: { outboxId, kind: 'open' } });
    expect(verifyTrackingToken(secret, click)).toEqual({ valid: true, claims: { outboxId, kind: 'click', url } });
  });

  it('refuses a token tampered at any byte (tag, payload or version)', () => {
    const token = createTrackingToken(secret, { outboxId, kind: 'click', url });
    for (let index = 0; index < token.length; index += 3) {
      expect(verifyTrackingToken(secret, flipCharacter(token, index)).valid, `index ${index}`).toBe(false);
    }
  });

  it('refuses a forged token: a changed URL re-encoded with the old tag, another secret, an unsubscribe token', () => {
    const token = createTrackingToken(secret, { outboxId, kind: 'click', url });
    const bytes = Buffer.from(token, 'base64url');
    const forgedPayload = Buffer.from(JSON.stringify({ o: outboxId, k: 'c', u: 'https://attacker.example.net/' }));
    const forged = Buffer.concat([bytes.subarray(0, 33), forgedPayload]).toString('base64url');
    expect(verifyTrackingToken(secret, forged)).toEqual({ valid: false, reason: 'bad_signature' });
    const otherSecret = createTrackingToken('another-secret-0123456789-abcdefgh', { outboxId, kind: 'open' });
    expect(verifyTrackingToken(secret, otherSecret).valid).toBe(false);
    const unsubscribe = createUnsubscribeToken(secret, 'lead@example.com', 'cold-outreach', {
      issuedAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(verifyTrackingToken(secret, unsubscribe).valid).toBe(false);
  });

  it('refuses malformed input without throwing', () => {
    for (const token of ['', 'not a token', '../../etc/passwd', 'A'.repeat(5000), token32()]) {
      expect(verifyTrackingToken(secret, token)).toMatchObject({ valid: false });
    }
  });

  it('refuses to sign a click to a non-http(s) or whitespace URL, and a weak secret', () => {
    for (const bad of [
      'javascript:alert(1)',
      'mailto:a@example.com',
      '/relative',
      'https://example.com/a b',
      'https://',
    ]) {
      expect(() => createTrackingToken(secret, { outboxId, kind: 'click', url: bad })).toThrow(/http\(s\)/);
    }
    try {
      createTrackingToken('short', { outboxId, kind: 'open' });
      expect.unreachable();
    } catch (error) {
      expect(isCaioError(error) && error.code).toBe('config_invalid');
    }
  });
});

function token32(): string {
  return Buffer.alloc(32, 1).toString('base64url');
}
