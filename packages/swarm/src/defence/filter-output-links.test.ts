import { describe, expect, it } from 'vitest';
import { filterOutputLinks } from './filter-output-links.js';

const allowlist = ['example.com'];

describe('filterOutputLinks (specs/security.md INJ-6)', () => {
  it('INJ-6: an off-allowlist Markdown link is stripped to its text and flags review', () => {
    const result = filterOutputLinks('See [our deck](https://evil.example.net/x?d=secret) today.', allowlist);
    expect(result.text).toBe('See our deck today.');
    expect(result.removed).toEqual([{ kind: 'link', host: 'evil.example.net' }]);
    expect(result.needsReview).toBe(true);
  });

  it('INJ-6: allowlisted domains and their subdomains pass untouched', () => {
    const text = 'Book at https://cal.example.com/ada. Or [here](https://example.com/book).';
    expect(filterOutputLinks(text, allowlist)).toEqual({ text, removed: [], needsReview: false });
  });

  it('INJ-6: images to other hosts, HTML anchors, bare URLs and javascript: links are removed', () => {
    const text =
      '![pixel](https://tracker.example.net/p.png?u=1) <img src="https://tracker.example.org/a.gif"> ' +
      '<a href="https://evil.example.org">click</a> visit www.evil.example.org/path, ' +
      '[x](javascript:alert(1) "t") [ok](https://www.example.com)';
    const result = filterOutputLinks(text, allowlist);
    expect(result.text).not.toMatch(/tracker|evil|javascript/);
    expect(result.text).toContain('[image removed: pixel]');
    expect(result.text).toContain('click');
    expect(result.text).toContain('[link removed],');
    expect(result.text).toContain('[ok](https://www.example.com)');
    expect(result.removed.map((entry) => entry.kind)).toEqual(['image', 'image', 'link', 'link', 'link']);
  });

  it('INJ-6: a 100 KB adversarial input is filtered in linear time', () => {
    const adversarial = '[' + 'a'.repeat(50_000) + '](' + 'h'.repeat(50_000);
    const started = performance.now();
    filterOutputLinks(adversarial + ' <a ' + 'x'.repeat(50_000), allowlist);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
