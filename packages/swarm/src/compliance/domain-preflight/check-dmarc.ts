import type { DnsResolver } from '../../ports/dns-resolver.js';
import { organizationalDomain } from './organizational-domain.js';
import type { PreflightCheck } from './preflight-check.js';
import { parseTagList } from './tag-list.js';
import { dnsFailureText, txtRecordsWithPrefix } from './txt-records.js';

/** The DMARC policy that applies to a From domain, and where it was found. */
export interface DmarcPolicy {
  /** `_dmarc.<domain>` the record came from (the From domain's, or its Organizational Domain's). */
  recordName: string;
  /** The applicable policy: `sp=` (else `p=`) when inherited from the Organizational Domain, else `p=`. */
  policy: string | null;
  /** DKIM identifier alignment mode (`adkim=`, RFC 7489 §6.3): `r` relaxed (default) or `s` strict. */
  dkimAlignment: 'r' | 's';
}

const dmarcPrefix = /^v=DMARC1(\s*;|\s*$)/i;
const validPolicies: ReadonlySet<string> = new Set(['none', 'quarantine', 'reject']);

/**
 * Finds the DMARC record for `fromDomain` (RFC 7489 §6.6.3): `_dmarc.<fromDomain>`, else
 * `_dmarc.<organizational domain>`. Records not starting with `v=DMARC1` are ignored; more than one is
 * treated as none.
 *
 * @returns the policy, `'none-found'`, or `'several'` (two or more records at one name).
 * @throws whatever the resolver throws.
 */
export async function findDmarcPolicy(
  resolver: DnsResolver,
  fromDomain: string,
): Promise<DmarcPolicy | 'none-found' | { several: string }> {
  const organizational = organizationalDomain(fromDomain);
  const names = [fromDomain, ...(organizational !== fromDomain ? [organizational] : [])];
  for (const [index, domain] of names.entries()) {
    const recordName = `_dmarc.${domain}`;
    const records = await txtRecordsWithPrefix(resolver, recordName, dmarcPrefix);
    if (records.length > 1) return { several: recordName };
    if (records.length === 0) continue;
    const tags = parseTagList(records[0] as string);
    const inherited = index > 0;
    const policy = ((inherited ? (tags.get('sp') ?? tags.get('p')) : tags.get('p')) ?? '').toLowerCase() || null;
    return { recordName, policy, dkimAlignment: tags.get('adkim')?.toLowerCase() === 's' ? 's' : 'r' };
  }
  return 'none-found';
}

/**
 * EM-5 DMARC checks for a From domain: `dmarc` (a record with `p=none|quarantine|reject`; `p=none`
 * warns, since it only monitors) and `dmarc_alignment` (DKIM identifier alignment, RFC 7489 §3.1.1: in
 * relaxed mode the From domain and the DKIM `d=` domain share an Organizational Domain — so the From
 * domain equal to or a subdomain of `d=` aligns; in strict mode they are equal).
 */
export async function checkDmarc(
  resolver: DnsResolver,
  fromDomain: string,
  dkimSigningDomain: string,
): Promise<PreflightCheck[]> {
  let found: Awaited<ReturnType<typeof findDmarcPolicy>>;
  try {
    found = await findDmarcPolicy(resolver, fromDomain);
  } catch (error) {
    return [{ name: 'dmarc', status: 'fail', message: `DMARC look-up failed: ${dnsFailureText(error)}` }];
  }
  const alignment = dmarcAlignment(
    fromDomain,
    dkimSigningDomain,
    found === 'none-found' || 'several' in found ? 'r' : found.dkimAlignment,
  );
  return [dmarcPolicyCheck(fromDomain, found), alignment];
}

function dmarcPolicyCheck(fromDomain: string, found: DmarcPolicy | 'none-found' | { several: string }): PreflightCheck {
  const publish = `Publish one TXT record at _dmarc.${fromDomain} such as "v=DMARC1; p=none; rua=mailto:dmarc@${fromDomain}", then move to p=quarantine.`;
  if (found === 'none-found')
    return { name: 'dmarc', status: 'fail', message: `${fromDomain} has no DMARC record. ${publish}` };
  if ('several' in found) {
    return {
      name: 'dmarc',
      status: 'fail',
      message: `${found.several} has several DMARC records, so receivers ignore them all (RFC 7489 §6.6.3). Keep exactly one.`,
    };
  }
  if (found.policy === null || !validPolicies.has(found.policy)) {
    return {
      name: 'dmarc',
      status: 'fail',
      message: `The DMARC record at ${found.recordName} has ${found.policy === null ? 'no p= policy' : `an invalid policy "p=${found.policy}"`}; set p=none, quarantine or reject.`,
    };
  }
  if (found.policy === 'none') {
    return {
      name: 'dmarc',
      status: 'warn',
      message: `DMARC at ${found.recordName} is p=none (monitoring only). Once reports show your mail aligned, move to p=quarantine, then p=reject.`,
    };
  }
  return { name: 'dmarc', status: 'pass', message: `DMARC at ${found.recordName} is p=${found.policy}.` };
}

function dmarcAlignment(fromDomain: string, signingDomain: string, mode: 'r' | 's'): PreflightCheck {
  const from = fromDomain.toLowerCase();
  const signer = signingDomain.toLowerCase();
  const aligned = mode === 's' ? from === signer : organizationalDomain(from) === organizationalDomain(signer);
  if (aligned) {
    return {
      name: 'dmarc_alignment',
      status: 'pass',
      message: `DKIM d=${signer} aligns with From ${from} (${mode === 's' ? 'strict' : 'relaxed'}).`,
    };
  }
  return {
    name: 'dmarc_alignment',
    status: 'fail',
    message: `DKIM signs as d=${signer}, which does not align with From ${from} (${mode === 's' ? 'strict: they must be equal' : 'relaxed: they must share an organizational domain'}, RFC 7489 §3.1). Set up custom DKIM for ${from} at your sending provider so it signs with d=${from}.`,
  };
}
