#!/usr/bin/env node
// The `caio` executable: runs the CLI and exits with its code (0 ok, 1 run failed, 2 bad usage/config).
import { main } from './cli.js';

main().then((code) => process.exit(code));
