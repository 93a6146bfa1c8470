export { createTwilioSmsSender, type TwilioSmsSenderSettings } from './create-twilio-sms-sender.js';
export type { TwilioResilientCall } from './resilient-call-like.js';
