import type { Command } from 'commander';
import {
  sendingDomainPreflight,
  type PreflightCheck,
  type SendingDomainPreflightResult,
  type SendingDomainPreflightTarget,
} from '../compliance/index.js';
import type { DeliverabilityConfig } from '../config/deliverability-schema.js';
import type { Clock } from '../ports/clock.js';
import type { DnsResolver } from '../ports/dns-resolver.js';
import type { ReputationStats } from '../ports/reputation-stats.js';

/** What `caio preflight` reads: the configured sending mailboxes and the `deliverability:` section. */
export interface PreflightCommandInputs {
  mailboxes: readonly { address: string }[];
  deliverability: DeliverabilityConfig;
  resolver: DnsResolver;
  /**
   * EM-5 "a failing domain is disabled automatically": when given, each failing domain gets an open
   * pause in `reputation_pauses` (the send policy's `validateReputation` then skips it until a human
   * resumes it). Omit for a read-only check.
   */
  disableFailing?: { pauses: Pick<ReputationStats, 'pause'>; clock: Clock };
}

/** The report `caio preflight --json` prints, and what the command returns. */
export interface PreflightReport {
  ok: boolean;
  domains: Record<string, SendingDomainPreflightResult>;
}

/** The distinct From domains of the sending mailboxes with their DKIM settings (lower-case, configured order). */
export function preflightTargets(
  mailboxes: readonly { address: string }[],
  deliverability: DeliverabilityConfig,
): SendingDomainPreflightTarget[] {
  const domains = [
    ...new Set(
      mailboxes.map((mailbox) =>
        mailbox.address
          .slice(mailbox.address.lastIndexOf('@') + 1)
          .trim()
          .toLowerCase(),
      ),
    ),
  ];
  return domains
    .filter((domain) => domain !== '')
    .map((domain) => {
      const perDomain = deliverability.dkim.domains[domain];
      return {
        domain,
        dkimSelectors: perDomain?.selectors ?? deliverability.dkim.selectors,
        ...(perDomain?.signingDomain ? { dkimSigningDomain: perDomain.signingDomain } : {}),
      };
    });
}

const marks: Record<PreflightCheck['status'], string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };

/** The human report: one block per domain, one line per check with its fix, then a verdict line. */
export function formatPreflightReport(report: PreflightReport): string {
  const lines: string[] = [];
  for (const [domain, result] of Object.entries(report.domains)) {
    lines.push(`${domain}: ${marks[result.status]}`);
    for (const check of result.checks)
      lines.push(`  ${marks[check.status]}  ${check.name.padEnd(15)} ${check.message}`);
  }
  const count = Object.keys(report.domains).length;
  lines.push(
    count === 0
      ? 'No sending mailboxes are configured; nothing to check.'
      : report.ok
        ? `Preflight passed for ${count} sending domain(s) (EM-5).`
        : 'Preflight FAILED: fix the FAIL lines above before sending from these domains (EM-5).',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * `caio preflight [--json]` (specs/security.md EM-5): checks SPF, DKIM and DMARC of every configured
 * sending mailbox's domain through `inputs.resolver`, writes the report to `write`, and returns the exit
 * code: 1 when any check fails, else 0 (warnings do not fail).
 */
export async function runPreflightCommand(
  options: { json?: boolean },
  inputs: PreflightCommandInputs,
  write: (text: string) => void,
): Promise<number> {
  const domains = await sendingDomainPreflight(
    inputs.resolver,
    preflightTargets(inputs.mailboxes, inputs.deliverability),
  );
  const report: PreflightReport = {
    ok: Object.values(domains).every((result) => result.status !== 'fail'),
    domains,
  };
  if (inputs.disableFailing) await pauseFailingDomains(domains, inputs.disableFailing);
  write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatPreflightReport(report));
  return report.ok ? 0 : 1;
}

async function pauseFailingDomains(
  domains: Record<string, SendingDomainPreflightResult>,
  disable: NonNullable<PreflightCommandInputs['disableFailing']>,
): Promise<void> {
  const at = disable.clock.now();
  for (const [domain, result] of Object.entries(domains)) {
    if (result.status !== 'fail') continue;
    const failed = result.checks.filter((check) => check.status === 'fail').map((check) => check.name);
    await disable.pauses.pause({
      sendingDomain: domain,
      reason: `EM-5 preflight failed (${failed.join(', ')}); fix DNS, re-run caio preflight, then resume the domain`,
      counts: { sent: 0, bounced: 0, complained: 0 },
      at,
    });
  }
}

/**
 * Registers `caio preflight [--json] [--disable-failing]`. `inputs` builds the mailboxes, `deliverability:`
 * section and resolver from the global options (the composition root knows the config keys) and, when
 * `disableFailing` is true, the pause store and clock; the exit code is set on `process.exitCode`.
 */
export function registerPreflightCommand(
  program: Command,
  inputs: (options: {
    config?: string;
    disableFailing: boolean;
  }) => Promise<PreflightCommandInputs & { close?(): Promise<void> }>,
): void {
  program
    .command('preflight')
    .description('check SPF, DKIM and DMARC of every sending domain before sending (EM-5)')
    .option('--json', 'print the report as one JSON object')
    .option('--disable-failing', 'pause every failing domain until a human resumes it (EM-5)')
    .action(async (options: { json?: boolean; disableFailing?: boolean }) => {
      const opened = await inputs({
        ...program.opts<{ config?: string }>(),
        disableFailing: Boolean(options.disableFailing),
      });
      const code = await runPreflightCommand(options, opened, (text) => process.stdout.write(text)).finally(() =>
        opened.close?.(),
      );
      if (code !== 0) process.exitCode = code;
    });
}
