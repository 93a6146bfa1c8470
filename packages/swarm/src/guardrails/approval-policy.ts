import type { ApprovalClass, Mode } from '../domain/agents.js';

/**
 * Approval classes per approval action (SPEC §3.6). Users may reclassify through config
 * (`approval.classes`), e.g. to let calendar invites follow autonomy rules in `full` mode.
 */
export const defaultApprovalClasses: Readonly<Record<string, ApprovalClass>> = {
  external_email_send: 'ALWAYS',
  calendar_invite_create: 'ALWAYS',
  crm_stage_change: 'ALWAYS',
  opportunity_close_lost: 'ALWAYS',
  follow_up_email: 'SMART',
  scheduling_response: 'SMART',
  reminder_send: 'SMART',
  pricing_discussion: 'NEVER_AUTO',
  contract_terms: 'NEVER_AUTO',
  legal_commitments: 'NEVER_AUTO',
  bulk_operations: 'NEVER_AUTO',
  internal: 'NONE',
  /** Delivery of a send already approved at `send_email` (the worker re-checks the approval and its hash). */
  approved_delivery: 'NONE',
};

/** How a mode treats a class (SPEC §3.6 "Mode × class" table). */
export type ModeTreatment = 'shadow_queue' | 'human' | 'smart' | 'autonomy' | 'auto';

/**
 * SPEC §3.6 mode × class table, as data. `autonomy` applies only to first-touch
 * `external_email_send` in `full` mode; every other ALWAYS action stays with a human.
 */
export const modeClassTable: Readonly<Record<ApprovalClass, Readonly<Record<Mode, ModeTreatment>>>> = {
  ALWAYS: { shadow: 'shadow_queue', assisted: 'human', full: 'human' },
  SMART: { shadow: 'shadow_queue', assisted: 'smart', full: 'smart' },
  NEVER_AUTO: { shadow: 'shadow_queue', assisted: 'human', full: 'human' },
  NONE: { shadow: 'auto', assisted: 'auto', full: 'auto' },
};

/** Facts the approval decision depends on. */
export interface ApprovalQuestion {
  mode: Mode;
  approvalAction: string;
  /** Overrides from config (`approval.classes`). */
  classOverrides?: Readonly<Record<string, ApprovalClass>>;
  /** Similarity 0–1 of the draft to an approved template (SMART class). */
  templateSimilarity?: number;
  /** Intent score 0–100 (autonomy rules). */
  intentScore?: number;
  warmConnection?: boolean;
  risk: 'low' | 'medium' | 'high' | 'critical';
  /** REQUIRE_MANUAL_APPROVAL kill switch. */
  requireManualApproval: boolean;
}

/** The approval decision and why (SPEC §1.6 "Explainable"). */
export interface ApprovalDecision {
  approvalClass: ApprovalClass;
  verdict: 'shadow_queue' | 'human' | 'auto' | 'auto_after_delay';
  /** For `auto_after_delay`: milliseconds to wait before sending (SPEC §3.6: 1 h). */
  delayMs: number;
  reason: string;
}

const smartThreshold = 0.9;
const oneHourMs = 60 * 60 * 1000;

/**
 * Decides whether an action needs a human (SPEC §3.6). Pure.
 *
 * Autonomy rules in `full` mode for first-touch sends, by intent score: < 40 and no warm connection →
 * auto; 40–69 without warm connection → auto after 1 h; 40–69 with warm connection → review; ≥ 70 →
 * review; any critical action → review.
 */
export function decideApproval(question: ApprovalQuestion): ApprovalDecision {
  const approvalClass =
    question.classOverrides?.[question.approvalAction] ?? defaultApprovalClasses[question.approvalAction] ?? 'ALWAYS';
  const decision = (verdict: ApprovalDecision['verdict'], reason: string, delayMs = 0): ApprovalDecision => ({
    approvalClass,
    verdict,
    delayMs,
    reason,
  });
  const treatment = modeClassTable[approvalClass][question.mode];
  if (treatment === 'shadow_queue')
    return decision('shadow_queue', `${question.mode} mode: queued for review, nothing leaves`);
  if (treatment === 'auto') return decision('auto', `${approvalClass}: internal action`);
  if (question.requireManualApproval) return decision('human', 'REQUIRE_MANUAL_APPROVAL is on');
  if (question.risk === 'critical') return decision('human', 'critical action: always reviewed');
  if (treatment === 'smart') {
    const similarity = question.templateSimilarity ?? 0;
    return similarity >= smartThreshold
      ? decision('auto', `SMART: ${Math.round(similarity * 100)}% match to an approved template (≥ 90%)`)
      : decision('human', `SMART: ${Math.round(similarity * 100)}% match to an approved template (< 90%)`);
  }
  if (question.mode === 'full' && question.approvalAction === 'external_email_send')
    return autonomy(question, decision);
  return decision('human', `${approvalClass} in ${question.mode} mode: a human approves`);
}

function autonomy(
  question: ApprovalQuestion,
  decision: (verdict: ApprovalDecision['verdict'], reason: string, delayMs?: number) => ApprovalDecision,
): ApprovalDecision {
  const intent = question.intentScore ?? 0;
  const warm = question.warmConnection ?? false;
  if (intent >= 70) return decision('human', `autonomy: intent ${intent} ≥ 70 → review`);
  if (intent >= 40) {
    return warm
      ? decision('human', `autonomy: intent ${intent} in 40–69 with a warm connection → review`)
      : decision(
          'auto_after_delay',
          `autonomy: intent ${intent} in 40–69, no warm connection → send after 1 h`,
          oneHourMs,
        );
  }
  return warm
    ? decision('human', `autonomy: intent ${intent} < 40 but a warm connection → review`)
    : decision('auto', `autonomy: intent ${intent} < 40, no warm connection → auto-send`);
}
