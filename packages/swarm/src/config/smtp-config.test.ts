import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

function configFile(yaml: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'caio-smtp-'));
  const file = join(folder, 'caio.config.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('smtp and escalation email configuration (SPEC 3.6 level 3)', () => {
  it('SPEC 3.6: defaults configure no mail server and no escalation recipients', () => {
    const config = loadConfig(undefined, {}, mkdtempSync(join(tmpdir(), 'caio-smtp-')));
    expect(config.smtp).toEqual({ port: 587, secure: false });
    expect(config.approval.escalationEmails).toEqual([]);
    expect(config.approval.escalationFrom).toBeUndefined();
    expect(config.smtpPassword).toBeUndefined();
  });

  it('SPEC 3.6: host, port, TLS and user come from the file, the password only from SMTP_PASSWORD', () => {
    const file = configFile(
      [
        'smtp:',
        '  host: smtp.example.com',
        '  port: 465',
        '  secure: true',
        '  user: caio@example.com',
        'approval:',
        '  escalationEmails: [ops@example.org]',
        '  escalationFrom: caio@example.com',
        '',
      ].join('\n'),
    );
    const config = loadConfig(file, { SMTP_PASSWORD: 'smtp-secret' });
    expect(config.smtp).toEqual({ host: 'smtp.example.com', port: 465, secure: true, user: 'caio@example.com' });
    expect(config.smtpPassword).toBe('smtp-secret');
    expect(config.approval.escalationEmails).toEqual(['ops@example.org']);
    expect(config.approval.escalationFrom).toBe('caio@example.com');
  });

  it('SPEC 3.6: a password in the file, a bad port or a malformed escalation address is refused with its path', () => {
    expect(() => loadConfig(configFile('smtp:\n  host: smtp.example.com\n  password: oops\n'), {})).toThrow(/password/);
    expect(() => loadConfig(configFile('smtp:\n  port: 70000\n'), {})).toThrow(/smtp\.port/);
    expect(() => loadConfig(configFile('approval:\n  escalationEmails: [not-an-address]\n'), {})).toThrow(
      /approval\.escalationEmails/,
    );
  });
});
