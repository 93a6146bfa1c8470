import type { ActionRequest, PolicyValidator } from '../../guardrails/action-request.js';
import type { Clock } from '../../ports/clock.js';
import type { ReputationStats } from '../../ports/reputation-stats.js';
import { evaluateReputation, reputationThresholds, type ReputationThresholds } from './evaluate-reputation.js';
import type { OutboundSendPayload } from './outbound-send.js';
import type { SendDecisions } from './send-decisions.js';
import type { SendPolicyRefusal } from './send-policy-refusal.js';
import { mailboxDomain } from './sending-mailboxes.js';

/** What {@link validateReputation} reads. */
export interface ReputationValidatorDependencies {
  stats: ReputationStats;
  clock: Clock;
  decisions: SendDecisions;
  /** The per-mailbox daily cap (`limits.mailboxDaily`, SPEC §3.7): a warned domain gets half its mailboxes' total. */
  mailboxDaily: number;
  thresholds?: ReputationThresholds;
}

type DomainVerdict =
  | { blocked: false }
  | { blocked: true; reasonCode: 'reputation_breaker' | 'reputation_volume_halved'; message: string };

/**
 * EM-6 reputation breakers (specs/security.md), between mailbox pick and limits (SPEC §3.7): for each
 * sending domain among the picked mailboxes, a domain with an open pause is skipped; otherwise its
 * rolling-24 h counts (from the last human resume, if later) go through {@link evaluateReputation}: a
 * trip opens a pause (`stats.pause`, until a human resumes it) and skips the domain; a warning halves
 * the domain's daily volume (half of mailboxes × `mailboxDaily`). The mailbox rotation keeps only
 * mailboxes of usable domains; when none is left the send is refused — `reputation_breaker` if any
 * domain is paused, else `reputation_volume_halved`. Passes untouched when no mailbox was picked.
 */
export function validateReputation(
  dependencies: ReputationValidatorDependencies,
): PolicyValidator<OutboundSendPayload> {
  const { stats, clock, decisions, mailboxDaily } = dependencies;
  const thresholds = dependencies.thresholds ?? reputationThresholds;

  async function judgeDomain(domain: string, mailboxCount: number, now: Date): Promise<DomainVerdict> {
    const latest = await stats.latestPause(domain);
    if (latest && latest.resumedAt === null) {
      return {
        blocked: true,
        reasonCode: 'reputation_breaker',
        message: `Sending domain ${domain} is paused since ${latest.pausedAt.toISOString()}: ${latest.reason}. Resume it after review.`,
      };
    }
    const rollingStart = now.getTime() - thresholds.windowMs;
    const windowStart = new Date(Math.max(rollingStart, latest?.resumedAt?.getTime() ?? rollingStart));
    const counts = await stats.countsFor(domain, windowStart);
    const verdict = evaluateReputation({ ...counts, windowStart }, thresholds);
    if (verdict.state === 'tripped') {
      const reason = verdict.reason ?? 'reputation breaker tripped';
      await stats.pause({ sendingDomain: domain, reason, counts, at: now });
      return {
        blocked: true,
        reasonCode: 'reputation_breaker',
        message: `Sending domain ${domain} paused: ${reason}.`,
      };
    }
    const halvedCap = Math.floor(mailboxCount * mailboxDaily * verdict.volumeFactor);
    if (verdict.volumeFactor < 1 && counts.sent >= halvedCap) {
      return {
        blocked: true,
        reasonCode: 'reputation_volume_halved',
        message: `Sending domain ${domain} is at its halved daily volume (${counts.sent}/${halvedCap}): ${verdict.warning ?? ''}.`,
      };
    }
    return { blocked: false };
  }

  return async (request: ActionRequest<OutboundSendPayload>): Promise<SendPolicyRefusal | null> => {
    const candidates = decisions.get(request).mailboxes;
    if (!candidates || candidates.length === 0) return null;
    const mailboxesByDomain = new Map<string, string[]>();
    for (const mailbox of candidates) {
      const domain = mailboxDomain(mailbox);
      mailboxesByDomain.set(domain, [...(mailboxesByDomain.get(domain) ?? []), mailbox]);
    }
    const now = clock.now();
    const refusals: Extract<DomainVerdict, { blocked: true }>[] = [];
    const usable = new Set<string>();
    for (const [domain, mailboxes] of mailboxesByDomain) {
      const verdict = await judgeDomain(domain, mailboxes.length, now);
      if (verdict.blocked) refusals.push(verdict);
      else usable.add(domain);
    }
    if (usable.size === 0) {
      const paused = refusals.some((refusal) => refusal.reasonCode === 'reputation_breaker');
      return {
        reasonCode: paused ? 'reputation_breaker' : 'reputation_volume_halved',
        message: refusals.map((refusal) => refusal.message).join(' '),
      };
    }
    if (refusals.length > 0) {
      decisions.update(request, { mailboxes: candidates.filter((mailbox) => usable.has(mailboxDomain(mailbox))) });
    }
    return null;
  };
}
