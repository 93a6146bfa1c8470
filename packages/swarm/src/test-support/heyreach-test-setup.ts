import { createFakeClock, type FakeClock } from '../guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall, type CircuitBreaker } from '../guardrails/resilience/index.js';
import type { OutboundMessage } from '../ports/outbound-transport.js';
import { createHeyReachClient } from '../adapters/heyreach/create-heyreach-client.js';
import type { HeyReachClient } from '../adapters/heyreach/heyreach-client.js';

/** A client wired like production (breaker → retry → timeout) against a fake, with instant retry sleeps. */
export function heyReachClientFor(
  baseUrl: string,
  options: { apiKey?: string; timeoutMs?: number; maxRetries?: number } = {},
): { client: HeyReachClient; breaker: CircuitBreaker; clock: FakeClock } {
  const clock = createFakeClock();
  const breaker = createCircuitBreaker({ name: 'heyreach', clock });
  const resilientCall = createResilientCall({
    breaker,
    timeoutMs: options.timeoutMs ?? 10_000,
    retry: { maxRetries: options.maxRetries ?? 3, sleep: async () => undefined, random: () => 0 },
  });
  const client = createHeyReachClient({
    apiKey: options.apiKey ?? 'test-heyreach-key',
    baseUrl,
    fetch,
    clock,
    resilientCall,
  });
  return { client, breaker, clock };
}

/** An approved LinkedIn message for a lead at a reserved domain. */
export function linkedInMessage(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    outboxId: 'outbox-1',
    idempotencyKey: 'send:lead-1:1:linkedin',
    channel: 'linkedin',
    messageId: '<outbox-1@caio.example.com>',
    from: '113298',
    to: 'https://www.linkedin.com/in/ada-example/',
    subject: '',
    text: 'Ada, saw the Example Corp launch: worth a short chat?',
    raw: '',
    sequenceStep: 1,
    inReplyTo: null,
    references: [],
    lead: {
      id: 'lead-1',
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Example',
      companyName: 'Example Corp',
      linkedinUrl: 'https://www.linkedin.com/in/ada-example',
    },
    ...overrides,
  };
}
