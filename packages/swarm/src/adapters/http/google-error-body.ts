import { z } from 'zod';

/**
 * Google's JSON error body, shared by the Google APIs we call (Calendar v3, Meet v2): `{ error: { code,
 * message, status, errors: [{ reason, message }] } }` (AIP-193, cloud.google.com/apis/design/errors;
 * developers.google.com/calendar/api/guides/errors). `status` is the canonical code (`RESOURCE_EXHAUSTED`,
 * `PERMISSION_DENIED`…); `errors[].reason` the legacy reason (`rateLimitExceeded`…). Lenient (STYLE.md §5):
 * every inner field is optional and unknown fields pass.
 */
export const googleErrorBodySchema = z.looseObject({
  error: z.looseObject({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    errors: z.array(z.looseObject({ reason: z.string().optional(), message: z.string().optional() })).optional(),
  }),
});
