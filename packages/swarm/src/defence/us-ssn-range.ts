/**
 * True when the three parts of a US Social Security number are in an issuable range
 * (specs/security.md PII-1, after SSA rules): the area is not 000, 666 or 9xx, the group is not 00
 * and the serial is not 0000.
 */
export function isIssuableSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  if (group === '00') return false;
  return serial !== '0000';
}
