import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../guardrails/resilience/index.js';
import { startSilentTcpServer, unusedPort } from '../smtp/__fixtures__/start-test-smtp-server.js';
import { createImapInboxReader, type ImapInboxReaderSettings } from './create-imap-inbox-reader.js';

const reader = (overrides: Partial<ImapInboxReaderSettings>) =>
  createImapInboxReader({
    host: '127.0.0.1',
    port: 1,
    secure: false,
    user: 'ada@example.com',
    password: 'imap-test-password',
    resilientCall: createResilientCall({
      breaker: createCircuitBreaker({ name: 'imap', clock: createFakeClock() }),
      timeoutMs: 5_000,
      retry: { maxRetries: 0 },
    }),
    ...overrides,
  });

describe('IMAP inbox reader without a server (RES-1, RES-2)', () => {
  it('RES-1: connection refused is a retryable vendor_error', async () => {
    await expect(reader({ port: await unusedPort() }).fetchSince(null)).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
      details: { connection: true },
    });
  });

  it('RES-2: a server that never greets fails with timeout at timeoutMs (±10% plus slack)', async () => {
    const silent = await startSilentTcpServer();
    try {
      const started = performance.now();
      await expect(reader({ port: silent.port, timeoutMs: 500 }).fetchSince(null)).rejects.toMatchObject({
        code: 'timeout',
      });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(450);
      expect(elapsed).toBeLessThan(1_500);
    } finally {
      await silent.close();
    }
  });

  it('refuses to start without a password or with a zero batch', () => {
    expect(() => reader({ password: '' })).toThrow(/IMAP password/);
    expect(() => reader({ maxMessagesPerFetch: 0 })).toThrow(/limits/);
  });
});
