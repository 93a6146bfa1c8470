import type { ParsedEmail } from './parsed-email.js';

/**
 * True for a spam complaint (threading spec §6 "Not bounces"): an ARF report (RFC 5965,
 * `multipart/report; report-type=feedback-report`), a Microsoft JMRP report (`X-HmXmrOriginalRecipient`,
 * sisimai `arf-22`…`24`) or an Amazon SES complaint notification sent as an SNS e-mail (sisimai
 * `lhost-amazonses-11`). The caller suppresses the address as an unsubscribe with `complaint: true`.
 */
export function detectComplaint(parsed: ParsedEmail): boolean {
  if (parsed.reportType === 'feedback-report') return true;
  if (parsed.attachments.some((attachment) => attachment.contentType === 'message/feedback-report')) return true;
  if (/complaint/i.test(parsed.subject) && /^x-hmxmroriginalrecipient:/im.test(parsed.source)) return true;
  return /"notificationType"\s*:\s*"Complaint"/.test(parsed.text ?? '');
}
