export { createUnsubscribeToken, verifyUnsubscribeToken, unsubscribeUrl } from './unsubscribe-token.js';
export type { UnsubscribeTokenCheck } from './unsubscribe-token.js';
export type { ComplianceDependencies } from './compliance-dependencies.js';
export { canonicalEmail } from './canonical-email.js';
export { recordOptOut, type OptOutRequest, type OptOutOutcome } from './record-opt-out.js';
export { exportSubjectData, type SubjectExport, type SubjectRequest } from './export-subject-data.js';
export { eraseSubjectData, type SubjectErasure } from './erase-subject-data.js';
export { isDsarOverdue, dsarAlertAfterDays } from './dsar-overdue.js';
