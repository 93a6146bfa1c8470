import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrorCode } from '../domain/errors.js';
import { buildMessage } from './__fixtures__/build-message.js';
import { createInMemoryThreadLedger } from './create-in-memory-thread-ledger.js';
import { parseEmail } from './parse-email.js';
import { resolveThread } from './resolve-thread.js';
import type { LedgerEntry } from './thread-ledger.js';

const ours = 'sam@seller.example.net';
const step1: LedgerEntry = {
  messageId: '<step1@seller.example.net>',
  wireMessageId: '<0100018abc-ses-1@eu-west-1.amazonses.com>',
  from: `Sam Seller <${ours}>`,
  to: 'Pat Prospect <pat@prospect.example.com>',
  subject: 'Quick question about onboarding',
  date: 'Mon, 02 Mar 2026 09:00:00 +0000',
  sequenceStep: 1,
};
const step2: LedgerEntry = {
  messageId: '<step2@seller.example.net>',
  wireMessageId: '<0100018abc-ses-2@eu-west-1.amazonses.com>',
  from: `Sam Seller <${ours}>`,
  to: 'Pat Prospect <pat@prospect.example.com>',
  subject: 'Re: Quick question about onboarding',
  date: 'Thu, 05 Mar 2026 09:00:00 +0000',
  sequenceStep: 2,
  inReplyTo: '<step1@seller.example.net>',
  references: ['<step1@seller.example.net>'],
};
const otherProspect: LedgerEntry = {
  messageId: '<other1@seller.example.net>',
  from: ours,
  to: 'lee@another.example.org',
  subject: 'Quick question about onboarding',
  date: 'Wed, 04 Mar 2026 09:00:00 +0000',
  sequenceStep: 1,
};

function ledger() {
  return createInMemoryThreadLedger({ ourAddresses: [ours], entries: [step2, step1, otherProspect] });
}

async function reply(
  headers: Record<string, string>,
  options: { subject?: string; from?: string; body?: string } = {},
) {
  return parseEmail(
    buildMessage({
      headers: { Date: 'Fri, 06 Mar 2026 10:00:00 +0000', ...headers },
      subject: options.subject ?? 'Re: Quick question about onboarding',
      ...(options.from ? { from: options.from } : {}),
      body: options.body ?? 'Sounds good.\r\n',
    })
      .toString('utf8')
      .replace(/^Date: Tue.*\r\n/m, ''),
  );
}

describe('resolveThread', () => {
  it('§3.1: threads by References against the ledger; the key is the canonical root id', async () => {
    const parsed = await reply({
      'In-Reply-To': '<step2@seller.example.net>',
      References: '<step1@seller.example.net> <step2@seller.example.net>',
    });
    expect(await resolveThread(parsed, ledger())).toEqual({
      threadKey: '<step1@seller.example.net>',
      parentId: '<step2@seller.example.net>',
      method: 'headers',
      confidence: 1,
    });
  });

  it('§3.1: iPhone replies with only In-Reply-To reach the root through the ledger (odoo #280971)', async () => {
    const link = await resolveThread(await reply({ 'In-Reply-To': '<step2@seller.example.net>' }), ledger());
    expect(link).toMatchObject({
      threadKey: '<step1@seller.example.net>',
      parentId: '<step2@seller.example.net>',
      method: 'in-reply-to-only',
    });
  });

  it('§3.1: an ESP-rewritten wire Message-ID is an alias of our canonical id (Amazon SES)', async () => {
    const link = await resolveThread(
      await reply({ 'In-Reply-To': '<0100018abc-ses-2@eu-west-1.amazonses.com>' }),
      ledger(),
    );
    expect(link.threadKey).toBe('<step1@seller.example.net>');
    expect(link.parentId).toBe('<step2@seller.example.net>');
  });

  it('§3.1: a subject change does not break a header-linked thread', async () => {
    const parsed = await reply(
      { 'In-Reply-To': '<step1@seller.example.net>', References: '<step1@seller.example.net>' },
      { subject: 'Different topic entirely' },
    );
    expect((await resolveThread(parsed, ledger())).threadKey).toBe('<step1@seller.example.net>');
  });

  it('§3.1: subject fallback needs base subject + participant + window and prefers the newest outbound', async () => {
    const link = await resolveThread(await reply({}), ledger());
    expect(link).toMatchObject({
      threadKey: '<step1@seller.example.net>',
      parentId: '<step2@seller.example.net>',
      method: 'subject-fallback',
    });
    const colleague = await resolveThread(await reply({}, { from: 'Kim <kim@prospect.example.com>' }), ledger());
    expect(colleague.method).toBe('subject-fallback');
    expect(colleague.confidence).toBeLessThan(link.confidence);
  });

  it('§3.1: never merges on subject alone (mail-threading "same-subject-header-threads-not-merged")', async () => {
    const stranger = await resolveThread(await reply({}, { from: 'Stranger <x@stranger.test>' }), ledger());
    expect(stranger.method).toBe('new-thread');
    expect(stranger.threadKey).toBe('<reply-1@prospect.example.com>');
    const late = await reply({ Date: 'Mon, 01 Mar 2027 10:00:00 +0000' });
    expect((await resolveThread(late, ledger())).method).toBe('new-thread');
  });

  it('§3.1: unknown ids start a phantom root so siblings and early replies still group (JWZ)', async () => {
    const store = ledger();
    const first = await reply(
      {
        'In-Reply-To': '<parent@elsewhere.example.org>',
        References: '<root@elsewhere.example.org> <parent@elsewhere.example.org>',
      },
      { subject: 'Unrelated' },
    );
    const firstLink = await resolveThread(first, store);
    expect(firstLink).toMatchObject({ threadKey: '<root@elsewhere.example.org>', method: 'new-thread' });
    // A later reply to that inbound message threads through the recorded inbound id.
    const second = await parseEmail(
      buildMessage({
        subject: 'Unrelated',
        headers: { 'In-Reply-To': '<reply-1@prospect.example.com>' },
        body: 'x\r\n',
      })
        .toString('utf8')
        .replace('<reply-1@prospect.example.com>\r\nMIME', '<reply-2@prospect.example.com>\r\nMIME'),
    );
    expect((await resolveThread(second, store)).threadKey).toBe('<root@elsewhere.example.org>');
  });

  it('§3.1: a forward links through its attached message/rfc822 original', async () => {
    const body = [
      '--fw',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Kim, see below.',
      '--fw',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="original.eml"',
      '',
      'Message-ID: <step2@seller.example.net>',
      `From: ${ours}`,
      'Subject: Re: Quick question about onboarding',
      '',
      'Hello Pat',
      '--fw--',
      '',
    ].join('\r\n');
    const parsed = await parseEmail(
      buildMessage({
        subject: 'Fwd: Quick question about onboarding',
        contentType: 'multipart/mixed; boundary="fw"',
        body,
      }),
    );
    expect(await resolveThread(parsed, ledger())).toMatchObject({
      threadKey: '<step1@seller.example.net>',
      parentId: '<step2@seller.example.net>',
      method: 'attached-original',
    });
  });

  it('§3.1: an inline forward links through the forwarded header block from our mailbox', async () => {
    const body = [
      'FYI, thoughts?',
      '',
      '---------- Forwarded message ---------',
      `From: Sam Seller <${ours}>`,
      'Date: Thu, Mar 5, 2026 at 9:00 AM',
      'Subject: Re: Quick question about onboarding',
      'To: Pat <pat@prospect.example.com>',
      '',
      'Hello Pat',
      '',
    ].join('\r\n');
    const parsed = await parseEmail(
      buildMessage({ subject: 'Fwd: onboarding', from: 'Kim <kim@prospect.example.com>', body }),
    );
    expect(await resolveThread(parsed, ledger())).toMatchObject({
      threadKey: '<step1@seller.example.net>',
      method: 'attached-original',
    });
  });

  it('§3.1: a bounce links through the returned original (sisimai lhost-postfix-03)', async () => {
    const raw = readFileSync(join(import.meta.dirname, '__fixtures__/sisimai/maildir/bsd/lhost-postfix-03.eml'));
    const parsed = await parseEmail(raw);
    const returned = /Message-Id:\s*(<[^>]+>)/gi;
    const ids = [...raw.toString('latin1').matchAll(returned)].map((match) => match[1] ?? '');
    const originalId = ids.at(-1) ?? '';
    expect(originalId).not.toBe(parsed.messageId);
    const store = createInMemoryThreadLedger({
      ourAddresses: ['shironeko@example.org'],
      entries: [
        {
          messageId: originalId,
          from: 'shironeko@example.org',
          to: 'kijitora@example.org',
          subject: 'x',
          date: '2013-04-29T00:00:00Z',
          sequenceStep: 1,
        },
      ],
    });
    expect(await resolveThread(parsed, store)).toMatchObject({
      threadKey: originalId,
      parentId: originalId,
      method: 'bounce-original',
    });
  });

  it('§3.1: an auto-reply without headers links to the latest outbound to its sender, with low confidence', async () => {
    const parsed = await reply(
      { 'Auto-Submitted': 'auto-replied' },
      { subject: 'Out of Office', body: 'I am out of the office until Monday.\r\n' },
    );
    const link = await resolveThread(parsed, ledger());
    expect(link).toMatchObject({
      threadKey: '<step1@seller.example.net>',
      parentId: '<step2@seller.example.net>',
      method: 'participant-fallback',
    });
    expect(link.confidence).toBeLessThan(0.5);
  });

  it('§3.1: the in-memory ledger rejects entries whose messageId is not a Message-ID', () => {
    expect(() => createInMemoryThreadLedger({ ourAddresses: [], entries: [{ ...step1, messageId: '' }] })).toThrow();
    try {
      createInMemoryThreadLedger({ ourAddresses: [], entries: [{ ...step1, messageId: 'nope' }] });
    } catch (error) {
      expect(hasErrorCode(error, 'input_invalid')).toBe(true);
    }
  });
});
