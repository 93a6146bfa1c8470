import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Mode } from '../domain/agents.js';
import { createActionGateway } from '../guardrails/action-gateway.js';
import { createHourlyRateLimiter } from '../guardrails/hourly-rate-limiter.js';
import { parsePermissionMatrix } from '../guardrails/permission-matrix.js';
import type { ControlFlags, KillSwitchName } from '../ports/control-flags.js';
import { approveQueuedDraft } from '../pipeline/approval/decide-approval.js';
import { leadStatusPolicy } from '../signals/lead-status-policy.js';
import { createLeadStatusRepository } from '../store/repositories/lead-status-repository.js';
import { createOutboxDeliveryRepository } from '../store/repositories/outbox-delivery-repository.js';
import { createReplyEffectsRepository } from '../store/repositories/reply-effects-repository.js';
import { createSendReservationRepository } from '../store/repositories/send-reservation-repository.js';
import { createApprovalDeskFixture, type ApprovalDeskFixture } from './approval-desk-fixture.js';
import type { TestDatabase } from './test-database.js';
import { createSendDecisions } from '../outbound/policy/send-decisions.js';
import { createSendPolicy } from '../outbound/policy/create-send-policy.js';
import { createSendTransports } from '../outbound/delivery/create-send-transports.js';
import type { SendWorkerDependencies } from '../outbound/delivery/send-worker-dependencies.js';
import { createSpyTransport, type SpyTransport } from './spy-transport.js';
import { sendWorkerTestSettings } from './send-chaos/send-worker-test-settings.js';

const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
);

/** Kill switches tests flip by hand (an in-memory ControlFlags). */
export interface SwitchBoard extends ControlFlags {
  on: Set<KillSwitchName>;
}

function createSwitchBoard(): SwitchBoard {
  const on = new Set<KillSwitchName>();
  return {
    on,
    read: async () => ({
      EMERGENCY_STOP: on.has('EMERGENCY_STOP'),
      PAUSE_ALL_SENDS: on.has('PAUSE_ALL_SENDS'),
      SHADOW_MODE_OVERRIDE: on.has('SHADOW_MODE_OVERRIDE'),
      REQUIRE_MANUAL_APPROVAL: on.has('REQUIRE_MANUAL_APPROVAL'),
      sources: {},
    }),
    set: async (name, value) => void (value ? on.add(name) : on.delete(name)),
  };
}

export interface SendWorkerFixture {
  desk: ApprovalDeskFixture;
  dependencies: SendWorkerDependencies;
  transport: SpyTransport;
  switches: SwitchBoard;
  alerts: string[];
  /** Reservations kept in the SQL ledger since `since`. */
  ledgerCountSince(since: Date): Promise<number>;
  /** Seeds `count` approvals and approves them; returns each approval's send-job payload. */
  approved(count: number): Promise<{ approvalId: string; draftId: string; contentHash: string }[]>;
}

/**
 * The send worker on the real store (PGlite, fresh schema), the real gateway, permission matrix,
 * send policy and SQL ledger, with a spy transport, switchable kill switches and a fake clock at
 * Monday 2026-11-23 10:00 in New York (inside the default send window).
 */
export function createSendWorkerFixture(database: TestDatabase, options: { mode?: Mode } = {}): SendWorkerFixture {
  const mode = options.mode ?? 'assisted';
  const desk = createApprovalDeskFixture(database);
  desk.clock.advance(new Date('2026-11-23T15:00:00Z').getTime() - desk.clock.now().getTime());
  const { clock, store } = desk;
  const switches = createSwitchBoard();
  const transport = createSpyTransport();
  const delivery = createOutboxDeliveryRepository(database.db);
  const ledger = createSendReservationRepository(database.db);
  const decisions = createSendDecisions();
  const mailboxes = [{ address: 'ana@cold.example.com', stream: 'cold' as const, platform: 'smtp' }];
  const alerts: string[] = [];
  const settings = sendWorkerTestSettings(clock);
  const dependencies: SendWorkerDependencies = {
    store,
    delivery,
    leadStatus: createLeadStatusRepository(database.db, { clock, policy: leadStatusPolicy }),
    gateway: createActionGateway({
      matrix,
      controlFlags: switches,
      mode,
      rateLimiter: createHourlyRateLimiter(),
      audit: store.audit,
      clock,
      redact: (text) => text,
    }),
    policy: createSendPolicy({
      ...settings.policy,
      mode,
      controlFlags: switches,
      suppression: store.suppression,
      contactHistory: delivery,
      pauses: createReplyEffectsRepository(database.db),
      mailboxes,
      limits: {
        monthly: 3000,
        daily: 150,
        hourly: 20,
        perRecipientDomainPerHour: 5,
        mailboxSpacingSeconds: 30,
        mailboxDaily: 30,
      },
      ledger,
      clock,
      decisions,
    }),
    decisions,
    ledger,
    transports: createSendTransports({ mailboxes, transports: [transport] }),
    rendering: settings.rendering,
    clock,
    alert: async ({ text }) => void alerts.push(text),
  };
  return {
    desk,
    dependencies,
    transport,
    switches,
    alerts,
    ledgerCountSince: (since) => ledger.countSince(since),
    async approved(count) {
      const seeded = await desk.seedQueue(count, {
        // EM-1: the footer the crafter appends (postal address, opt-out line with link).
        body: (seed) =>
          `Hi Person${seed},\n\nA short note about operations.\n\nBest,\nAna\n\nSeller Co, 1 Main Street, Springfield, IL 62701\nNot interested? Unsubscribe: https://caio.example.com/u/token-${seed}`,
      });
      const payloads = [];
      for (const approvalId of seeded.approvalIds) {
        await approveQueuedDraft(
          { store, jobs: desk.jobs, clock, mode },
          { approvalId, actor: 'head-of-sales@example.com' },
        );
        const job = desk.jobs.sent.at(-1);
        payloads.push(job?.payload as { approvalId: string; draftId: string; contentHash: string });
      }
      return payloads;
    },
  };
}
