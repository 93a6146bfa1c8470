import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { obfuscatedAttacks } from './__fixtures__/obfuscated-attacks.js';
import { screenUntrustedText } from './screen-untrusted-text.js';

interface LabelledLine {
  text: string;
  label: 'attack' | 'benign' | 'data_subject_request';
  category?: string;
}

function readCorpus(fileName: string): LabelledLine[] {
  return readFileSync(new URL(`./__fixtures__/${fileName}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledLine);
}

const corpus = readCorpus('injection-labelled.jsonl');
/** Written after the rules were first tuned; first pass scored recall 0.667, FP 0.000 (see README.md). */
const holdout = readCorpus('injection-holdout.jsonl');

/** SPEC §12: a detection is `block` or `sanitize`; `warn` does not count. */
function isDetected(text: string): boolean {
  const { verdict } = screenUntrustedText(text);
  return verdict === 'block' || verdict === 'sanitize';
}

function rate(lines: readonly { text: string }[], predicate: (text: string) => boolean): number {
  return lines.filter((line) => predicate(line.text)).length / lines.length;
}

describe('screenUntrustedText on the labelled corpus (__fixtures__/injection-labelled.jsonl)', () => {
  const attacks = corpus.filter((line) => line.label === 'attack');
  const exfiltration = attacks.filter((line) => line.category === 'exfiltration');
  const benign = corpus.filter((line) => line.label === 'benign');
  const requests = corpus.filter((line) => line.label === 'data_subject_request');
  const attackRecall = rate(attacks, isDetected);
  const exfiltrationRecall = rate(exfiltration, isDetected);
  const benignFalsePositiveRate = rate(benign, isDetected);
  const benignWarnRate = rate(benign, (text) => screenUntrustedText(text).verdict === 'warn');
  const obfuscatedRecall = rate(obfuscatedAttacks, isDetected);
  console.log(
    `Screening corpus: attacks ${attacks.length} recall ${attackRecall.toFixed(3)}; exfiltration ${exfiltration.length} recall ${exfiltrationRecall.toFixed(3)}; ` +
      `benign ${benign.length} FP ${benignFalsePositiveRate.toFixed(3)} (warn ${benignWarnRate.toFixed(3)}); ` +
      `obfuscated ${obfuscatedAttacks.length} recall ${obfuscatedRecall.toFixed(3)}; data requests ${requests.length}\n` +
      [
        ...attacks.filter((line) => !isDetected(line.text)).map((line) => `  missed attack: ${line.text}`),
        ...benign.filter((line) => isDetected(line.text)).map((line) => `  benign flagged: ${line.text}`),
        ...obfuscatedAttacks
          .filter((line) => !isDetected(line.text))
          .map((line) => `  missed ${line.technique}: ${line.text.slice(0, 80)}`),
      ].join('\n'),
  );

  it('INJ-1: attack recall ≥ 0.85 and every recognised attack scores ≥ 0.7', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(60);
    expect(attackRecall).toBeGreaterThanOrEqual(0.85);
    for (const line of attacks.filter((attack) => isDetected(attack.text))) {
      expect(screenUntrustedText(line.text).score).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('INJ-1: exfiltration recall ≥ 0.90', () => {
    expect(exfiltrationRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('INJ-1: benign false-positive rate ≤ 8% on hard sales replies', () => {
    expect(benign.length).toBeGreaterThanOrEqual(100);
    expect(benignFalsePositiveRate).toBeLessThanOrEqual(0.08);
  });

  it('INJ-1: obfuscated-attack recall ≥ 0.75', () => {
    expect(obfuscatedRecall).toBeGreaterThanOrEqual(0.75);
  });

  it('INJ-2: no opt-out or data-subject request is flagged', () => {
    for (const line of requests) {
      expect(screenUntrustedText(line.text).verdict, line.text).toBe('allow');
    }
  });
});

describe('screenUntrustedText on the later-written set (__fixtures__/injection-holdout.jsonl)', () => {
  const attacks = holdout.filter((line) => line.label === 'attack');
  const benign = holdout.filter((line) => line.label === 'benign');
  const attackRecall = rate(attacks, isDetected);
  const benignFalsePositiveRate = rate(benign, isDetected);
  console.log(
    `Holdout: attacks ${attacks.length} recall ${attackRecall.toFixed(3)}; benign ${benign.length} FP ${benignFalsePositiveRate.toFixed(3)}\n` +
      attacks
        .filter((line) => !isDetected(line.text))
        .map((line) => `  missed attack: ${line.text}`)
        .join('\n'),
  );

  it('INJ-1: attack recall ≥ 0.85 and benign false positives ≤ 8% on the later-written set', () => {
    expect(attackRecall).toBeGreaterThanOrEqual(0.85);
    expect(benignFalsePositiveRate).toBeLessThanOrEqual(0.08);
  });
});
