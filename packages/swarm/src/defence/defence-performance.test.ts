import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.js';
import { redactPii } from './redact-pii.js';
import { screenUntrustedText } from './screen-untrusted-text.js';

const size = 100 * 1024;

function repeatTo(unit: string, length = size): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Inputs aimed at each pattern's worst case: long runs with no terminator, near-misses, nesting. */
const adversarialInputs: Record<string, string> = {
  'letters, no spaces': repeatTo('a'),
  'email near-miss': repeatTo('a.'),
  'email local parts': repeatTo('a@'),
  'email labels': `a@${repeatTo('b.')}`,
  'digit groups': repeatTo('1 '),
  'dashed digits': repeatTo('1-'),
  'phone prefixes': repeatTo('+1 ('),
  'card-like groups': repeatTo('4111 '),
  'iban-like tokens': repeatTo('GB82 '),
  'colons (ipv6)': repeatTo('a:'),
  'dotted digits (ipv4)': repeatTo('1.'),
  'password keys': repeatTo('password: '),
  'api key keywords': repeatTo('token '),
  'attack verbs': repeatTo('ignore all '),
  'send verbs': repeatTo('send x '),
  'base64 run': repeatTo('QUJD'),
  'markdown images': repeatTo('![a](//'),
  'zero-width between letters': repeatTo('a\u200B'),
  'tag characters': repeatTo(String.fromCodePoint(0xe0061)),
  'mixed scripts': repeatTo('aа'),
  'spaced letters': repeatTo('a '),
  'punctuation soup': repeatTo('<{[(\'";:|&$`=+-@#%)]}>'),
};

function timeMs(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

describe('defence performance', () => {
  it('PII-4: every 100 KB adversarial input finishes quickly (linear-time patterns, no catastrophic backtracking)', () => {
    const timings: string[] = [];
    let slowest = 0;
    for (const [name, input] of Object.entries(adversarialInputs)) {
      const piiMs = timeMs(() => detectPii(input));
      const screenMs = timeMs(() => screenUntrustedText(input));
      slowest = Math.max(slowest, piiMs, screenMs);
      timings.push(`${name}: detectPii ${piiMs.toFixed(1)} ms, screen ${screenMs.toFixed(1)} ms`);
    }
    console.log(`100 KB adversarial inputs (slowest ${slowest.toFixed(1)} ms):\n  ${timings.join('\n  ')}`);
    // Generous bound for shared CI machines; the measured value is reported above (target ≤ 200 ms).
    expect(slowest).toBeLessThan(2000);
  });

  it('PII-4: seeded random fuzz over a hostile alphabet never throws and keeps findings consistent', () => {
    const alphabet = [
      'a',
      'Z',
      '0',
      '9',
      ' ',
      '.',
      '-',
      '@',
      ':',
      '/',
      '+',
      '(',
      ')',
      '=',
      '"',
      '\n',
      '\u200B',
      'а',
      '#',
      '_',
      'sk-',
      'ignore ',
      'password: ',
      'GB82 ',
      '4111 ',
    ];
    let state = 0x2545f491;
    const nextIndex = () => {
      // xorshift32: deterministic, so a failure reproduces.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % alphabet.length;
    };
    let slowest = 0;
    for (let round = 0; round < 20; round += 1) {
      let input = '';
      while (input.length < 20 * 1024) input += alphabet[nextIndex()];
      slowest = Math.max(
        slowest,
        timeMs(() => {
          for (const match of detectPii(input)) expect(input.slice(match.start, match.end)).toBe(match.value);
          expect(['block', 'sanitize', 'warn', 'allow']).toContain(screenUntrustedText(input).verdict);
        }),
      );
    }
    console.log(`random fuzz: 20 × 20 KB, slowest ${slowest.toFixed(1)} ms`);
    expect(slowest).toBeLessThan(2000);
  });

  it('PII-4: p95 for a realistic 10 KB input', () => {
    const paragraph =
      'Hi team, thanks for the call. Reach Jane at jane.doe@example.com or (555) 010-4477 ext. 12. We run v2.14.3 on ' +
      '10.0.0.1; order #555-123-4567 ships 2024-05-17. Please ignore my previous email about the invoice. ';
    const input = repeatTo(paragraph, 10 * 1024);
    const piiSamples: number[] = [];
    const screenSamples: number[] = [];
    for (let run = 0; run < 60; run += 1) {
      piiSamples.push(timeMs(() => redactPii(input)));
      screenSamples.push(timeMs(() => screenUntrustedText(input)));
    }
    const p95 = (samples: number[]) =>
      [...samples].sort((left, right) => left - right)[Math.floor(samples.length * 0.95)] ?? 0;
    console.log(
      `10 KB p95: redactPii ${p95(piiSamples).toFixed(2)} ms, screenUntrustedText ${p95(screenSamples).toFixed(2)} ms`,
    );
    expect(p95(piiSamples)).toBeLessThan(200);
    expect(p95(screenSamples)).toBeLessThan(200);
  });
});
