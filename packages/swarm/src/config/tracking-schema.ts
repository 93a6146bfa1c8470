import { z } from 'zod';

/**
 * `tracking:` — open and click tracking (SPEC §4: "Open tracking is off by default for SMTP (pixel
 * `/t/o/{token}` and click redirect `/t/c/{token}` when enabled)"). Both are OFF by default. Turning
 * either on needs `baseUrl`, the public HTTPS origin of `caio serve` that answers `/t/*`.
 *
 * Open tracking adds an HTML alternative with a 1×1 pixel to our otherwise text/plain messages; click
 * tracking rewrites http(s) links (never the unsubscribe link) to signed redirects. Both make mail
 * look more like bulk mail to filters and some recipients consider them intrusive — enable knowingly.
 * The host of `baseUrl` must be on the outbound URL allowlist (INJ-6).
 *
 * @example tracking: { opens: true, clicks: false, baseUrl: 'https://caio.example.com' }
 */
export const trackingConfigSchema = z
  .strictObject({
    /** Add an HTML part with a 1×1 open pixel `{baseUrl}/t/o/{token}` (default false). */
    opens: z.boolean().default(false),
    /** Rewrite http(s) links to `{baseUrl}/t/c/{token}` redirects bound to the original URL (default false). */
    clicks: z.boolean().default(false),
    /** Public HTTPS base URL serving `/t/*`, e.g. `https://caio.example.com`; required when opens or clicks is on. */
    baseUrl: z
      .url({ protocol: /^https$/, error: 'tracking.baseUrl must be an https:// URL, e.g. https://caio.example.com' })
      .optional(),
  })
  .prefault({})
  .superRefine((tracking, context) => {
    if ((tracking.opens || tracking.clicks) && tracking.baseUrl === undefined) {
      const enabled = [tracking.opens ? 'tracking.opens' : null, tracking.clicks ? 'tracking.clicks' : null]
        .filter(Boolean)
        .join(' and ');
      context.addIssue({
        code: 'custom',
        path: ['baseUrl'],
        message: `${enabled} need tracking.baseUrl: the public https:// URL where caio serve answers /t/* (e.g. https://caio.example.com), or turn tracking off.`,
      });
    }
  });

/** What a config file may contain under `tracking:`. */
export type TrackingConfigInput = z.input<typeof trackingConfigSchema>;
/** The validated `tracking:` settings. */
export type TrackingConfig = z.output<typeof trackingConfigSchema>;
