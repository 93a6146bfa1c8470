import { describe, expect, it } from 'vitest';
import { canonicalEmail, emailSyntaxProblem } from './email-address.js';

describe('canonicalEmail', () => {
  it('SPEC 3.1: lower-cases and trims, keeping the plus-tag', () => {
    expect(canonicalEmail('  Jane.Doe+Leads@Example.COM \t')).toBe('jane.doe+leads@example.com');
  });
});

describe('emailSyntaxProblem', () => {
  it.each([
    'jane@example.com',
    'jane.doe+tag@sub.example.org',
    "o'brien@example.net",
    'a_b-c@acme.test',
    'zoë@example.com',
    'x@xn--bcher-kva.example',
  ])('SPEC 3.1: accepts %s (reserved .test and example domains are valid syntax)', (email) => {
    expect(emailSyntaxProblem(email)).toBeNull();
  });

  it.each([
    ['missing-at-sign.example.test', 'no "@"'],
    ['double@@example.test', 'more than one "@"'],
    ['trailing.dot.@example.test', 'ends with a dot'],
    ['.leading@example.test', 'starts or ends with a dot'],
    ['two..dots@example.test', 'two dots in a row'],
    ['has space@example.test', 'contains a space'],
    ['@example.test', 'nothing before'],
    ['jane@', 'nothing after'],
    ['jane@example.test.', 'domain ends with a dot'],
    ['jane@localhost', 'no dot'],
    ['jane@example..test', 'two dots in a row'],
    ['jane@-bad.test', 'not allowed'],
    ['jane@example.123', 'top-level domain'],
    ['ja(ne)@example.test', 'not allowed'],
    [`${'a'.repeat(65)}@example.test`, 'longer than 64'],
  ])('SPEC 3.1: rejects %s (%s)', (email, problem) => {
    expect(emailSyntaxProblem(email)).toContain(problem);
  });
});
