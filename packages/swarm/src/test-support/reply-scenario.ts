import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { openSystem, type OpenSystemOptions, type System } from '../main/open-system.js';
import type { ChatMessage, ChatNotifier } from '../ports/chat-notifier.js';

/**
 * Opens an in-memory system configured for reply routing (assisted mode, `ourMailbox` as sender, a
 * booking link and Slack approval channel `C0REPLIES`) from a config file in a fresh temp folder.
 */
export async function openReplyRoutingSystem(input: {
  ourMailbox: string;
  unsubscribeSecret: string;
  clock?: OpenSystemOptions['clock'];
}): Promise<System> {
  const folder = mkdtempSync(join(tmpdir(), 'caio-reply-routing-'));
  const configFile = join(folder, 'caio.config.yaml');
  writeFileSync(
    configFile,
    [
      'mode: assisted',
      `sender: { name: Ana Seller, title: AE, company: Caio Seller Co, email: ${input.ourMailbox}, postalAddress: "1 Main Street, Springfield, IL 62701" }`,
      'unsubscribe: { baseUrl: "https://caio.example.com" }',
      'bookingLink: https://caio.example.com/book/ana',
      'slack: { approvalChannel: C0REPLIES }',
    ].join('\n'),
  );
  const config = loadConfig(configFile, {
    CAIO_HOME: join(folder, 'home'),
    CAIO_UNSUBSCRIBE_SECRET: input.unsubscribeSecret,
  });
  return openSystem(config, { inMemory: true, ...(input.clock ? { clock: input.clock } : {}) });
}

/** A Slack notifier that records every posted message in `posted` (alerts and updates are no-ops). */
export function recordingSlack(): { slack: ChatNotifier; posted: ChatMessage[] } {
  const posted: ChatMessage[] = [];
  const slack: ChatNotifier = {
    slug: 'slack',
    postMessage: async (message) => {
      posted.push(message);
      return { channel: message.channel, ts: '1.0' };
    },
    updateMessage: async (ref) => ref,
    postAlert: async (alert) => ({ channel: alert.channel, ts: '1.1' }),
    checkApprovers: async () => ({ active: [], inactive: [], unknown: [] }),
  };
  return { slack, posted };
}

/** One seeded lead with one sent first touch in the outbox (the thread a reply answers). */
export interface SeededThread {
  leadId: string;
  outboxId: string;
  /** Our Message-ID of the first touch (the thread key). */
  messageId: string;
  email: string;
  subject: string;
}

/**
 * Seeds a lead at `sent` with one outbox row from `ourMailbox` to `email` (reply-routing tests: Dovecot
 * and the fake reader share it). Reserved domains only.
 */
export async function seedOutboundThread(
  system: System,
  input: { email: string; firstName: string; ourMailbox: string; marker: string },
): Promise<SeededThread> {
  const [upserted] = await system.store.leads.upsertMany([
    {
      rowNumber: 1,
      firstName: input.firstName,
      lastName: 'Prospect',
      title: 'VP Operations',
      seniority: 'vp',
      email: input.email,
      emailKey: input.email,
      linkedinUrl: null,
      phone: null,
      companyName: 'Example Co',
      companyDomain: input.email.split('@')[1] ?? null,
      industry: 'Logistics',
      employeeCount: 120,
      city: null,
      state: null,
      country: null,
      source: 'csv:replies.csv',
      attributes: {},
    },
  ]);
  const leadId = upserted!.lead.id;
  await system.store.leads.recordProgress([{ id: leadId, status: 'sent' }]);
  const outboxId = randomUUID();
  const messageId = `<${input.marker}.${outboxId.slice(0, 8)}@${input.ourMailbox.split('@')[1]}>`;
  const subject = `Ops at Example Co ${input.marker}`;
  await system.store.outbox.insertMany([
    {
      id: outboxId,
      idempotencyKey: `seed:${outboxId}`,
      messageId,
      wireMessageId: null,
      threadKey: messageId,
      sequenceStep: 1,
      inReplyTo: null,
      references: [],
      leadId,
      draftId: null,
      mailbox: input.ourMailbox,
      recipient: input.email,
      subject,
      channel: 'email',
      status: 'sent',
      raw: '',
    },
  ]);
  return { leadId, outboxId, messageId, email: input.email, subject };
}

/** An RFC 5322 reply to `thread` (In-Reply-To/References = our Message-ID) with our quoted first touch. */
export function replyTo(
  thread: SeededThread,
  input: {
    to: string;
    body: string;
    subject?: string;
    headers?: Record<string, string>;
    date: Date;
    messageId: string;
  },
): string {
  const extra = Object.entries(input.headers ?? {})
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return (
    `From: Prospect <${thread.email}>\r\n` +
    `To: <${input.to}>\r\n` +
    `Subject: ${input.subject ?? `Re: ${thread.subject}`}\r\n` +
    `Date: ${input.date.toUTCString()}\r\n` +
    `Message-ID: ${input.messageId}\r\n` +
    `In-Reply-To: ${thread.messageId}\r\n` +
    `References: ${thread.messageId}\r\n` +
    extra +
    'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' +
    `${input.body}\r\n\r\n` +
    `On ${input.date.toUTCString()}, Ana <ana@caio.test> wrote:\r\n` +
    '> Hi, a short note about operations.\r\n' +
    '> Not interested? Unsubscribe: https://caio.example.com/u/static\r\n'
  );
}

/** The four replies of the issue 6 done-when scenario, each answering its own seeded thread. */
export interface RoutingScenario {
  unsubscribe: SeededThread;
  outOfOffice: SeededThread;
  scheduling: SeededThread;
  question: SeededThread;
  /** Raw RFC 5322 replies, in delivery order. */
  replies: { thread: SeededThread; raw: string; messageId: string }[];
}

/** Seeds four threads and writes an unsubscribe, a dated out-of-office, a scheduling request and a question. */
export async function seedRoutingScenario(
  system: System,
  input: { inbox: string; ourMailbox: string; marker: string; now: Date },
): Promise<RoutingScenario> {
  const seed = (name: string) =>
    seedOutboundThread(system, {
      email: `${name}.${input.marker}@example.com`,
      firstName: name,
      ourMailbox: input.ourMailbox,
      marker: `${input.marker}-${name}`,
    });
  const unsubscribe = await seed('una');
  const outOfOffice = await seed('otto');
  const scheduling = await seed('sara');
  const question = await seed('quinn');
  const reply = (
    thread: SeededThread,
    body: string,
    extra: { subject?: string; headers?: Record<string, string> } = {},
  ) => {
    const messageId = `<reply.${thread.messageId.slice(1, -1).split('@')[0]}@example.com>`;
    return { thread, messageId, raw: replyTo(thread, { to: input.inbox, body, date: input.now, messageId, ...extra }) };
  };
  return {
    unsubscribe,
    outOfOffice,
    scheduling,
    question,
    replies: [
      reply(unsubscribe, 'Please remove me from your mailing list and do not contact me again.'),
      reply(outOfOffice, 'I am out of the office until 1 December 2027 with limited access to email.', {
        subject: `Automatic reply: ${outOfOffice.subject}`,
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
      reply(scheduling, 'Sounds interesting. Could we meet on Tuesday at 3pm CET?'),
      reply(question, 'Does your product integrate with Salesforce?'),
    ],
  };
}
