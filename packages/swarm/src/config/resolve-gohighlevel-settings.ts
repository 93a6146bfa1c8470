import { ConfigError } from './config-error.js';
import type { GoHighLevelConfig } from './gohighlevel-schema.js';

/** What `createGoHighLevelClient` / `createGoHighLevelTransport` need, or `null` when GoHighLevel is off. */
export interface GoHighLevelSettings {
  baseUrl: string;
  token: string;
  locationId: string;
  emailFrom: string | undefined;
}

/**
 * Joins the `gohighlevel:` section with the `GHL_API_TOKEN` environment variable. Off (null) when
 * neither a location nor a token is set; on when both are.
 *
 * @throws ConfigError (`config_invalid`) when only one of `gohighlevel.locationId` and
 *   `GHL_API_TOKEN` is set, naming the missing one.
 */
export function resolveGoHighLevelSettings(
  config: GoHighLevelConfig,
  env: Readonly<Record<string, string | undefined>>,
): GoHighLevelSettings | null {
  const token = env['GHL_API_TOKEN']?.trim() || undefined;
  const locationId = config.locationId;
  if (!token && !locationId) return null;
  if (!token) {
    throw new ConfigError(
      'gohighlevel.locationId is set but GHL_API_TOKEN is not: set the Private Integration token in the environment.',
    );
  }
  if (!locationId) {
    throw new ConfigError(
      'GHL_API_TOKEN is set but gohighlevel.locationId is not: add the sub-account id to the config file.',
    );
  }
  return { baseUrl: config.baseUrl.replace(/\/+$/, ''), token, locationId, emailFrom: config.emailFrom };
}
