import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caioBin, repositoryRoot, runCli } from '../support/run-cli.js';

const token = 'e2e-approve-token-0123456789abcdef0123456789abcdef';

interface ApprovalItem {
  id: string;
  draftId: string;
  status: string;
  decidedBy: string | null;
  reason: string | null;
}

function waitForListening(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`caio serve exited early with ${code}`)));
  });
}

describe('caio approve / reject while caio serve runs (issue 3), and caio drafts export (SPEC §18)', () => {
  const home = mkdtempSync(join(tmpdir(), 'caio-e2e-serve-'));
  const env = { CAIO_HOME: home, CAIO_API_TOKEN: token, CAIO_CONFIG: 'examples/caio.config.yaml' };
  let server: ChildProcessWithoutNullStreams | undefined;
  let base = '';
  let pending: ApprovalItem[] = [];
  const api = async (path: string) =>
    (await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } })).json() as Promise<unknown>;

  beforeAll(async () => {
    const seeded = await runCli(['run', 'examples/leads.csv', '--limit', '20', '--json'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGINT');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
  });

  it('SPEC 18: drafts export writes a seeded CSV sample with empty rating columns, and JSON for .json', async () => {
    const csvPath = join(home, 'review.csv');
    const first = await runCli(['drafts', 'export', '--sample', '3', '--seed', '7', '--out', csvPath], env);
    expect(first.code, first.stderr).toBe(0);
    const rows = parse(readFileSync(csvPath), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'id',
        'leadName',
        'company',
        'subjectA',
        'subjectB',
        'body',
        'evidence',
        'tone',
        'comments',
      ]),
    );
    expect(rows.every((row) => row.personalisation === '' && row.comments === '' && row.body !== '')).toBe(true);
    const again = await runCli(['drafts', 'export', '--sample', '3', '--seed', '7', '--json'], env);
    expect((JSON.parse(again.stdout) as { id: string }[]).map((row) => row.id)).toEqual(rows.map((row) => row.id));
  });

  it('approve and reject go through the running server API; the audit actor is the token name', async () => {
    server = spawn(process.execPath, [caioBin, 'serve', '--port', '0'], {
      cwd: repositoryRoot,
      env: { ...process.env, ...env },
    });
    base = await waitForListening(server);
    expect(JSON.parse(readFileSync(join(home, 'serve.json'), 'utf8'))).toEqual({ url: base, pid: server.pid });
    pending = ((await api('/api/approvals?status=pending&limit=10')) as { items: ApprovalItem[] }).items;
    expect(pending.length).toBeGreaterThanOrEqual(3);
    const [toApprove, toReject, untouched] = pending as [ApprovalItem, ApprovalItem, ApprovalItem];

    const approved = await runCli(['approve', toApprove.id], env);
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toBe(
      `Approved ${toApprove.id} (draft ${toApprove.draftId}) — shadow mode: nothing is sent.\n`,
    );
    const rejected = await runCli(['reject', toReject.id, '--reason', 'x'], env);
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stdout).toBe(`Rejected ${toReject.id} (draft ${toReject.draftId}): x\n`);

    expect(await api(`/api/approvals/${toApprove.id}`)).toMatchObject({ status: 'approved', decidedBy: 'env' });
    expect(await api(`/api/approvals/${toReject.id}`)).toMatchObject({
      status: 'rejected',
      decidedBy: 'env',
      reason: 'x',
    });
    const audit = (await api('/api/audit?limit=200')) as { items: { actor: string | null; target: string }[] };
    expect(audit.items.some((event) => event.actor === 'env')).toBe(true);

    const conflict = await runCli(['approve', toApprove.id], env);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(/^caio: .+/);

    const noToken = await runCli(['approve', untouched.id], { ...env, CAIO_API_TOKEN: '' });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/CAIO_API_TOKEN/);
    expect(await api(`/api/approvals/${untouched.id}`)).toMatchObject({ status: 'pending' });
  }, 90_000);

  it('serve.json is removed when the server stops', async () => {
    expect(server).toBeDefined();
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server?.kill('SIGINT');
    await exited;
    expect(existsSync(join(home, 'serve.json'))).toBe(false);
  }, 30_000);
});
