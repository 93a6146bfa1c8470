import { createMimeMessageRenderer } from '../../adapters/mime/index.js';
import type { SendPolicyDependencies } from '../../outbound/policy/create-send-policy.js';
import { defaultSendWindow } from '../../outbound/policy/send-window.js';
import type { Clock } from '../../ports/clock.js';
import type { OutboxRenderingDependencies } from '../../pipeline/run/outbox-rendering.js';

/** The send-policy settings every test worker shares (the ports and caps each test picks are left out). */
export type FixedSendPolicySettings = Pick<
  SendPolicyDependencies,
  'ramp' | 'exclusions' | 'window' | 'locales' | 'holidays' | 'fallbackTimeZone' | 'breakers'
>;

/**
 * The fixed settings of a test send worker (`send-worker-fixture.ts` and the chaos worlds): the ramp
 * off (0 supervised days), no exclusions, the default SPEC §3.7 send window in New York (no locale
 * resolution, no holidays), no open breakers, and the rendering of a sender with a postal address
 * and an unsubscribe link (EM-1) on `clock`.
 */
export function sendWorkerTestSettings(clock: Clock): {
  policy: FixedSendPolicySettings;
  rendering: OutboxRenderingDependencies;
} {
  return {
    policy: {
      ramp: { limitPerDay: 50, tiers: ['tier_1', 'tier_2', 'tier_3'], supervisedDays: 0 },
      exclusions: { customerDomains: [], competitorDomains: [], emails: [] },
      window: defaultSendWindow,
      locales: { resolve: () => null },
      holidays: { publicHolidayOn: () => null },
      fallbackTimeZone: 'America/New_York',
      breakers: { load: async () => null },
    },
    rendering: {
      sender: {
        name: 'Ana Seller',
        title: 'AE',
        company: 'Seller Co',
        email: 'ana@cold.example.com',
        postalAddress: '1 Main Street, Springfield, IL 62701',
      },
      unsubscribe: { baseUrl: 'https://caio.example.com', secret: 'test-unsubscribe-secret-0123456789abcdef' },
      renderer: createMimeMessageRenderer(),
      clock,
      newId: () => crypto.randomUUID(),
    },
  };
}
