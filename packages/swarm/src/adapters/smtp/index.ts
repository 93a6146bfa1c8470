export { createSmtpEmailSender, type SmtpEmailSenderSettings } from './create-smtp-email-sender.js';
export { createSmtpTransport, type SmtpDkimSigning, type SmtpTransportSettings } from './create-smtp-transport.js';
export { dkimSignedHeaderFields } from './dkim-signed-header-fields.js';
export type { SmtpResilientCall } from './resilient-call-like.js';
export { mapSmtpError } from './smtp-error-mapper.js';
export { mapSmtpSendError, type SmtpSendPhase } from './map-smtp-send-error.js';
