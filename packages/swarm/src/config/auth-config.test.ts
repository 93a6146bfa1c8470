import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

function configFile(yaml: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'caio-auth-'));
  const file = join(folder, 'caio.config.yaml');
  writeFileSync(file, yaml);
  return file;
}

const hash = createHash('sha256').update('a-token-of-at-least-thirty-two-characters').digest('hex');

describe('auth and server configuration (SPEC 14)', () => {
  it('SPEC 14: defaults are strict — no tokens, 127.0.0.1:8080, no CORS origins', () => {
    const config = loadConfig(undefined, {}, mkdtempSync(join(tmpdir(), 'caio-auth-')));
    expect(config.auth.tokens).toEqual([]);
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 8080, corsOrigins: [] });
    expect(config.apiToken).toBeUndefined();
  });

  it('SPEC 14: auth.tokens takes name, role and the SHA-256 hex; CAIO_API_TOKEN is read from the environment', () => {
    const file = configFile(`auth:\n  tokens:\n    - { name: hos, role: approver, sha256: "${hash.toUpperCase()}" }\n`);
    const config = loadConfig(file, { CAIO_API_TOKEN: 'x'.repeat(40) });
    expect(config.auth.tokens).toEqual([{ name: 'hos', role: 'approver', sha256: hash }]);
    expect(config.apiToken).toBe('x'.repeat(40));
  });

  it('AUTH-2: a short CAIO_API_TOKEN, a malformed hash, a reserved or duplicate name are refused', () => {
    expect(() => loadConfig(undefined, { CAIO_API_TOKEN: 'short' }, tmpdir())).toThrow(/at least 32 characters/);
    expect(() => loadConfig(configFile('auth:\n  tokens:\n    - { name: a, role: admin, sha256: abc }\n'), {})).toThrow(
      /auth\.tokens\.0\.sha256/,
    );
    expect(() =>
      loadConfig(configFile(`auth:\n  tokens:\n    - { name: env, role: admin, sha256: "${hash}" }\n`), {}),
    ).toThrow(/reserved/);
    expect(() =>
      loadConfig(
        configFile(
          `auth:\n  tokens:\n    - { name: a, role: admin, sha256: "${hash}" }\n    - { name: a, role: viewer, sha256: "${hash}" }\n`,
        ),
        {},
      ),
    ).toThrow(/used twice/);
  });

  it('AUTH-3: server.corsOrigins accepts exact origins only (no *, null, or paths)', () => {
    const ok = loadConfig(configFile('server:\n  corsOrigins: ["https://desk.example.com"]\n'), {});
    expect(ok.server.corsOrigins).toEqual(['https://desk.example.com']);
    for (const origin of ['*', 'null', 'https://desk.example.com/', 'https://desk.example.com/app']) {
      expect(() => loadConfig(configFile(`server:\n  corsOrigins: ["${origin}"]\n`), {}), origin).toThrow(
        /exact origins/,
      );
    }
  });
});
