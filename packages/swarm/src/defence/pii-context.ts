/**
 * Up to `length` characters before `start`, lower-cased, for the context gates of the recognizers
 * (Presidio-style context words). Bounded, so the gates cost O(1) per candidate.
 */
export function textBefore(text: string, start: number, length: number): string {
  return text.slice(Math.max(0, start - length), start).toLowerCase();
}
