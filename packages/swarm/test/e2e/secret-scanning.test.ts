import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/run-cli.js';

const run = promisify(execFile);
const secretlint = join(repositoryRoot, 'node_modules/.bin/secretlint');

/** A token-shaped value made at run time, so no secret-looking literal is committed. */
function fakeGithubToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const body = [...randomBytes(36)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `ghp_${body}`;
}

describe('secret scanning (AUTH-5)', () => {
  it('AUTH-5: the scanner `npm run lint` runs catches a seeded fake secret in code and in docs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'caio-secrets-'));
    writeFileSync(join(folder, 'leak.ts'), `export const token = '${fakeGithubToken()}';\n`);
    writeFileSync(join(folder, 'runbook.md'), `Set the token to ${fakeGithubToken()} and restart.\n`);
    const scan = run(secretlint, ['--secretlintrc', join(repositoryRoot, '.secretlintrc.json'), join(folder, '*')], {
      cwd: folder,
    });
    await expect(scan).rejects.toMatchObject({ stdout: expect.stringMatching(/GITHUB_TOKEN[\s\S]*GITHUB_TOKEN/) });
  });

  it('AUTH-5: the repository itself scans clean (fixtures are allowlisted by exact path)', async () => {
    const { stdout } = await run(secretlint, ['**/*', '.ci/*'], { cwd: repositoryRoot });
    expect(stdout).not.toMatch(/error/);
  });
});
