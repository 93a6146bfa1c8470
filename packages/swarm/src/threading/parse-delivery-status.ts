/** One per-recipient group of a `message/delivery-status` body (RFC 3464 §2.3), fields raw. */
export interface DeliveryStatusGroup {
  finalRecipient: string;
  action: string;
  status: string;
  diagnostic: string | null;
}

const fieldPattern =
  /^(final-recipient|original-recipient|x-actual-recipient|action|status|diagnostic-code|remote-mta)\s*:\s*(.*)$/i;

function addressOf(value: string): string {
  // `rfc822; user@example.com` → user@example.com (RFC 3464 §2.3.2 address-type prefix).
  const withoutType = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
  return withoutType.replace(/[<>"\s]/g, '').toLowerCase();
}

/**
 * Parses RFC 3464 / RFC 6533 recipient groups from delivery-status text. Tolerant: groups are found by
 * their fields wherever they appear (truncated MIME is common, sisimai quirks), continuation lines are
 * joined, and a group opens at `Final-Recipient` (or `Original-Recipient` when no final one follows).
 */
export function parseDeliveryStatus(text: string): DeliveryStatusGroup[] {
  const groups: DeliveryStatusGroup[] = [];
  let current: DeliveryStatusGroup | null = null;
  let lastField: string | null = null;
  for (const rawLine of text.split(/\r?\n|\r/).slice(0, 5000)) {
    if (current && lastField === 'diagnostic-code' && /^[ \t]+\S/.test(rawLine)) {
      current.diagnostic = `${current.diagnostic ?? ''} ${rawLine.trim()}`;
      continue;
    }
    const match = fieldPattern.exec(rawLine);
    lastField = null;
    if (!match) continue;
    const name = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    lastField = name;
    if (name === 'final-recipient' || name === 'original-recipient') {
      // Original-Recipient and Final-Recipient of one group arrive together, before its Action/Status.
      const sameGroup = current !== null && current.action === '' && current.status === '';
      if (sameGroup && current) {
        if (name === 'final-recipient' || current.finalRecipient === '') current.finalRecipient = addressOf(value);
        continue;
      }
      current = { finalRecipient: addressOf(value), action: '', status: '', diagnostic: null };
      groups.push(current);
    } else if (current) {
      if (name === 'action') current.action = value.toLowerCase().split(/[\s(]/)[0] ?? '';
      else if (name === 'status') current.status = /\d\.\d{1,3}\.\d{1,3}/.exec(value)?.[0] ?? '';
      else if (name === 'diagnostic-code') current.diagnostic = value;
      else if (name === 'x-actual-recipient' && current.finalRecipient === '')
        current.finalRecipient = addressOf(value);
    }
  }
  return groups.filter((group) => group.finalRecipient !== '' || group.status !== '' || group.action !== '');
}
