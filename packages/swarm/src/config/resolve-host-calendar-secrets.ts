import type { HostsConfig } from './hosts-schema.js';
import { readNamedSecrets } from './read-named-secrets.js';

/** The GoHighLevel token variable (shared with the GoHighLevel email adapter, docs/integrations/gohighlevel.md). */
const goHighLevelTokenEnv = 'GHL_API_TOKEN';

/**
 * The credentials of every host calendar, by environment variable name: each CalDAV calendar's
 * `passwordEnv` (default `CALDAV_PASSWORD`), each Google calendar's `tokenEnv` (default
 * `GOOGLE_CALENDAR_TOKEN`) and `GHL_API_TOKEN` when a GoHighLevel calendar is configured. Secrets never live
 * in the config file (SPEC §7 `hosts:`; hosts-schema.ts); this is the only place scheduling reads them.
 */
export type HostCalendarSecrets = Readonly<Record<string, string>>;

function requiredVariables(hosts: HostsConfig): Map<string, string> {
  const needed = new Map<string, string>();
  for (const host of hosts) {
    for (const calendar of host.calendar) {
      if (calendar.provider === 'caldav') needed.set(calendar.passwordEnv, `hosts[${host.id}] CalDAV password`);
      if (calendar.provider === 'google') needed.set(calendar.tokenEnv, `hosts[${host.id}] Google Calendar token`);
      if (calendar.provider === 'gohighlevel') needed.set(goHighLevelTokenEnv, `hosts[${host.id}] GoHighLevel token`);
    }
  }
  return needed;
}

/**
 * Reads the environment variables the `hosts:` calendars name.
 *
 * @param env the environment (default `process.env`)
 * @throws ConfigError (`config_invalid`) naming every variable that is missing or blank and the host that needs it
 */
export function resolveHostCalendarSecrets(
  hosts: HostsConfig,
  env: Readonly<Record<string, string | undefined>> = process.env,
): HostCalendarSecrets {
  return readNamedSecrets(requiredVariables(hosts), env, 'calendar credentials', 'docs/scheduling.md');
}

/** The name of the variable holding the GoHighLevel calendar token. */
export { goHighLevelTokenEnv as hostCalendarGoHighLevelTokenEnv };
