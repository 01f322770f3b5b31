#!/usr/bin/env node
// Runs the compiled CLI (npm install builds dist/ through the `prepare` script).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  // A bug in gov-tasks still ends in one line, not a stack trace (GOV_TASKS_DEBUG=1 shows it).
  (e) => {
    process.stderr.write(`gov-tasks: internal error: ${String(e?.message ?? e).split('\n')[0]}\n`);
    if (process.env.GOV_TASKS_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    process.exitCode = 70;
  },
);
