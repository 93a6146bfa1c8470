import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config.js';
import { openSystem, type System } from '../../src/main/open-system.js';
import { startWorkers } from '../../src/main/work-command.js';
import type { MailServers } from './mail-servers.js';

/**
 * Opens an in-memory system in assisted mode whose send worker delivers through the test Postfix, from a
 * `caio.config.yaml` written to a fresh temporary folder, and starts its workers. Sender Ana Seller
 * (ana@caio.test), a send window open all week, no supervised ramp days.
 * `outboundMailboxes`: the sending mailboxes, in order; `extraConfigLines`: more top-level YAML lines.
 */
export async function openMailSystem(
  servers: MailServers,
  { outboundMailboxes, extraConfigLines = [] }: { outboundMailboxes: readonly string[]; extraConfigLines?: string[] },
): Promise<System> {
  const folder = mkdtempSync(join(tmpdir(), 'caio-mail-'));
  const configFile = join(folder, 'caio.config.yaml');
  const mailboxes = outboundMailboxes.map((address) => `{ address: ${address} }`).join(', ');
  writeFileSync(
    configFile,
    [
      'mode: assisted',
      'sender: { name: Ana Seller, title: AE, company: Caio Seller Co, email: ana@caio.test, postalAddress: "1 Main Street, Springfield, IL 62701" }',
      'unsubscribe: { baseUrl: "https://caio.example.com" }',
      'bookingLink: https://caio.example.com/book/ana',
      `smtp: { host: ${servers.smtpUrl.hostname}, port: ${servers.smtpUrl.port} }`,
      'ramp: { supervisedDays: 0 }',
      `outbound: { mailboxes: [${mailboxes}], fallbackTimeZone: UTC, sendWindow: { startHour: 0, endHour: 24, weekdays: [1, 2, 3, 4, 5, 6, 7] } }`,
      ...extraConfigLines,
    ].join('\n'),
  );
  const config = loadConfig(configFile, {
    CAIO_HOME: join(folder, 'home'),
    CAIO_UNSUBSCRIBE_SECRET: 'integration-unsubscribe-secret-0123456789',
  });
  const system = await openSystem(config, { inMemory: true });
  try {
    await startWorkers(system);
  } catch (error) {
    await system.close();
    throw error;
  }
  return system;
}
