import { z } from 'zod';

const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a domain name such as outreach.example.com');
const selector = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a DKIM selector such as s1 or google');

/**
 * `deliverability:` in the config file: what the EM-5 sending-domain preflight (`caio preflight`) needs
 * beyond the sending mailboxes.
 *
 * - `dkim.selectors`: DKIM selectors every sending domain signs with (e.g. `[google]`); default none,
 *   in which case common selectors are probed and the hit is reported.
 * - `dkim.domains.<from domain>.selectors`: per-domain selectors, replacing `dkim.selectors`.
 * - `dkim.domains.<from domain>.signingDomain`: the DKIM `d=` domain when it is not the From domain
 *   (DMARC alignment, RFC 7489 §3.1, is checked against it).
 * - `dnsServers`: resolver addresses (`192.0.2.53`, `[2001:db8::53]:53`); default the system's.
 * - `dnsTimeoutMs`: per-query DNS timeout in milliseconds; default 5000.
 */
export const deliverabilityConfigSchema = z
  .strictObject({
    dkim: z
      .strictObject({
        selectors: z.array(selector).default([]),
        domains: z
          .record(
            hostName,
            z.strictObject({ selectors: z.array(selector).optional(), signingDomain: hostName.optional() }),
          )
          .default({}),
      })
      .prefault({}),
    dnsServers: z.array(z.string().trim().min(1)).default([]),
    dnsTimeoutMs: z.number().int().positive().max(60_000).default(5000),
  })
  .prefault({});

/** The resolved `deliverability:` section. */
export type DeliverabilityConfig = z.output<typeof deliverabilityConfigSchema>;
