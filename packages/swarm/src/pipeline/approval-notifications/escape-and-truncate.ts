import { escapeSlackMrkdwn } from './escape-slack-mrkdwn.js';

/**
 * Escapes `text` for mrkdwn and shortens the *escaped* result to at most `maxCharacters` code
 * points, ending with `…` when cut. Cutting after escaping would split entities such as `&amp;`,
 * and cutting before could let `&`-heavy text grow fivefold past Slack's block limits (section
 * text 3000, field 2000 characters); this never does either.
 *
 * @example escapeAndTruncate('A & B & C', 9) // 'A &amp;…'
 */
export function escapeAndTruncate(text: string, maxCharacters: number): string {
  const escaped = escapeSlackMrkdwn(text);
  if (Array.from(escaped).length <= maxCharacters) return escaped;
  let kept = '';
  let used = 0;
  for (const character of text) {
    const piece = escapeSlackMrkdwn(character);
    if (used + piece.length > maxCharacters - 1) break;
    kept += piece;
    used += piece.length;
  }
  return `${kept.trimEnd()}…`;
}
