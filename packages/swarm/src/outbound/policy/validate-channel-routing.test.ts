import { describe, expect, it } from 'vitest';
import { sendRequest } from './__fixtures__/send-request-fixture.js';
import { validateChannelRouting } from './validate-channel-routing.js';

const validator = validateChannelRouting();

describe('validateChannelRouting', () => {
  it('SPEC 3.7: tier_1 and tier_2 use email and LinkedIn', async () => {
    for (const tier of ['tier_1', 'tier_2'] as const) {
      expect(await validator(sendRequest({ tier }, { channel: 'email' }))).toBeNull();
      expect(await validator(sendRequest({ tier }, { channel: 'linkedin' }))).toBeNull();
    }
  });

  it('SPEC 3.7: tier_3 is email only', async () => {
    expect(await validator(sendRequest({ tier: 'tier_3' }))).toBeNull();
    expect((await validator(sendRequest({ tier: 'tier_3' }, { channel: 'linkedin' })))?.reasonCode).toBe(
      'channel_not_allowed',
    );
  });

  it('SPEC 3.7: untiered leads are not sent on any channel', async () => {
    expect((await validator(sendRequest({ tier: null })))?.reasonCode).toBe('channel_not_allowed');
  });
});
