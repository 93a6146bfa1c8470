import { z } from 'zod';

const hour = z.number().int().min(0).max(24);

/**
 * `outbound:` — how approved messages leave (issue 4; SPEC §3.7). Vendor credentials never live
 * here: `SMTP_PASSWORD`, `INSTANTLY_API_KEY`, `GHL_API_TOKEN`, `HEYREACH_API_KEY` come from the
 * environment (docs/config.md).
 */
export const outboundConfigSchema = z
  .strictObject({
    /**
     * Sending mailboxes in round-robin order. `stream`: cold outreach and nurture never share a
     * domain (SPEC §3.7). `platform`: which transport sends for it. Empty: `sender.email` on SMTP, cold.
     */
    mailboxes: z
      .array(
        z.strictObject({
          address: z.email('outbound.mailboxes[].address must be an email address'),
          stream: z.enum(['cold', 'nurture']).default('cold'),
          platform: z.enum(['smtp', 'instantly', 'gohighlevel']).default('smtp'),
        }),
      )
      .default([]),
    /** Recipient-local business hours (SPEC §3.7): `[startHour, endHour)` on ISO weekdays (1 = Monday). */
    sendWindow: z
      .strictObject({
        startHour: hour.default(8),
        endHour: hour.default(18),
        weekdays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
      })
      .refine((window) => window.startHour < window.endHour, 'outbound.sendWindow.startHour must be before endHour')
      .prefault({}),
    /**
     * IANA zone used when a recipient's zone cannot be derived from city/state/country. Unset (the
     * default): such sends are refused with `recipient_zone_unknown` rather than guessed.
     */
    fallbackTimeZone: z.string().min(1).optional(),
    /** Exclusion lists kept in config (SPEC §3.7); `caio exclude import` adds to the database ones. */
    exclusions: z
      .strictObject({
        customerDomains: z.array(z.string().min(1)).default([]),
        competitorDomains: z.array(z.string().min(1)).default([]),
        emails: z.array(z.email()).default([]),
      })
      .prefault({}),
    /** Minutes after which a claimed-but-unsent row is taken over by another worker (its worker died). */
    claimLeaseMinutes: z.number().int().min(1).max(1440).default(10),
    /** Send jobs per worker process handled at once. */
    concurrency: z.number().int().min(1).max(64).default(4),
    /**
     * Chaos testing (issue 4): the fraction of vendor calls that fail on purpose, mixed among
     * transient, rate-limited, ambiguous (timeout) and permanent failures. 0 (default) in production.
     */
    failureInjection: z.strictObject({ rate: z.number().min(0).max(1).default(0) }).prefault({}),
  })
  .prefault({});

export type OutboundConfig = z.output<typeof outboundConfigSchema>;
