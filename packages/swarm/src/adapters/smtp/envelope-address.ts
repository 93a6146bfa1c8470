/**
 * The bare addr-spec for the SMTP envelope (RFC 5321 §4.1.2 `MAIL FROM:<…>` / `RCPT TO:<…>`) from a
 * mailbox that may carry a display name: `Ada <ada@example.com>` → `ada@example.com`. A value
 * without angle brackets is returned trimmed.
 */
export function envelopeAddress(mailbox: string): string {
  const bracketed = /<([^<>]*)>\s*$/.exec(mailbox);
  return (bracketed?.[1] ?? mailbox).trim();
}
