import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertSafeHeaderValue, isSafeHeaderValue } from './assert-safe-header-value.js';
import { containsCanary, createCanary } from './canary.js';
import { escapeCsvCell } from './escape-csv-cell.js';
import { escapeHtml } from './escape-html.js';

describe('output handling', () => {
  const canary = createCanary((length) => new Uint8Array(randomBytes(length)));

  it('INJ-7: a canary leak is caught verbatim, in base64 (any offset), base64url, hex and split by invisible characters', () => {
    expect(canary).toMatch(/^caio-canary-[0-9a-f]{32}$/);
    const bytes = Buffer.from(canary);
    expect(containsCanary(`sure: ${canary}`, canary)).toBe(true);
    expect(containsCanary(bytes.toString('base64'), canary)).toBe(true);
    expect(containsCanary(Buffer.from(`xy${canary}z`).toString('base64'), canary)).toBe(true);
    expect(containsCanary(bytes.toString('base64url'), canary)).toBe(true);
    expect(containsCanary(bytes.toString('hex').toUpperCase(), canary)).toBe(true);
    expect(containsCanary(canary.split('').join('\u200B'), canary)).toBe(true);
    expect(containsCanary('Thanks for your reply, Jane. Tuesday works.', canary)).toBe(false);
  });

  it('INJ-8: CSV cells starting with = + - @ tab or CR get a leading quote', () => {
    for (const value of ['=HYPERLINK("http://example.com")', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(escapeCsvCell(value)).toBe(`'${value}`);
    }
    expect(escapeCsvCell('Acme Corp')).toBe('Acme Corp');
    expect(escapeCsvCell('a=b')).toBe('a=b');
  });

  it('INJ-8: header values with CR or LF are refused', () => {
    for (const value of ['Hello\r\nBcc: victim@example.com', 'a\nb', 'a\rb', 'a\u2028b']) {
      expect(isSafeHeaderValue(value)).toBe(false);
      expect(() => assertSafeHeaderValue('Subject', value)).toThrow(/line break/);
    }
    expect(() => assertSafeHeaderValue('Subject', 'Quick question about Q3')).not.toThrow();
  });

  it('INJ-8: HTML-escapes untrusted text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });
});
