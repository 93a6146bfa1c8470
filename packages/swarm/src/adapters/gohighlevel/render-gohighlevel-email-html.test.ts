import { describe, expect, it } from 'vitest';
import { bodyShowsText, goHighLevelMessageMarker, hasAnyGoHighLevelMarker } from './gohighlevel-message-marker.js';
import { renderGoHighLevelEmailHtml } from './render-gohighlevel-email-html.js';

describe('GoHighLevel email HTML and the Message-ID marker (RES-3 reconciliation)', () => {
  it('escapes the text, keeps paragraphs and line breaks, and appends the marker', () => {
    const html = renderGoHighLevelEmailHtml('Hi <Ada> & "team",\r\nline two\n\n\nBye', '<a1@news.example.com>');
    expect(html).toBe(
      '<p>Hi &lt;Ada&gt; &amp; &quot;team&quot;,<br>line two</p>\n<p>Bye</p>\n<!-- caio-message-id: %3Ca1%40news.example.com%3E -->',
    );
  });

  it('a Message-ID with "--" cannot close the HTML comment early', () => {
    const marker = goHighLevelMessageMarker('<x--y-->@example.com>');
    expect(marker.slice(4, -3)).not.toContain('--');
    expect(hasAnyGoHighLevelMarker(`<p>x</p>${marker}`)).toBe(true);
    expect(hasAnyGoHighLevelMarker('<p>x</p><!-- other -->')).toBe(false);
  });

  it('the text fallback matches the visible text of the rendered body, not another email', () => {
    const text = 'Hi Ada & co,\n\nthe <benchmark> is attached.';
    const html = renderGoHighLevelEmailHtml(text, '<a@example.com>').replace(/<!--[\s\S]*?-->/, '');
    expect(bodyShowsText(html, text)).toBe(true);
    expect(bodyShowsText(html, 'Hi Grace, the benchmark is attached.')).toBe(false);
    expect(bodyShowsText(html, '   ')).toBe(false);
  });
});
