/**
 * Where a booked meeting's video link comes from (SPEC §7 "send an invite (ICS, with video link)").
 * The default provider hands out one static configured link; the Zoom and Google Meet providers create a
 * room per booking (`adapters/zoom`, `adapters/google-meet`) and are remembered per booking in the store
 * (`createRememberedVideoLinkProvider`), since `linkFor` is asked several times per booking.
 */

/** What the provider needs to know about the meeting. Instants are ISO-8601 UTC. */
export interface VideoLinkRequest {
  bookingId: string;
  title: string;
  start: string;
  end: string;
}

/** Creates (or looks up) the video link of one meeting. Same `bookingId` ⇒ same link (idempotent). */
export interface VideoLinkProvider {
  /** @throws CaioError `vendor_error` (retryable) when a remote provider could not create the room */
  linkFor(request: VideoLinkRequest): Promise<string>;
  /**
   * Optional: frees the booking's room at the vendor once the meeting is cancelled (e.g. deletes the Zoom
   * meeting). Safe to call twice or for a booking that never had a room. Providers without vendor rooms
   * leave it out; callers use `provider.release?.(bookingId)`.
   * @throws CaioError `vendor_error` / `rate_limited` / `timeout` when the vendor could not be reached
   */
  release?(bookingId: string): Promise<void>;
}
