#!/usr/bin/env node
// The `caio` command. This committed shim exists so npm can link the bin during `npm ci`, which links
// workspace bins before the root `prepare` script compiles `dist/`; it only loads the compiled CLI.
import '../dist/main/bin.js';
