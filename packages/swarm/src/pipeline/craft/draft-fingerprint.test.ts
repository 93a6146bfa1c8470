import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { draftFingerprint, normaliseDraftText } from './draft-fingerprint.js';

const body =
  'Hi Grace,\n\nCircuitHub is hiring.\n\nBest,\nDana\n-- \nExample Advisory, 500 Example Avenue\nunsubscribe here: https://mail.example.com/u/AAA\n';

describe('draftFingerprint', () => {
  it('SPEC 3.4: is the SHA-256 hex of subject + body-without-footer, lower-cased, whitespace collapsed', () => {
    const normalised = 'before the next hire hi grace, circuithub is hiring. best, dana';
    expect(normaliseDraftText('Before the next hire', body)).toBe(normalised);
    expect(draftFingerprint('Before the next hire', body)).toBe(createHash('sha256').update(normalised).digest('hex'));
  });

  it('SPEC 3.4: is stable under case and whitespace changes', () => {
    const reference = draftFingerprint('Before the next hire', body);
    expect(draftFingerprint('  BEFORE the   next hire ', body.replace(/\n\n/g, '\n \t\n').toUpperCase())).toBe(
      reference,
    );
  });

  it('SPEC 3.4: ignores the per-send footer (its unsubscribe token changes) but not the content', () => {
    const reference = draftFingerprint('Before the next hire', body);
    expect(draftFingerprint('Before the next hire', body.replace('/u/AAA', '/u/BBB'))).toBe(reference);
    expect(draftFingerprint('Before the next hire', body.replace('hiring', 'growing'))).not.toBe(reference);
    expect(draftFingerprint('After the next hire', body)).not.toBe(reference);
  });
});
