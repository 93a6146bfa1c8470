import type { Command } from 'commander';
import { loadAngleLibrary } from '../adapters/templates/index.js';
import {
  angleLibraryLintSample,
  lintAngleLibrary,
  unsubscribeUrl,
  type AngleLibraryLintFinding,
  type AngleLibraryLintSample,
} from '../compliance/index.js';
import { loadConfig } from '../config/load-config.js';
import type { SenderIdentity } from '../pipeline/craft/index.js';
import { resourcePath } from './resources.js';

/** Parsed options of `caio templates lint`. */
export interface LintTemplatesOptions {
  /** Print `{ ok, findings }` as JSON instead of text. */
  json?: boolean;
  /** Directory with `angles.yaml` and `templates/`; default the shipped `resources/`. */
  resourcesDir?: string;
  /** The configured sender (with `signature` when set); default the built-in lint sample sender. */
  sender?: SenderIdentity;
  bookingLink?: string;
  /** `unsubscribe.baseUrl`; a sample `/u/{token}` link on it is used. */
  unsubscribeBaseUrl?: string;
}

/** Where the command writes (stdout in the CLI, a buffer in tests). */
export interface OutputWriter {
  write(text: string): void;
}

/** A syntactically real but meaningless token: the lint only needs the `/u/{token}` shape. */
const sampleToken = 'AQAAAABsaW50LXNhbXBsZS10b2tlbg';

function formatFindings(findings: readonly AngleLibraryLintFinding[], templates: number): string {
  if (findings.length === 0) return `EM-1 template lint: ${templates} template(s) checked, no findings.\n`;
  const lines = findings.map(
    (finding) =>
      `${finding.templateId === null ? 'settings' : `${finding.templateId}${finding.variant ? ` (subject ${finding.variant})` : ''}`}: ${finding.rule} — ${finding.message}`,
  );
  return `${lines.join('\n')}\nEM-1 template lint: ${templates} template(s) checked, ${findings.length} finding(s); sends would be blocked.\n`;
}

/**
 * `caio templates lint [--json] [--sample-sender]` (specs/security.md EM-1): loads the angle library,
 * renders every angle and follow-up with the sender's closing and lints it (`lintAngleLibrary`).
 *
 * @returns the exit code: 0 no findings, 1 findings (CI can gate on it).
 * @throws CaioError `config_invalid` when the library cannot be loaded (the CLI maps it to exit 2).
 */
export async function lintTemplatesCommand(options: LintTemplatesOptions, writer: OutputWriter): Promise<number> {
  const library = await loadAngleLibrary(options.resourcesDir ?? resourcePath());
  const sample: AngleLibraryLintSample = {
    sender: options.sender ?? angleLibraryLintSample.sender,
    bookingLink: options.bookingLink ?? angleLibraryLintSample.bookingLink,
    unsubscribeUrl: options.unsubscribeBaseUrl
      ? unsubscribeUrl(options.unsubscribeBaseUrl, sampleToken)
      : angleLibraryLintSample.unsubscribeUrl,
  };
  const findings = lintAngleLibrary(library, sample);
  const templates = library.angles.length + Object.keys(library.followUps).length;
  writer.write(
    options.json
      ? `${JSON.stringify({ ok: findings.length === 0, templates, findings }, null, 2)}\n`
      : formatFindings(findings, templates),
  );
  return findings.length === 0 ? 0 : 1;
}

/**
 * Registers `caio templates lint`: lints the configured library (`craft.resourcesDir`) with the
 * configured sender, booking link and unsubscribe base URL; `--sample-sender` uses the built-in
 * sample sender instead (to check templates before the sender is configured).
 */
export function registerTemplatesCommand(program: Command): void {
  const templates = program.command('templates').description('Message templates (angle library)');
  templates
    .command('lint')
    .description('EM-1 lint of every angle and follow-up: honest subject, postal address, opt-out')
    .option('--json', 'print { ok, templates, findings } as JSON')
    .option('--sample-sender', 'lint with a built-in sample sender instead of the configured one')
    .action(async (options: { json?: boolean; sampleSender?: boolean }) => {
      const config = loadConfig(program.opts<{ config?: string }>().config);
      const code = await lintTemplatesCommand(
        {
          json: Boolean(options.json),
          ...(config.craft.resourcesDir ? { resourcesDir: config.craft.resourcesDir } : {}),
          ...(options.sampleSender
            ? {}
            : {
                sender: { ...config.sender, ...(config.signature ? { signature: config.signature } : {}) },
                bookingLink: config.bookingLink,
                unsubscribeBaseUrl: config.unsubscribe.baseUrl,
              }),
        },
        process.stdout,
      );
      process.exitCode = code;
    });
}
