import { z } from 'zod';

const slackUserId = z
  .string()
  .regex(/^[UW][A-Z0-9]{2,}$/, 'slack.approverUserIds entries are Slack member ids such as U0123ABCD (WH-9)');

/**
 * `slack:` — the approval channel (SPEC §3.6). Secrets never live here: `SLACK_BOT_TOKEN`,
 * `SLACK_SIGNING_SECRET` and, during a rotation, `SLACK_SIGNING_SECRET_PREVIOUS` come from the
 * environment (docs/integrations/slack.md).
 */
export const slackConfigSchema = z
  .strictObject({
    /** Channel id (e.g. `C0123ABCD`) approval requests and escalations are posted to. */
    approvalChannel: z.string().min(1).optional(),
    /** Slack member ids whose button clicks count as approvals (WH-9 allowlist). Empty: no click counts. */
    approverUserIds: z.array(slackUserId).default([]),
    /** Dashboard base URL for the messages' Edit link, e.g. `https://caio.example.com`. */
    dashboardUrl: z.url({ protocol: /^https?$/ }).optional(),
  })
  .prefault({});

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'phone numbers must be E.164, e.g. +15005550006');

/**
 * `twilio:` — SMS for approval escalation level 2+ (SPEC §3.6). `TWILIO_AUTH_TOKEN` comes from the
 * environment only (docs/integrations/twilio.md).
 */
export const twilioConfigSchema = z
  .strictObject({
    /** Account SID, `AC` + 32 hex characters. */
    accountSid: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'twilio.accountSid is AC followed by 32 hex characters')
      .optional(),
    /** Sending number (E.164, e.g. `+15005550006`) or Messaging Service SID (`MG` + 32 hex). */
    from: z
      .union(
        [e164, z.string().regex(/^MG[0-9a-fA-F]{32}$/)],
        'twilio.from is an E.164 number or a Messaging Service SID (MG…)',
      )
      .optional(),
    /** Who is texted at escalation level 2 and 3 (E.164). */
    escalationTo: z.array(e164).default([]),
  })
  .prefault({});

/**
 * `smtp:` — the mail server (SPEC §3.6 escalation level 3 email; the outbound issue sends through
 * it too). `SMTP_PASSWORD` comes from the environment only, so a `password` key here is rejected as
 * unknown (docs/integrations/smtp.md). Unset `host`: no email is sent.
 */
export const smtpConfigSchema = z
  .strictObject({
    /** Mail server host name, e.g. `smtp.example.com`. */
    host: z.string().trim().min(1, 'smtp.host must not be empty').optional(),
    /** 587 = submission with STARTTLS (RFC 6409); 465 = implicit TLS (RFC 8314, set `secure: true`). */
    port: z.number().int().min(1).max(65_535).default(587),
    /** True: TLS from the first byte (port 465). False: STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    /** Login name; the password is `SMTP_PASSWORD`. Unset: no AUTH. */
    user: z.string().trim().min(1).optional(),
  })
  .prefault({});
