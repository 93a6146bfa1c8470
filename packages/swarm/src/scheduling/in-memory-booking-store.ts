/** An in-memory {@link BookingStore} (specs/scheduling.md §6.7 step 2) for tests and single-process use. */
import type { BookingRecord, BookingStore } from '../ports/booking-store.js';
import { parseInstant } from './instant-parsing.js';

/** Creates an empty in-memory booking store; `records()` exposes what was stored, for assertions. */
export function createInMemoryBookingStore(): BookingStore & { records(): BookingRecord[] } {
  const byKey = new Map<string, BookingRecord>();
  return {
    async get(idempotencyKey) {
      return byKey.get(idempotencyKey);
    },
    async put(record) {
      if (!byKey.has(record.idempotencyKey)) byKey.set(record.idempotencyKey, { ...record });
    },
    async listForHost(hostId, from, to) {
      return [...byKey.values()].filter(
        (record) =>
          record.hostId === hostId &&
          (parseInstant(record.start) ?? -Infinity) < to &&
          (parseInstant(record.end) ?? Infinity) > from,
      );
    },
    records() {
      return [...byKey.values()];
    },
  };
}
