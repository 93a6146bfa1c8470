export { runQualityGuard } from './run-quality-guard.js';
export { defaultGuardConfig, defaultBannedOpeners, defaultGenericPhrases } from './default-guard-config.js';
export { personalisationEvidenceCount, nonPersonalisingKinds } from './guard-003-evidence.js';
export { openerOf, messageContent, splitSentences } from './draft-text.js';
export type { GuardConfig, GuardContext, GuardResult, GuardViolation, GuardRuleId } from './guard-types.js';
