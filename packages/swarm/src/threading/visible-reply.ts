/** A forwarded original found in the body (threading spec §4.1 "Forwards"): its header fields and text. */
export interface ForwardedBlock {
  from?: string;
  date?: string;
  subject?: string;
  to?: string;
  body: string;
}

/**
 * The author's new text (threading spec §4, §8): `text` has no quoted history, signature or disclaimer;
 * `quoted` holds what was cut as history; `signature`/`boilerplate` what was soft-removed.
 */
export interface VisibleReply {
  text: string;
  quoted: string;
  signature: string | null;
  boilerplate: string | null;
  forwardedBlocks: ForwardedBlock[];
}
