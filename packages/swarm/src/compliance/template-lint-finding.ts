/**
 * The EM-1 template-lint rules (specs/security.md EM-1; SPEC §3.4, §15 CAN-SPAM footer and honest
 * headers). Any finding blocks the send.
 * - `subject_empty`, `subject_header_unsafe` (CR/LF, INJ-8), `subject_fake_thread` (`Re:`/`Fwd:` and
 *   their localised forms outside a real thread), `subject_all_caps` — non-deceptive subject;
 * - `postal_address_missing`, `postal_address_invalid`, `postal_address_not_in_body` — the sender's
 *   valid physical postal address;
 * - `opt_out_sentence_missing`, `opt_out_link_missing` — a clear opt-out sentence and link;
 * - `from_unverified`, `reply_to_unverified` — accurate From / Reply-To (a verified sending identity),
 *   checked when the verified identities are given;
 * - `template_render_failed` — a shipped template could not be rendered for the lint (library lint only).
 */
export type TemplateLintRule =
  | 'subject_empty'
  | 'subject_header_unsafe'
  | 'subject_fake_thread'
  | 'subject_all_caps'
  | 'postal_address_missing'
  | 'postal_address_invalid'
  | 'postal_address_not_in_body'
  | 'opt_out_sentence_missing'
  | 'opt_out_link_missing'
  | 'from_unverified'
  | 'reply_to_unverified'
  | 'template_render_failed';

/** One EM-1 lint finding: the rule broken and a message that says what to change. */
export interface TemplateLintFinding {
  rule: TemplateLintRule;
  message: string;
}
