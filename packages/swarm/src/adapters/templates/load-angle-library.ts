import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CaioError } from '../../domain/errors.js';
import { tiers } from '../../domain/lead.js';
import type { Angle, AngleLibrary, FollowUpKind, FollowUpTemplate } from '../../ports/angle-library.js';
import { followUpKinds } from '../../ports/angle-library.js';
import { angleLibraryFileSchema, type AngleLibraryFile } from './angle-library-file-schema.js';
import { compilePlainTextTemplate } from './compile-plain-text-template.js';

/** The library shipped with the package: `packages/swarm/resources` (same relative path from `dist/`). */
export function defaultResourcesDir(): string {
  return fileURLToPath(new URL('../../../resources/', import.meta.url));
}

/**
 * Reads `{resourcesDir}/angles.yaml` and the Handlebars templates in `{resourcesDir}/templates/`,
 * validates them (zod + cross-entry rules) and precompiles every subject and body, so the pure craft
 * slice gets a ready {@link AngleLibrary} and does no I/O.
 *
 * Rules beyond the schema (SPEC §3.4): ids unique; subject A and B of each entry differ; first-touch
 * subjects do not start with `Re:`/`Fwd:` (EM-1); every tier has
 * at least one angle, and at least one angle with no `requires` (the fallback when evidence is thin);
 * each of the four follow-up kinds appears exactly once.
 *
 * @throws CaioError `config_invalid` naming the file and what to change.
 */
export async function loadAngleLibrary(resourcesDir: string = defaultResourcesDir()): Promise<AngleLibrary> {
  const libraryPath = join(resourcesDir, 'angles.yaml');
  const file = parseLibraryFile(await readText(libraryPath, 'the angle library'), libraryPath);
  checkCrossEntryRules(file, libraryPath);

  const compileFile = async (name: string): Promise<Angle['body']> => {
    const path = join(resourcesDir, 'templates', name);
    return compilePlainTextTemplate(await readText(path, `the template named in ${libraryPath}`), path);
  };
  const angles: Angle[] = [];
  for (const entry of file.angles) {
    angles.push({
      id: entry.id,
      tier: entry.tier,
      name: entry.name,
      subjectA: compilePlainTextTemplate(entry.subjectA, `${libraryPath} (${entry.id}.subjectA)`),
      subjectB: compilePlainTextTemplate(entry.subjectB, `${libraryPath} (${entry.id}.subjectB)`),
      body: await compileFile(entry.body),
      bodyTemplateFile: entry.body,
      requires: entry.requires,
      uses: entry.uses,
    });
  }
  const followUps: Partial<Record<FollowUpKind, FollowUpTemplate>> = {};
  for (const entry of file.followUps) {
    followUps[entry.kind] = {
      id: entry.id,
      kind: entry.kind,
      defaultStep: entry.step,
      subjectA: compilePlainTextTemplate(entry.subjectA, `${libraryPath} (${entry.id}.subjectA)`),
      subjectB: compilePlainTextTemplate(entry.subjectB, `${libraryPath} (${entry.id}.subjectB)`),
      body: await compileFile(entry.body),
      bodyTemplateFile: entry.body,
      uses: entry.uses,
    };
  }
  return { angles, followUps: followUps as Record<FollowUpKind, FollowUpTemplate> };
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CaioError(
      'config_invalid',
      `Cannot read ${what} at ${path} (${(error as NodeJS.ErrnoException).code ?? 'read error'}). Create the file or point craft.resourcesDir at a folder with angles.yaml and templates/.`,
      { cause: error },
    );
  }
}

function parseLibraryFile(text: string, path: string): AngleLibraryFile {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new CaioError(
      'config_invalid',
      `${path}: not valid YAML (${(error as Error).message}). Fix the indentation or quoting.`,
      {
        cause: error,
      },
    );
  }
  const parsed = angleLibraryFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new CaioError(
      'config_invalid',
      `${path}: ${problems.join('; ')}. Fix these entries (see the comment at the top of the file).`,
    );
  }
  return parsed.data;
}

function checkCrossEntryRules(file: AngleLibraryFile, path: string): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of [...file.angles, ...file.followUps]) {
    if (ids.has(entry.id)) problems.push(`id "${entry.id}" is used twice`);
    ids.add(entry.id);
    if (entry.subjectA.trim().toLowerCase() === entry.subjectB.trim().toLowerCase()) {
      problems.push(`${entry.id}: subjectA and subjectB must differ (they are the A/B variants)`);
    }
  }
  for (const angle of file.angles) {
    if (/^\s*(re|fwd?)\s*:/i.test(angle.subjectA) || /^\s*(re|fwd?)\s*:/i.test(angle.subjectB)) {
      problems.push(`${angle.id}: a first-touch subject may not start with Re:/Fwd: (EM-1 non-deceptive subject)`);
    }
  }
  for (const tier of tiers) {
    const tierAngles = file.angles.filter((angle) => angle.tier === tier);
    if (tierAngles.length === 0) problems.push(`${tier} has no angle`);
    else if (!tierAngles.some((angle) => angle.requires.length === 0)) {
      problems.push(`${tier} needs at least one angle with "requires: []" as the fallback when evidence is thin`);
    }
  }
  for (const kind of followUpKinds) {
    const count = file.followUps.filter((entry) => entry.kind === kind).length;
    if (count !== 1) problems.push(`follow-up kind ${kind} must appear exactly once (found ${count})`);
  }
  if (problems.length > 0) throw new CaioError('config_invalid', `${path}: ${problems.join('; ')}.`);
}
