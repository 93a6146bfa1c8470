import { describe, expect, it } from 'vitest';
import { buildMessage } from './__fixtures__/build-message.js';
import { extractVisibleReply } from './extract-visible-reply.js';
import { parseEmail } from './parse-email.js';
import type { VisibleReply } from './visible-reply.js';

// Our own fixtures for every client style and language of threading spec §4 (synthetic, reserved domains).
const sam = 'Sam Seller <sam@seller.example.net>';
const quote = '> Hi Pat,\n> would you be open to a short call next week?\n> Best, Sam';

async function visible(body: string, options: { subject?: string; html?: boolean } = {}): Promise<VisibleReply> {
  const parsed = await parseEmail(
    buildMessage({
      body: body.replace(/\n/g, '\r\n'),
      contentType: options.html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      ...(options.subject ? { subject: options.subject } : {}),
    }),
  );
  return extractVisibleReply(parsed);
}

const plainCases: [string, string, string][] = [
  [
    'Gmail EN',
    `Tuesday works for me.\n\nOn Mon, Mar 2, 2026 at 9:00 AM ${sam} wrote:\n\n${quote}`,
    'Tuesday works for me.',
  ],
  [
    'Gmail EN wrapped "<" at end of line 1',
    `Yes.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Sam Seller <\nsam@seller.example.net> wrote:\n\n${quote}`,
    'Yes.',
  ],
  ['Gmail EN U+202F before AM', `Yes.\n\nOn Mon, Mar 2, 2026 at 9:00\u202fAM ${sam} wrote:\n${quote}`, 'Yes.'],
  [
    'Gmail FR NBSP + wrapped "a écrit :"',
    `Oui, mardi me va.\n\nLe lun. 2 mars 2026 à 09:00, ${sam}\na écrit\u00a0:\n${quote}`,
    'Oui, mardi me va.',
  ],
  [
    'Gmail DE "Am … schrieb …:"',
    `Ja, gerne.\n\nAm Mo., 2. März 2026 um 09:00 Uhr schrieb ${sam}:\n${quote}`,
    'Ja, gerne.',
  ],
  ['Gmail DE name-first wrapped', `Passt.\n\n${sam} schrieb am Mo., 2.\nMärz 2026, 09:00:\n${quote}`, 'Passt.'],
  [
    'Gmail ES "El … escribió:"',
    `Sí, el martes.\n\nEl lun, 2 mar 2026 a las 9:00, Sam Seller (<sam@seller.example.net>) escribió:\n${quote}`,
    'Sí, el martes.',
  ],
  [
    'Gmail NL "Op … schreef"',
    `Prima, dinsdag.\n\nOp ma 2 mrt. 2026 om 09:00 schreef ${sam}:\n${quote}`,
    'Prima, dinsdag.',
  ],
  ['Gmail SV "tors … kl … skrev"', `Ja tack.\n\ntors 6 dec. 2018 kl 13:30 skrev ${sam}:\n${quote}`, 'Ja tack.'],
  ['ISO-dated attribution', `Fine.\n\n2026-03-02 9:00 GMT+01:00 ${sam}:\n${quote}`, 'Fine.'],
  ['Airmail/Sparrow "said:"', `Sounds good.\n\n${sam} said:\n${quote}`, 'Sounds good.'],
  [
    'Outlook desktop EN underscore + header block, unprefixed quote',
    `Thanks, Tuesday works.\n________________________________\nFrom: ${sam}\nSent: Monday, March 2, 2026 9:00 AM\nTo: Pat Prospect <pat@prospect.example.com>\nSubject: Quick question\n\nHi Pat,\nwould you be open to a call?`,
    'Thanks, Tuesday works.',
  ],
  [
    'Outlook "-----Original Message-----"',
    `Works for me.\n\n-----Original Message-----\nFrom: ${sam}\nSent: Monday, March 2, 2026 9:00 AM\nTo: Pat\nSubject: Quick question\n\nHi Pat`,
    'Works for me.',
  ],
  [
    'Outlook DE',
    `Ja, gerne.\n\n-----Ursprüngliche Nachricht-----\nVon: ${sam}\nGesendet: Montag, 2. März 2026 09:00\nAn: Pat Prospect\nBetreff: Kurze Frage\n\nHallo Pat`,
    'Ja, gerne.',
  ],
  [
    'Outlook FR (space before colon)',
    `Oui, volontiers.\n\nDe : ${sam}\nEnvoyé : lundi 2 mars 2026 09:00\nÀ : Pat Prospect\nObjet : Petite question\n\nBonjour Pat`,
    'Oui, volontiers.',
  ],
  [
    'Outlook ES',
    `Sí, claro.\n\nDe: ${sam}\nEnviado: lunes, 2 de marzo de 2026 9:00\nPara: Pat Prospect\nAsunto: Pregunta rápida\n\nHola Pat`,
    'Sí, claro.',
  ],
  [
    'Outlook NL',
    `Ja hoor.\n\nVan: ${sam}\nVerzonden: maandag 2 maart 2026 09:00\nAan: Pat Prospect\nOnderwerp: Korte vraag\n\nHoi Pat`,
    'Ja hoor.',
  ],
  [
    'Outlook SV',
    `Ja, gärna.\n\nFrån: ${sam}\nSkickat: den 2 mars 2026 09:00\nTill: Pat Prospect\nÄmne: Snabb fråga\n\nHej Pat`,
    'Ja, gärna.',
  ],
  [
    'Outlook bold keys',
    `OK.\n\n*From:* ${sam}\n*Sent:* Monday, March 2, 2026 9:00 AM\n*To:* Pat\n*Subject:* Quick question\n\nHi Pat`,
    'OK.',
  ],
  [
    'Windows Mail name-only From',
    `Yes.\n\nFrom: Sam Seller\nSent: Monday, March 2, 2026 9:00 AM\nTo: Pat Prospect\nSubject: Quick question\n\nHi Pat`,
    'Yes.',
  ],
  [
    'Hotmail subject-first block',
    `Yes.\n\nSubject: Quick question\nDate: Mon, 2 Mar 2026 09:00:00 +0000\nFrom: ${sam}\nTo: Pat\n\nHi Pat`,
    'Yes.',
  ],
  [
    'Outlook From line wrapped before <addr>',
    `Yes.\n\nFrom: Sam Seller\n<sam@seller.example.net>\nSent: Monday, March 2, 2026 9:00 AM\nTo: Pat\nSubject: Quick question\n\nHi Pat`,
    'Yes.',
  ],
  [
    'Yahoo unprefixed quote',
    `Yes, call me.\n\nOn Monday, March 2, 2026, 09:00:00 AM GMT, ${sam} wrote:\n\nHi Pat,\nwould you be open to a call?`,
    'Yes, call me.',
  ],
  [
    'Apple Mail ">"-prefixed attribution',
    `Yes please.\n\n> On 2 Mar 2026, at 09:00, ${sam} wrote:\n> \n> Hi Pat`,
    'Yes please.',
  ],
  ['Thunderbird', `Sure.\n\nOn 02/03/2026 09:00, Sam Seller wrote:\n${quote}`, 'Sure.'],
  [
    'Outlook mobile tagline',
    `Sure, let's talk.\n\nGet Outlook for iOS\n________________________________\nFrom: ${sam}\nSent: Monday, March 2, 2026 9:00 AM\nTo: Pat\nSubject: Quick question\n\nHi Pat`,
    "Sure, let's talk.",
  ],
  [
    'German Outlook bottom-posting (block at top)',
    `-----Ursprüngliche Nachricht-----\nVon: ${sam}\nGesendet: Montag, 2. März 2026 09:00\nAn: Pat\nBetreff: Frage\n\n> Hätten Sie Zeit?\n\nJa, am Dienstag.`,
    'Ja, am Dienstag.',
  ],
  [
    '"On …" reply line is not an attribution',
    'On second thought, Wednesday is better.\nOne outstanding question: pricing?',
    'On second thought, Wednesday is better.\nOne outstanding question: pricing?',
  ],
  [
    '"Date:" in an appointment is not a header block',
    'Invitation:\n\nDate: Wednesday 4 March\nTime: 3pm\n\nBring your ID.',
    'Invitation:\n\nDate: Wednesday 4 March\nTime: 3pm\n\nBring your ID.',
  ],
  [
    '">>> link <<<" is not a quote',
    'Visit us\n>>> http://www.example.com <<<\nfor details',
    'Visit us\n>>> http://www.example.com <<<\nfor details',
  ],
];

describe('extractVisibleReply — client styles and languages (§4.1)', () => {
  it.each(plainCases)('§4.1 %s', async (_name, body, expected) => {
    const reply = await visible(body);
    expect(reply.text).toBe(expected);
  });

  it('§4.1: keeps inline answers between quote blocks and drops the trailing quote', async () => {
    const reply = await visible(
      `On Mon, Mar 2, 2026 at 9:00 AM ${sam} wrote:\n> Would Tuesday work?\nYes, Tuesday 2pm.\n> Do you use Salesforce?\nNo, HubSpot.\n> Best, Sam\n> Footer: reply "unsubscribe" to opt out`,
    );
    expect(reply.text).toBe('Yes, Tuesday 2pm.\nNo, HubSpot.');
    expect(reply.quoted).toContain('unsubscribe');
  });

  it('§4.1: a forward keeps the note as text and the original in forwardedBlocks (EN, Apple, DE)', async () => {
    const header = `From: ${sam}\nDate: Mon, Mar 2, 2026 at 9:00 AM\nSubject: Quick question\nTo: Pat <pat@prospect.example.com>\n\nHi Pat, original text`;
    for (const separator of [
      '---------- Forwarded message ---------',
      'Begin forwarded message:',
      'Anfang der weitergeleiteten Nachricht:',
    ]) {
      const reply = await visible(`Kim, can you take this?\n\n${separator}\n\n${header}`, {
        subject: 'Fwd: Quick question',
      });
      expect(reply.text, separator).toBe('Kim, can you take this?');
      expect(reply.forwardedBlocks[0]).toMatchObject({
        from: sam,
        subject: 'Quick question',
        to: 'Pat <pat@prospect.example.com>',
      });
      expect(reply.forwardedBlocks[0]?.body).toBe('Hi Pat, original text');
    }
  });

  it('§4.1 + §2.5: a forward-as-attachment keeps the note as text and the attached original as a forwarded block', async () => {
    const body = [
      '--fw',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Kim, see below.',
      '--fw',
      'Content-Type: message/rfc822',
      '',
      'Message-ID: <step2@seller.example.net>',
      `From: ${sam}`,
      'Subject: Quick question',
      'Content-Type: text/plain',
      '',
      'Hello Pat, original',
      '--fw--',
      '',
    ].join('\r\n');
    const parsed = await parseEmail(
      buildMessage({ subject: 'Fwd: Quick question', contentType: 'multipart/mixed; boundary="fw"', body }),
    );
    const reply = extractVisibleReply(parsed);
    expect(reply.text).toBe('Kim, see below.');
    expect(reply.forwardedBlocks).toEqual([{ from: sam, subject: 'Quick question', body: 'Hello Pat, original' }]);
  });

  it('§4.1: an Outlook "FW:" with only a header block is a forward', async () => {
    const reply = await visible(
      `Please handle.\n\nFrom: ${sam}\nSent: Monday, March 2, 2026 9:00 AM\nTo: Pat\nSubject: Quick question\n\nHi Pat`,
      { subject: 'FW: Quick question' },
    );
    expect(reply.text).toBe('Please handle.');
    expect(reply.forwardedBlocks[0]?.subject).toBe('Quick question');
  });
});

describe('extractVisibleReply — signatures and boilerplate (§4.3)', () => {
  it.each([
    [
      '"-- " delimiter',
      'Tuesday works.\n\n-- \nPat Prospect\nHead of Ops',
      'Tuesday works.',
      '-- \nPat Prospect\nHead of Ops',
    ],
    [
      'German sign-off',
      'Dienstag passt gut, 14 Uhr.\n\nMit freundlichen Grüßen\nPat Prospect',
      'Dienstag passt gut, 14 Uhr.',
      'Mit freundlichen Grüßen\nPat Prospect',
    ],
    [
      'French sign-off',
      'Mardi à 14h me convient parfaitement.\n\nCordialement,\nPat',
      'Mardi à 14h me convient parfaitement.',
      'Cordialement,\nPat',
    ],
    [
      'Spanish tagline',
      'El martes a las 14h me va bien.\n\nEnviado desde mi iPhone',
      'El martes a las 14h me va bien.',
      'Enviado desde mi iPhone',
    ],
    ['German tagline', 'Ja.\n\nVon meinem iPhone gesendet', 'Ja.', 'Von meinem iPhone gesendet'],
    ['French tagline', 'Oui.\n\nEnvoyé de mon iPhone', 'Oui.', 'Envoyé de mon iPhone'],
    ['Dutch tagline', 'Ja.\n\nVerstuurd vanaf mijn iPhone', 'Ja.', 'Verstuurd vanaf mijn iPhone'],
  ])('§4.3 cuts %s', async (_name, body, text, signature) => {
    const reply = await visible(body);
    expect(reply.text).toBe(text);
    expect(reply.signature).toBe(signature);
  });

  it.each([
    ['"Best day for us…" is content', 'Hi Sam,\nBest day for us would be thursday\nlet me know'],
    ['"with regards to" is content', 'Hi Sam,\nwith regards to pricing,\nwe pay per seat today'],
    ['bullets are content', 'Options:\n- Tuesday\n- Wednesday'],
    ['"-- " mid-line is content', 'Here is a fix -- not a signature.\nok'],
    ['"Sent from my desk, …" is content', 'Here it is.\nSent from my desk, much easier than my phone.'],
    [
      'a sign-off that would take more than half the text',
      'Yes.\n\nBest,\nPat Prospect\nVP Operations, Prospect Example Inc.',
    ],
  ])('§4.3 keeps %s', async (_name, body) => {
    const reply = await visible(body);
    expect(reply.text).toBe(body);
    expect(reply.signature).toBeNull();
  });

  it('§4.3: legal disclaimers move to boilerplate', async () => {
    const reply = await visible(
      'Tuesday works.\n\nCONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee.',
    );
    expect(reply.text).toBe('Tuesday works.');
    expect(reply.boilerplate).toContain('CONFIDENTIALITY NOTICE');
  });
});

describe('extractVisibleReply — HTML quote containers (§4.2)', () => {
  it.each([
    [
      'Gmail div.gmail_quote',
      '<div dir="ltr">Tuesday works.</div><div class="gmail_quote"><div class="gmail_attr">On Mon wrote:</div><blockquote class="gmail_quote">Hi Pat</blockquote></div>',
    ],
    [
      'Outlook web appendonsend + divRplyFwdMsg',
      '<div>Tuesday works.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Sam<br><b>Sent:</b> Monday</div><div>Hi Pat</div>',
    ],
    [
      'Outlook desktop border-top div',
      '<div class="WordSection1"><p>Tuesday works.</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> Sam</p></div><p>Hi Pat</p></div>',
    ],
    [
      'Outlook mobile mail-editor-reference-message-container',
      '<div>Tuesday works.</div><div id="mail-editor-reference-message-container"><div>From: Sam</div>Hi Pat</div>',
    ],
    [
      'Apple blockquote type=cite',
      '<div>Tuesday works.</div><div><br><blockquote type="cite"><div>On 2 Mar 2026, Sam wrote:</div>Hi Pat</blockquote></div>',
    ],
    [
      'Thunderbird moz-cite-prefix',
      '<p>Tuesday works.</p><div class="moz-cite-prefix">On 02/03/2026 Sam wrote:<br></div><blockquote type="cite">Hi Pat</blockquote>',
    ],
    [
      'Yahoo yahoo_quoted',
      '<div>Tuesday works.</div><div class="yahoo_quoted"><div>On Monday, Sam wrote:</div>Hi Pat</div>',
    ],
    ['Zimbra divider', '<div>Tuesday works.</div><hr data-marker="__DIVIDER__"><div>From: Sam</div><div>Hi Pat</div>'],
    ['Hotmail hr#stopSpelling', '<div>Tuesday works.</div><hr id="stopSpelling"><div>Hi Pat</div>'],
    [
      'reply and quote share one wrapper (talon #48)',
      '<div>Tuesday works.<div class="gmail_quote">On Mon, Sam wrote:<blockquote>Hi Pat</blockquote></div></div>',
    ],
  ])('§4.2 %s', async (_name, html) => {
    const reply = await visible(`<html><body>${html}</body></html>`, { html: true });
    expect(reply.text).toBe('Tuesday works.');
  });

  it('§4.2: a Gmail forward container is kept as a forwarded block, not cut', async () => {
    const html =
      '<div>FYI</div><div class="gmail_quote">---------- Forwarded message ---------<br>From: Sam Seller &lt;sam@seller.example.net&gt;<br>Subject: Quick question<br><br>Hi Pat</div>';
    const reply = await visible(`<html><body>${html}</body></html>`, { html: true, subject: 'Fwd: Quick question' });
    expect(reply.text).toBe('FYI');
    expect(reply.forwardedBlocks[0]?.subject).toBe('Quick question');
  });
});
