#!/usr/bin/env node
// The `caio` executable: runs the CLI and exits with its code (0 ok, 1 run failed, 2 bad usage/config).
import { main } from './cli.js';

main().then((code) => {
  // Not process.exit(): it would drop piped stdout still being written (large --json listings).
  process.exitCode = code;
  // A safety net if some handle stays open; unref'd so it never delays a clean exit.
  setTimeout(() => process.exit(code), 10_000).unref();
});
