import { describe, expect, it } from 'vitest';
import { craftConfigSchema, craftPlaceholders, findPlaceholderValues } from './craft-schema.js';

const filled = {
  sender: {
    name: 'Dana Sender',
    title: 'Chief AI Officer',
    company: 'Example Advisory',
    email: 'dana@example.com',
    postalAddress: '500 Example Avenue, Suite 2, Springfield, ZZ 00001, USA',
  },
  bookingLink: 'https://book.example.com/dana',
  unsubscribe: { baseUrl: 'https://mail.example.com' },
};

describe('craftConfigSchema', () => {
  it('EM-1: defaults are obvious placeholders and every one is reported', () => {
    const config = craftConfigSchema.parse({});
    expect(config.sender.postalAddress).toBe(craftPlaceholders.postalAddress);
    expect(config.sender.email).toBe('you@example.com');
    expect(config.guard).toEqual({
      mode: 'hard',
      maxRejections: 3,
      rejectionMemoryDays: 30,
      genericPhraseShare: 0.4,
      minEvidence: 2,
    });
    expect(config.unsubscribe.baseUrl).toBe('http://127.0.0.1:8080');
    expect(findPlaceholderValues(config)).toEqual([
      'sender.name',
      'sender.title',
      'sender.company',
      'sender.email',
      'sender.postalAddress',
      'bookingLink',
      'unsubscribe.baseUrl',
    ]);
  });

  it('EM-1: a filled-in config has no placeholders left', () => {
    expect(findPlaceholderValues(craftConfigSchema.parse(filled))).toEqual([]);
  });

  it('INJ-8: sender fields that end up in headers must be one line', () => {
    const result = craftConfigSchema.safeParse({
      ...filled,
      sender: { ...filled.sender, name: 'Dana\r\nBcc: x@example.org' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('one line');
  });

  it('rejects an unknown guard mode and a non-http booking link', () => {
    expect(craftConfigSchema.safeParse({ ...filled, guard: { mode: 'strict' } }).success).toBe(false);
    expect(craftConfigSchema.safeParse({ ...filled, bookingLink: 'javascript:alert(1)' }).success).toBe(false);
  });
});
