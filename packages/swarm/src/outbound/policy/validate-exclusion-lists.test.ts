import { describe, expect, it } from 'vitest';
import { sendRequest } from './__fixtures__/send-request-fixture.js';
import { validateExclusionLists } from './validate-exclusion-lists.js';

const validator = validateExclusionLists({
  customerDomains: ['customer.example.com'],
  competitorDomains: ['https://www.rival.example.org/'],
  emails: ['Blocked@Example.net'],
});

describe('validateExclusionLists', () => {
  it('SPEC 3.7: a domain entry matches the apex and every subdomain', async () => {
    expect((await validator(sendRequest({ email: 'a@customer.example.com' })))?.reasonCode).toBe('excluded_domain');
    expect((await validator(sendRequest({ email: 'a@eu.mail.customer.example.com' })))?.reasonCode).toBe(
      'excluded_domain',
    );
    expect((await validator(sendRequest({ email: 'a@rival.example.org' })))?.reasonCode).toBe('excluded_domain');
  });

  it('SPEC 3.7: look-alike domains are not excluded', async () => {
    expect(await validator(sendRequest({ email: 'a@notcustomer.example.com' }))).toBeNull();
    expect(await validator(sendRequest({ email: 'a@rival.example.org.evil.test' }))).toBeNull();
  });

  it('SPEC 3.7: individual addresses are excluded case-insensitively', async () => {
    expect((await validator(sendRequest({ email: 'blocked@example.net' })))?.reasonCode).toBe('excluded_email');
    expect(await validator(sendRequest({ email: 'other@example.net' }))).toBeNull();
  });
});
