import { z } from 'zod';

/**
 * Instantly campaign status (developer.instantly.ai/api-reference/campaign, "Campaign Status"):
 * 0 Draft, 1 Active, 2 Paused, 3 Completed, 4 Running Subsequences, -99 Account Suspended,
 * -1 Accounts Unhealthy, -2 Bounce Protect.
 */
export const instantlyCampaignStatus = {
  draft: 0,
  active: 1,
  paused: 2,
  completed: 3,
  runningSubsequences: 4,
  accountSuspended: -99,
  accountsUnhealthy: -1,
  bounceProtect: -2,
} as const;

/**
 * The Campaign object returned by `POST /campaigns`, `GET /campaigns`, `POST /campaigns/{id}/activate`
 * and `/pause` (developer.instantly.ai/api-reference/campaign). Lenient (STYLE.md §5): only the
 * fields we read; extra fields pass.
 */
export const instantlyCampaignSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  status: z.number().int(),
  email_list: z.array(z.string()).nullish(),
});

/** An Instantly campaign as {@link instantlyCampaignSchema} reads it. */
export type InstantlyCampaign = z.infer<typeof instantlyCampaignSchema>;

/**
 * The Lead object returned by `POST /leads` and inside `POST /leads/list` pages
 * (developer.instantly.ai/api-reference/lead). `payload` holds the lead's custom variables.
 */
export const instantlyLeadSchema = z.looseObject({
  id: z.string().min(1),
  email: z.string().nullish(),
  campaign: z.string().nullish(),
  status: z.number().int().nullish(),
  payload: z.record(z.string(), z.unknown()).nullish(),
});

/** An Instantly lead as {@link instantlyLeadSchema} reads it. */
export type InstantlyLead = z.infer<typeof instantlyLeadSchema>;

/**
 * An Email object from `GET /emails` (developer.instantly.ai/api-reference/email/list-email):
 * `message_id` is the RFC 5322 Message-ID Instantly sent with, `lead` the lead's address.
 */
export const instantlyEmailSchema = z.looseObject({
  id: z.string().min(1),
  message_id: z.string().nullish(),
  campaign_id: z.string().nullish(),
  lead: z.string().nullish(),
  lead_id: z.string().nullish(),
  subject: z.string().nullish(),
  timestamp_email: z.string().nullish(),
  ue_type: z.number().nullish(),
});

/** An Instantly email as {@link instantlyEmailSchema} reads it. */
export type InstantlyEmail = z.infer<typeof instantlyEmailSchema>;

/**
 * One page of a v2 list endpoint: `{ items, next_starting_after }`; pass `next_starting_after` as
 * the next request's `starting_after` (developer.instantly.ai/api-reference/lead/list-leads).
 * A missing or null cursor means the last page.
 */
export function instantlyPageSchema<Item extends z.ZodType>(item: Item) {
  return z.looseObject({
    items: z.array(item),
    next_starting_after: z.string().nullish(),
  });
}

/**
 * The v2 error body, e.g. `{ "statusCode": 401, "error": "Unauthorized", "message": "Missing Authorization header" }`
 * and `{ "statusCode": 429, "error": "Too Many Requests", "message": "Rate limit exceeded" }`.
 */
export const instantlyErrorBodySchema = z.looseObject({
  statusCode: z.number().nullish(),
  error: z.string().nullish(),
  message: z.string().nullish(),
});
