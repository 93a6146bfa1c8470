import { lintOptOut } from './lint-opt-out.js';
import { lintPostalAddress } from './lint-postal-address.js';
import { lintSendingIdentity } from './lint-sending-identity.js';
import { lintSubject } from './lint-subject.js';
import type { TemplateLintFinding } from './template-lint-finding.js';

/** One outbound message (or rendered template) to lint against EM-1. */
export interface OutboundTemplateLintInput {
  subject: string;
  /** The final plain-text body, footer included. */
  body: string;
  /** 1 = first touch (SPEC §5 cadence steps); 0 = an in-thread conversation message (reply, scheduling). */
  sequenceStep: number;
  /** The configured `sender.postalAddress`. */
  postalAddress: string;
  /** True only when the message really continues a thread (it carries In-Reply-To); default false. */
  inThread?: boolean;
  /** The exact unsubscribe link of this message; when absent any `…/u/{token}` link counts. */
  unsubscribeUrl?: string;
  /** From address; checked with `replyTo` only when `verifiedSenders` is given. */
  from?: string;
  replyTo?: string;
  /** The verified sending addresses (configured sending accounts). */
  verifiedSenders?: readonly string[];
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Lints one commercial email against specs/security.md EM-1 (SPEC §3.4 CAN-SPAM footer, §15 honest
 * headers): non-deceptive subject (no `Re:`/`Fwd:` outside a real thread — never on a first touch —,
 * not all capitals, not empty, one line); the sender's valid postal address, present in the body; a
 * clear opt-out sentence and the unsubscribe link; and, when `verifiedSenders` is given, a verified
 * From and Reply-To. Pure; returns every finding (empty = compliant). EM-1: any finding blocks the send.
 *
 * @example lintOutboundTemplate({ subject: 'RE: quick question', body, sequenceStep: 1, postalAddress })
 *   // [{ rule: 'subject_fake_thread', message: '…' }]
 */
export function lintOutboundTemplate(input: OutboundTemplateLintInput): TemplateLintFinding[] {
  const findings = [
    ...lintSubject(input.subject, { sequenceStep: input.sequenceStep, inThread: input.inThread ?? false }),
    ...lintPostalAddress(input.postalAddress),
  ];
  if (input.postalAddress.trim() !== '' && !normaliseSpace(input.body).includes(normaliseSpace(input.postalAddress))) {
    findings.push({
      rule: 'postal_address_not_in_body',
      message:
        'The body does not show the sender postal address; keep the footer the crafter appends (EM-1, CAN-SPAM).',
    });
  }
  findings.push(...lintOptOut(input.body, input.unsubscribeUrl));
  if (input.verifiedSenders !== undefined) {
    findings.push(
      ...lintSendingIdentity({
        verifiedSenders: input.verifiedSenders,
        ...(input.from === undefined ? {} : { from: input.from }),
        ...(input.replyTo === undefined ? {} : { replyTo: input.replyTo }),
      }),
    );
  }
  return findings;
}
