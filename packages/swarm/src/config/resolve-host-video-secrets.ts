import type { HostVideoConfig } from './video-schema.js';
import { readNamedSecrets } from './read-named-secrets.js';

/**
 * The credentials of every host's video provider, by environment variable name: Zoom's `clientIdEnv` /
 * `clientSecretEnv` (default `ZOOM_CLIENT_ID` / `ZOOM_CLIENT_SECRET`) and Google Meet's `tokenEnv` (default
 * `GOOGLE_MEET_TOKEN`). Secrets never live in the config file (config/video-schema.ts); this is the only
 * place the video providers' secrets are read.
 */
export type HostVideoSecrets = Readonly<Record<string, string>>;

/** What the resolver reads of a host: its id and `video:` setting. */
export interface HostWithVideo {
  id: string;
  video?: HostVideoConfig | undefined;
}

function requiredVariables(hosts: readonly HostWithVideo[]): Map<string, string> {
  const needed = new Map<string, string>();
  for (const host of hosts) {
    const video = host.video;
    if (video?.provider === 'zoom') {
      needed.set(video.clientIdEnv, `hosts[${host.id}] Zoom client id`);
      needed.set(video.clientSecretEnv, `hosts[${host.id}] Zoom client secret`);
    }
    if (video?.provider === 'google-meet') needed.set(video.tokenEnv, `hosts[${host.id}] Google Meet token`);
  }
  return needed;
}

/**
 * Reads the environment variables the hosts' `video:` settings name.
 *
 * @param env the environment (default `process.env`)
 * @throws ConfigError (`config_invalid`) naming every variable that is missing or blank and the host that needs it
 */
export function resolveHostVideoSecrets(
  hosts: readonly HostWithVideo[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): HostVideoSecrets {
  return readNamedSecrets(
    requiredVariables(hosts),
    env,
    'video credentials',
    'docs/integrations/zoom.md, docs/integrations/google-meet.md',
  );
}
