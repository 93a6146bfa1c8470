/**
 * HighLevel assigns appointment ids itself, so the deterministic booking id (specs/scheduling.md §6.7
 * step 5) travels in the appointment title as a marker `[caio:<id>]`. Before a create the adapter looks for
 * the marker in the slot; finding it proves an earlier attempt already wrote the event.
 */
const markerPattern = /\[caio:([a-z0-9_-]{5,128})\]/;

/** The title with the booking marker appended. */
export function titleWithBookingMarker(title: string, bookingId: string): string {
  return `${title} [caio:${bookingId}]`;
}

/** The booking id carried in a title, or undefined when it has no marker. */
export function bookingIdInTitle(title: string | null | undefined): string | undefined {
  return markerPattern.exec(title ?? '')?.[1];
}

/** True when `bookingId` can be carried as a marker (lower-case letters, digits, `_` and `-`, 5–128 chars). */
export function isMarkableBookingId(bookingId: string): boolean {
  return /^[a-z0-9_-]{5,128}$/.test(bookingId);
}
