import { canonicalAddress } from './canonical-address.js';

/** Trusted recipients of one outbound message: the lead's own address plus CCs a human approved. */
export interface TrustedRecipients {
  leadEmail: string;
  approvedCc?: readonly string[];
}

/** The recipients kept, and how many requested ones were dropped (addresses are not echoed: PII-2). */
export interface LimitedRecipients {
  to: string;
  cc: string[];
  droppedCount: number;
}

/**
 * Egress control for recipients (specs/security.md INJ-5, INJ-6): whatever a model or an untrusted
 * text asks for, a message goes only to the lead's own address and approved CCs. Requested addresses
 * outside that set are dropped and counted; changing recipients needs approval (WH-9), never text.
 * Addresses compare case-insensitively.
 */
export function limitRecipients(trusted: TrustedRecipients, requested: readonly string[] = []): LimitedRecipients {
  const approved = new Set((trusted.approvedCc ?? []).map(canonicalAddress));
  const lead = canonicalAddress(trusted.leadEmail);
  const cc: string[] = [];
  let droppedCount = 0;
  for (const address of requested) {
    const canonical = canonicalAddress(address);
    if (canonical === lead) continue;
    if (approved.has(canonical) && !cc.includes(canonical)) cc.push(canonical);
    else if (!approved.has(canonical)) droppedCount += 1;
  }
  return { to: trusted.leadEmail, cc, droppedCount };
}
