#!/usr/bin/env node
// The `packsmith` command: `packsmith pack --month 2026-01`, `packsmith --help`.
import module from 'node:module';

// Node 22 and later keep the compiled code of packsmith and its libraries on disk between runs
// (in the system's temporary folder), so that a run after the first starts sooner. It is turned
// on before the command's modules are loaded; Node 20 has no such cache and starts as it always has.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('./cli.js');
process.exitCode = await main(process.argv.slice(2));
