import { ConfigError } from './config-error.js';

/**
 * Reads the secrets a config section names by environment variable (secrets never live in the config file).
 *
 * @param needed variable name → what needs it, e.g. `hosts[ada] Zoom client secret` (used in the error)
 * @param credentials what kind of credential, for the error, e.g. `calendar credentials`
 * @param docs where to read how to set them, e.g. `docs/scheduling.md`
 * @returns variable name → trimmed value
 * @throws ConfigError (`config_invalid`) naming every variable that is missing or blank and what needs it
 */
export function readNamedSecrets(
  needed: ReadonlyMap<string, string>,
  env: Readonly<Record<string, string | undefined>>,
  credentials: string,
  docs: string,
): Record<string, string> {
  const secrets: Record<string, string> = {};
  const missing: string[] = [];
  for (const [variable, purpose] of needed) {
    const value = env[variable]?.trim();
    if (value) secrets[variable] = value;
    else missing.push(`${variable} (${purpose})`);
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Set ${missing.join(', ')} in the environment: ${credentials} are never read from the config file (${docs}).`,
    );
  }
  return secrets;
}
