import { z } from 'zod';

/**
 * Twilio Message resource as returned by `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`
 * (twilio.com/docs/messaging/api/message-resource, HTTP 201). Lenient (STYLE.md §5): only the
 * fields we read; extra or null fields are tolerated.
 */
export const twilioMessageResponseSchema = z.object({
  sid: z.string().min(1),
  status: z.string().nullish(),
});

/** Twilio REST error body (twilio.com/docs/usage/twilios-response): `{ code, message, more_info, status }`. */
export const twilioErrorBodySchema = z.object({
  code: z.number().nullish(),
  message: z.string().nullish(),
  more_info: z.string().nullish(),
  status: z.number().nullish(),
});
