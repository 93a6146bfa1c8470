import { z } from 'zod';
import { deliverabilityConfigSchema } from './deliverability-schema.js';
import { dkimConfigSchema } from './dkim-schema.js';
import { imapConfigSchema } from './imap-schema.js';
import { hostsSchema } from './hosts-schema.js';
import { llmConfigSchema } from './llm-schema.js';
import { clayConfigSchema } from './clay-schema.js';
import { goHighLevelConfigSchema } from './gohighlevel-schema.js';
import { heyReachConfigSchema } from './heyreach-schema.js';
import { instantlyConfigSchema } from './instantly-schema.js';
import { outboundConfigSchema } from './outbound-schema.js';
import { privacyNoticeConfigSchema } from './privacy-notice-schema.js';
import { trackingConfigSchema } from './tracking-schema.js';
import { craftConfigSchema } from './craft-schema.js';
import { enrichmentConfigSchema } from './enrichment-schema.js';
import { icpProfileSchema } from './icp-schema.js';
import { slackConfigSchema, smtpConfigSchema, twilioConfigSchema } from './integrations-schema.js';
import { webhooksConfigSchema } from './webhooks-schema.js';

const approvalClass = z.enum(['ALWAYS', 'SMART', 'NEVER_AUTO', 'NONE']);

/** `approval:` — GATEKEEPER settings (SPEC §3.6). */
export const approvalConfigSchema = z
  .strictObject({
    /** Minutes before a pending approval escalates (default 120; urgent 30). */
    timeoutMinutes: z.number().int().positive().default(120),
    urgentTimeoutMinutes: z.number().int().positive().default(30),
    /** Reclassify approval actions, e.g. `{ calendar_invite_create: SMART }`. Audited at start-up. */
    classes: z.record(z.string(), approvalClass).default({}),
    /** Addresses emailed at escalation level 3 (needs `smtp.host`). Empty: no escalation email. */
    escalationEmails: z.array(z.email('approval.escalationEmails entries must be email addresses')).default([]),
    /** From address of escalation emails; defaults to `sender.email` (resolved in `main/`). */
    escalationFrom: z.email('approval.escalationFrom must be an email address').optional(),
  })
  .prefault({});

/** SPEC §3.7 hard send limits; the seeds' defaults. Raising one needs `allowAboveDefaults: true`. */
export const sendLimitDefaults = {
  monthly: 3000,
  daily: 150,
  hourly: 20,
  perRecipientDomainPerHour: 5,
  mailboxSpacingSeconds: 30,
  mailboxDaily: 30,
} as const;

/** `limits:` — deployment send limits (SPEC §3.7, EM-7). */
export const limitsConfigSchema = z
  .strictObject({
    monthly: z.number().int().positive().default(sendLimitDefaults.monthly),
    daily: z.number().int().positive().default(sendLimitDefaults.daily),
    hourly: z.number().int().positive().default(sendLimitDefaults.hourly),
    perRecipientDomainPerHour: z.number().int().positive().default(sendLimitDefaults.perRecipientDomainPerHour),
    mailboxSpacingSeconds: z
      .number()
      .int()
      .min(30, 'limits.mailboxSpacingSeconds must be ≥ 30 (SPEC §3.7)')
      .default(30),
    mailboxDaily: z.number().int().positive().default(sendLimitDefaults.mailboxDaily),
    allowAboveDefaults: z.boolean().default(false),
  })
  .prefault({})
  .superRefine((limits, context) => {
    if (limits.allowAboveDefaults) return;
    for (const key of ['monthly', 'daily', 'hourly', 'perRecipientDomainPerHour', 'mailboxDaily'] as const) {
      if (limits[key] > sendLimitDefaults[key]) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `limits.${key} = ${limits[key]} is above the default ${sendLimitDefaults[key]}; set limits.allowAboveDefaults: true to allow it (audited).`,
        });
      }
    }
  });

/** `ramp:` — supervised start (SPEC §3.7). */
export const rampConfigSchema = z
  .strictObject({
    limitPerDay: z.number().int().positive().default(5),
    tiers: z.array(z.enum(['tier_1', 'tier_2', 'tier_3'])).default(['tier_1']),
    supervisedDays: z.number().int().min(0).default(3),
  })
  .prefault({});

/** `pipeline:` — run settings. */
export const pipelineConfigSchema = z
  .strictObject({
    /** Leads per chunk: each chunk's writes share one transaction. */
    chunkSize: z.number().int().min(1).max(10_000).default(1000),
  })
  .prefault({});

/** Roles of API tokens (SPEC §14): viewers read, approvers also decide, admins do everything. */
export const apiTokenRoles = ['viewer', 'approver', 'admin'] as const;

/**
 * `auth:` — API tokens (SPEC §14, AUTH-2). Only the SHA-256 hex of each token is configured; the token
 * itself (≥ 32 random characters, e.g. `openssl rand -hex 32`) is never stored. The token's `name` is
 * the audit actor.
 */
export const authConfigSchema = z
  .strictObject({
    tokens: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1).max(100),
          role: z.enum(apiTokenRoles),
          sha256: z
            .string()
            .regex(/^[0-9a-fA-F]{64}$/, 'auth.tokens[].sha256 must be the 64-character SHA-256 hex of the token')
            .transform((value) => value.toLowerCase()),
        }),
      )
      .default([])
      .superRefine((tokens, context) => {
        const seen = new Set<string>();
        for (const [index, token] of tokens.entries()) {
          if (token.name === 'env' || seen.has(token.name)) {
            context.addIssue({
              code: 'custom',
              path: [index, 'name'],
              message: `auth.tokens name "${token.name}" is ${token.name === 'env' ? 'reserved for CAIO_API_TOKEN' : 'used twice'}; names are audit actors and must be unique.`,
            });
          }
          seen.add(token.name);
        }
      }),
  })
  .prefault({});

function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** `server:` — `caio serve` settings (SPEC §14: binds 127.0.0.1 by default; CORS exact-origin allowlist, AUTH-3). */
export const serverConfigSchema = z
  .strictObject({
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(1).max(65_535).default(8080),
    /** Exact origins (`https://desk.example.com`, no path, no `*`, no `null`) allowed to call the API. */
    corsOrigins: z
      .array(
        z
          .string()
          .refine(isExactOrigin, 'server.corsOrigins entries must be exact origins like https://desk.example.com'),
      )
      .default([]),
    /** Minutes a frozen approval batch stays executable (SPEC §3.6 batch expiry). */
    batchTtlMinutes: z.number().int().min(1).max(1440).default(15),
  })
  .prefault({});

/**
 * The whole configuration file (YAML or JSON). Strict: an unknown key fails with its path.
 * Every key has a default, so an empty file is valid and runs in `shadow` mode.
 */
export const caioConfigSchema = craftConfigSchema
  .extend({
    mode: z.enum(['shadow', 'assisted', 'full']).default('shadow'),
    icp: icpProfileSchema.prefault({}),
    enrichment: enrichmentConfigSchema.prefault({}),
    approval: approvalConfigSchema,
    limits: limitsConfigSchema,
    ramp: rampConfigSchema,
    pipeline: pipelineConfigSchema,
    auth: authConfigSchema,
    server: serverConfigSchema,
    slack: slackConfigSchema,
    twilio: twilioConfigSchema,
    smtp: smtpConfigSchema,
    webhooks: webhooksConfigSchema,
    outbound: outboundConfigSchema,
    tracking: trackingConfigSchema,
    privacyNotice: privacyNoticeConfigSchema,
    instantly: instantlyConfigSchema,
    heyreach: heyReachConfigSchema,
    gohighlevel: goHighLevelConfigSchema,
    dkim: dkimConfigSchema,
    deliverability: deliverabilityConfigSchema,
    imap: imapConfigSchema,
    hosts: hostsSchema,
    llm: llmConfigSchema,
    clay: clayConfigSchema,
  })
  .strict();

/** What a config file may contain. */
export type CaioConfigInput = z.input<typeof caioConfigSchema>;
/** The validated configuration with defaults applied (before environment secrets are attached). */
export type CaioConfigFile = z.output<typeof caioConfigSchema>;
