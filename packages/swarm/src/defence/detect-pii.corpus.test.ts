import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.js';
import type { PiiType } from './pii-type.js';

interface LabelledLine {
  text: string;
  entities: { type: PiiType; value: string }[];
}

const corpus: LabelledLine[] = readFileSync(new URL('./__fixtures__/pii-labelled.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledLine);

const types: PiiType[] = ['EMAIL', 'PHONE', 'US_SSN', 'CREDIT_CARD', 'IBAN', 'API_KEY', 'PASSWORD', 'IP_ADDRESS'];
const recallTargets: Record<PiiType, number> = {
  CREDIT_CARD: 1,
  IBAN: 1,
  US_SSN: 1,
  EMAIL: 0.95,
  IP_ADDRESS: 0.95,
  PHONE: 0.9,
  API_KEY: 0.9,
  PASSWORD: 0.85,
};

function measure() {
  const counts = new Map(types.map((type) => [type, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  const mistakes: string[] = [];
  let cleanLines = 0;
  let cleanLinesWithFindings = 0;
  for (const line of corpus) {
    const predicted = detectPii(line.text);
    const unmatched = [...line.entities];
    for (const finding of predicted) {
      const index = unmatched.findIndex(
        (expected) => expected.type === finding.type && expected.value === finding.value,
      );
      const count = counts.get(finding.type);
      if (count === undefined) continue;
      if (index >= 0) {
        count.truePositives += 1;
        unmatched.splice(index, 1);
      } else {
        count.falsePositives += 1;
        mistakes.push(`FP ${finding.type} "${finding.value}" in: ${line.text}`);
      }
    }
    for (const missed of unmatched) {
      const count = counts.get(missed.type);
      if (count !== undefined) count.falseNegatives += 1;
      mistakes.push(`FN ${missed.type} "${missed.value}" in: ${line.text}`);
    }
    if (line.entities.length === 0) {
      cleanLines += 1;
      if (predicted.length > 0) cleanLinesWithFindings += 1;
    }
  }
  const perType = types.map((type) => {
    const { truePositives, falsePositives, falseNegatives } = counts.get(type) ?? {
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
    };
    return {
      type,
      precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
      recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
      support: truePositives + falseNegatives,
    };
  });
  return { perType, cleanFalsePositiveRate: cleanLinesWithFindings / cleanLines, cleanLines, mistakes };
}

describe('detectPii on the labelled corpus (__fixtures__/pii-labelled.jsonl)', () => {
  const result = measure();
  // Printed so the numbers can be reported; the assertions below are the gate.
  console.log(
    `PII corpus: ${corpus.length} lines, ${result.cleanLines} clean; clean-line FP rate ${result.cleanFalsePositiveRate.toFixed(3)}\n` +
      result.perType
        .map(
          (row) =>
            `  ${row.type.padEnd(11)} n=${row.support} precision=${row.precision.toFixed(3)} recall=${row.recall.toFixed(3)}`,
        )
        .join('\n') +
      (result.mistakes.length > 0 ? `\n  mistakes:\n    ${result.mistakes.join('\n    ')}` : ''),
  );

  it.each(types)('PII-1: %s meets its recall target and precision ≥ 0.95', (type) => {
    const row = result.perType.find((candidate) => candidate.type === type);
    expect(row?.support).toBeGreaterThanOrEqual(15);
    expect(row?.recall).toBeGreaterThanOrEqual(recallTargets[type]);
    expect(row?.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('PII-1: clean-line false positives ≤ 5%', () => {
    expect(result.cleanLines).toBeGreaterThanOrEqual(100);
    expect(result.cleanFalsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});
