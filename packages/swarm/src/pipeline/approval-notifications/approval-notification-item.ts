import type { Tier } from '../../domain/lead.js';

/**
 * One pending approval as shown in Slack (SPEC §3.6). Text fields are raw (untrusted); the builders
 * escape them. `previewHash` is the hash of exactly what the approver sees, bound into the buttons (WH-9).
 */
export interface ApprovalNotificationItem {
  /** Approval queue id; also the dashboard path segment. */
  approvalId: string;
  previewHash: string;
  /** Dashboard base URL (http/https), e.g. `https://caio.example.com`; the Edit link is `{dashboardUrl}/approvals/{approvalId}`. */
  dashboardUrl: string;
  lead: { name: string; title?: string | null; company: string | null; tier: Tier | null };
  /** ICP score 0–100 (SPEC §3.3), when known. */
  score?: number | null;
  /** Score reason lines such as `+25 title: VP Operations matches priority title`; the top 3 are shown. */
  scoreReasons: readonly string[];
  subjectA: string;
  subjectB: string | null;
  body: string;
  /** Approval action, e.g. `external_email_send` (SPEC §3.6 classes). */
  action?: string;
  urgent?: boolean;
  /** When the approval stops counting (WH-9, ≤ 24 h), UTC. */
  expiresAt?: Date | null;
}

/** One line of a batch preview. */
export interface ApprovalBatchPreviewLine {
  leadName: string;
  company: string | null;
  subject: string;
}

/**
 * A frozen batch approval (SPEC §3.6 "Batches"): exact scope, preview hash and expiry. The buttons
 * carry `batch_id` + `preview_hash`, as `parseSlackApproval` (webhooks/) requires.
 */
export interface ApprovalNotificationBatch {
  batchId: string;
  previewHash: string;
  dashboardUrl: string;
  /** Number of items in the frozen scope. */
  itemCount: number;
  /** Lines shown in the message; only the first 10 are listed. */
  preview: readonly ApprovalBatchPreviewLine[];
  /** UTC; after it the approval no longer counts (WH-9). */
  expiresAt: Date;
  urgent?: boolean;
}
