/**
 * Where a booked meeting's video link comes from (SPEC §7 "send an invite (ICS, with video link)").
 * The default provider hands out one static configured link; Zoom or Google Meet providers would
 * implement the same port.
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
}
