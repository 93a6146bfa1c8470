import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeSlackServer, type FakeSlackServer } from '../adapters/slack/__fixtures__/fake-slack-server.js';
import { startTestSmtpServer, type TestSmtpServer } from '../adapters/smtp/__fixtures__/start-test-smtp-server.js';
import { startFakeTwilioServer, type FakeTwilioServer } from '../adapters/twilio/__fixtures__/fake-twilio-server.js';
import { loadConfig } from '../config/load-config.js';
import { createActionGateway, createHourlyRateLimiter, parsePermissionMatrix } from '../guardrails/index.js';
import {
  postApprovalRequests,
  runApprovalEscalation,
  type ApprovalEscalationDependencies,
} from '../pipeline/approval-notifications/index.js';
import type { KillSwitchState } from '../ports/control-flags.js';
import { createApprovalExpiry } from '../store/repositories/approval-expiry-repository.js';
import { createOnceKeyStore } from '../store/repositories/once-key-repository.js';
import { createApprovalDeskFixture, type ApprovalDeskFixture } from '../test-support/approval-desk-fixture.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { approvalIntegrationsFor } from './approval-integrations.js';

const accountSid = `AC${'1'.repeat(32)}`;
const hourMs = 3_600_000;
const matrix = parsePermissionMatrix(
  parse(readFileSync(new URL('../../resources/permission-matrix.yaml', import.meta.url), 'utf8')),
  'permission-matrix.yaml',
);

describe('approval escalation round (SPEC 3.6 timeouts)', () => {
  let database: TestDatabase;
  let slackServer: FakeSlackServer;
  let twilioServer: FakeTwilioServer;
  let smtpServer: TestSmtpServer;
  let fixture: ApprovalDeskFixture;
  let switches: KillSwitchState;
  let dependencies: ApprovalEscalationDependencies;

  beforeAll(async () => {
    database = await createTestDatabase();
    slackServer = await startFakeSlackServer({ token: 'xoxb-test', channels: ['C0APPROVALS'] });
    twilioServer = await startFakeTwilioServer({
      accountSid,
      authToken: 'twilio-token',
      reachableNumbers: ['+15005550001'],
    });
    smtpServer = await startTestSmtpServer({ user: 'caio@example.com', password: 'smtp-password' });
  });
  afterAll(async () => {
    await slackServer.close();
    await twilioServer.close();
    await smtpServer.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.freshSchema();
    slackServer.requests.length = 0;
    twilioServer.requests.length = 0;
    smtpServer.received.length = 0;
    fixture = createApprovalDeskFixture(database);
    switches = {
      EMERGENCY_STOP: false,
      PAUSE_ALL_SENDS: false,
      SHADOW_MODE_OVERRIDE: false,
      REQUIRE_MANUAL_APPROVAL: false,
      sources: {},
    } as KillSwitchState;
    const folder = mkdtempSync(join(tmpdir(), 'caio-escalation-'));
    const file = join(folder, 'caio.config.yaml');
    writeFileSync(
      file,
      `slack:\n  approvalChannel: C0APPROVALS\n  dashboardUrl: https://caio.example.com\ntwilio:\n  accountSid: ${accountSid}\n  from: "+15005550006"\n  escalationTo: ["+15005550001"]\n` +
        `smtp:\n  host: 127.0.0.1\n  port: ${smtpServer.port}\n  user: caio@example.com\n` +
        `approval:\n  escalationEmails: [ops@example.org]\n  escalationFrom: caio@example.com\n`,
    );
    const config = loadConfig(file, {
      SLACK_BOT_TOKEN: 'xoxb-test',
      TWILIO_AUTH_TOKEN: 'twilio-token',
      SMTP_PASSWORD: 'smtp-password',
    });
    const integrations = approvalIntegrationsFor(config, fixture.clock, {
      slackBaseUrl: slackServer.baseUrl,
      twilioBaseUrl: twilioServer.baseUrl,
    });
    dependencies = {
      desk: fixture.desk,
      onceKeys: createOnceKeyStore(database.db),
      expiry: createApprovalExpiry(database.db),
      gateway: createActionGateway({
        matrix,
        controlFlags: { read: async () => switches, set: async () => undefined },
        mode: 'assisted',
        rateLimiter: createHourlyRateLimiter(),
        audit: fixture.store.audit,
        clock: fixture.clock,
        redact: (text) => text,
      }),
      clock: fixture.clock,
      timeouts: { defaultMs: 2 * hourMs, urgentMs: 30 * 60_000 },
      slack: { notifier: integrations.slack!, channel: 'C0APPROVALS' },
      sms: { sender: integrations.sms!, recipients: config.twilio.escalationTo },
      email: {
        sender: integrations.email!,
        from: config.approval.escalationFrom ?? config.sender.email,
        recipients: config.approval.escalationEmails,
      },
      dashboardUrl: 'https://caio.example.com',
    };
  });

  const statuses = async () =>
    (await runApprovalEscalation(dependencies)).deliveries.map(
      (delivery) => `${delivery.level}:${delivery.channel}:${delivery.status}`,
    );

  it('SPEC 3.6: level 1 at 2 h (Slack), level 2 at 4 h (+ SMS), level 3 at 6 h (+ email), each sent once', async () => {
    const { approvalIds } = await fixture.seedQueue(1);
    fixture.clock.advance(2 * hourMs - 1_000);
    expect(await statuses()).toEqual([]);
    fixture.clock.advance(1_000);
    expect(await statuses()).toEqual(['1:slack:executed']);
    expect(await statuses()).toEqual([]);
    const posted = slackServer.requests.filter((request) => request.method === 'chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatchObject({ channel: 'C0APPROVALS' });
    expect(String(posted[0]!.body.text)).toContain(`https://caio.example.com/approvals/${approvalIds[0]}`);

    fixture.clock.advance(2 * hourMs);
    expect(await statuses()).toEqual(['2:slack:executed', '2:sms:executed']);
    expect(await statuses()).toEqual([]);
    expect(twilioServer.requests.map((request) => request.form.To)).toEqual(['+15005550001']);
    expect(smtpServer.received).toEqual([]);

    fixture.clock.advance(2 * hourMs);
    expect(await statuses()).toEqual(['3:slack:executed', '3:sms:executed', '3:email:executed']);
    expect(await statuses()).toEqual([]);
    expect(slackServer.requests.filter((request) => request.method === 'chat.postMessage')).toHaveLength(3);
    expect(twilioServer.requests).toHaveLength(2);
    expect(smtpServer.received).toHaveLength(1);
    const email = smtpServer.received[0]!;
    expect(email.envelopeTo).toEqual(['ops@example.org']);
    expect(email.parsed.from?.value).toEqual([{ name: '', address: 'caio@example.com' }]);
    expect(email.parsed.subject).toBe('Approval escalation level 3: a draft is waiting for review');
    expect(email.parsed.text).toContain('Approval escalation level 3');
    expect(email.parsed.text).toContain(`https://caio.example.com/approvals/${approvalIds[0]}`);
    const audit = await fixture.store.audit.query({ agent: 'GATEKEEPER', action: 'escalate_approval', limit: 50 });
    expect(audit.items).toHaveLength(6);
    expect(new Set(audit.items.map((event) => event.target))).toEqual(new Set([`approval:${approvalIds[0]}`]));
  });

  it('SPEC 3.6: without a mail transport level-3 email is recorded in the audit log only', async () => {
    const { email: _email, ...withoutEmail } = dependencies;
    dependencies = withoutEmail;
    await fixture.seedQueue(1);
    fixture.clock.advance(6 * hourMs);
    expect(await statuses()).toEqual(['3:slack:executed', '3:sms:executed', '3:email:executed']);
    expect(smtpServer.received).toEqual([]);
    const audit = await fixture.store.audit.query({ agent: 'GATEKEEPER', action: 'escalate_approval', limit: 10 });
    expect(JSON.stringify(audit.items)).toContain('no mail transport configured');
  });

  it('SPEC 3.6: an urgent approval (due within 30 min) escalates at 30/60/90 min', async () => {
    const { approvalIds } = await fixture.seedQueue(1);
    await sql`UPDATE approvals SET due_at = created_at + interval '30 minutes' WHERE id = ${approvalIds[0]}`.execute(
      database.db,
    );
    fixture.clock.advance(30 * 60_000);
    expect(await statuses()).toEqual(['1:slack:executed']);
    fixture.clock.advance(30 * 60_000);
    expect(await statuses()).toEqual(['2:slack:executed', '2:sms:executed']);
    fixture.clock.advance(30 * 60_000);
    expect(await statuses()).toEqual(['3:slack:executed', '3:sms:executed', '3:email:executed']);
  });

  it('SPEC 3.6: after level 3 runs out the approval is recorded as expired, never as rejected', async () => {
    const { approvalIds, draftIds, leadIds } = await fixture.seedQueue(1);
    fixture.clock.advance(8 * hourMs);
    const report = await runApprovalEscalation(dependencies);
    expect(report).toEqual({ deliveries: [], expired: [approvalIds[0]] });
    expect(await fixture.store.approvals.findById(approvalIds[0]!)).toMatchObject({
      status: 'expired',
      decidedBy: 'system:approval-timeout',
    });
    expect((await fixture.store.drafts.findById(draftIds[0]!))?.status).toBe('expired');
    expect(await fixture.store.leads.findById(leadIds[0]!)).toMatchObject({
      status: 'drafted',
      lastError: 'approval expired',
    });
    expect((await fixture.store.approvals.countByStatus()).rejected).toBe(0);
    expect((await runApprovalEscalation(dependencies)).expired).toEqual([]);
    const expiries = await fixture.store.audit.query({ agent: 'GATEKEEPER', action: 'expire', limit: 10 });
    expect(expiries.items.map((event) => [event.target, event.approvalStatus])).toEqual([
      [`draft:${draftIds[0]}`, 'expired'],
    ]);
  });

  it('SPEC 3.7: EMERGENCY_STOP refuses the escalation at the gateway; it is sent once the stop is lifted', async () => {
    await fixture.seedQueue(1);
    switches = { ...switches, EMERGENCY_STOP: true };
    fixture.clock.advance(2 * hourMs);
    expect(await statuses()).toEqual(['1:slack:refused']);
    expect(slackServer.requests).toEqual([]);
    switches = { ...switches, EMERGENCY_STOP: false };
    expect(await statuses()).toEqual(['1:slack:executed']);
    expect(await statuses()).toEqual([]);
  });

  it('SPEC 3.6: each pending approval is posted to Slack once with Approve/Reject bound to its content hash', async () => {
    const { approvalIds } = await fixture.seedQueue(3);
    const poster = {
      ...dependencies,
      slack: dependencies.slack!,
      dashboardUrl: 'https://caio.example.com',
      maxPerRound: 2,
    };
    expect(await postApprovalRequests(poster)).toHaveLength(2);
    expect(await postApprovalRequests(poster)).toHaveLength(1);
    expect(await postApprovalRequests(poster)).toEqual([]);
    const posts = slackServer.requests.filter((request) => request.method === 'chat.postMessage');
    expect(posts).toHaveLength(3);
    const buttonValues = posts.flatMap(
      (post) => JSON.stringify(post.body.blocks).match(/approval_id[^,]*,[^,]*preview_hash/g) ?? [],
    );
    expect(buttonValues.length).toBeGreaterThanOrEqual(3);
    const audit = await fixture.store.audit.query({ agent: 'GATEKEEPER', action: 'notify_approval', limit: 10 });
    expect(new Set(audit.items.map((event) => event.target))).toEqual(
      new Set(approvalIds.map((id) => `approval:${id}`)),
    );
  });

  it('RES-5: with EMERGENCY_STOP on nothing is posted, and the approvals are posted once it is lifted', async () => {
    await fixture.seedQueue(1);
    const poster = { ...dependencies, slack: dependencies.slack!, dashboardUrl: 'https://caio.example.com' };
    switches = { ...switches, EMERGENCY_STOP: true };
    expect(await postApprovalRequests(poster)).toEqual([]);
    expect(slackServer.requests.filter((request) => request.method === 'chat.postMessage')).toHaveLength(0);
    switches = { ...switches, EMERGENCY_STOP: false };
    expect(await postApprovalRequests(poster)).toHaveLength(1);
  });
});
