import { describe, expect, it } from 'vitest';
import { toInboundEmail } from './to-inbound-email.js';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

describe('toInboundEmail (SPEC §4, threading spec §2, §5, §6)', () => {
  it('threading spec §2: keeps Message-ID, the first In-Reply-To id, folded References in order, and a UTC date', async () => {
    const raw = crlf([
      'From: "Grace Hopper" <Grace@Example.org>',
      'To: Ada Lovelace <ada@mail.example.com>, ops@example.com',
      'Subject: =?utf-8?Q?Re:_Your_Q3_hiring_plan_=E2=9C=93?=',
      'Date: Mon, 2 Mar 2026 11:15:00 +0200',
      'Message-ID: <reply-1@example.org>',
      "In-Reply-To: <step3@mail.example.com> (Ada Lovelace's message of Mon)",
      'References: <step1@mail.example.com>',
      '\t<step3@mail.example.com>',
      'Auto-Submitted: no',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Sounds good, Tuesday works.',
      '',
    ]);
    const email = await toInboundEmail(7, raw.length, raw);
    expect(email).toMatchObject({
      uid: 7,
      messageId: '<reply-1@example.org>',
      inReplyTo: '<step3@mail.example.com>',
      references: ['<step1@mail.example.com>', '<step3@mail.example.com>'],
      from: 'grace@example.org',
      fromName: 'Grace Hopper',
      to: ['ada@mail.example.com', 'ops@example.com'],
      subject: 'Re: Your Q3 hiring plan ✓',
      sizeBytes: raw.length,
    });
    expect(email.date?.toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect(email.text.trim()).toBe('Sounds good, Tuesday works.');
    expect(email.detectionHeaders.autoSubmitted).toBe('no');
    expect(email.raw).toBe(raw);
  });

  it('RFC 3834: exposes Auto-Submitted, X-Autoreply, Precedence and X-Auto-Response-Suppress of an out-of-office', async () => {
    const raw = crlf([
      'From: grace@example.org',
      'To: ada@mail.example.com',
      'Subject: Automatic reply: Your Q3 hiring plan',
      'Auto-Submitted: auto-replied; owner-email="grace@example.org"',
      'X-Autoreply: yes',
      'Precedence: auto_reply',
      'X-Auto-Response-Suppress: All',
      'Return-Path: <>',
      '',
      'I am out of the office until 9 March.',
    ]);
    const email = await toInboundEmail(8, raw.length, raw);
    expect(email.detectionHeaders).toMatchObject({
      autoSubmitted: 'auto-replied; owner-email="grace@example.org"',
      xAutoreply: 'yes',
      precedence: 'auto_reply',
      xAutoResponseSuppress: 'All',
      returnPath: '<>',
    });
    expect(email.messageId).toBeNull();
    expect(email.date).toBeNull();
  });

  it('RFC 3464/6522: reports multipart/report with report-type and X-Failed-Recipients, without attachment bodies in text', async () => {
    const raw = crlf([
      'From: MAILER-DAEMON@example.net',
      'To: ada@mail.example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'X-Failed-Recipients: nobody@example.org, <Other@Example.org>',
      'Content-Type: multipart/report; report-type="delivery-status";',
      '\tboundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; nobody@example.org',
      'Action: failed',
      'Status: 5.1.1',
      '--b1',
      'Content-Type: message/rfc822',
      '',
      'Message-ID: <step1@mail.example.com>',
      'Subject: Your Q3 hiring plan',
      '',
      'Original body',
      '--b1--',
      '',
    ]);
    const email = await toInboundEmail(9, raw.length, raw);
    expect(email.detectionHeaders).toMatchObject({
      contentType: 'multipart/report',
      reportType: 'delivery-status',
      xFailedRecipients: ['nobody@example.org', 'other@example.org'],
    });
    expect(email.text).toContain('Your message could not be delivered.');
    expect(email.text).not.toContain('Original body');
  });

  it('threading spec §2.1: an HTML-only message still yields plain text', async () => {
    const raw = crlf([
      'From: grace@example.org',
      'Subject: Re: hi',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Yes, <b>call me</b> Friday.</p><script>alert(1)</script></body></html>',
    ]);
    const email = await toInboundEmail(10, raw.length, raw);
    expect(email.text).toContain('Yes, call me Friday.');
    expect(email.text).not.toContain('alert');
  });
});
