import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

function configFile(yaml: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'caio-integrations-'));
  const file = join(folder, 'caio.config.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('slack and twilio configuration (SPEC 3.6)', () => {
  it('SPEC 3.6: defaults configure nothing — no approvers, no signing secret, no SMS recipients', () => {
    const config = loadConfig(undefined, {}, mkdtempSync(join(tmpdir(), 'caio-integrations-')));
    expect(config.slack).toEqual({ approverUserIds: [] });
    expect(config.twilio).toEqual({ escalationTo: [] });
    expect(config.slackSigningSecrets).toEqual([]);
    expect(config.slackBotToken).toBeUndefined();
    expect(config.twilioAuthToken).toBeUndefined();
  });

  it('WH-6: secrets come from the environment only, with the previous signing secret kept during rotation', () => {
    const file = configFile(
      [
        'slack:',
        '  approvalChannel: C0APPROVALS',
        '  approverUserIds: [U0APPROVER]',
        '  dashboardUrl: https://caio.example.com',
        'twilio:',
        `  accountSid: AC${'0'.repeat(32)}`,
        '  from: "+15005550006"',
        '  escalationTo: ["+15005550001"]',
        '',
      ].join('\n'),
    );
    const config = loadConfig(file, {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'current-secret',
      SLACK_SIGNING_SECRET_PREVIOUS: 'previous-secret',
      TWILIO_AUTH_TOKEN: 'twilio-token',
    });
    expect(config.slack.approverUserIds).toEqual(['U0APPROVER']);
    expect(config.twilio.escalationTo).toEqual(['+15005550001']);
    expect(config.slackSigningSecrets).toEqual(['current-secret', 'previous-secret']);
    expect(config.slackBotToken).toBe('xoxb-test');
    expect(config.twilioAuthToken).toBe('twilio-token');
  });

  it('SPEC 3.6: a secret in the file, a malformed approver id or a non-E.164 number is refused with its path', () => {
    expect(() => loadConfig(configFile('slack:\n  signingSecret: oops\n'), {})).toThrow(/signingSecret/);
    expect(() => loadConfig(configFile('slack:\n  approverUserIds: [ada]\n'), {})).toThrow(/U0123ABCD/);
    expect(() => loadConfig(configFile('twilio:\n  escalationTo: ["555-0100"]\n'), {})).toThrow(/E\.164/);
  });
});
