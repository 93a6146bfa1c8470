import type { MeetingVideoLinkStore } from '../../ports/meeting-video-link-store.js';
import type { VideoLinkProvider, VideoLinkRequest } from '../../ports/video-link-provider.js';
import type { VideoRoomProvider } from '../../ports/video-room-provider.js';

/**
 * A {@link VideoLinkProvider} over a vendor that creates a new room per call (Zoom, Google Meet): the
 * first `linkFor` of a booking creates the room and stores it; every later call — the invite request,
 * the booking confirmation, the cancellation, from any worker process — returns the stored link, so the
 * port's rule "same bookingId ⇒ same link" (SPEC §7 invites) holds. Two workers racing on one booking both
 * create a room, but only the first stored one is ever handed out (`insertIfAbsent` reads the winner
 * back); the loser deletes its duplicate when the vendor supports it. Within one process, concurrent calls
 * for a booking share one creation.
 *
 * `release(bookingId)` deletes the stored room at the vendor (when the vendor can) and keeps the row, so
 * a cancellation notice built afterwards still carries the same link instead of creating a new room.
 *
 * @throws from `linkFor`/`release`: the vendor's CaioError (`permission_denied`, `rate_limited`,
 *   `vendor_error`, `timeout`) and store errors; nothing is stored when the room could not be created.
 */
export function createRememberedVideoLinkProvider(
  store: MeetingVideoLinkStore,
  provider: VideoRoomProvider,
): VideoLinkProvider & { release(bookingId: string): Promise<void> } {
  const creating = new Map<string, Promise<string>>();

  async function createOnce(request: VideoLinkRequest): Promise<string> {
    const stored = await store.find(request.bookingId);
    if (stored) return stored.link;
    const room = await provider.createRoom(request);
    const kept = await store.insertIfAbsent({
      bookingId: request.bookingId,
      provider: provider.provider,
      link: room.link,
      vendorMeetingId: room.vendorMeetingId ?? null,
    });
    if (kept.link !== room.link && room.vendorMeetingId !== undefined && provider.deleteRoom) {
      // Another worker stored its room first: ours was never shown to anyone. Cleanup is best effort —
      // a failure leaves one unused room at the vendor and must not fail the invite.
      await provider.deleteRoom(room.vendorMeetingId).catch(() => undefined);
    }
    return kept.link;
  }

  return {
    linkFor(request) {
      const pending = creating.get(request.bookingId);
      if (pending) return pending;
      const created = createOnce(request).finally(() => creating.delete(request.bookingId));
      creating.set(request.bookingId, created);
      return created;
    },
    async release(bookingId) {
      const stored = await store.find(bookingId);
      // A link stored under another provider (the host switched vendors) is not ours to delete.
      if (!stored || stored.vendorMeetingId === null || stored.provider !== provider.provider) return;
      await provider.deleteRoom?.(stored.vendorMeetingId);
    },
  };
}
