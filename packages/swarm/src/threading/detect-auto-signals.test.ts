import { describe, expect, it } from 'vitest';
import { buildMessage } from './__fixtures__/build-message.js';
import { detectAutoSignals } from './detect-auto-signals.js';
import { parseEmail } from './parse-email.js';
import type { AutoSignals } from './auto-signals.js';

async function signals(options: Parameters<typeof buildMessage>[0]): Promise<AutoSignals> {
  return detectAutoSignals(await parseEmail(buildMessage(options)));
}

function dsn(groups: string, subject = 'Delivery Status Notification (Failure)'): Parameters<typeof buildMessage>[0] {
  const body = [
    '--r',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered.',
    '--r',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.seller.example.net',
    '',
    groups,
    '--r',
    'Content-Type: text/rfc822-headers',
    '',
    'Message-ID: <step1@seller.example.net>',
    'References: <root@seller.example.net>',
    'Subject: Quick question',
    '',
    '--r--',
    '',
  ].join('\r\n');
  return {
    from: 'Mail Delivery System <MAILER-DAEMON@mx.seller.example.net>',
    subject,
    contentType: 'multipart/report; report-type=delivery-status; boundary="r"',
    headers: { 'Auto-Submitted': 'auto-replied' },
    body,
  };
}

describe('detectAutoSignals — bounces (§6)', () => {
  it('§6: parses RFC 3464 recipient groups, the returned original and hard severity for 5.1.1', async () => {
    const result = await signals(
      dsn(
        'Final-Recipient: rfc822; pat@prospect.example.com\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n',
      ),
    );
    expect(result.isBounce).toBe(true);
    expect(result.isAutoReply).toBe(false);
    expect(result.bounce).toMatchObject({
      kind: 'failed',
      severity: 'hard',
      originalMessageId: '<step1@seller.example.net>',
      originalReferences: ['<root@seller.example.net>'],
      recipients: [{ address: 'pat@prospect.example.com', action: 'failed', status: '5.1.1', permanent: true }],
    });
  });

  it('§6: 5.2.2 mailbox full is soft, 5.7.x is a policy block, 4.x.x delayed is transient', async () => {
    const full = await signals(
      dsn('Final-Recipient: rfc822; pat@prospect.example.com\r\nAction: failed\r\nStatus: 5.2.2\r\n'),
    );
    expect(full.bounce?.severity).toBe('soft');
    expect(full.bounce?.recipients[0]?.permanent).toBe(false);
    const policy = await signals(
      dsn('Final-Recipient: rfc822; pat@prospect.example.com\r\nAction: failed\r\nStatus: 5.7.1\r\n'),
    );
    expect(policy.bounce?.severity).toBe('policy');
    const delayed = await signals(
      dsn(
        'Final-Recipient: rfc822; pat@prospect.example.com\r\nAction: delayed\r\nStatus: 4.4.7\r\n',
        'Delivery Status Notification (Delay)',
      ),
    );
    expect(delayed.bounce).toMatchObject({ kind: 'delayed', severity: 'transient' });
  });

  it('§6: success DSNs (delivered/relayed/expanded) are not bounces', async () => {
    const result = await signals(
      dsn(
        'Final-Recipient: rfc822; pat@prospect.example.com\r\nAction: delivered\r\nStatus: 2.0.0\r\n',
        'Delivery Status Notification (Success)',
      ),
    );
    expect(result.isBounce).toBe(false);
  });

  it('§6: a plain qmail-style failure notice with the original pasted inline is a bounce', async () => {
    const body =
      "Hi. This is the qmail-send program at mx.prospect.example.com.\r\nI'm afraid I wasn't able to deliver your message to the following addresses.\r\nThis is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n<pat@prospect.example.com>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n--- Below this line is a copy of the message.\r\n\r\nMessage-ID: <step2@seller.example.net>\r\nSubject: Quick question\r\n\r\nHello\r\n";
    const result = await signals({
      from: 'MAILER-DAEMON@mx.prospect.example.com',
      subject: 'failure notice',
      headers: { 'Return-Path': '<>' },
      body,
    });
    expect(result.isBounce).toBe(true);
    expect(result.bounce?.originalMessageId).toBe('<step2@seller.example.net>');
    expect(result.bounce?.recipients[0]).toMatchObject({ address: 'pat@prospect.example.com', status: '5.1.1' });
  });

  it('§6: localized NDR subjects (Unzustellbar, Non remis, Onbestelbaar) with SMTP codes are bounces', async () => {
    for (const subject of [
      'Unzustellbar: Quick question',
      'Non remis : Quick question',
      'Onbestelbaar: Quick question',
      'Olevererbart: Quick question',
    ]) {
      const result = await signals({
        from: 'postmaster@prospect.example.com',
        subject,
        body: 'Remote server returned 550 5.1.10 RESOLVER.ADR.RecipientNotFound\r\n',
      });
      expect(result.isBounce, subject).toBe(true);
    }
  });

  it('§6: a human forward of a bounce, and an ARF report, are not bounces; ARF is a complaint', async () => {
    const forwarded = await signals({
      subject: 'Fwd: Undeliverable: Quick question',
      body: 'Why did this bounce? 550 5.1.1 user unknown\r\n',
    });
    expect(forwarded.isBounce).toBe(false);
    const arf = await signals({
      contentType: 'multipart/report; report-type=feedback-report; boundary="f"',
      from: 'feedback@fbl.example.org',
      subject: 'Abuse report',
      body: '--f\r\nContent-Type: text/plain\r\n\r\nThis is a spam report\r\n--f\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\n--f--\r\n',
    });
    expect(arf).toMatchObject({ isBounce: false, complaint: true, isAutoReply: false });
  });
});

describe('detectAutoSignals — auto-replies (§5)', () => {
  it('§5: Auto-Submitted other than "no" is automatic, with parameters; "no" is an explicit human marker', async () => {
    const auto = await signals({
      subject: 'Re: Quick question',
      headers: { 'Auto-Submitted': 'auto-replied; owner-email="pat@prospect.example.com"' },
      body: 'I am out of the office until Monday, March 9.\r\n',
    });
    expect(auto).toMatchObject({ isAutoReply: true, autoReplyKind: 'ooo', isBounce: false });
    const human = await signals({
      subject: 'Automatic reply: Quick question',
      headers: { 'Auto-Submitted': 'no' },
      body: 'Ha, my automatic reply fired. Anyway: yes.\r\n',
    });
    expect(human.isAutoReply).toBe(false);
  });

  it('§5: vendor headers X-Autoreply and Precedence: auto_reply mark auto-replies', async () => {
    expect((await signals({ headers: { 'X-Autoreply': 'yes' }, body: 'Thanks for your email.\r\n' })).isAutoReply).toBe(
      true,
    );
    expect(
      (await signals({ headers: { Precedence: 'auto_reply' }, body: 'Thanks for your email.\r\n' })).isAutoReply,
    ).toBe(true);
  });

  it('§5: X-Auto-Response-Suppress alone is not an auto-reply; with the Exchange rules loop it is (zammad)', async () => {
    expect(
      (await signals({ headers: { 'X-Auto-Response-Suppress': 'All' }, body: 'Sure, Tuesday.\r\n' })).isAutoReply,
    ).toBe(false);
    const oof = await signals({
      headers: { 'X-Auto-Response-Suppress': 'All', 'X-MS-Exchange-Inbox-Rules-Loop': 'pat@prospect.example.com' },
      body: 'I am away.\r\n',
    });
    expect(oof.isAutoReply).toBe(true);
  });

  it.each([
    'Automatic reply: Quick question',
    'Out of Office: Quick question',
    'Abwesenheitsnotiz: Quick question',
    'Réponse automatique : Quick question',
    'Respuesta automática: Quick question',
    'Automatisch antwoord: Quick question',
    'Autosvar: Quick question',
  ])('§5: the localized subject "%s" marks an out-of-office', async (subject) => {
    expect(await signals({ subject, body: 'Thank you for your message.\r\n' })).toMatchObject({
      isAutoReply: true,
      autoReplyKind: 'ooo',
    });
  });

  it('§5: weak "Auto:" needs In-Reply-To', async () => {
    expect((await signals({ subject: 'Auto: Quick question', body: 'Noted.\r\n' })).isAutoReply).toBe(false);
    expect(
      (
        await signals({
          subject: 'Auto: Quick question',
          headers: { 'In-Reply-To': '<step1@seller.example.net>' },
          body: 'Noted.\r\n',
        })
      ).isAutoReply,
    ).toBe(true);
  });

  it('§5: a header-less OOO needs a weak signal; a human "I was out of office" reply is not automatic', async () => {
    const headerless = await signals({
      subject: 'Away',
      headers: { 'Return-Path': '<>' },
      body: 'I am currently out of the office with limited access to email.\r\n',
    });
    expect(headerless).toMatchObject({ isAutoReply: true, autoReplyKind: 'ooo' });
    const human = await signals({
      subject: 'Re: Quick question',
      body: 'Sorry, I was out of office last week. Tuesday works.\r\n\r\nOn Mon, Mar 2, 2026 at 9:00 AM Sam <sam@seller.example.net> wrote:\r\n> Hi\r\n',
    });
    expect(human.isAutoReply).toBe(false);
  });

  it('§5: kinds: left_company, auto_ack, challenge, receipt (MDN)', async () => {
    expect(
      (
        await signals({
          headers: { 'Auto-Submitted': 'auto-replied' },
          body: 'Pat is no longer with Prospect Example. Please contact kim@prospect.example.com.\r\n',
        })
      ).autoReplyKind,
    ).toBe('left_company');
    expect(
      (
        await signals({
          headers: { 'Auto-Submitted': 'auto-replied' },
          body: 'We have received your request. Your ticket #4411 has been created.\r\n',
        })
      ).autoReplyKind,
    ).toBe('auto_ack');
    expect(
      (
        await signals({
          headers: { 'Auto-Submitted': 'auto-replied' },
          body: 'Please verify that you are a human to deliver your message.\r\n',
        })
      ).autoReplyKind,
    ).toBe('challenge');
    const mdn = await signals({
      contentType: 'multipart/report; report-type=disposition-notification; boundary="m"',
      body: '--m\r\nContent-Type: text/plain\r\n\r\nRead\r\n--m--\r\n',
    });
    expect(mdn).toMatchObject({ isAutoReply: true, autoReplyKind: 'receipt', isBounce: false });
  });
});
