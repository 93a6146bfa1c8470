/** A blocking busy interval `[start, end)` in epoch milliseconds, after normalisation (spec §6.3). */
export interface BusyInterval {
  start: number;
  end: number;
}
