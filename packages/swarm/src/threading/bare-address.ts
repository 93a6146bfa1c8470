/**
 * The lower-cased bare address of a header-style mailbox (`"Ana" <Ana@Example.com>` → `ana@example.com`).
 * Returns '' when there is no `@`.
 */
export function bareAddress(mailbox: string): string {
  const bracketed = /<([^<>@\s]+@[^<>\s]+)>/.exec(mailbox);
  if (bracketed) return (bracketed[1] ?? '').toLowerCase();
  const plain = /[^\s<>"',;:]+@[^\s<>"',;:]+/.exec(mailbox);
  return plain ? plain[0].toLowerCase() : '';
}
