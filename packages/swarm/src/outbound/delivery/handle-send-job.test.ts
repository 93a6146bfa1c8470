import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NeverRetryJob, RetryJobAfter, TransientJobFailure } from '../../domain/job-signals.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { createSendWorkerFixture, type SendWorkerFixture } from '../../test-support/send-worker-fixture.js';
import { handleSendJob } from './handle-send-job.js';
import { sendIdempotencyKey } from './resolve-send-target.js';

let database: TestDatabase;
let fixture: SendWorkerFixture;
let jobCounter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => {
  await database.freshSchema();
  fixture = createSendWorkerFixture(database);
});

const ledgerCount = () => fixture.ledgerCountSince(new Date(0));
const job = (payload: object) => ({ id: `job-${(jobCounter += 1)}`, name: 'send-email', payload, retryCount: 0 });

async function outboxOf(leadId: string) {
  const [message] = await fixture.desk.store.outbox.list({ leadId, limit: 5 });
  return message ? fixture.dependencies.delivery.load(message.id) : null;
}

describe('handleSendJob', () => {
  it('issue 4: an approved draft is delivered once from the reserved mailbox with our Message-ID, and the lead moves to sent', async () => {
    const [payload] = await fixture.approved(1);
    const result = await handleSendJob(job(payload!), fixture.dependencies);
    expect(result.status).toBe('sent');
    expect(fixture.transport.delivered).toHaveLength(1);
    const [message] = fixture.transport.delivered;
    expect(message?.from).toBe('ana@cold.example.com');
    expect(message?.raw).toContain(`Message-ID: ${message?.messageId}`);
    expect(message?.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    const approval = await fixture.desk.store.approvals.findById(payload!.approvalId);
    const record = await outboxOf(approval!.leadId);
    expect(record?.message.status).toBe('sent');
    expect(record?.message.wireMessageId).toBe('wire-1');
    expect(record?.lead.status).toBe('sent');
    // SPEC 3.7: the zone the send window used is stored with its source.
    expect(record?.recipientLocale).toEqual({
      timeZone: 'America/New_York',
      countryCode: null,
      regionCode: null,
      source: 'config:fallbackTimeZone',
    });
  });

  it('EM-7: the same approval executed twice — and four times concurrently — delivers once', async () => {
    const [payload] = await fixture.approved(1);
    await handleSendJob(job(payload!), fixture.dependencies);
    const again = await handleSendJob(job(payload!), fixture.dependencies);
    expect(again).toEqual({ status: 'already_settled', outboxStatus: 'sent' });
    const [second] = await fixture.approved(1);
    fixture.desk.clock.advance(31_000); // past the SPEC 3.7 mailbox spacing
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => handleSendJob(job(second!), fixture.dependencies)));
    expect(results.filter((settled) => settled.status === 'fulfilled' && settled.value.status === 'sent')).toHaveLength(
      1,
    );
    expect(fixture.transport.calls).toBe(2);
  });

  it('SPEC 3.6: a withdrawn approval or content edited after approval sends nothing', async () => {
    const [payload] = await fixture.approved(1);
    const tampered = await handleSendJob(job({ ...payload!, contentHash: 'f'.repeat(64) }), fixture.dependencies);
    expect(tampered).toMatchObject({ status: 'skipped', reasonCode: 'content_changed' });
    const unknown = await handleSendJob(job({ ...payload!, approvalId: crypto.randomUUID() }), fixture.dependencies);
    expect(unknown).toMatchObject({ status: 'skipped', reasonCode: 'approval_withdrawn' });
    expect(fixture.transport.calls).toBe(0);
  });

  it('RES-5: with EMERGENCY_STOP on no vendor call happens and the work stays queued; after resume it sends', async () => {
    const [payload] = await fixture.approved(1);
    fixture.switches.on.add('EMERGENCY_STOP');
    await expect(handleSendJob(job(payload!), fixture.dependencies)).rejects.toBeInstanceOf(RetryJobAfter);
    expect(fixture.transport.calls).toBe(0);
    const approval = await fixture.desk.store.approvals.findById(payload!.approvalId);
    const record = await outboxOf(approval!.leadId);
    expect(record?.message.status).toBe('queued');
    expect(record?.reasonCode).toBe('emergency_stop');
    fixture.switches.on.delete('EMERGENCY_STOP');
    fixture.desk.clock.advance(61_000);
    expect((await handleSendJob(job(payload!), fixture.dependencies)).status).toBe('sent');
  });

  it('EM-4: a suppressed recipient is refused for good and consumes no quota', async () => {
    const [payload] = await fixture.approved(1);
    const approval = await fixture.desk.store.approvals.findById(payload!.approvalId);
    const lead = await fixture.desk.store.leads.findById(approval!.leadId);
    await fixture.desk.store.suppression.add({ emailKey: lead!.emailKey!, reason: 'unsubscribed', source: 'test' });
    await expect(handleSendJob(job(payload!), fixture.dependencies)).rejects.toBeInstanceOf(NeverRetryJob);
    expect(fixture.transport.calls).toBe(0);
    expect((await outboxOf(lead!.id))?.message.status).toBe('refused');
    expect(await ledgerCount()).toBe(0);
  });

  it('issue 4: a timeout after the message left is reconciled with the vendor and never sent twice', async () => {
    const [payload] = await fixture.approved(1);
    fixture.transport.failNext('timeout-after-send');
    await expect(handleSendJob(job(payload!), fixture.dependencies)).rejects.toBeInstanceOf(TransientJobFailure);
    const approval = await fixture.desk.store.approvals.findById(payload!.approvalId);
    expect((await outboxOf(approval!.leadId))?.message.status).toBe('sending');
    // Within the claim lease another worker may still be in the vendor call: no reconcile, no send yet.
    await expect(handleSendJob(job(payload!), fixture.dependencies)).rejects.toBeInstanceOf(RetryJobAfter);
    fixture.desk.clock.advance(600_000);
    const retried = await handleSendJob(job(payload!), fixture.dependencies);
    expect(retried).toEqual({ status: 'already_settled', outboxStatus: 'sent' });
    expect(fixture.transport.calls).toBe(1);
  });

  it('issue 4: a timeout before anything left is reconciled as not delivered and sent on the retry', async () => {
    const [payload] = await fixture.approved(1);
    fixture.transport.failNext('timeout-before-send');
    await expect(handleSendJob(job(payload!), fixture.dependencies)).rejects.toBeInstanceOf(TransientJobFailure);
    fixture.desk.clock.advance(600_000); // past the claim lease: the vendor is asked
    expect((await handleSendJob(job(payload!), fixture.dependencies)).status).toBe('sent');
    expect(fixture.transport.delivered).toHaveLength(1);
  });

  it('issue 4: when the vendor cannot say whether it left, the row becomes uncertain, is never resent, and an alert is raised', async () => {
    const [payload] = await fixture.approved(1);
    fixture.transport.reconcileAnswer = 'unknown';
    fixture.transport.failNext('timeout-before-send');
    await expect(handleSendJob(job(payload!), fixture.dependencies)).rejects.toBeInstanceOf(TransientJobFailure);
    fixture.desk.clock.advance(600_000); // past the claim lease: the vendor is asked
    expect(await handleSendJob(job(payload!), fixture.dependencies)).toEqual({
      status: 'already_settled',
      outboxStatus: 'uncertain',
    });
    expect(await handleSendJob(job(payload!), fixture.dependencies)).toEqual({
      status: 'already_settled',
      outboxStatus: 'uncertain',
    });
    expect(fixture.transport.calls).toBe(1);
    expect(fixture.alerts.join('\n')).toMatch(/cannot say whether/);
  });

  it('issue 4: vendor Retry-After is honoured but capped at one hour; a permanent rejection fails without retry', async () => {
    const [first, second] = await fixture.approved(2);
    fixture.transport.failNext('rate-limited');
    const deferred = await handleSendJob(job(first!), fixture.dependencies).catch((error: unknown) => error);
    expect(deferred).toBeInstanceOf(RetryJobAfter);
    expect((deferred as RetryJobAfter).delayMs).toBe(3_600_000);
    fixture.desk.clock.advance(31_000);
    fixture.transport.failNext('rejected');
    await expect(handleSendJob(job(second!), fixture.dependencies)).rejects.toBeInstanceOf(NeverRetryJob);
    const approval = await fixture.desk.store.approvals.findById(second!.approvalId);
    const record = await outboxOf(approval!.leadId);
    expect(record?.message.status).toBe('failed');
    expect(record?.reason).toMatch(/550/);
  });

  it('SPEC 3.7: outside the recipient-local send window the job is deferred to the next opening', async () => {
    const [payload] = await fixture.approved(1);
    fixture.desk.clock.advance(10 * 3_600_000); // Monday 20:00 in New York
    const deferred = await handleSendJob(job(payload!), fixture.dependencies).catch((error: unknown) => error);
    expect(deferred).toBeInstanceOf(RetryJobAfter);
    const opensAt = new Date(fixture.desk.clock.now().getTime() + (deferred as RetryJobAfter).delayMs);
    expect(opensAt.toISOString()).toBe('2026-11-24T13:00:00.000Z');
    expect(fixture.transport.calls).toBe(0);
  });

  it('issue 4: the idempotency key is per (lead, step, channel)', () => {
    expect(sendIdempotencyKey('lead-1', 2, 'email')).toBe('send:lead-1:2:email');
  });
});
