import { describe, expect, it } from 'vitest';
import { hasErrorCode } from '../domain/errors.js';
import { buildMessage } from './__fixtures__/build-message.js';
import { parseEmail } from './parse-email.js';

describe('parseEmail', () => {
  it('§2.2: decodes windows-1252 quoted-printable (smart quotes, en dash, euro sign) correctly', async () => {
    const raw = buildMessage({
      contentType: 'text/plain; charset=windows-1252',
      headers: { 'Content-Transfer-Encoding': 'quoted-printable' },
      body: '=93Yes=94 =96 the price is =8025 per seat, and it=92s fine for us.\r\n',
    });
    const parsed = await parseEmail(raw);
    expect(parsed.text).toContain('“Yes” – the price is €25 per seat, and it’s fine for us.');
    expect(parsed.warnings).toEqual([]);
  });

  it("§2.2: treats Outlook's iso-8859-1 label as windows-1252 (0x92 is an apostrophe, not U+0092)", async () => {
    const body = Buffer.concat([
      Buffer.from('We don'),
      Buffer.from([0x92]),
      Buffer.from('t need it. Gr'),
      Buffer.from([0xfc]),
      Buffer.from('\xdfe\r\n', 'latin1'),
    ]);
    const parsed = await parseEmail(
      buildMessage({
        contentType: 'text/plain; charset=iso-8859-1',
        headers: { 'Content-Transfer-Encoding': '8bit' },
        body,
      }),
    );
    expect(parsed.text).toContain('We don’t need it. Grüße');
    expect(parsed.text).not.toContain('\u0092');
  });

  it('§2.2: sniffs the charset from an HTML <meta> when the MIME header has none (mailparser #370)', async () => {
    const html = Buffer.concat([
      Buffer.from(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>',
      ),
      Buffer.from([0x93]),
      Buffer.from('Gern'),
      Buffer.from([0x94]),
      Buffer.from([0x20, 0x96, 0x20]),
      Buffer.from('bis Dienstag</p></body></html>\r\n'),
    ]);
    const parsed = await parseEmail(
      buildMessage({ contentType: 'text/html', headers: { 'Content-Transfer-Encoding': '8bit' }, body: html }),
    );
    expect(parsed.text).toBe('“Gern” – bis Dienstag');
  });

  it('§2.3: joins quoted-printable soft line breaks inside words and decodes =3D in URLs', async () => {
    const raw = buildMessage({
      headers: { 'Content-Transfer-Encoding': 'quoted-printable' },
      body: 'Book here: https://cal.example.com/book?slot=3D42&tz=3DUTC and let me kn=\r\now.\r\n',
    });
    expect((await parseEmail(raw)).text).toContain('https://cal.example.com/book?slot=42&tz=UTC and let me know.');
  });

  it('§2.1: derives text from an HTML-only multipart/alternative with no tags or entities left (mailparser #345)', async () => {
    const body = [
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Thanks &amp; yes &mdash; Tuesday works.</p><p>Caf&eacute; &lt;3</p></body></html>',
      '--b1--',
      '',
    ].join('\r\n');
    const parsed = await parseEmail(buildMessage({ contentType: 'multipart/alternative; boundary="b1"', body }));
    expect(parsed.textFromHtml).toBe(true);
    expect(parsed.text).toContain('Thanks & yes — Tuesday works.');
    expect(parsed.text).toContain('Café <3');
    expect(parsed.text).not.toMatch(/<p>|&amp;|&eacute;/);
  });

  it('§2.1: ignores a whitespace-only or placeholder text/plain part and uses the HTML', async () => {
    const body = [
      '--b2',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'This is an HTML email. Please use an HTML capable client.',
      '--b2',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<div>Real answer: send the deck.</div>',
      '--b2--',
      '',
    ].join('\r\n');
    const parsed = await parseEmail(buildMessage({ contentType: 'multipart/alternative; boundary="b2"', body }));
    expect(parsed.text).toBe('Real answer: send the deck.');
  });

  it('§2.4 + §3.2: decodes an RFC 2047 subject carrying the reply prefix and normalises the base subject', async () => {
    const parsed = await parseEmail(
      buildMessage({ subject: '=?iso-8859-1?Q?AW=3A_Gr=FC=DFe_aus_K=F6ln?=', body: 'Hallo\r\n' }),
    );
    expect(parsed.subject).toBe('AW: Grüße aus Köln');
    expect(parsed.baseSubject).toBe('Grüße aus Köln');
  });

  it('§3.1: normalises ids: first In-Reply-To id only, folded References (TAB), no duplicates or self-reference', async () => {
    const raw = buildMessage({
      body: 'ok\r\n',
      headers: {
        'In-Reply-To': "<step2@seller.example.net> (Sam Seller's message of Tue)",
        References:
          '<root@seller.example.net>\r\n\t<step2@seller.example.net> <root@seller.example.net>\r\n <reply-1@prospect.example.com>',
      },
    });
    const parsed = await parseEmail(raw);
    expect(parsed.messageId).toBe('<reply-1@prospect.example.com>');
    expect(parsed.inReplyTo).toBe('<step2@seller.example.net>');
    expect(parsed.references).toEqual(['<root@seller.example.net>', '<step2@seller.example.net>']);
    expect(parsed.from).toEqual({ name: 'Pat Prospect', address: 'pat@prospect.example.com' });
  });

  it('§2.6: tolerates an mbox From line and refuses messages over the size cap with input_invalid', async () => {
    const raw = Buffer.concat([
      Buffer.from('From MAILER-DAEMON Mon Sep  1 00:00:00 2025\n'),
      buildMessage({ body: 'hi\r\n' }),
    ]);
    expect((await parseEmail(raw)).subject).toBe('Re: Quick question');
    await expect(parseEmail(raw, { maxBytes: 100 })).rejects.toSatisfy((error: unknown) =>
      hasErrorCode(error, 'input_invalid'),
    );
  });
});
