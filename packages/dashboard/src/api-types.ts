/**
 * Shapes of the `caio serve` JSON API (SPEC §14) as the dashboard reads them. Declared here rather
 * than imported because the server's route handlers do not export response types, and the dashboard
 * may only `import type` from `packages/swarm` (ARCHITECTURE.md). Dates arrive as ISO 8601 UTC strings.
 */

/** ICP tiers (SPEC §3.3); a disqualified lead has tier `null`. */
export type Tier = 'tier_1' | 'tier_2' | 'tier_3';
/** Every tier, in filter order. */
export const tiers: readonly Tier[] = ['tier_1', 'tier_2', 'tier_3'];

/** Status of an approval (SPEC §3.6): pending until decided or timed out. */
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired';
/** Every approval status, in filter order (pending first: the default view). */
export const approvalStatuses: readonly ApprovalStatus[] = ['pending', 'approved', 'rejected', 'expired'];

/** Lead statuses the server filters by (SPEC §4 status machine). */
export const leadStatuses = [
  'new',
  'enriched',
  'scored',
  'disqualified',
  'drafted',
  'pending_approval',
  'approved',
  'queued',
  'sent',
  'opened',
  'clicked',
  'replied',
  'meeting_booked',
  'not_interested',
  'ghosted',
  'stalled',
  'hesitant',
  'bounced',
  'unsubscribed',
  'revival_candidate',
  'revival_sent',
] as const;

/** The one error body of the API: `{ error: { code, message, field? } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** A fact behind a draft or score: what, the value, where it came from and when (SPEC §3.4). */
export interface Evidence {
  kind: string;
  value: string;
  source: string;
  /** ISO 8601 UTC. */
  observedAt: string;
}

/** Score components in points before multipliers (SPEC §3.3). */
export interface ScoreComponents {
  title: number;
  industry: number;
  companySize: number;
  location: number;
  completeness: number;
  intent: number;
}

/** "Why this score": the total, its parts, the multipliers and readable reasons (SPEC §3.3, §14). */
export interface ScoreExplanation {
  score: number;
  tier: Tier | null;
  intentScore: number;
  components: ScoreComponents;
  multipliers: Record<string, number>;
  reasons: string[];
  disqualification: { rule: string; detail: string } | null;
}

/** A draft as the API shows it: subjects and body are the edited version when one exists. */
export interface DraftView {
  id: string;
  status: string;
  sequenceStep: number;
  angleId: string;
  subjectA: string;
  subjectB: string;
  /** Plain text including signature and footer, exactly as it will be sent. */
  body: string;
  edited: boolean;
  proposed: { subjectA: string; subjectB: string; body: string };
  contentHash: string;
  createdAt: string;
}

/** The lead fields an approval item carries. */
export interface ApprovalLead {
  id: string;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  email: string | null;
  companyName: string | null;
  companyDomain: string | null;
  industry: string | null;
  status: string;
  tier: Tier | null;
  score: number | null;
}

/** The quality-guard verdict of a draft (SPEC §3.5). */
export interface GuardVerdict {
  passed: boolean;
  mode: string;
  violations: { rule: string; message: string }[];
}

/** One approval queue item (SPEC §14). */
export interface ApprovalItem {
  id: string;
  draftId: string;
  status: ApprovalStatus;
  action: string;
  approvalClass: string;
  createdAt: string;
  dueAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  lead: ApprovalLead;
  draft: DraftView;
  score: ScoreExplanation | null;
  evidence: Evidence[];
  guards: GuardVerdict;
}

/** A keyset page: `nextCursor` is null on the last page. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
  total?: number;
}

/** Query of `GET /api/approvals`; `cursor` is a previous page's `nextCursor`. */
export interface ApprovalFilter {
  status?: ApprovalStatus;
  tier?: Tier;
  cursor?: string;
}

/** Head-of-Sales rating, integers 1–5 each (SPEC §18). */
export interface RatingScores {
  personalisation: number;
  subject: number;
  value: number;
  cta: number;
  tone: number;
}

/** Rating averages after a rating is saved; `overall` is the SPEC §18 KPI, null when nothing was rated. */
/** Subjects and body of one version of a draft. */
export interface DraftContent {
  subjectA: string;
  subjectB: string;
  body: string;
}

/** `GET /api/drafts/{id}/versions`: proposed (agent), approved (after human edits) and sent records. */
export interface DraftVersions {
  draftId: string;
  proposed: DraftContent;
  approved: DraftContent | null;
  sent: { subject: string; messageId: string; status: 'shadow' | 'queued' | 'sent' | 'failed' } | null;
}

export interface RatingSummary {
  count: number;
  averages: Record<keyof RatingScores | 'overall', number | null>;
}

/** Body of `PATCH /api/drafts/{id}`: only the fields to change (at least one). */
export interface DraftEdit {
  subjectA?: string;
  subjectB?: string;
  body?: string;
}

/** A batch with a frozen scope, preview hash and expiry (SPEC §3.6). */
export interface Batch {
  id: string;
  status: 'frozen' | 'approved' | 'executed';
  filter: { tier?: Tier; status?: ApprovalStatus };
  previewHash: string;
  expiresAt: string;
  scope: { approvalId: string; draftId: string; contentHash: string }[];
  result: BatchResult | null;
}

/** What executing a batch did: approvals approved now, and the ones skipped with why. */
export interface BatchResult {
  approved: string[];
  skipped: { approvalId: string; reason: string }[];
}

/** Answer of `POST /api/batches`: the frozen batch plus the items it covers, for the preview. */
export interface FrozenBatch extends Batch {
  items: ApprovalItem[];
}

/** Answer of `POST /api/batches/{id}/execute`; `executedNow` is false on a re-run (nothing is sent again). */
export interface ExecutedBatch extends Batch, BatchResult {
  executedNow: boolean;
}

/** A stored lead as `GET /api/leads` lists it. */
export interface Lead extends ApprovalLead {
  disqualificationRule: string | null;
  lastError: string | null;
  source: string;
  createdAt: string;
  updatedAt: string;
}

/** Query of `GET /api/leads`. */
export interface LeadFilter {
  tier?: Tier;
  status?: string;
  cursor?: string;
}

/** One audit event (SPEC §13). */
export interface AuditEvent {
  id: number;
  at: string;
  agent: string;
  action: string;
  target: string | null;
  actor: string;
  inputSummary: string | null;
  outputSummary: string | null;
  approvalStatus: string | null;
  evidence: Evidence[];
  durationMs: number;
  outcome: string;
  reasonCode: string | null;
  runId: string | null;
}

/** Query of `GET /api/audit`. */
export interface AuditFilter {
  agent?: string;
  action?: string;
  /** ISO 8601 with offset. */
  since?: string;
  cursor?: string;
}

/** One lead with everything the lead page shows, timeline oldest first. */
export interface LeadDetail {
  lead: Lead;
  enrichment: { provider: string | null; fetchedAt: string; skippedReason: string | null } | null;
  score: (ScoreExplanation & { scoredAt: string }) | null;
  drafts: DraftView[];
  timeline: AuditEvent[];
}

/** One pipeline run as `GET /api/runs` lists it; `counts` is null while it runs. */
export interface RunSummary {
  id: string;
  mode: string;
  source: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  counts: Record<string, number> | null;
}

/** Answer of the public `GET /health` probe: status and the emergency stop only. */
export interface Health {
  status: string;
  emergencyStop: boolean;
}

/** Reply intents (SPEC §6) in precedence order, then `other` (no rule matched; a human decides). */
export const inboxIntents = [
  'bounce',
  'out_of_office',
  'unsubscribe_request',
  'referral',
  'scheduling_request',
  'acceptance',
  'information_request',
  'question',
  'objection',
  'rejection',
  'other',
] as const;
/** One of {@link inboxIntents}. */
export type InboxIntent = (typeof inboxIntents)[number];

/** One classified reply in the unified inbox (`GET /api/inbox`, SPEC §4). */
export interface InboxReply {
  id: string;
  leadId: string | null;
  leadEmail: string | null;
  threadKey: string | null;
  messageId: string | null;
  receivedAt: string;
  /** The prospect's own words: quotes and signature removed. */
  visibleText: string;
  /** Effective intent: the human override when there is one. */
  intent: InboxIntent;
  /** What the classifier said. */
  classifiedIntent: InboxIntent;
  /** Classifier confidence, 0–1. */
  confidence: number;
  actionTaken: string | null;
  needsReview: boolean;
  override: { intent: InboxIntent; by: string; at: string } | null;
}

/** Query of `GET /api/inbox`. */
export interface InboxFilter {
  intent?: InboxIntent;
  needsReview?: 'true';
  cursor?: string;
}

/** Scheduling conversation statuses (SPEC §7; `SchedulingConversationStatus` of the server's port). */
export const meetingStatuses = ['awaiting-reply', 'booked', 'cancelled', 'escalated'] as const;
/** One of {@link meetingStatuses}. */
export type MeetingStatus = (typeof meetingStatuses)[number];

/**
 * One scheduling conversation in `GET /api/meetings` (issue 7). Instants are ISO-8601 UTC; the
 * `meetingStartProspect` / `meetingStartHost` strings are the server's rendering of `meetingStart` in
 * that person's zone with its GMT offset, null until booked (or when the host's zone is unknown).
 */
export interface MeetingSummary {
  conversationId: string;
  leadId: string;
  leadEmail: string;
  hostId: string;
  status: MeetingStatus;
  meetingStart: string | null;
  prospectTimezone: string;
  prospectTimezoneConfirmed: boolean;
  meetingStartProspect: string | null;
  hostTimezone: string | null;
  meetingStartHost: string | null;
  durationMinutes: number;
  /** Outbound scheduling messages sent so far (at most 5 without a booking). */
  exchanges: number;
  /** Start instants of the latest proposals, in the order the prospect saw them. */
  proposals: string[];
  bookingId: string | null;
  updatedAt: string;
}

/** `GET /api/meetings/{conversationId}`: the summary plus escalation reason, proposals in both zones and history. */
export interface MeetingDetail extends MeetingSummary {
  escalationReason: string | null;
  threadKey: string;
  proposalTimes: { start: string; prospect: string | null; host: string | null }[];
  history: { direction: 'outbound' | 'inbound'; at: string; note: string }[];
  createdAt: string;
}

/** Query of `GET /api/meetings`. */
export interface MeetingFilter {
  status?: MeetingStatus;
  cursor?: string;
}
