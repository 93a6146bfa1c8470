/** One remembered video link: the room created for a booking (migration 0021 `meeting_video_links`). */
export interface MeetingVideoLink {
  bookingId: string;
  /** Provider slug, e.g. `zoom`. */
  provider: string;
  link: string;
  /** The vendor's room id, or null when the provider has none. */
  vendorMeetingId: string | null;
  /** ISO-8601 UTC instant the link was stored (set by the store). */
  createdAt: string;
}

/**
 * The durable booking → video link map that makes room creation happen once per booking, across calls,
 * restarts and worker processes (SPEC §7 invites; port `VideoLinkProvider` "same bookingId ⇒ same link").
 */
export interface MeetingVideoLinkStore {
  /** The stored link of a booking, or undefined. */
  find(bookingId: string): Promise<MeetingVideoLink | undefined>;
  /**
   * Stores `link` unless the booking already has one, then returns the stored row — the caller's when it
   * won, the earlier one when another worker got there first (insert … on conflict do nothing, read back).
   */
  insertIfAbsent(link: Omit<MeetingVideoLink, 'createdAt'>): Promise<MeetingVideoLink>;
}
