#!/usr/bin/env node
// The compiled CLI (npm ci builds dist/ through the prepare script; npm run build rebuilds it).
import '../dist/cli.js';
