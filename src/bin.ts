#!/usr/bin/env node
// The `packsmith` command: `packsmith pack --month 2026-01`, `packsmith --help`.
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
