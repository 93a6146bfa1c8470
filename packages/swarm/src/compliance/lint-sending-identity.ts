import type { TemplateLintFinding } from './template-lint-finding.js';

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * EM-1 "accurate From and Reply-To (a verified sending identity)": From must be one of the verified
 * sending addresses; Reply-To, when set, must be a verified address or on the domain of one (a
 * shared inbox of the same organisation). Compared case-insensitively.
 */
export function lintSendingIdentity(identity: {
  from?: string;
  replyTo?: string;
  verifiedSenders: readonly string[];
}): TemplateLintFinding[] {
  const verified = new Set(identity.verifiedSenders.map((address) => address.trim().toLowerCase()));
  const verifiedDomains = new Set([...verified].map(domainOf));
  const findings: TemplateLintFinding[] = [];
  const from = identity.from?.trim().toLowerCase() ?? '';
  if (!verified.has(from)) {
    findings.push({
      rule: 'from_unverified',
      message: `From "${identity.from ?? ''}" is not a verified sending identity; send from one of the configured sending accounts (EM-1).`,
    });
  }
  const replyTo = identity.replyTo?.trim().toLowerCase();
  if (replyTo !== undefined && !verified.has(replyTo) && !verifiedDomains.has(domainOf(replyTo))) {
    findings.push({
      rule: 'reply_to_unverified',
      message: `Reply-To "${identity.replyTo ?? ''}" is neither a verified sending address nor on a verified sending domain; fix sender.replyTo (EM-1).`,
    });
  }
  return findings;
}
