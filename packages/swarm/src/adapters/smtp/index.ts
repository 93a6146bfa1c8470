export { createSmtpEmailSender, type SmtpEmailSenderSettings } from './create-smtp-email-sender.js';
export type { SmtpResilientCall } from './resilient-call-like.js';
export { mapSmtpError } from './smtp-error-mapper.js';
