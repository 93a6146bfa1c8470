import { describe, expect, it } from 'vitest';

describe('public entries caio-swarm/defence and caio-swarm/webhooks', () => {
  it('ARCHITECTURE public API: the defence entry exports exactly the documented functions', async () => {
    const entry = await import('./defence.js');
    expect(Object.keys(entry).sort()).toEqual(['detectPii', 'redactPii', 'screenUntrustedText']);
  });

  it('ARCHITECTURE public API: the webhooks entry exports the verifiers and the in-memory replay store', async () => {
    const entry = await import('./webhooks.js');
    expect(Object.keys(entry).sort()).toEqual([
      'createMemoryReplayStore',
      'verifySlackRequest',
      'verifyStandardWebhook',
    ]);
  });
});
