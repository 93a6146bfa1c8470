import { z } from 'zod';

/**
 * The envelope every Slack Web API method answers with (docs.slack.dev/apis/web-api, "Evaluating
 * responses"): `ok`, and on failure a machine-readable `error` such as `invalid_auth`. Lenient
 * (STYLE.md §5): only the fields we read, extra fields ignored.
 */
export const slackEnvelopeSchema = z.object({
  ok: z.boolean(),
  error: z.string().nullish(),
  warning: z.string().nullish(),
});

/** `chat.postMessage` / `chat.update` success body: the channel id and the message timestamp id. */
export const slackMessageResponseSchema = z.object({
  ok: z.literal(true),
  channel: z.string().min(1),
  ts: z.string().min(1),
});

export type SlackEnvelope = z.infer<typeof slackEnvelopeSchema>;

/**
 * `users.list` page (docs.slack.dev/reference/methods/users.list): members plus
 * `response_metadata.next_cursor`, empty on the last page (cursor-based pagination).
 */
export const slackUsersListResponseSchema = z.object({
  ok: z.literal(true),
  members: z.array(
    z.object({
      id: z.string().min(1),
      deleted: z.boolean().nullish(),
      is_bot: z.boolean().nullish(),
    }),
  ),
  response_metadata: z.object({ next_cursor: z.string().nullish() }).nullish(),
});
