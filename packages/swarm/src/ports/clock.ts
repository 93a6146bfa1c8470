/** The source of "now". Domain and slices never call `Date.now()` themselves (ARCHITECTURE.md). */
export interface Clock {
  /** The current instant. */
  now(): Date;
}
