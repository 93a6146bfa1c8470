import type { DnsResolver } from '../ports/dns-resolver.js';
import { checkDkim } from './domain-preflight/check-dkim.js';
import { checkDmarc } from './domain-preflight/check-dmarc.js';
import { checkSpf } from './domain-preflight/check-spf.js';
import { worstPreflightStatus, type PreflightCheck, type PreflightStatus } from './domain-preflight/preflight-check.js';

/** One sending domain to preflight and how it signs. */
export interface SendingDomainPreflightTarget {
  /** The From domain of the sending mailboxes, e.g. `outreach.example.com`. */
  domain: string;
  /** DKIM selectors the provider signs with; empty probes common ones (`commonDkimSelectors`). */
  dkimSelectors?: readonly string[];
  /** The DKIM `d=` domain; default `domain` (a provider signing as its own domain breaks alignment). */
  dkimSigningDomain?: string;
}

/** The preflight of one domain: its checks in order (`spf`, `dkim`…, `dmarc`, `dmarc_alignment`) and the worst status. */
export interface SendingDomainPreflightResult {
  checks: PreflightCheck[];
  status: PreflightStatus;
}

/**
 * EM-5 sending-domain preflight (specs/security.md; SPEC §3.7 deliverability): for each domain checks
 * SPF (one `v=spf1` record, no `+all`, ≤ 10 DNS look-ups, RFC 7208 §4.6.4), DKIM (`<selector>._domainkey.<d>`
 * with `v=DKIM1`, a non-empty `p=`, RSA ≥ 2048 bits) and DMARC (`_dmarc.<domain>` with `p=none|quarantine|reject`,
 * `p=none` warns; DKIM `d=` aligned with the From domain, RFC 7489 §3.1). Pure over the resolver: DNS
 * failures become `fail` checks naming the query, never exceptions. Domains are lower-cased and deduplicated.
 *
 * @returns results keyed by domain, in input order.
 * @example
 *   const results = await sendingDomainPreflight(createNodeDnsResolver(), [{ domain: 'outreach.example.com', dkimSelectors: ['s1'] }]);
 *   results['outreach.example.com'].checks // [{ name: 'spf', status: 'pass', message: '…' }, …]
 */
export async function sendingDomainPreflight(
  resolver: DnsResolver,
  targets: readonly SendingDomainPreflightTarget[],
): Promise<Record<string, SendingDomainPreflightResult>> {
  const results: Record<string, SendingDomainPreflightResult> = {};
  for (const target of targets) {
    const domain = normaliseSendingDomain(target.domain);
    if (domain in results) continue;
    results[domain] = await preflightOneDomain(resolver, { ...target, domain });
  }
  return results;
}

async function preflightOneDomain(
  resolver: DnsResolver,
  target: SendingDomainPreflightTarget,
): Promise<SendingDomainPreflightResult> {
  const signingDomain = normaliseSendingDomain(target.dkimSigningDomain ?? target.domain);
  const [spf, dkim, dmarc] = await Promise.all([
    checkSpf(resolver, target.domain),
    checkDkim(resolver, signingDomain, target.dkimSelectors ?? []),
    checkDmarc(resolver, target.domain, signingDomain),
  ]);
  const checks = [spf, ...dkim, ...dmarc];
  return { checks, status: worstPreflightStatus(checks) };
}

function normaliseSendingDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}
