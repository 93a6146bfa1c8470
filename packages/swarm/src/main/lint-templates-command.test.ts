import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTemplatesCommand } from './lint-templates-command.js';
import { resourcePath } from './resources.js';

function collect() {
  let text = '';
  return { writer: { write: (chunk: string) => void (text += chunk) }, text: () => text };
}

describe('caio templates lint (EM-1)', () => {
  it('EM-1: the shipped library passes; --json reports ok with no findings', async () => {
    const plain = collect();
    expect(await lintTemplatesCommand({}, plain.writer)).toBe(0);
    expect(plain.text()).toMatch(/15 template\(s\) checked, no findings/);
    const json = collect();
    expect(await lintTemplatesCommand({ json: true }, json.writer)).toBe(0);
    expect(JSON.parse(json.text())).toEqual({ ok: true, templates: 15, findings: [] });
  });

  it('EM-1: a placeholder sender address and a fake-thread subject give findings and exit 1', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'caio-lint-'));
    cpSync(resourcePath(), directory, { recursive: true });
    const anglesPath = join(directory, 'angles.yaml');
    writeFileSync(
      anglesPath,
      readFileSync(anglesPath, 'utf8').replace("subjectB: 'Last note on AI", "subjectB: 'FW: Last note on AI"),
    );
    const output = collect();
    const code = await lintTemplatesCommand(
      {
        json: true,
        resourcesDir: directory,
        sender: {
          name: 'Your Name',
          title: 'Your Title',
          company: 'Your Company',
          postalAddress: '123 Placeholder Street, Nowhere, ZZ 00000 — set sender.postalAddress',
        },
        unsubscribeBaseUrl: 'https://caio.example.com',
      },
      output.writer,
    );
    expect(code).toBe(1);
    const report = JSON.parse(output.text()) as {
      ok: boolean;
      findings: { templateId: string | null; rule: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.findings.map((finding) => `${finding.templateId}:${finding.rule}`)).toEqual([
      'null:postal_address_invalid',
      'fu-break-up:subject_fake_thread',
    ]);
  });
});
