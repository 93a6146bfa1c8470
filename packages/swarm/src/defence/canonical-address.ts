/** An email address as compared for egress decisions: trimmed and lower-cased (INJ-6). */
export function canonicalAddress(address: string): string {
  return address.trim().toLowerCase();
}
