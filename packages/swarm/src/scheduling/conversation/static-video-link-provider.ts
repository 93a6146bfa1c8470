/**
 * The default {@link VideoLinkProvider}: one configured meeting-room link for every meeting (SPEC §7).
 * Zoom / Google Meet providers are not built: they would implement the same port as HTTP adapters.
 */
import { CaioError } from '../../domain/errors.js';
import type { VideoLinkProvider } from '../../ports/video-link-provider.js';

/**
 * Creates the static provider.
 * @param link an `https://` URL, e.g. the host's personal meeting room
 * @throws CaioError `config_invalid` when `link` is not an https URL
 */
export function createStaticVideoLinkProvider(link: string): VideoLinkProvider {
  if (!/^https:\/\/\S+$/.test(link)) {
    throw new CaioError(
      'config_invalid',
      `Video link "${link}" must be an https:// URL; set the host's meeting room link.`,
    );
  }
  return { linkFor: async () => link };
}
