import type { DnsResolver } from '../../ports/dns-resolver.js';
import { dkimKeyBits } from './dkim-key-bits.js';
import type { PreflightCheck } from './preflight-check.js';
import { parseTagList } from './tag-list.js';
import { dnsFailureText } from './txt-records.js';

/** EM-5: DKIM keys must be at least 2048 bits (RSA); Ed25519 keys (RFC 8463) are accepted. */
export const minimumDkimRsaBits = 2048;

/**
 * Selectors probed when none is configured: the defaults of common mail hosts (Google Workspace
 * `google`, Microsoft 365 `selector1`/`selector2`, cPanel/OpenDKIM `default`, Mailchimp `k1`, generic
 * `s1`/`s2`/`dkim`/`mail`). A hit passes with a note to pin the selector in the config.
 */
export const commonDkimSelectors: readonly string[] = [
  'google',
  'selector1',
  'selector2',
  'default',
  'k1',
  's1',
  's2',
  'dkim',
  'mail',
];

/**
 * EM-5 DKIM check of one selector: `<selector>._domainkey.<signingDomain>` holds a TXT record with
 * `v=DKIM1` (RFC 6376 §3.6.1), a non-empty `p=` (empty means the key was revoked) and, for RSA, a key
 * of at least {@link minimumDkimRsaBits} bits.
 */
export async function checkDkimSelector(
  resolver: DnsResolver,
  signingDomain: string,
  selector: string,
): Promise<PreflightCheck> {
  return (await inspectDkimSelector(resolver, signingDomain, selector)).check;
}

async function inspectDkimSelector(
  resolver: DnsResolver,
  signingDomain: string,
  selector: string,
): Promise<{ missing: boolean; check: PreflightCheck }> {
  const checked = await inspectDkimRecord(resolver, signingDomain, selector);
  return {
    missing: checked === 'missing',
    check: checked === 'missing' ? missingKey(signingDomain, selector) : checked,
  };
}

function missingKey(signingDomain: string, selector: string): PreflightCheck {
  return fail(
    `No DKIM key at ${selector}._domainkey.${signingDomain}. Publish the TXT record your sending provider gives you for selector "${selector}", or set the right selector in deliverability.dkim.selectors.`,
  );
}

async function inspectDkimRecord(
  resolver: DnsResolver,
  signingDomain: string,
  selector: string,
): Promise<PreflightCheck | 'missing'> {
  const name = `${selector}._domainkey.${signingDomain}`;
  let records: string[];
  try {
    records = (await resolver.resolveTxt(name)).map((strings) => strings.join(''));
  } catch (error) {
    return fail(`DKIM look-up of ${name} failed: ${dnsFailureText(error)}`);
  }
  const keys = records.map(parseTagList).filter((tags) => tags.has('p') || tags.has('v'));
  if (keys.length === 0) return 'missing';
  if (keys.length > 1) return fail(`${name} has ${keys.length} DKIM records; keep exactly one.`);
  const tags = keys[0] as ReadonlyMap<string, string>;
  if (tags.get('v') !== 'DKIM1') {
    return fail(`The DKIM record at ${name} lacks "v=DKIM1"; republish it starting with "v=DKIM1;".`);
  }
  const publicKey = (tags.get('p') ?? '').replace(/\s+/g, '');
  if (publicKey === '') {
    return fail(`The DKIM key at ${name} is empty (revoked). Publish a current public key in "p=".`);
  }
  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  const bits = dkimKeyBits(publicKey, keyType);
  if (bits === null) return fail(`The DKIM key at ${name} cannot be read; republish "p=" exactly as issued.`);
  if (keyType === 'rsa' && bits < minimumDkimRsaBits) {
    return fail(
      `The DKIM key at ${name} is ${bits}-bit RSA; EM-5 requires ${minimumDkimRsaBits}. Rotate to a ${minimumDkimRsaBits}-bit key at your sending provider.`,
    );
  }
  return { name: 'dkim', status: 'pass', message: `DKIM key found at ${name} (${keyType}, ${bits} bits).` };
}

/**
 * EM-5 DKIM checks for a sending domain: one check per configured selector; with none configured, the
 * first of {@link commonDkimSelectors} that answers (or one `fail` saying none was found).
 */
export async function checkDkim(
  resolver: DnsResolver,
  signingDomain: string,
  selectors: readonly string[],
): Promise<PreflightCheck[]> {
  if (selectors.length > 0) {
    return Promise.all(selectors.map((selector) => checkDkimSelector(resolver, signingDomain, selector)));
  }
  for (const selector of commonDkimSelectors) {
    const { missing, check } = await inspectDkimSelector(resolver, signingDomain, selector);
    if (!missing) {
      return [{ ...check, message: `${check.message} Pin it: deliverability.dkim.selectors: [${selector}].` }];
    }
  }
  return [
    fail(
      `No DKIM key found for ${signingDomain} under the common selectors (${commonDkimSelectors.join(', ')}). Set deliverability.dkim.selectors to the selector your sending provider signs with, and publish its key.`,
    ),
  ];
}

function fail(message: string): PreflightCheck {
  return { name: 'dkim', status: 'fail', message };
}
