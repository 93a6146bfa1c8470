import type { DraftProposal } from '../../domain/draft.js';
import { defaultGuardConfig } from './default-guard-config.js';
import { checkRejectionLimit } from './guard-001-rejection-limit.js';
import { checkRepeatedFingerprint } from './guard-002-repeated-fingerprint.js';
import { personalisationEvidenceCount } from './guard-003-evidence.js';
import { checkBannedOpener } from './guard-004-banned-opener.js';
import { checkGenericPhrases } from './guard-005-generic-phrases.js';
import type { GuardConfig, GuardContext, GuardResult, GuardViolation } from './guard-types.js';

const dayMs = 86_400_000;

/** Minimum enrichment attempts before GUARD-003 may block ("even after a second enrichment attempt"). */
const enrichmentAttemptsBeforeBlock = 2;

/**
 * The pre-approval quality guard (SPEC §3.5). Pure: the rejection memory and `now` come in `context`.
 *
 * Rejection memory: only entries for `context.leadId` with `rejectedAt` within the last
 * `rejectionMemoryDays` days (inclusive, 1 day = 86 400 000 ms) count for GUARD-001/-002.
 * Rules: GUARD-001 rejection limit without new evidence; GUARD-002 repeated fingerprint; GUARD-003
 * fewer than `minEvidence` personalisation facts after ≥ 2 enrichment attempts (before that the result
 * asks for enrichment via `needsEnrichment`); GUARD-004 banned opener; GUARD-005 generic-phrase share.
 * Mode `soft` records violations and passes; `hard` fails on any violation.
 */
export function runQualityGuard(
  draft: DraftProposal,
  context: GuardContext,
  guardConfig: Partial<GuardConfig> = {},
): GuardResult {
  const config: GuardConfig = { ...defaultGuardConfig, ...guardConfig };
  const oldest = context.now.getTime() - config.rejectionMemoryDays * dayMs;
  const active = context.rejections.filter(
    (entry) => entry.leadId === context.leadId && entry.rejectedAt.getTime() >= oldest,
  );
  const violations: GuardViolation[] = [];
  const push = (violation: GuardViolation | null) => {
    if (violation) violations.push(violation);
  };
  push(checkRejectionLimit(draft, active, config));
  push(checkRepeatedFingerprint(draft, active));
  const evidenceCount = personalisationEvidenceCount(draft);
  const thin = evidenceCount < config.minEvidence;
  if (thin && context.enrichmentAttempts >= enrichmentAttemptsBeforeBlock) {
    violations.push({
      rule: 'GUARD-003',
      message: `Only ${evidenceCount} personalisation fact(s) beyond name/title (need ${config.minEvidence}) after ${context.enrichmentAttempts} enrichment attempts; research the company by hand or skip the lead.`,
    });
  }
  push(checkBannedOpener(draft, config));
  push(checkGenericPhrases(draft, config));
  return {
    passed: config.mode === 'soft' || violations.length === 0,
    mode: config.mode,
    violations,
    needsEnrichment: thin && context.enrichmentAttempts < enrichmentAttemptsBeforeBlock,
  };
}
