export { createUnsubscribeToken, verifyUnsubscribeToken, unsubscribeUrl } from './unsubscribe-token.js';
export type { UnsubscribeTokenCheck } from './unsubscribe-token.js';
export type { ComplianceDependencies } from './compliance-dependencies.js';
export { canonicalEmail } from './canonical-email.js';
export { recordOptOut, type OptOutRequest, type OptOutOutcome } from './record-opt-out.js';
export { exportSubjectData, type SubjectExport, type SubjectRequest } from './export-subject-data.js';
export { eraseSubjectData, type SubjectErasure } from './erase-subject-data.js';
export { isDsarOverdue, dsarAlertAfterDays } from './dsar-overdue.js';
export {
  sendingDomainPreflight,
  type SendingDomainPreflightResult,
  type SendingDomainPreflightTarget,
} from './sending-domain-preflight.js';
export { worstPreflightStatus, type PreflightCheck, type PreflightStatus } from './domain-preflight/preflight-check.js';
export { commonDkimSelectors } from './domain-preflight/check-dkim.js';
export type { TemplateLintFinding, TemplateLintRule } from './template-lint-finding.js';
export { lintOutboundTemplate, type OutboundTemplateLintInput } from './lint-outbound-template.js';
export { assertOutboundTemplateCompliant } from './assert-outbound-template-compliant.js';
export { hasFakeThreadPrefix } from './lint-subject.js';
export { lintAngleLibrary, type AngleLibraryLintFinding } from './lint-angle-library.js';
export { angleLibraryLintSample, type AngleLibraryLintSample } from './angle-library-lint-sample.js';
export { art14Notice, needsArt14Notice, type Art14NoticeSettings } from './art14-notice.js';
export { withArt14Notice } from './with-art14-notice.js';
export { recipientCountryCode } from './recipient-country-code.js';
