import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../ports/contact-history.js';
import { sendRequest } from './__fixtures__/send-request-fixture.js';
import { validateDedup } from './validate-dedup.js';

function historyOf(records: Record<string, ContactRecord[]>) {
  return { contactsOf: async (emailKey: string) => records[emailKey] ?? [] };
}

const viaInstantly: ContactRecord = {
  channel: 'email',
  platform: 'instantly',
  at: new Date('2026-02-01T10:00:00Z'),
  idempotencyKey: 'instantly:lead-1',
};

describe('validateDedup', () => {
  it('SPEC 3.7: a lead contacted on one platform is not first-touched on another', async () => {
    const validator = validateDedup(historyOf({ 'ana@example.com': [viaInstantly] }));
    expect((await validator(sendRequest({}, { platform: 'smtp' })))?.reasonCode).toBe('already_contacted');
  });

  it('SPEC 3.7: a lead contacted by email is not first-touched on LinkedIn; the key is the canonical email', async () => {
    const validator = validateDedup(historyOf({ 'ana@example.com': [viaInstantly] }));
    const request = sendRequest({ email: 'ANA@example.com', emailKey: null }, { channel: 'linkedin' });
    expect((await validator(request))?.reasonCode).toBe('already_contacted');
  });

  it('SPEC 3.7: follow-ups, retries of the same send and new people pass', async () => {
    const validator = validateDedup(historyOf({ 'ana@example.com': [viaInstantly] }));
    expect(await validator(sendRequest({}, { draft: { sequenceStep: 3 } }))).toBeNull();
    expect(await validator(sendRequest({}, { idempotencyKey: 'instantly:lead-1' }))).toBeNull();
    expect(await validator(sendRequest({ email: 'bo@example.com' }))).toBeNull();
  });
});
