import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built `caio` executable (`npm test` builds first). */
export const caioBin = fileURLToPath(new URL('../../bin/caio.js', import.meta.url));
/** The repository root, where the README's commands run. */
export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `caio <args>` as a real child process with the given environment additions. */
export function runCli(args: readonly string[], env: Record<string, string>, cwd = repositoryRoot): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [caioBin, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
