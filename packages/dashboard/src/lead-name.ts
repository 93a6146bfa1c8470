/** A lead's display name: "First Last", else the email, else `(no name)` — never an empty string. */
export function leadDisplayName(lead: {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}): string {
  const name = [lead.firstName, lead.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || lead.email || '(no name)';
}
