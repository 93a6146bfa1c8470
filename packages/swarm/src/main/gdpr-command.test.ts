import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerGdprCommands } from './gdpr-command.js';

function program(): Command {
  const root = new Command('caio').option('-c, --config <file>').exitOverride();
  registerGdprCommands(root);
  return root;
}

async function caio(args: string[]): Promise<string> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await program().parseAsync(['node', 'caio', ...args]);
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

describe('caio gdpr commands (GDPR-1, GDPR-2, GDPR-4)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('GDPR-4: export and erase are logged with received and completed timestamps; requests --json lists them', async () => {
    const home = mkdtempSync(join(tmpdir(), 'caio-gdpr-cli-'));
    vi.stubEnv('CAIO_HOME', home);
    const out = join(home, 'export.json');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await caio(['gdpr', 'export', 'Someone@Example.com', '--out', out]);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { subject: { email: string }; records: object };
    expect(exported.subject.email).toBe('someone@example.com');
    expect(exported.records).toHaveProperty('leads', []);
    expect(await caio(['gdpr', 'erase', 'someone@example.com'])).toMatch(/Erased .*none: not_applicable/);
    const listed = JSON.parse(await caio(['gdpr', 'requests', '--json'])) as {
      items: { kind: string; receivedAt: string; completedAt: string | null; overdue: boolean }[];
    };
    expect(listed.items.map((item) => item.kind).sort()).toEqual(['erase', 'export']);
    for (const item of listed.items) {
      expect(item.completedAt).not.toBeNull();
      expect(item.overdue).toBe(false);
    }
    expect(JSON.stringify(listed)).not.toContain('someone@example.com');
  });
});
