import { resolveLlmSettings, type ResolvedLlmSettings } from './resolve-llm-settings.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { caioConfigSchema, type CaioConfigFile } from './caio-config-schema.js';
import { findPlaceholderValues } from './craft-schema.js';
import { readHeyReachApiKey } from './heyreach-schema.js';
import { readClayToken } from './clay-schema.js';
import { resolveImapSettings, type ResolvedImapSettings } from './imap-schema.js';
import { resolveGoHighLevelSettings, type GoHighLevelSettings } from './resolve-gohighlevel-settings.js';
import { instantlyApiKeyEnv } from './instantly-schema.js';
import { ConfigError } from './config-error.js';
import { resolveWebhookSecrets, type WebhookSecrets } from './resolve-webhook-secrets.js';

/** The resolved configuration: file + defaults + environment, frozen. */
export interface ResolvedConfig extends CaioConfigFile {
  /** Where the config came from: a file path, or `defaults`. */
  readonly source: string;
  /** `CAIO_HOME` (default `./.caio`), absolute. */
  readonly home: string;
  /** `DATABASE_URL`, when PostgreSQL is used. */
  readonly databaseUrl: string | undefined;
  /** `CAIO_UNSUBSCRIBE_SECRET`; when absent a per-deployment secret is generated and stored. */
  readonly unsubscribeSecret: string | undefined;
  /** Kill switches forced on by the environment at start (SPEC §3.7). */
  readonly environmentKillSwitches: readonly string[];
  /** Keys still holding shipped placeholders (assisted/full refuse to run while non-empty). */
  readonly placeholders: readonly string[];
  /** `CAIO_API_TOKEN`: one admin API token named `env` (SPEC §14); ≥ 32 characters. */
  readonly apiToken: string | undefined;
  /** `SLACK_BOT_TOKEN` (`xoxb-…`): posts and updates approval messages. */
  readonly slackBotToken: string | undefined;
  /**
   * `SLACK_SIGNING_SECRET` then `SLACK_SIGNING_SECRET_PREVIOUS` (rotation, WH-6), blanks dropped.
   * Empty: `POST /slack/interactions` answers 503 (WH-5).
   */
  readonly slackSigningSecrets: readonly string[];
  /** `TWILIO_AUTH_TOKEN`: authenticates escalation SMS. */
  readonly twilioAuthToken: string | undefined;
  /** `SMTP_PASSWORD`: the password of `smtp.user` (escalation email, later outbound sending). */
  readonly smtpPassword: string | undefined;
  /** `CAIO_DKIM_PRIVATE_KEY`: the PEM DKIM key (`\n` escapes accepted) when `dkim.privateKeyFile` is unset. */
  readonly dkimPrivateKey: string | undefined;
  /** `imap.mailboxes` with their passwords (`IMAP_PASSWORD_<n>`, else `IMAP_PASSWORD`); see docs/integrations/imap.md. */
  readonly imapMailboxes: ResolvedImapSettings;
  /** `CLAY_WEBHOOK_TOKEN`: sent as `x-clay-webhook-auth` to the Clay table webhook (docs/integrations/clay.md). */
  readonly clayWebhookToken: string | undefined;
  /** `INSTANTLY_API_KEY`: Instantly API v2 bearer key (docs/integrations/instantly.md). */
  readonly instantlyApiKey: string | undefined;
  /** `HEYREACH_API_KEY`: HeyReach public API key (docs/integrations/heyreach.md). */
  readonly heyReachApiKey: string | undefined;
  /** GoHighLevel nurture email: `gohighlevel.*` plus `GHL_API_TOKEN`; null until both are set. */
  readonly goHighLevel: GoHighLevelSettings | null;
  /** Inbound webhook secrets (`INSTANTLY_WEBHOOK_SECRET`, …, `STANDARD_WEBHOOK_SECRET_<SOURCE>`); see docs/inbound.md. */
  readonly webhookSecrets: WebhookSecrets;
  /** The optional language model (`llm:` + its API key from `llm.apiKeyEnv`), or null (docs/llm.md). */
  readonly languageModel: ResolvedLlmSettings | null;
}

/** Environment variables that override config keys. Documented in docs/config.md. */
export const environmentOverrides = {
  CAIO_MODE: 'mode',
  CAIO_UNSUBSCRIBE_BASE_URL: 'unsubscribe.baseUrl',
} as const;

const killSwitchVariables = [
  'EMERGENCY_STOP',
  'PAUSE_ALL_SENDS',
  'SHADOW_MODE_OVERRIDE',
  'REQUIRE_MANUAL_APPROVAL',
] as const;

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Finds the config file: the explicit path, else `$CAIO_CONFIG`, else `./caio.config.yaml`, else none
 * (built-in defaults).
 *
 * @throws ConfigError when an explicitly named file does not exist.
 */
export function locateConfigFile(path: string | undefined, env: Environment, cwd: string): string | null {
  const named = path ?? env.CAIO_CONFIG;
  if (named) {
    const absolute = resolve(cwd, named);
    if (!existsSync(absolute)) {
      throw new ConfigError(
        `Config file ${named} does not exist. Create it with \`caio init\` or fix --config / CAIO_CONFIG.`,
      );
    }
    return absolute;
  }
  const conventional = resolve(cwd, 'caio.config.yaml');
  return existsSync(conventional) ? conventional : null;
}

function readDocument(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    const document = extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
    return document ?? {};
  } catch (error) {
    throw new ConfigError(
      `${file} is not valid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
}

function setPath(document: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = document;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    node[key] = typeof child === 'object' && child !== null ? { ...(child as object) } : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

function describeIssues(error: z.ZodError, source: string): string {
  return error.issues
    .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n')
    .replace(/^/, `Invalid configuration in ${source}:\n`);
}

/**
 * Loads the configuration once (STYLE.md §10): file → schema defaults → environment overrides,
 * validated by zod into a frozen object. Relative data paths are resolved against the config file's
 * folder. Secrets come only from the environment (`DATABASE_URL`, `CAIO_UNSUBSCRIBE_SECRET`,
 * `APOLLO_API_KEY`, `SMTP_PASSWORD`, the Slack and Twilio secrets).
 *
 * @param path explicit config file (`--config`); else `$CAIO_CONFIG`, `./caio.config.yaml`, or defaults.
 * @param env the environment (default `process.env`).
 * @throws ConfigError naming each invalid key's path and the fix; exit code 2 in the CLI.
 */
export function loadConfig(path?: string, env: Environment = process.env, cwd: string = process.cwd()): ResolvedConfig {
  const file = locateConfigFile(path, env, cwd);
  const document = (file ? readDocument(file) : {}) as Record<string, unknown>;
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new ConfigError(`${file}: the top level must be a mapping of keys (see \`caio init\`).`);
  }
  const merged: Record<string, unknown> = { ...document };
  for (const [variable, key] of Object.entries(environmentOverrides)) {
    const value = env[variable];
    if (value !== undefined && value !== '') setPath(merged, key, value);
  }
  const apolloKey = env.APOLLO_API_KEY?.trim();
  const enrichment = (merged.enrichment ?? {}) as Record<string, unknown>;
  const apollo = enrichment.apollo as Record<string, unknown> | undefined;
  const wantsApollo = Array.isArray(enrichment.providers) && enrichment.providers.includes('apollo');
  if (apolloKey && (apollo || wantsApollo) && !apollo?.apiKey) {
    merged.enrichment = { ...enrichment, apollo: { ...apollo, apiKey: apolloKey } };
  }
  const parsed = caioConfigSchema.safeParse(merged);
  const source = file ?? 'defaults';
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error, source));
  const base = file ? dirname(file) : cwd;
  const config = parsed.data;
  const resolvePath = (value: string) => (isAbsolute(value) ? value : resolve(base, value));
  const placeholders = findPlaceholderValues(config);
  const resolved: ResolvedConfig = {
    ...config,
    enrichment: {
      ...config.enrichment,
      embedded: {
        companiesPath: resolvePath(config.enrichment.embedded.companiesPath),
        signalsPath: resolvePath(config.enrichment.embedded.signalsPath),
      },
    },
    craft: config.craft.resourcesDir ? { resourcesDir: resolvePath(config.craft.resourcesDir) } : {},
    source,
    home: resolve(cwd, env.CAIO_HOME ?? '.caio'),
    databaseUrl: env.DATABASE_URL || undefined,
    unsubscribeSecret: env.CAIO_UNSUBSCRIBE_SECRET || undefined,
    environmentKillSwitches: killSwitchVariables.filter((name) =>
      ['1', 'true', 'on', 'yes'].includes((env[name] ?? '').toLowerCase()),
    ),
    placeholders,
    apiToken: resolveApiToken(env.CAIO_API_TOKEN),
    slackBotToken: env.SLACK_BOT_TOKEN?.trim() || undefined,
    slackSigningSecrets: [env.SLACK_SIGNING_SECRET, env.SLACK_SIGNING_SECRET_PREVIOUS]
      .map((secret) => secret?.trim() ?? '')
      .filter((secret) => secret.length > 0),
    twilioAuthToken: env.TWILIO_AUTH_TOKEN?.trim() || undefined,
    smtpPassword: env.SMTP_PASSWORD || undefined,
    dkimPrivateKey: env.CAIO_DKIM_PRIVATE_KEY || undefined,
    imapMailboxes: resolveImapSettings(config.imap, env),
    instantlyApiKey: env[instantlyApiKeyEnv]?.trim() || undefined,
    clayWebhookToken: readClayToken(env),
    heyReachApiKey: readHeyReachApiKey(env),
    goHighLevel: resolveGoHighLevelSettings(config.gohighlevel, env),
    webhookSecrets: resolveWebhookSecrets(config.webhooks.sources, env),
    languageModel: resolveLlmSettings(config.llm, env),
  };
  if (resolved.mode !== 'shadow' && placeholders.length > 0) {
    throw new ConfigError(
      `mode ${resolved.mode} refuses to run while placeholders remain: ${placeholders.join(', ')}. ` +
        'Set them in the config file, or stay in shadow mode.',
    );
  }
  return deepFreeze(resolved);
}

/** Minimum length of an API token: 32 hex characters carry 128 bits; AUTH-2 asks 256-bit random tokens. */
const minimumApiTokenLength = 32;

function resolveApiToken(value: string | undefined): string | undefined {
  const token = value?.trim();
  if (!token) return undefined;
  if (token.length < minimumApiTokenLength) {
    throw new ConfigError(
      `CAIO_API_TOKEN must be at least ${minimumApiTokenLength} characters (AUTH-2); generate one with \`openssl rand -hex 32\`.`,
    );
  }
  return token;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
