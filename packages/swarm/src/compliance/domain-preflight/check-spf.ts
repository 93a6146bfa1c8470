import type { DnsResolver } from '../../ports/dns-resolver.js';
import type { PreflightCheck } from './preflight-check.js';
import { parseSpfRecord, type SpfTerm } from './spf-record.js';
import { dnsFailureText, txtRecordsWithPrefix } from './txt-records.js';

/** RFC 7208 §4.6.4: at most 10 terms that cause DNS look-ups per evaluation, nested records included. */
export const spfLookupLimit = 10;

const spfPrefix = /^v=spf1(\s|$)/i;
/** Terms that cost a DNS look-up (RFC 7208 §4.6.4). */
const lookupMechanisms: ReadonlySet<string> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

interface LookupTally {
  count: number;
  problems: string[];
  visited: Set<string>;
}

/**
 * EM-5 SPF check of one sending domain: exactly one `v=spf1` record (two or more is a permerror, RFC
 * 7208 §4.5), no `+all` (it authorises the whole internet, §5.1), and at most {@link spfLookupLimit}
 * DNS-querying terms (`include`, `a`, `mx`, `ptr`, `exists`, `redirect`) counted through every nested
 * `include:`/`redirect=` record (§4.6.4). Warns on `?all` or no `all` (neutral for everyone) and on
 * `ptr` (§5.5: SHOULD NOT be used).
 */
export async function checkSpf(resolver: DnsResolver, domain: string): Promise<PreflightCheck> {
  let records: string[];
  try {
    records = await txtRecordsWithPrefix(resolver, domain, spfPrefix);
  } catch (error) {
    return fail(`SPF look-up for ${domain} failed: ${dnsFailureText(error)}`);
  }
  if (records.length === 0) {
    return fail(
      `${domain} has no SPF record. Publish one TXT record at ${domain} such as "v=spf1 include:<your sending provider> -all".`,
    );
  }
  if (records.length > 1) {
    return fail(
      `${domain} has ${records.length} SPF records; receivers treat that as a permanent error (RFC 7208 §4.5). Merge them into one "v=spf1 … -all" record.`,
    );
  }
  const parsed = parseSpfRecord(records[0] as string);
  if ('error' in parsed) return fail(`The SPF record of ${domain} is invalid: ${parsed.error}. Fix the record.`);
  const all = parsed.terms.find((term) => term.kind === 'mechanism' && term.name === 'all');
  if (all?.kind === 'mechanism' && all.qualifier === '+') {
    return fail(
      `The SPF record of ${domain} ends in "${all.text}", which lets any server send as ${domain}. Replace it with "-all" (or "~all").`,
    );
  }
  const tally: LookupTally = { count: 0, problems: [], visited: new Set([domain.toLowerCase()]) };
  await countLookups(resolver, parsed.terms, tally);
  if (tally.problems.length > 0) return fail(`The SPF record of ${domain}: ${tally.problems.join('; ')}.`);
  if (tally.count > spfLookupLimit) {
    return fail(
      `The SPF record of ${domain} needs ${tally.count} DNS look-ups, over the limit of ${spfLookupLimit} (RFC 7208 §4.6.4), so receivers return permerror. Remove unused include: entries or replace some with ip4:/ip6: ranges.`,
    );
  }
  const warnings: string[] = [];
  const redirect = parsed.terms.some((term) => term.kind === 'modifier' && term.name === 'redirect');
  if (all?.kind === 'mechanism' && all.qualifier === '?') warnings.push('"?all" is neutral; end with "-all" or "~all"');
  if (!all && !redirect) warnings.push('it has no "all" mechanism; end it with "-all" or "~all"');
  if (parsed.terms.some((term) => term.kind === 'mechanism' && term.name === 'ptr')) {
    warnings.push('"ptr" is slow and discouraged (RFC 7208 §5.5); use ip4:/ip6: or a: instead');
  }
  const summary = `SPF record found with ${tally.count}/${spfLookupLimit} DNS look-ups`;
  if (warnings.length > 0) return { name: 'spf', status: 'warn', message: `${summary}, but ${warnings.join('; ')}.` };
  return { name: 'spf', status: 'pass', message: `${summary}.` };
}

async function countLookups(resolver: DnsResolver, terms: readonly SpfTerm[], tally: LookupTally): Promise<void> {
  const hasAll = terms.some((term) => term.kind === 'mechanism' && term.name === 'all');
  for (const term of terms) {
    // Past the limit the result is already permerror; stop querying.
    if (tally.count > spfLookupLimit) return;
    if (term.kind === 'mechanism' && lookupMechanisms.has(term.name)) {
      tally.count += 1;
      if (term.name === 'include' && term.target) await followRecord(resolver, term.target, 'include:', tally);
    } else if (term.kind === 'modifier' && term.name === 'redirect' && !hasAll) {
      // RFC 7208 §6.1: redirect is ignored when the record has an "all" mechanism.
      tally.count += 1;
      await followRecord(resolver, term.value, 'redirect=', tally);
    }
  }
}

async function followRecord(resolver: DnsResolver, target: string, via: string, tally: LookupTally): Promise<void> {
  // A macro (%{i}, %{s}…) expands per message (RFC 7208 §7); its look-up is counted but cannot be followed here.
  if (target.includes('%')) return;
  const name = target.toLowerCase().replace(/\.$/, '');
  if (tally.visited.has(name)) {
    tally.problems.push(`${via}${target} loops back to a record already included`);
    return;
  }
  let records: string[];
  try {
    records = await txtRecordsWithPrefix(resolver, name, spfPrefix);
  } catch (error) {
    tally.problems.push(`the look-up of ${via}${target} failed (${dnsFailureText(error)})`);
    return;
  }
  if (records.length !== 1) {
    // RFC 7208 §5.2 / §6.1: an included or redirected domain without exactly one SPF record is a permerror.
    tally.problems.push(`${via}${target} has ${records.length} SPF records (it needs exactly one); fix or remove it`);
    return;
  }
  const parsed = parseSpfRecord(records[0] as string);
  if ('error' in parsed) {
    tally.problems.push(`${via}${target} is invalid (${parsed.error})`);
    return;
  }
  // `visited` is the include path, not every domain seen: two includes of one provider are legal (and counted twice).
  tally.visited.add(name);
  await countLookups(resolver, parsed.terms, tally);
  tally.visited.delete(name);
}

function fail(message: string): PreflightCheck {
  return { name: 'spf', status: 'fail', message };
}
