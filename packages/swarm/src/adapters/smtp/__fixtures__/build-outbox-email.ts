import { generateKeyPairSync } from 'node:crypto';
import type { OutboundMessage } from '../../../ports/outbound-transport.js';
import { createMimeMessageRenderer } from '../../mime/index.js';

/** What a test varies in an outbox email; everything else has realistic defaults. */
export interface OutboxEmailInput {
  from?: string;
  to?: string;
  messageId?: string;
  subject?: string;
  text?: string;
  sequenceStep?: number;
  inReplyTo?: string;
  references?: readonly string[];
  date?: Date;
}

/**
 * An outbox row as the send worker hands it to a transport, with `raw` rendered by the real outbox
 * renderer (`createMimeMessageRenderer`): our Message-ID, Date, both List-Unsubscribe headers (EM-2)
 * and threading headers on follow-ups. Reserved domains only.
 */
export async function buildOutboxEmail(input: OutboxEmailInput = {}): Promise<OutboundMessage> {
  const from = input.from ?? 'ada@mail.example.com';
  const to = input.to ?? 'grace@example.org';
  const messageId = input.messageId ?? '<9b2f6c1e-step1@mail.example.com>';
  const subject = input.subject ?? 'Your Q3 hiring plan';
  const text =
    input.text ??
    'Hi Grace,\n\nSaw the new plant in Lyon. Worth a short call?\n\nAda\n1 Example Way, Springfield\nOpt out: https://caio.example.com/u/token-1';
  const rendered = await createMimeMessageRenderer().render({
    from: { name: 'Ada Lovelace', address: from },
    to,
    subject,
    text,
    messageId,
    ...(input.inReplyTo ? { inReplyTo: input.inReplyTo } : {}),
    ...(input.references ? { references: input.references } : {}),
    listUnsubscribeUrl: 'https://caio.example.com/u/token-1',
    listUnsubscribeMailto: 'unsubscribe+token-1@mail.example.com',
    date: input.date ?? new Date('2026-03-02T09:30:00.000Z'),
  });
  return {
    outboxId: `outbox-${messageId}`,
    idempotencyKey: `send:lead-1:${input.sequenceStep ?? 1}:email`,
    channel: 'email',
    messageId,
    from: `Ada Lovelace <${from}>`,
    to,
    subject,
    text,
    raw: rendered.raw,
    sequenceStep: input.sequenceStep ?? 1,
    inReplyTo: input.inReplyTo ?? null,
    references: input.references ?? [],
    lead: {
      id: 'lead-1',
      email: to,
      firstName: 'Grace',
      lastName: 'Hopper',
      companyName: 'Example Org',
      linkedinUrl: null,
    },
  };
}

/** A fresh RSA DKIM key pair (PEM private key, and the `p=` value of its DNS TXT record). */
export function generateDkimKeyPair(bits = 2048): { privateKey: string; publicKeyRecord: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyRecord: `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`,
  };
}

/** The `h=` tag of the first DKIM-Signature in RFC 5322 source, as lower-cased field names. */
export function dkimSignedFields(raw: string): string[] {
  const header = /^DKIM-Signature:((?:.*)(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? '';
  // RFC 6376 §3.2: whitespace (including folding) inside a tag value is ignored.
  const tag = /(?:^|;)h=([^;]*)/.exec(header.replace(/\s+/g, ''))?.[1] ?? '';
  return tag
    .split(':')
    .map((field) => field.toLowerCase())
    .filter((field) => field.length > 0);
}
