import { CaioError } from '../../domain/errors.js';

/**
 * Refuses to build a vendor adapter whose credentials or connection settings are blank, naming every
 * blank one at once so the operator fixes them in one go (STYLE.md §6: the message says what to do).
 *
 * @param vendor the name that starts the message, e.g. `Twilio SMS`.
 * @param credentials what the operator sets (config key or environment variable) → its resolved value.
 * @param fix where to set them, e.g. `set them in the config file or environment`.
 * @throws CaioError `config_invalid` "`{vendor}` needs a, b and c; `{fix}`." when any value is missing or blank.
 * @example requireCredentials('CalDAV', { 'caldav.username': username, CALDAV_PASSWORD: password }, 'set them in the config file or environment');
 */
export function requireCredentials(
  vendor: string,
  credentials: Readonly<Record<string, string | undefined>>,
  fix: string,
): void {
  const missing = Object.entries(credentials)
    .filter(([, value]) => !value?.trim())
    .map(([name]) => name);
  if (missing.length === 0) return;
  const last = missing.pop();
  const names = missing.length > 0 ? `${missing.join(', ')} and ${last}` : last;
  throw new CaioError('config_invalid', `${vendor} needs ${names}; ${fix}.`);
}
