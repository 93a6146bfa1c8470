import type { VideoLinkRequest } from './video-link-provider.js';

/** A meeting room a vendor created: the join link and the vendor's own id (to delete it later). */
export interface CreatedVideoRoom {
  /** The https join link put in the invite, e.g. `https://us05web.zoom.us/j/85746065432?pwd=…`. */
  link: string;
  /** The vendor's id of the room (Zoom meeting id, Google Meet `spaces/…` name); absent when none. */
  vendorMeetingId?: string;
}

/**
 * A vendor that creates one meeting room per call (Zoom, Google Meet). NOT idempotent: every
 * `createRoom` makes a new room, so callers remember the result per booking
 * (`createRememberedVideoLinkProvider`) instead of calling it for each invite.
 */
export interface VideoRoomProvider {
  /** Stable slug stored with each link, e.g. `zoom`, `google-meet`. */
  readonly provider: string;
  /**
   * Creates a room for the meeting.
   * @throws CaioError `permission_denied` (credentials), `rate_limited` (`retryAfterMs`), `vendor_error`, `timeout`
   */
  createRoom(request: VideoLinkRequest): Promise<CreatedVideoRoom>;
  /**
   * Optional: deletes a room this provider created; a room that no longer exists counts as deleted.
   * @throws CaioError `permission_denied`, `rate_limited`, `vendor_error`, `timeout`
   */
  deleteRoom?(vendorMeetingId: string): Promise<void>;
}
