import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServeCommand } from '../../src/main/serve-command.js';

const token = 'serve-token-0123456789abcdef0123456789abcdef';

describe('caio serve', () => {
  const saved = { home: process.env.CAIO_HOME, token: process.env.CAIO_API_TOKEN };
  afterEach(() => {
    vi.restoreAllMocks();
    process.env.CAIO_HOME = saved.home;
    process.env.CAIO_API_TOKEN = saved.token;
    if (saved.home === undefined) delete process.env.CAIO_HOME;
    if (saved.token === undefined) delete process.env.CAIO_API_TOKEN;
  });

  it('SPEC 14: binds 127.0.0.1, serves /health and the token-protected API over a real socket, stops on SIGINT', async () => {
    process.env.CAIO_HOME = mkdtempSync(join(tmpdir(), 'caio-serve-'));
    process.env.CAIO_API_TOKEN = token;
    let announced = '';
    const write = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (String(chunk).startsWith('caio serve:')) announced = String(chunk);
      return write(chunk, ...(rest as []));
    });
    const program = new Command('caio').option('-c, --config <file>').exitOverride();
    registerServeCommand(program);
    const running = program.parseAsync(['node', 'caio', 'serve', '--port', '0']);
    await vi.waitFor(() => expect(announced).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/), { timeout: 20_000 });
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(announced)![0];
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', emergencyStop: false });
    expect((await fetch(`${base}/api/approvals`)).status).toBe(401);
    const authorised = await fetch(`${base}/api/approvals`, { headers: { Authorization: `Bearer ${token}` } });
    expect(authorised.status).toBe(200);
    expect(await authorised.json()).toEqual({ items: [], nextCursor: null });
    process.emit('SIGINT');
    await running;
  }, 40_000);
});
