import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `==`/`===`/`!=`/`!==` with a signature, secret, MAC or digest identifier on either side. */
const plainComparisonPattern =
  /\b\w*(?:signature|secret|mac|digest|expected|offered)\w*\s*[!=]==?(?!>)|[!=]==?\s*\w*(?:signature|secret|mac|digest|expected|offered)\w*\b(?!\.)/i;

describe('webhooks source', () => {
  it('WH-3: no signature or secret is compared with ==, ===, != or !== (constantTimeEqual only)', () => {
    const folder = new URL('./', import.meta.url);
    const offenders = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .flatMap((name) =>
        readFileSync(new URL(name, folder), 'utf8')
          .split('\n')
          // Presence and type checks (`=== undefined`, `typeof x === 'string'`) compare no secret bytes.
          .map((line) =>
            line.replace(/[!=]==?\s*(?:undefined|null)\b/g, '').replace(/typeof\s+[\w.]+\s*[!=]==?\s*'\w+'/g, ''),
          )
          .filter((line) => plainComparisonPattern.test(line))
          .map((line) => `${name}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
