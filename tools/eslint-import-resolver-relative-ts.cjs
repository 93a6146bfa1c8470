// ESLint import resolver (interface v2) for this repository's TypeScript ESM sources: relative imports
// are written with `.js` extensions (NodeNext) but the files on disk are `.ts`. Package imports are
// reported as found-without-path, so the boundaries rule treats them as external modules.
// Why not eslint-import-resolver-typescript: it needs platform-specific native binaries that npm
// leaves out of the lockfile here, which breaks `npm ci`.
const { existsSync } = require('node:fs');
const { dirname, resolve } = require('node:path');

exports.interfaceVersion = 2;

exports.resolve = function resolveImport(source, file) {
  if (!source.startsWith('.')) return { found: false };
  const base = resolve(dirname(file), source);
  const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, resolve(base, 'index.ts')];
  const match = candidates.find((candidate) => existsSync(candidate) && /\.(ts|js|cjs|mjs|json)$/.test(candidate));
  return match ? { found: true, path: match } : { found: false };
};
