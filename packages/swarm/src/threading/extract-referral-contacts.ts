import { nameHandlesPattern, referralNamePattern } from './intent-patterns.js';

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const globalNamePatterns = [referralNamePattern, nameHandlesPattern].map(
  (pattern) => new RegExp(pattern.source, `${pattern.flags}g`),
);
const notNames = new Set([
  'Me',
  'Us',
  'You',
  'The',
  'Our',
  'My',
  'Him',
  'Her',
  'Them',
  'Sales',
  'Support',
  'This',
  'Thanks',
  'Sie',
  'Vous',
  'Nos',
]);

/**
 * People or mailboxes a referral points to (threading spec §7 `extracted.referralContacts`): e-mail addresses
 * in the visible text (minus `exclude`, e.g. the sender and our mailboxes), then capitalised names after
 * "talk to", "contact", "cc'ing", "wenden Sie sich an", "contactez" … or before "handles this".
 */
export function extractReferralContacts(text: string, exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude.map((address) => address.toLowerCase()));
  const contacts: string[] = [];
  for (const match of text.matchAll(emailPattern)) {
    const address = match[0].replace(/\.$/, '').toLowerCase();
    if (!excluded.has(address) && !contacts.includes(address)) contacts.push(address);
  }
  for (const pattern of globalNamePatterns) {
    for (const match of text.matchAll(pattern)) {
      const name = (match[1] ?? '').trim();
      const first = name.split(/\s+/)[0] ?? '';
      if (name === '' || notNames.has(first) || contacts.includes(name)) continue;
      contacts.push(name);
    }
  }
  return contacts.slice(0, 5);
}
