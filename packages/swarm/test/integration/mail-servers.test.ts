import { randomUUID } from 'node:crypto';
import { dkimVerify } from 'mailauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { createImapInboxReader } from '../../src/adapters/imap/index.js';
import {
  buildOutboxEmail,
  dkimSignedFields,
  generateDkimKeyPair,
} from '../../src/adapters/smtp/__fixtures__/build-outbox-email.js';
import { createSmtpTransport } from '../../src/adapters/smtp/index.js';
import { readHeaderValues } from '../../src/adapters/smtp/read-header-values.js';
import { createFakeClock } from '../../src/guardrails/resilience/__fixtures__/fake-clock.js';
import { createCircuitBreaker, createResilientCall } from '../../src/guardrails/resilience/index.js';
import type { InboxCursor, InboxReader, InboundEmail } from '../../src/ports/inbox-reader.js';
import { emptyInbox, mailServers } from '../support/mail-servers.js';

const servers = mailServers();
const { skipReason, smtpUrl, imapUrl, password } = servers;
const dkimDomain = 'caio.test';
const dkimSelector = 'ci';

const resilientCall = (name: string) =>
  createResilientCall({ breaker: createCircuitBreaker({ name, clock: createFakeClock() }), timeoutMs: 30_000 });

/** Polls until the reader returns at least one message (Postfix delivers asynchronously), up to 15 s. */
async function waitForMail(reader: InboxReader, cursor: InboxCursor | null) {
  const deadline = performance.now() + 15_000;
  for (;;) {
    const result = await reader.fetchSince(cursor);
    if (result.messages.length > 0 || performance.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(skipReason !== null)(
  `real Postfix + Dovecot (SPEC §3.7 SMTP, §4 IMAP polling, EM-2)${skipReason ? ` — skipped: ${skipReason}` : ''}`,
  () => {
    const dkimKey = generateDkimKeyPair();
    const resolver = (name: string): Promise<string[][]> =>
      name === `${dkimSelector}._domainkey.${dkimDomain}`
        ? Promise.resolve([[dkimKey.publicKeyRecord]])
        : Promise.reject(Object.assign(new Error(`no record ${name}`), { code: 'ENOTFOUND' }));
    const smtp = createSmtpTransport({
      host: smtpUrl.hostname,
      port: Number(smtpUrl.port),
      secure: false,
      user: 'sender@caio.test',
      password,
      dkim: { domainName: dkimDomain, keySelector: dkimSelector, privateKey: dkimKey.privateKey },
      resilientCall: resilientCall('smtp'),
    });
    const imapSettings = {
      host: imapUrl.hostname,
      port: Number(imapUrl.port),
      secure: false,
      user: 'prospect@caio.test',
      password,
      resilientCall: resilientCall('imap'),
    };
    const inbox = createImapInboxReader(imapSettings);
    const runId = randomUUID();
    const firstId = `<${runId}-step1@caio.test>`;
    let cursor: InboxCursor;
    let first: InboundEmail;

    beforeAll(async () => {
      // The mail store outlives test runs: start from an empty INBOX.
      await emptyInbox(servers, imapSettings.user);
      cursor = (await inbox.fetchSince(null)).cursor;
    });

    it('EM-2: a DKIM-signed outbox message arrives with our Message-ID, both List-Unsubscribe headers and a valid signature', async () => {
      const message = await buildOutboxEmail({
        from: 'sender@caio.test',
        to: 'prospect@caio.test',
        messageId: firstId,
      });
      const started = performance.now();
      const receipt = await smtp.deliver(message);
      const result = await waitForMail(inbox, cursor);
      const roundTripMs = performance.now() - started;
      console.info(`[mail-servers] send + IMAP read round trip: ${roundTripMs.toFixed(0)} ms`);
      expect(receipt.wireMessageId).toBe(firstId);
      expect(result.messages).toHaveLength(1);
      first = result.messages[0]!;
      expect(first.messageId).toBe(firstId);
      expect(first.from).toBe('sender@caio.test');
      expect(first.to).toEqual(['prospect@caio.test']);
      expect(first.text).toContain('Saw the new plant in Lyon. Worth a short call?');
      const raw = first.raw.toString('utf8');
      expect(readHeaderValues(raw, 'List-Unsubscribe')).toEqual([
        '<https://caio.example.com/u/token-1>, <mailto:unsubscribe+token-1@mail.example.com>',
      ]);
      expect(readHeaderValues(raw, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);
      expect(dkimSignedFields(raw)).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post']));
      const verdict = await dkimVerify(first.raw, { resolver });
      expect(verdict.results.map((signature) => signature.status.result)).toEqual(['pass']);
      expect(result.cursor.lastUid).toBe(first.uid);
      cursor = result.cursor;
    });

    it('SPEC §4: a second poll with the stored cursor returns nothing new', async () => {
      const again = await inbox.fetchSince(cursor);
      expect(again.messages).toEqual([]);
      expect(again.skipped).toEqual([]);
      expect(again.cursor).toEqual(cursor);
      expect(again.uidValidityReset).toBe(false);
    });

    it('threading spec §3.1: a follow-up arrives with In-Reply-To and References intact', async () => {
      const followUp = await buildOutboxEmail({
        from: 'sender@caio.test',
        to: 'prospect@caio.test',
        messageId: `<${runId}-step3@caio.test>`,
        subject: 'Re: Your Q3 hiring plan',
        sequenceStep: 3,
        inReplyTo: firstId,
        references: [firstId],
      });
      await smtp.deliver(followUp);
      const result = await waitForMail(inbox, cursor);
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatchObject({
        messageId: `<${runId}-step3@caio.test>`,
        inReplyTo: firstId,
        references: [firstId],
        subject: 'Re: Your Q3 hiring plan',
      });
      expect((await dkimVerify(result.messages[0]!.raw, { resolver })).results[0]?.status.result).toBe('pass');
      cursor = result.cursor;
    });

    it('RFC 9051 §2.3.1.1: a changed UIDVALIDITY restarts from the first message', async () => {
      const restarted = await inbox.fetchSince({ uidValidity: cursor.uidValidity + 1, lastUid: cursor.lastUid });
      expect(restarted.uidValidityReset).toBe(true);
      expect(restarted.messages.map((message) => message.messageId)).toEqual([firstId, `<${runId}-step3@caio.test>`]);
      expect(restarted.cursor).toEqual(cursor);
    });

    it('threading spec §2.6: messages over the size cap are skipped with a reason, and the cursor moves past them', async () => {
      const capped = createImapInboxReader({ ...imapSettings, maxMessageBytes: 500, maxMessagesPerFetch: 1 });
      const page = await capped.fetchSince(null);
      expect(page.messages).toEqual([]);
      expect(page.skipped).toEqual([{ uid: first.uid, sizeBytes: first.sizeBytes, reason: 'too_large' }]);
      expect(page.hasMore).toBe(true);
      expect(page.cursor.lastUid).toBe(first.uid);
    });

    it('RES-1: a wrong IMAP password is permission_denied; relaying outside caio.test is a permanent 5xx', async () => {
      await expect(
        createImapInboxReader({ ...imapSettings, password: 'wrong' }).fetchSince(null),
      ).rejects.toMatchObject({
        code: 'permission_denied',
        isRetryable: false,
      });
      const elsewhere = await buildOutboxEmail({
        from: 'sender@caio.test',
        to: 'someone@example.com',
        messageId: `<${runId}-relay@caio.test>`,
      });
      await expect(smtp.deliver(elsewhere)).rejects.toMatchObject({ code: 'vendor_error', isRetryable: false });
    });
  },
);
