import { faker, fakerDE, fakerEN_GB, fakerFR } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { detectPii } from './detect-pii.js';
import { screenUntrustedText } from './screen-untrusted-text.js';
import type { PiiType } from './pii-type.js';

/*
 * An evaluation the detector was not written against: values from @faker-js/faker (seeded, so
 * reproducible) in several locales and formats, placed in a few sentence templates. Faker phone
 * numbers use fictional ranges, so this also checks "shape, not allocation" (PII-1).
 */
const samplesPerGenerator = 40;
const templates: readonly ((value: string) => string)[] = [
  (value) => `Contact: ${value}`,
  (value) => `Hi, here it is ${value}, thanks!`,
  (value) => value,
  (value) => `Details (${value}) attached.`,
];

const generators: readonly [PiiType, () => string][] = [
  // Reserved domains only (test-data rule), in Faker's own local-part styles.
  ['EMAIL', () => faker.internet.email({ provider: 'corp.example.com' })],
  ['EMAIL', () => fakerDE.internet.email({ provider: 'beispiel.test' })],
  ['EMAIL', () => faker.internet.exampleEmail()],
  ['PHONE', () => faker.phone.number()],
  ['PHONE', () => faker.phone.number({ style: 'national' })],
  ['PHONE', () => faker.phone.number({ style: 'international' })],
  ['PHONE', () => fakerEN_GB.phone.number()],
  ['PHONE', () => fakerEN_GB.phone.number({ style: 'international' })],
  ['PHONE', () => fakerDE.phone.number({ style: 'international' })],
  ['PHONE', () => fakerFR.phone.number({ style: 'international' })],
  ['CREDIT_CARD', () => faker.finance.creditCardNumber()],
  ['CREDIT_CARD', () => faker.finance.creditCardNumber('visa')],
  ['CREDIT_CARD', () => faker.finance.creditCardNumber('amex')],
  ['CREDIT_CARD', () => faker.finance.creditCardNumber('mastercard')],
  ['IBAN', () => faker.finance.iban()],
  ['IBAN', () => faker.finance.iban({ formatted: true })],
  ['IP_ADDRESS', () => faker.internet.ipv4()],
  ['IP_ADDRESS', () => faker.internet.ipv6()],
];

const benignGenerators: readonly (() => string)[] = [
  () => `We upgraded to ${faker.system.semver()} today.`,
  () => `Meeting on ${faker.date.anytime().toISOString()}.`,
  () => `Ship to ${faker.location.streetAddress()}, ${faker.location.city()} ${faker.location.zipCode()}`,
  () => `Total ${faker.finance.amount({ min: 1000, max: 9999999 })} ${faker.finance.currencyCode()}`,
  () => `Commit ${faker.git.commitSha()} fixed request ${faker.string.uuid()}.`,
  () => `Order ${faker.string.numeric(10)} shipped.`,
  () => faker.lorem.paragraph(),
  () => `${faker.company.catchPhrase()}: ${faker.hacker.phrase()}`,
  () => `Located at ${faker.location.latitude()}, ${faker.location.longitude()}; ISBN ${faker.commerce.isbn()}`,
  () => `${faker.commerce.productName()} costs ${faker.commerce.price()}`,
];

describe('detectPii on seeded Faker values', () => {
  it('PII-1: recall per type on generated values (fictional phone ranges included)', () => {
    for (const generator of [faker, fakerDE, fakerEN_GB, fakerFR]) generator.seed(42);
    const hitsByType = new Map<PiiType, { found: number; total: number }>();
    generators.forEach(([type, generate]) => {
      for (let index = 0; index < samplesPerGenerator; index += 1) {
        const value = generate();
        const text = templates[index % templates.length]?.(value) ?? value;
        const found = detectPii(text).some((match) => match.type === type && match.value === value);
        const counts = hitsByType.get(type) ?? { found: 0, total: 0 };
        hitsByType.set(type, { found: counts.found + (found ? 1 : 0), total: counts.total + 1 });
      }
    });
    const recalls = [...hitsByType].map(([type, { found, total }]) => [type, found / total] as const);
    console.log(`Faker recall: ${recalls.map(([type, recall]) => `${type} ${recall.toFixed(3)}`).join(', ')}`);
    for (const [type, recall] of recalls) expect(recall, type).toBeGreaterThanOrEqual(0.95);
  });

  it('PII-1 / INJ-1: generated benign business text has no PII findings and no screening flags', () => {
    faker.seed(7);
    const lines = benignGenerators.flatMap((generate) => Array.from({ length: 30 }, generate));
    const withPii = lines.filter((line) => detectPii(line).length > 0);
    const flagged = lines.filter((line) => screenUntrustedText(line).verdict !== 'allow');
    console.log(
      `Faker benign: ${lines.length} lines, ${withPii.length} with PII findings, ${flagged.length} not allowed`,
    );
    expect(withPii.length / lines.length).toBeLessThanOrEqual(0.01);
    expect(flagged).toEqual([]);
  });
});
