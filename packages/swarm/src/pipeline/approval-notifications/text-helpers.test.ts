import { describe, expect, it } from 'vitest';
import { escapeAndTruncate } from './escape-and-truncate.js';
import { escapeSlackMrkdwn } from './escape-slack-mrkdwn.js';
import { topScoreReasons } from './top-score-reasons.js';
import { truncateText } from './truncate-text.js';

describe('mrkdwn text helpers', () => {
  it('escapes exactly &, < and > (Slack formatting reference), & first so entities are not double-read', () => {
    expect(escapeSlackMrkdwn('a & b < c > d &amp;')).toBe('a &amp; b &lt; c &gt; d &amp;amp;');
    expect(escapeSlackMrkdwn('*bold* "quotes" \'single\'')).toBe('*bold* "quotes" \'single\'');
  });

  it('escapes before measuring, never splitting an entity and never exceeding the limit', () => {
    expect(escapeAndTruncate('A & B & C', 9)).toBe('A &amp;…');
    expect(escapeAndTruncate('a<b', 10)).toBe('a&lt;b');
    const flood = escapeAndTruncate('&'.repeat(1_000), 600);
    expect(Array.from(flood).length).toBeLessThanOrEqual(600);
    expect(flood).toMatch(/^(&amp;)+…$/);
  });

  it('truncates by code point without splitting emoji', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('Hello world', 8)).toBe('Hello w…');
    expect(truncateText('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('orders reasons by absolute points and keeps input order for ties and unscored lines', () => {
    expect(topScoreReasons(['note', '+5 a', '-20 b', '+5 c', '+30 d'], 4)).toEqual(['+30 d', '-20 b', '+5 a', '+5 c']);
    const input = ['+1 x'];
    topScoreReasons(input);
    expect(input).toEqual(['+1 x']);
  });
});
