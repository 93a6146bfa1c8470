import { z } from 'zod';

/**
 * The Server-to-Server OAuth token answer (developers.zoom.us/docs/internal-apps/s2s-oauth/):
 * `access_token`, `token_type` "bearer", `expires_in` seconds (3600), `scope`.
 */
export const zoomTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
});

/**
 * The fields of a created meeting we read (Meetings API "Create a meeting", `POST /users/{userId}/meetings`,
 * 201): `id` is the meeting number (int64 in Zoom's spec; JSON numbers up to 2^53 are exact, Zoom's are
 * 9–11 digits), `join_url` the participants' link. Other fields are ignored.
 */
export const zoomMeetingResponseSchema = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
  join_url: z.url({ protocol: /^https$/ }),
  uuid: z.string().optional(),
  start_time: z.string().optional(),
  duration: z.number().optional(),
});

/** Zoom API error body (developers.zoom.us/docs/api/errors): `{ code, message }`, e.g. 124 "Invalid access token." */
export const zoomErrorBodySchema = z.object({ code: z.number().int(), message: z.string() });

/** OAuth token endpoint error body, e.g. `{ "reason": "Invalid client_id or client_secret", "error": "invalid_client" }`. */
export const zoomOAuthErrorBodySchema = z.object({ error: z.string(), reason: z.string().optional() });
