import { findPlainTextLinks } from '../outbound/tracking/index.js';
import type { TemplateLintFinding } from './template-lint-finding.js';

/** Wording a recipient reads as "this is how I stop these emails". */
const optOutSentence =
  /\b(?:unsubscribe|opt[\s-]?out|stop (?:receiving|hearing|getting)|rather not hear|no longer (?:wish|want) to (?:receive|hear|get))\b/i;

/** True for an http(s) link to an unsubscribe endpoint `…/u/{token}` (ARCHITECTURE.md "Unsubscribe links"). */
function isUnsubscribeLink(url: string): boolean {
  try {
    return /\/u\/[A-Za-z0-9_-]+\/?$/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * EM-1 "clear opt-out sentence and link": the body must say how to stop the emails and carry a
 * working unsubscribe link — exactly `unsubscribeUrl` when given (the one List-Unsubscribe names,
 * EM-2), otherwise any http(s) `…/u/{token}` link.
 */
export function lintOptOut(body: string, unsubscribeUrl?: string): TemplateLintFinding[] {
  const findings: TemplateLintFinding[] = [];
  if (!optOutSentence.test(body)) {
    findings.push({
      rule: 'opt_out_sentence_missing',
      message:
        'The body has no opt-out sentence; say plainly how to stop the emails, e.g. "If you would rather not hear from me again, unsubscribe here: …" (EM-1).',
    });
  }
  const hasLink =
    unsubscribeUrl === undefined
      ? findPlainTextLinks(body).some((link) => isUnsubscribeLink(link.url))
      : body.includes(unsubscribeUrl);
  if (!hasLink) {
    findings.push({
      rule: 'opt_out_link_missing',
      message: `The body has no working unsubscribe link${unsubscribeUrl === undefined ? ' ({base}/u/{token})' : ` (${unsubscribeUrl})`}; keep the footer the crafter appends (EM-1).`,
    });
  }
  return findings;
}
