import { twilioErrorBodySchema } from './twilio-schemas.js';

/** Hints for the Twilio error codes a misconfiguration produces (twilio.com/docs/api/errors). */
const hints: Readonly<Record<number, string>> = {
  20003: 'check twilio.accountSid and the auth token (TWILIO_AUTH_TOKEN)',
  20429: 'too many concurrent requests; wait for Retry-After',
  21211: "the 'To' number is not a valid phone number; fix twilio.escalationTo",
  21606: "the 'From' number cannot send SMS; fix twilio.from",
  21608: 'trial accounts can only text verified numbers',
};

/** Twilio's numeric error code from an error body, if any. */
export function twilioErrorCodeOf(body: unknown): number | undefined {
  const parsed = twilioErrorBodySchema.safeParse(body);
  return parsed.success ? (parsed.data.code ?? undefined) : undefined;
}

/**
 * Readable text from a Twilio error body: its message, the code and a fix hint when we know one,
 * e.g. `Authenticate (code 20003: check twilio.accountSid …)`. Undefined when the body has none.
 */
export function describeTwilioErrorBody(body: unknown): string | undefined {
  const parsed = twilioErrorBodySchema.safeParse(body);
  if (!parsed.success || !parsed.data.message) return undefined;
  const code = parsed.data.code;
  if (code === null || code === undefined) return parsed.data.message;
  const hint = hints[code];
  return `${parsed.data.message} (code ${code}${hint ? `: ${hint}` : ''})`;
}
