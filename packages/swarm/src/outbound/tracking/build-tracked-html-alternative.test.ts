import { describe, expect, it } from 'vitest';
import { buildTrackedHtmlAlternative } from './build-tracked-html-alternative.js';

const pixel = 'https://track.example.com/t/o/AQabc_-';

describe('buildTrackedHtmlAlternative (SPEC §4 open pixel needs an HTML part)', () => {
  it('INJ-8: escapes every character of the text; only our own pixel is an image', () => {
    const html = buildTrackedHtmlAlternative(
      'Hi <script>alert("x")</script> & <img src=https://evil.example.net/p>\n',
      pixel,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=');
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain(`<img src="${pixel}" width="1" height="1" alt=""`);
  });

  it('keeps line breaks and makes links clickable to exactly the text URL', () => {
    const html = buildTrackedHtmlAlternative('Line one\nSee https://example.com/a?b=1&c=2.\n', pixel);
    expect(html).toContain('white-space:pre-wrap');
    expect(html).toContain(
      'Line one\nSee <a href="https://example.com/a?b=1&amp;c=2">https://example.com/a?b=1&amp;c=2</a>.',
    );
  });
});
