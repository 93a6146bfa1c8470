import type { Command } from 'commander';
import { CaioError } from '../domain/errors.js';
import { killSwitchNames } from '../ports/control-flags.js';
import { explainSendStatus, type SendExplanation } from '../outbound/delivery/index.js';
import { createOutboxDeliveryRepository } from '../store/repositories/outbox-delivery-repository.js';
import type { System } from './open-system.js';

/**
 * Answers "why is this not sending?" for a lead given by id or email (issue 4): kill switches,
 * mode, suppression, the lead's status and each outbox row's last refusal or failure.
 *
 * @throws CaioError `not_found` when no lead matches.
 */
export async function explainLeadSending(system: System, leadIdOrEmail: string): Promise<SendExplanation> {
  const { store } = system;
  const reference = leadIdOrEmail.trim();
  const lead = reference.includes('@')
    ? await store.leads.findByEmail(reference.toLowerCase())
    : await store.leads.findById(reference);
  if (!lead) throw new CaioError('not_found', `No lead ${reference}. List leads with \`caio leads\`.`);
  const suppressed = lead.emailKey ? (await store.suppression.suppressedAmong([lead.emailKey])).size > 0 : false;
  const switches = await system.killSwitches.read();
  return explainSendStatus({
    lead,
    suppressed,
    records: await createOutboxDeliveryRepository(system.database.db).listForLead(lead.id),
    killSwitchesOn: killSwitchNames.filter((name) => switches[name]),
    mode: system.config.mode,
  });
}

/** Renders an explanation for the terminal. */
export function formatSendExplanation(explanation: SendExplanation): string {
  const lines = [`lead ${explanation.leadId} (${explanation.leadStatus})`];
  for (const message of explanation.messages) {
    lines.push(
      `  step ${message.step}: ${message.status} via ${message.platform ?? '-'} from ${message.mailbox}, ${message.attempts} attempt(s)${message.sentAt ? `, sent ${message.sentAt.toISOString()}` : ''}${message.recipientLocale ? `, recipient zone ${message.recipientLocale.timeZone} (${message.recipientLocale.source})` : ''}`,
    );
  }
  if (explanation.blockers.length === 0) lines.push('  nothing blocks sending.');
  for (const blocker of explanation.blockers) lines.push(`  ✗ ${blocker.code}: ${blocker.message}`);
  return `${lines.join('\n')}\n`;
}

/** Registers `caio why <lead> [--json]`. */
export function registerWhyCommand(
  program: Command,
  withSystem: <T>(work: (system: System) => Promise<T>) => Promise<T>,
): void {
  program
    .command('why')
    .description('why is this lead not sending? (kill switches, mode, suppression, policy refusals, failures)')
    .argument('<lead>', 'lead id or email address')
    .option('--json', 'print JSON')
    .action(async (lead: string, options: { json?: boolean }) => {
      const explanation = await withSystem((system) => explainLeadSending(system, lead));
      process.stdout.write(
        options.json ? `${JSON.stringify(explanation, null, 2)}\n` : formatSendExplanation(explanation),
      );
    });
}
