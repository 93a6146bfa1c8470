import { bodyWithoutFooter } from '../craft/index.js';

/** A line that is only a greeting: the greeting word plus at most three name words. */
const greetingLine = /^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening))(\s+[^\s,!.:]+){0,3}\s*[,!:]?$/i;
const inlineGreeting = /^(hi|hello|hey|dear)\s+[^,!\n]{1,40}[,!]\s+/i;

/**
 * Lower-cases, unifies curly quotes, turns every non-word character except apostrophes into a
 * space and pads with spaces, so phrase matching is whole-word and punctuation-blind.
 */
export function normalisePhraseText(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/** A sign-off line such as `Best,` or `Kind regards`: the signature starts here. */
const signOffLine =
  /^(best|best regards|kind regards|regards|thanks|thank you|many thanks|cheers|all the best|sincerely|warmly|talk soon)[,.!]?$/i;

/**
 * The message text a reader sees: before the footer and the sign-off, without the greeting line and
 * without lines that carry a link (the booking line), so only written sentences remain.
 */
export function messageContent(body: string): string {
  const lines = bodyWithoutFooter(body).split('\n');
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex !== -1 && greetingLine.test((lines[firstIndex] as string).trim())) lines.splice(firstIndex, 1);
  const signOff = lines.findIndex((line) => signOffLine.test(line.trim()));
  const written = (signOff === -1 ? lines : lines.slice(0, signOff)).filter((line) => !/https?:\/\//i.test(line));
  return written.join('\n').trim().replace(inlineGreeting, '');
}

/** Sentences: split after `.`, `!`, `?` and at line breaks; blank pieces dropped. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The opener (SPEC §3.5 GUARD-004): the first sentence after the greeting. Empty when the body is empty. */
export function openerOf(body: string): string {
  return splitSentences(messageContent(body))[0] ?? '';
}
