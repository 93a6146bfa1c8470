import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { isCaioError } from '../../domain/errors.js';
import type { RenderMessageInput } from '../../ports/message-renderer.js';
import { createMessageId } from './create-message-id.js';
import { createMimeMessageRenderer } from './mime-message-renderer.js';

const renderer = createMimeMessageRenderer();
const messageId = createMessageId('5f1c2d3e-4b5a-4c6d-8e7f-001122334455', 'mail.example.com');
const base: RenderMessageInput = {
  from: { name: 'Dana Sender', address: 'dana@mail.example.com' },
  to: { name: 'Grace Example', address: 'grace@circuithub.test' },
  replyTo: 'dana@example.com',
  subject: 'Before CircuitHub makes the next hire — €, ü',
  text: 'Hi Grace,\n\nCircuitHub is hiring.\n\nBest,\nDana\n-- \nExample Advisory, 500 Example Avenue\nunsubscribe here: https://mail.example.com/u/TOKEN123\n',
  messageId,
  listUnsubscribeUrl: 'https://mail.example.com/u/TOKEN123',
  listUnsubscribeMailto: 'unsubscribe@mail.example.com?subject=unsubscribe',
  date: new Date('2026-02-02T15:04:05.000Z'),
};

async function rejects(input: RenderMessageInput): Promise<Error> {
  const error: unknown = await renderer.render(input).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isCaioError(error) && error.code).toBe('input_invalid');
  return error as Error;
}

describe('createMimeMessageRenderer', () => {
  it('EM-2: emits List-Unsubscribe with the https link and mailto, plus List-Unsubscribe-Post One-Click', async () => {
    const { raw } = await renderer.render(base);
    const parsed = await simpleParser(raw);
    const listUnsubscribe = String(
      parsed.headerLines.find((line) => line.key === 'list-unsubscribe')?.line ?? '',
    ).replace(/\r?\n[ \t]+/g, ' ');
    expect(listUnsubscribe).toBe(
      'List-Unsubscribe: <https://mail.example.com/u/TOKEN123>, <mailto:unsubscribe@mail.example.com?subject=unsubscribe>',
    );
    // mailparser folds List-* headers into a structured `list` entry, so read the raw header line.
    expect(parsed.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(parsed.headers.get('list')).toMatchObject({ unsubscribe: { url: 'https://mail.example.com/u/TOKEN123' } });
  });

  it('EM-1 / SPEC 15: honest From and Reply-To, our Message-ID, the Date, subject and body survive a parse', async () => {
    const rendered = await renderer.render({
      ...base,
      inReplyTo: '<root-1234@mail.example.com>',
      references: ['<root-1234@mail.example.com>'],
    });
    expect(rendered.messageId).toBe(messageId);
    expect(rendered.raw).toContain('\r\n');
    const parsed = await simpleParser(rendered.raw);
    expect(parsed.messageId).toBe(messageId);
    expect(parsed.from?.value).toEqual([{ name: 'Dana Sender', address: 'dana@mail.example.com' }]);
    expect(parsed.replyTo?.value[0]?.address).toBe('dana@example.com');
    expect(parsed.subject).toBe(base.subject);
    expect(parsed.date?.toISOString()).toBe('2026-02-02T15:04:05.000Z');
    expect(parsed.inReplyTo).toBe('<root-1234@mail.example.com>');
    expect(parsed.references).toBe('<root-1234@mail.example.com>');
    expect(parsed.text).toBe(base.text);
  });

  it('omits the mailto entry when none is configured and passes extra X- headers', async () => {
    const { listUnsubscribeMailto: _omit, ...withoutMailto } = base;
    const parsed = await simpleParser(
      (await renderer.render({ ...withoutMailto, headers: { 'X-Caio-Lead': 'lead-1' } })).raw,
    );
    const listUnsubscribe = parsed.headerLines.find((line) => line.key === 'list-unsubscribe')?.line;
    expect(listUnsubscribe).toBe('List-Unsubscribe: <https://mail.example.com/u/TOKEN123>');
    expect(parsed.headers.get('x-caio-lead')).toBe('lead-1');
  });

  it('INJ-8: rejects CR/LF in every header value with a clear error', async () => {
    const injection = 'x\r\nBcc: victim@example.org';
    const cases: RenderMessageInput[] = [
      { ...base, subject: `Hello${injection}` },
      { ...base, subject: 'Hello\nthere' },
      { ...base, from: { name: `Dana${injection}`, address: 'dana@mail.example.com' } },
      { ...base, to: `grace@circuithub.test${injection}` },
      { ...base, replyTo: { address: `dana@example.com${injection}` } },
      { ...base, listUnsubscribeUrl: `https://mail.example.com/u/T${injection}` },
      { ...base, listUnsubscribeMailto: `u@example.com${injection}` },
      { ...base, inReplyTo: `<a@example.com>${injection}` },
      { ...base, headers: { 'X-Caio-Lead': `lead${injection}` } },
    ];
    for (const input of cases) {
      const error = await rejects(input);
      expect(error.message).toMatch(/line break|not <id@domain>/);
    }
  });

  it('rejects overriding reserved headers and a malformed Message-ID', async () => {
    expect((await rejects({ ...base, headers: { Bcc: 'victim@example.org' } })).message).toContain('Bcc');
    expect((await rejects({ ...base, messageId: 'no-brackets@example.com' })).message).toContain('createMessageId');
  });
});

describe('createMessageId', () => {
  it('builds <id@domain> from a random id and the sending domain', () => {
    expect(createMessageId('5f1c2d3e-4b5a-4c6d-8e7f-001122334455', 'Mail.Example.com')).toBe(
      '<5f1c2d3e-4b5a-4c6d-8e7f-001122334455@mail.example.com>',
    );
  });

  it('INJ-8: rejects ids or domains that could break the header', () => {
    expect(() => createMessageId('abc>\r\nBcc: x', 'mail.example.com')).toThrow(/invalid/);
    expect(() => createMessageId('5f1c2d3e-4b5a', 'localhost')).toThrow(/host name/);
    expect(() => createMessageId('short', 'mail.example.com')).toThrow(/UUID/);
  });
});
