import type { VideoLinkProvider } from '../ports/video-link-provider.js';
import { createStaticVideoLinkProvider } from '../scheduling/conversation/index.js';

/** Where the default per-meeting rooms live (Jitsi Meet creates a room on first visit; no account needed). */
const defaultRoomBase = 'https://meet.jit.si/';

/**
 * The video link of a host's meetings (SPEC §7): the host's `videoLink` when configured, else a Jitsi Meet
 * room named after the booking (same booking ⇒ same room, as the port requires).
 * @throws CaioError `config_invalid` when `videoLink` is not an https URL
 */
export function meetingVideoLinksFor(host: { videoLink?: string | undefined }): VideoLinkProvider {
  if (host.videoLink) return createStaticVideoLinkProvider(host.videoLink);
  return {
    linkFor: async ({ bookingId }) => `${defaultRoomBase}caio-${bookingId.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
  };
}
