import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMessage } from './__fixtures__/build-message.js';
import { extractVisibleReply } from './extract-visible-reply.js';
import { parseEmail } from './parse-email.js';
import type { VisibleReply } from './visible-reply.js';

// Real fixtures: mailgun/talon (Apache-2.0) and github/email_reply_parser (MIT); see __fixtures__/README.md.
const fixtures = join(import.meta.dirname, '__fixtures__');
const squash = (text: string): string => text.replace(/\s+/g, '');

async function replyOfEml(path: string): Promise<VisibleReply> {
  return extractVisibleReply(await parseEmail(readFileSync(join(fixtures, path))));
}

async function replyOfBody(path: string, contentType = 'text/plain; charset=utf-8'): Promise<VisibleReply> {
  return extractVisibleReply(await parseEmail(buildMessage({ body: readFileSync(join(fixtures, path)), contentType })));
}

const withSignature = (reply: VisibleReply): string => `${reply.text}\n${reply.signature ?? ''}`;

// talon tests/quotations_test.py: each standard reply's text is "Hello" unless a *_reply_text file exists.
const talonStandard = [
  'android',
  'aol',
  'apple_mail',
  'gmail',
  'hotmail',
  'iphone',
  'outlook',
  'sparrow',
  'thunderbird',
  'yahoo',
];
// talon tests/html_quotations_test.py: the HTML replies all read "Hi. I am fine. Thanks, Alex".
const talonHtml = [
  'gmail',
  'hotmail',
  'mail_ru',
  'ms_outlook_2003',
  'ms_outlook_2007',
  'ms_outlook_2010',
  'thunderbird',
  'windows_mail',
  'yandex_ru',
];

// github/email_reply_parser test/email_reply_parser_test.rb, as (must contain, must not contain).
const erpExpectations: Record<string, { keep: string[]; drop: string[] }> = {
  email_1_1: { keep: ['What is the best way to clear a Riak bucket'], drop: [] },
  email_1_2: {
    keep: ['Hi,', 'You can list the keys for the bucket', 'would do it.'],
    drop: ['> Hi folks', 'Hi folks'],
  },
  email_1_3: {
    keep: ['Oh thanks.', 'Having the function would be great.'],
    drop: ['Hi folks', 'You can list the keys'],
  },
  email_1_4: { keep: ["Awesome! I haven't had another problem with it."], drop: ['Loader seems to be working well.'] },
  email_1_5: { keep: ['One: Here', 'This is the fourth bullet point', 'Two:', 'It goes on and on'], drop: [] },
  email_1_6: { keep: ['I get proper rendering as well.'], drop: ['Was this caching related'] },
  email_1_7: { keep: [':+1:'], drop: ['Steps 0-2 are in prod'] },
  email_1_8: { keep: ['I will reply under this one', 'and under this.'], drop: ['okay?', 'hi there'] },
  email_2_1: { keep: ['Outlook with a reply'], drop: ['Google Apps Sync'] },
  email_2_2: { keep: ['Outlook with a reply directly above line'], drop: ['A new comment has been added'] },
  email_2_3: { keep: ['Outlook with a reply directly above line'], drop: ['A new comment has been added'] },
  email_BlackBerry: { keep: ['Here is another email'], drop: ['Sent from my BlackBerry', 'I think your code'] },
  email_iPhone: { keep: ['Here is another email'], drop: ['Sent from my iPhone'] },
  email_multi_word_sent_from_my_mobile_device: {
    keep: ['Here is another email'],
    drop: ['Sent from my Verizon Wireless BlackBerry'],
  },
  email_sent_from_my_not_signature: {
    keep: ['Here is another email', 'Sent from my desk, is much easier then my mobile phone.'],
    drop: [],
  },
  email_sig_delimiter_in_middle_of_line: {
    keep: ['And here is a fix -- this is not a signature.', 'kthxbai'],
    drop: [],
  },
  email_bullets: {
    keep: ['test 2 this should list second', '- how about bullets', '- and another'],
    drop: ['Give us an example', 'Joe Smith'],
  },
  email_one_is_not_on: {
    keep: ['One outstanding question I had:', 'Locally (on development)'],
    drop: ['The good news is'],
  },
  greedy_on: {
    keep: ['On your remote host you can run:', 'telnet 127.0.0.1 52698', 'the tunnel is not working.'],
    drop: ['I am having an odd issue'],
  },
  correct_sig: { keep: ['this is an email with a correct -- signature.'], drop: ['rick'] },
};

describe('extractVisibleReply on real client fixtures', () => {
  it('§4.1: talon standard replies reduce to the expected reply text', async () => {
    let passed = 0;
    for (const name of talonStandard) {
      const expectedPath = join(fixtures, 'talon', 'standard_replies', `${name}_reply_text`);
      let expected = 'Hello';
      try {
        expected = readFileSync(expectedPath, 'utf8');
      } catch {
        // talon's default expectation
      }
      const reply = await replyOfEml(`talon/standard_replies/${name}.eml`);
      if (squash(withSignature(reply)) === squash(expected)) passed += 1;
      else console.info(`[talon] ${name}:`, JSON.stringify(withSignature(reply)));
    }
    console.info(`[talon] standard replies: ${passed}/${talonStandard.length}`);
    expect(passed / talonStandard.length).toBe(1);
  });

  it('§4.2: talon HTML replies (Gmail, Outlook 2003–2010, Thunderbird, Yandex…) cut the quote in the DOM', async () => {
    let passed = 0;
    for (const name of talonHtml) {
      const reply = await replyOfBody(`talon/html_replies/${name}.html`, 'text/html; charset=utf-8');
      if (squash(withSignature(reply)) === squash('Hi. I am fine.\n\nThanks,\nAlex')) passed += 1;
      else console.info(`[talon-html] ${name}:`, JSON.stringify(withSignature(reply)).slice(0, 300));
    }
    console.info(`[talon] html replies: ${passed}/${talonHtml.length}`);
    expect(passed / talonHtml.length).toBe(1);
    // talon html_quotations_test.py: OLK_SRC_BODY_SECTION → "Reply"; reply-separated-by-hr → "Hi there Bob".
    expect((await replyOfBody('talon/OLK_SRC_BODY_SECTION.html', 'text/html; charset=utf-8')).text).toBe('Reply');
    expect(squash((await replyOfBody('talon/reply-separated-by-hr.html', 'text/html; charset=utf-8')).text)).toBe(
      'HithereBob',
    );
  });

  it('§4.1 + §4.3: email_reply_parser fixtures keep the author text and drop quotes and mobile signatures', async () => {
    let passed = 0;
    const entries = Object.entries(erpExpectations);
    for (const [name, { keep, drop }] of entries) {
      const reply = await replyOfBody(`email_reply_parser/${name}.txt`);
      const ok =
        keep.every((fragment) => reply.text.includes(fragment)) &&
        drop.every((fragment) => !reply.text.includes(fragment));
      if (ok) passed += 1;
      else console.info(`[erp] ${name}:`, JSON.stringify(reply.text).slice(0, 400));
    }
    console.info(`[erp] fixtures: ${passed}/${entries.length}`);
    expect(passed / entries.length).toBe(1);
  });

  it('§4.3: talon signature samples never lose body content; exact signature matches are reported', async () => {
    const names = ['jeff', 'long', 'short_url', 'sparse', 'johndoeexamplecom'];
    let exact = 0;
    for (const name of names) {
      const base = join(fixtures, 'talon', 'signature', 'emails', 'stripped', name);
      const full = readFileSync(`${base}_body`, 'utf8');
      const signature = readFileSync(`${base}_signature`, 'utf8').trim();
      const reply = await replyOfBody(`talon/signature/emails/stripped/${name}_body`);
      const content = full.slice(0, full.lastIndexOf(signature)).trim();
      // Losing content is a hard failure (spec §4.3); missing a signature is a soft one.
      expect(squash(reply.text).startsWith(squash(content).slice(0, 200)), name).toBe(true);
      if (squash(reply.signature ?? '') === squash(signature)) exact += 1;
    }
    console.info(`[talon] signatures cut exactly: ${exact}/${names.length} (conservative by design)`);
    expect(exact).toBeGreaterThanOrEqual(1);
  });

  it('§4.1 + §8 performance: pathological and 767 KB quoted bodies finish quickly (linear patterns, 1,000-line cap)', async () => {
    for (const name of ['pathological', 'email_long_quote']) {
      const started = performance.now();
      await replyOfBody(`email_reply_parser/${name}.txt`);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
