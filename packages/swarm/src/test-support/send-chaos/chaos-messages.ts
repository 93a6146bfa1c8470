import type { Lead } from '../../domain/lead.js';
import type { OutboxMessage } from '../../ports/pipeline-store.js';

/** One message of a chaos run: its lead and its queued outbox row (first touch, email). */
export interface ChaosSeed {
  lead: Lead;
  message: OutboxMessage;
}

/**
 * `count` queued outbox rows to recipients on `domainCount` reserved domains (`d<n>.example.org`);
 * about one in ten (`reuseRate`, default 0.1) reuses an earlier recipient, so cross-send dedup
 * (SPEC §3.7) refuses it.
 * `newId` makes row and lead ids (UUIDs for the SQL store); `tag` keeps Message-IDs unique per run.
 */
export function chaosSeeds(options: {
  count: number;
  domainCount: number;
  random: () => number;
  newId: () => string;
  tag: string;
  createdAt: Date;
  reuseRate?: number;
}): ChaosSeed[] {
  const { random, newId, createdAt } = options;
  const seeds: ChaosSeed[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const reused =
      index > 0 && random() < (options.reuseRate ?? 0.1) ? seeds[Math.floor(random() * seeds.length)] : undefined;
    const domain = `d${Math.floor(random() * options.domainCount)}.example.org`;
    const email = reused?.lead.email ?? `person${index}.${options.tag}@${domain}`;
    const lead: Lead = {
      id: newId(),
      firstName: `Person${index}`,
      lastName: 'Example',
      title: 'VP Operations',
      seniority: 'vp',
      email,
      emailKey: email,
      linkedinUrl: null,
      phone: null,
      companyName: `Company ${index}`,
      companyDomain: email.slice(email.indexOf('@') + 1),
      industry: 'Logistics',
      employeeCount: 120,
      city: null,
      state: null,
      country: 'USA',
      source: 'csv:chaos.csv',
      attributes: {},
      status: 'queued',
      tier: 'tier_1',
      score: 80,
      disqualificationRule: null,
      lastError: null,
      createdAt,
      updatedAt: createdAt,
    };
    const id = newId();
    const messageId = `<chaos-${options.tag}-${index}@cold.example.com>`;
    const subject = `Operations at Company ${index}`;
    seeds.push({
      lead,
      message: {
        id,
        idempotencyKey: `send:${lead.id}:1:email`,
        messageId,
        wireMessageId: null,
        threadKey: messageId,
        sequenceStep: 1,
        inReplyTo: null,
        references: [],
        leadId: lead.id,
        draftId: null,
        mailbox: 'ana@cold.example.com',
        recipient: email,
        subject,
        channel: 'email',
        status: 'queued',
        raw: `From: ana@cold.example.com\r\nTo: ${email}\r\nSubject: ${subject}\r\nMessage-ID: ${messageId}\r\n\r\nHello.\r\n`,
      },
    });
  }
  return seeds;
}
