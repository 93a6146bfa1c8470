import type { Context } from 'hono';
import type { Mode } from '../domain/agents.js';
import type { ApprovalDeskStore } from '../ports/approval-desk-store.js';
import type { Clock } from '../ports/clock.js';
import type { ControlFlags } from '../ports/control-flags.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { OnceKeyStore } from '../ports/once-key-store.js';
import type { Store } from '../ports/pipeline-store.js';
import type { RunLog } from '../ports/run-log.js';
import type { ApiToken } from './api-token.js';
import type { ServerEnv } from './server-env.js';
import type { ReplayStore } from '../webhooks/index.js';
import type { ComplianceDependencies } from '../compliance/index.js';
import type { TrackingRouteDependencies } from './routes/tracking-routes.js';
import type { IcsFeedRouteDependencies } from './routes/ics-feed-routes.js';
import type { SendExplanation } from '../outbound/delivery/index.js';
import type { InboundVendor, WebhookRejectionTelemetry } from '../inbound/index.js';
import type { WebhookEventStore } from '../ports/webhook-event-store.js';
import type { InboxStore } from '../ports/inbox-store.js';
import type { ServerMeetingDependencies } from './routes/meeting-routes.js';
import type { MeetingChangeDependencies } from '../scheduling/conversation/index.js';

/**
 * What the inbound webhook routes need (SPEC §4, specs/security.md WH-1…WH-8, WH-11). Absent, or a
 * route with no secret, answers 503 `webhook_not_configured` (WH-5).
 */
export interface InboundWebhookDependencies {
  /** Shared secrets per vendor route (`INSTANTLY_WEBHOOK_SECRET`, …): one or two, ≥ 16 bytes each (WH-6, WH-11). */
  vendorSecrets: Readonly<Partial<Record<InboundVendor, readonly string[]>>>;
  /** `whsec_` secrets per configured Standard Webhooks source (`STANDARD_WEBHOOK_SECRET_<SOURCE>`); a source listed with none answers 503. */
  standardSecrets: Readonly<Record<string, readonly string[]>>;
  /** Dedupe + durable store; its insert and the `inbound-event` enqueue share one transaction. */
  events: WebhookEventStore;
  /** Replay cache keyed on the Standard Webhooks `webhook-id` (WH-4, TTL ≥ 600 s). */
  replayStore: ReplayStore;
  /** Rejection telemetry (WH-8): reason code, source and route only. */
  onRejected?: (rejection: WebhookRejectionTelemetry) => void;
  /**
   * Vendor routes this deployment uses (`webhooks.vendors`). `/ready` fails while one of them, or any
   * configured Standard Webhooks source, has no secret (WH-5). Default: none expected.
   */
  expectedVendors?: readonly InboundVendor[];
}

/**
 * What `POST /slack/interactions` needs (SPEC §3.6, specs/security.md WH-1…WH-9). Absent, or with no
 * signing secret, the route answers 503 `slack_not_configured`.
 */
export interface SlackInteractionDependencies {
  /** `SLACK_SIGNING_SECRET`, plus `SLACK_SIGNING_SECRET_PREVIOUS` during a rotation (WH-6: at most two). */
  signingSecrets: readonly string[];
  /** Slack user ids whose clicks count (WH-9 allowlist). */
  approverUserIds: readonly string[];
  /** Durable once-keys: a click executes at most once, even across restarts. */
  onceKeys: OnceKeyStore;
  /** Replay cache keyed on `x-slack-signature` (WH-4). */
  replayStore: ReplayStore;
  /** When set, the clicked message is updated (`chat.update`) to show the decision. */
  notifier?: ChatNotifier;
}

/** What the unsubscribe and GDPR routes need (see {@link ServerDependencies.compliance}). */
export interface ServerComplianceDependencies {
  /**
   * The deployment unsubscribe secret (`resolveUnsubscribeSecret`); ≥ 16 bytes. Absent (a shared
   * database without `CAIO_UNSUBSCRIBE_SECRET`) = `/u/{token}` shows the neutral "unavailable" page.
   */
  unsubscribeSecret?: string;
  useCases: ComplianceDependencies;
}

/**
 * Everything the HTTP app needs, passed in by the composition root (`main/serve-command.ts`); the
 * server itself never opens a database or reads the environment.
 */
export interface ServerDependencies {
  /** Accepted API tokens (hashes only); empty = strict mode, `/api/*` answers 503 (SPEC §14). */
  tokens: readonly ApiToken[];
  /** Exact origins allowed by CORS (AUTH-3). */
  corsOrigins: readonly string[];
  clock: Clock;
  killSwitches: Pick<ControlFlags, 'read'>;
  /** Resolves when the database answers; `/ready` reports 503 when it throws. */
  checkDatabase: () => Promise<void>;
  store: Store;
  desk: ApprovalDeskStore;
  runLog: RunLog;
  /** The job queue approvals enqueue sends on (may start lazily). */
  jobs: JobQueue;
  mode: Mode;
  newId: () => string;
  /** How long a frozen batch stays executable, in milliseconds. */
  batchTtlMs: number;
  /** The resolved configuration; `GET /api/config` shows it with secrets redacted. */
  config: unknown;
  /** The client address for the brute-force guard; default: the Node socket's remote address. */
  clientAddress?: (context: Context<ServerEnv>) => string;
  /** The dashboard's static build (`packages/dashboard/dist`), served at `/` when present. */
  dashboardDirectory?: string;
  /** Slack interactivity; absent = `/slack/interactions` answers 503. */
  slack?: SlackInteractionDependencies;
  /** Inbound vendor and Standard Webhooks routes; absent = every `/webhooks/*` route answers 503. */
  inbound?: InboundWebhookDependencies;
  /**
   * Compliance (SPEC §15, EM-3/EM-4, GDPR-1/2): the unsubscribe secret that verifies `/u/{token}`
   * links and the use-case dependencies. Absent = `/u/{token}` shows a neutral "unavailable" page
   * and `/api/gdpr/*` answers 503 `compliance_not_configured`.
   */
  compliance?: ServerComplianceDependencies;
  /** `GET /api/leads/{id}/why` (issue 4): explains why a lead is not sending; absent = 500 `config_invalid`. */
  explainSending?: (leadId: string) => Promise<SendExplanation>;
  /** The unified inbox (`GET /api/inbox`, `POST /api/inbox/{id}/override`, SPEC §4); absent = 503 `inbox_not_configured`. */
  inbox?: InboxStore;
  /**
   * SCHEDULER's meetings (`GET /api/meetings`, `GET /api/meetings/{conversationId}`, issue 7): the
   * scheduling conversation store and each host's zone; absent = 503 `meetings_not_configured`.
   */
  meetings?: ServerMeetingDependencies;
  /**
   * Cancel and reschedule (`POST /api/meetings/{id}/cancel|reschedule`, issue 7), through the action
   * gateway as `SCHEDULER.cancel_event`; absent = 503 `meetings_not_configured`.
   */
  meetingChanges?: MeetingChangeDependencies | undefined;
  /** `GET /ics/{token}` feeds of hosts with an embedded calendar (SPEC §7); absent = not mounted. */
  icsFeed?: IcsFeedRouteDependencies;
  /** Open/click tracking routes `/t/o/{token}`, `/t/c/{token}` (SPEC §4); absent (the default) = not mounted. */
  tracking?: TrackingRouteDependencies;
  /** Called with errors that are not CaioErrors (the client only sees a generic 500). */
  onUnexpectedError?: (error: unknown) => void;
}
