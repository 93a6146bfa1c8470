// Marks the CLI entry executable so the `caio` bin link works straight after `npm ci`.
import { chmodSync, existsSync } from 'node:fs';

const cliEntry = new URL('../dist/main/bin.js', import.meta.url);
if (existsSync(cliEntry)) chmodSync(cliEntry, 0o755);
