import type { ForwardedBlock } from './visible-reply.js';

const fieldKeys: { field: 'from' | 'date' | 'subject' | 'to'; pattern: RegExp }[] = [
  { field: 'from', pattern: /^(?:from|von|de|van|från|fra|od|da|lähettäjä|发件人|寄件者|gönderen)$/iu },
  {
    field: 'date',
    pattern:
      /^(?:date|sent|datum|gesendet|envoyé|envoyé le|enviado|enviada|fecha|verzonden|skickat|sendt|wysłano|inviato|data|lähetetty|发送时间|日期|tarih)$/iu,
  },
  {
    field: 'subject',
    pattern: /^(?:subject|betreff|objet|asunto|onderwerp|ämne|emne|temat|oggetto|assunto|aihe|主题|konu)$/iu,
  },
  { field: 'to', pattern: /^(?:to|an|à|a|para|aan|till|til|do|vastaanottaja|收件人|kime)$/iu },
];
const headerLine = /^\s*\*{0,2}\s*([^\s:：*][^:：*]{0,25}?)\s*\*{0,2}\s*[:：]\s*\*{0,2}\s?(.*)$/u;

/**
 * Reads a forwarded original that follows a forward separator or header block (threading spec §4.1
 * "Forwards"; crisp email-forward-parser): its From/Date/Subject/To (localized keys, `>`-quoted or not)
 * and the remaining text as `body`.
 */
export function parseForwardedBlock(lines: readonly string[]): ForwardedBlock {
  const block: ForwardedBlock = { body: '' };
  const unquoted = lines.map((line) => line.replace(/^>\s?/, ''));
  let index = 0;
  while (index < unquoted.length && (unquoted[index] ?? '').trim() === '') index += 1;
  let sawHeader = false;
  for (; index < unquoted.length; index += 1) {
    const line = unquoted[index] ?? '';
    if (line.trim() === '') {
      if (sawHeader) break;
      continue;
    }
    const match = headerLine.exec(line);
    const key = fieldKeys.find((entry) => entry.pattern.test((match?.[1] ?? '').trim()));
    if (!match) {
      if (!sawHeader) break;
      // A wrapped header value (e.g. `<addr>` on its own line).
      continue;
    }
    sawHeader = true;
    if (key && block[key.field] === undefined) block[key.field] = (match[2] ?? '').trim();
  }
  block.body = unquoted.slice(index).join('\n').trim();
  return block;
}
