import { describe, expect, it } from 'vitest';
import { checkSlackApprovers, slackUsersMaxPages } from './check-slack-approvers.js';

describe('checkSlackApprovers (users.list cursor pagination)', () => {
  it('stops with a page-limit vendor_error when Slack keeps returning a cursor (no endless loop)', async () => {
    let calls = 0;
    const looping = () => {
      calls += 1;
      return Promise.resolve({ ok: true, members: [], response_metadata: { next_cursor: 'same' } });
    };
    await expect(checkSlackApprovers(['U0APPROVER'], looping)).rejects.toMatchObject({
      code: 'vendor_error',
      details: { pageLimit: true },
    });
    expect(calls).toBe(slackUsersMaxPages);
  });

  it('reports a malformed page as a vendor_error rather than "unknown" approvers', async () => {
    await expect(checkSlackApprovers(['U0APPROVER'], () => Promise.resolve({ ok: true }))).rejects.toMatchObject({
      code: 'vendor_error',
      details: { malformed: true },
    });
  });

  it('makes no call for an empty allowlist', async () => {
    let calls = 0;
    const result = await checkSlackApprovers([], () => {
      calls += 1;
      return Promise.resolve({ ok: true, members: [] });
    });
    expect(result).toEqual({ active: [], inactive: [], unknown: [] });
    expect(calls).toBe(0);
  });
});
