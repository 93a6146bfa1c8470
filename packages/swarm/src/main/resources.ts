import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `caio-swarm` package root (…/packages/swarm), whether running from `src/` or `dist/`. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files shipped in `resources/` (permission matrix, angle library, templates). */
export function resourcePath(...segments: string[]): string {
  return join(packageRoot, 'resources', ...segments);
}

/**
 * Resolves a data path from config: as given when it exists, else the same relative path under the
 * repository root (so the defaults `examples/data/…` work from any working directory of a checkout).
 */
export function resolveDataPath(configured: string, relativeDefault: string): string {
  if (existsSync(configured)) return configured;
  const fromCheckout = resolve(packageRoot, '..', '..', relativeDefault);
  return existsSync(fromCheckout) ? fromCheckout : configured;
}
