import { describe, expect, it } from 'vitest';
import { buildReplyHeaders, foldReferences } from './build-reply-headers.js';

describe('buildReplyHeaders (§3.3 maintain_thread)', () => {
  const parent = {
    messageId: '<step2@seller.example.net>',
    wireMessageId: '<0100-ses-2@eu-west-1.amazonses.com>',
    from: 'sam@seller.example.net',
    to: 'pat@prospect.example.com',
    subject: 'Re: RE: Quick question',
    date: '2026-03-05T09:00:00Z',
    sequenceStep: 2,
    references: ['<step1@seller.example.net>'],
  };

  it('§3.3: In-Reply-To is the wire id; References carry our canonical id too; no stacked Re:', () => {
    expect(buildReplyHeaders(parent)).toEqual({
      inReplyTo: '<0100-ses-2@eu-west-1.amazonses.com>',
      references: ['<step1@seller.example.net>', '<step2@seller.example.net>', '<0100-ses-2@eu-west-1.amazonses.com>'],
      subject: 'Re: Quick question',
    });
  });

  it('§3.3: long chains keep the first id and the last 10, folded under the line limit', () => {
    const long = {
      ...parent,
      wireMessageId: undefined,
      references: Array.from({ length: 30 }, (_, index) => `<m${index}@seller.example.net>`),
    };
    const headers = buildReplyHeaders(long);
    expect(headers.references).toHaveLength(11);
    expect(headers.references[0]).toBe('<m0@seller.example.net>');
    expect(headers.references.at(-1)).toBe('<step2@seller.example.net>');
    expect(headers.inReplyTo).toBe('<step2@seller.example.net>');
    for (const line of foldReferences(headers.references).split('\r\n')) expect(line.length).toBeLessThan(998);
  });
});
