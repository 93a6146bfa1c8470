import { describe, expect, it } from 'vitest';
import { dkimConfigSchema } from './dkim-schema.js';
import { resolveDkimSigning } from './resolve-dkim-signing.js';

const pem = '-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----\n';

describe('dkim config (EM-2, EM-5)', () => {
  it('defaults to no signing', () => {
    const dkim = dkimConfigSchema.parse(undefined);
    expect(dkim).toEqual({});
    expect(resolveDkimSigning(dkim, { configFolder: '/etc/caio', privateKeyFromEnv: pem })).toBeUndefined();
  });

  it('reads the key file relative to the config folder, in preference to CAIO_DKIM_PRIVATE_KEY', () => {
    const dkim = dkimConfigSchema.parse({
      domain: 'Mail.Example.com',
      selector: 'caio2026',
      privateKeyFile: 'dkim.pem',
    });
    const read: string[] = [];
    const signing = resolveDkimSigning(dkim, {
      configFolder: '/etc/caio',
      privateKeyFromEnv: 'ignored',
      readFile: (path) => {
        read.push(path);
        return pem;
      },
    });
    expect(read).toEqual(['/etc/caio/dkim.pem']);
    expect(signing).toEqual({ domainName: 'mail.example.com', keySelector: 'caio2026', privateKey: pem });
  });

  it('takes the key from CAIO_DKIM_PRIVATE_KEY, accepting \\n escapes', () => {
    const dkim = dkimConfigSchema.parse({ domain: 'mail.example.com', selector: 'caio2026' });
    const signing = resolveDkimSigning(dkim, { configFolder: '/', privateKeyFromEnv: pem.replace(/\n/g, '\\n') });
    expect(signing?.privateKey).toBe(pem);
  });

  it('refuses a domain without a key, a key without a domain, and a selector without a domain', () => {
    expect(() =>
      resolveDkimSigning(dkimConfigSchema.parse({ domain: 'mail.example.com', selector: 's1' }), { configFolder: '/' }),
    ).toThrow(/CAIO_DKIM_PRIVATE_KEY/);
    expect(() =>
      resolveDkimSigning(dkimConfigSchema.parse({ privateKeyFile: 'k.pem' }), { configFolder: '/' }),
    ).toThrow(/dkim.domain/);
    expect(dkimConfigSchema.safeParse({ selector: 's1' }).success).toBe(false);
    expect(dkimConfigSchema.safeParse({ domain: 'not a domain', selector: 's1' }).success).toBe(false);
    expect(dkimConfigSchema.safeParse({ domain: 'mail.example.com', selector: 's1', privateKey: pem }).success).toBe(
      false,
    );
  });
});
