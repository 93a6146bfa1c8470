import { describe, expect, it } from 'vitest';
import { sendRequest } from './__fixtures__/send-request-fixture.js';
import { validateSuppression } from './validate-suppression.js';

function suppressionOf(...emailKeys: string[]) {
  const list = new Set(emailKeys);
  const asked: string[][] = [];
  return {
    asked,
    async suppressedAmong(keys: readonly string[]) {
      asked.push([...keys]);
      return new Set(keys.filter((key) => list.has(key)));
    },
  };
}

describe('validateSuppression', () => {
  it('EM-4: a suppressed address (unsubscribed, bounced or complained) is refused on every channel', async () => {
    const validator = validateSuppression(suppressionOf('ana@example.com'));
    expect((await validator(sendRequest()))?.reasonCode).toBe('suppressed');
    expect((await validator(sendRequest({}, { channel: 'linkedin' })))?.reasonCode).toBe('suppressed');
  });

  it('EM-4: looks the address up canonically (trimmed, lower-case) at send time', async () => {
    const suppression = suppressionOf('ana@example.com');
    const request = sendRequest({ email: ' Ana@Example.COM', emailKey: null });
    expect((await validateSuppression(suppression)(request))?.reasonCode).toBe('suppressed');
    expect(suppression.asked).toEqual([['ana@example.com']]);
  });

  it('SPEC 3.7: other addresses pass; a lead without an address is refused (no_recipient)', async () => {
    const validator = validateSuppression(suppressionOf('ana@example.com'));
    expect(await validator(sendRequest({ email: 'bo@example.org' }))).toBeNull();
    expect((await validator(sendRequest({ email: null, emailKey: null })))?.reasonCode).toBe('no_recipient');
  });
});
