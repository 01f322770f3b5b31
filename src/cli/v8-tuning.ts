// V8's tiering tuned for what the CLI does: many short documents, each read once, in workers.
//
// V8 sends a function to its optimising compiler (TurboFan) once it has run through its "interrupt
// budget" of bytecode (67,584 bytes in Node 20). A parse touches a great deal of code a few times
// per document — three readers, pdf.js's 60,000 lines, the analysis stages, zod — so at that budget V8
// keeps compiling, and recompiling functions whose optimised code it dropped, for the whole run: in
// one worker over 1,000 notices, TurboFan's threads used about 6 s of CPU beside the worker's 12 s.
// Four times the budget leaves only the code that is really hot to TurboFan. Measured on 200 and on
// 1,000 mixed notices (.txt, .docx, .pdf) with `--jobs 1` and `--jobs 2`: 19–25 % less CPU time and
// 10–20 % less wall-clock time; single-file runs are unchanged (within noise). The flag is
// process-wide: set before the pool starts, every worker isolate has it. The library never sets it:
// a program that imports gov-tasks keeps its own V8 settings.
import v8 from 'node:v8';

/** V8's own default, for reference: bytes of bytecode run before a function is considered for TurboFan. */
export const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;
export const BATCH_INTERRUPT_BUDGET = 4 * V8_DEFAULT_INTERRUPT_BUDGET;

/** The V8 flags the CLI sets for a batch, none when the user set that flag themselves (node's arguments or NODE_OPTIONS). */
export function batchV8Flags(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--interrupt[-_]budget(=|$)/.test(a));
  return given ? [] : [`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`];
}

/** Set them, before the worker pool starts. */
export function tuneV8ForBatch(): void {
  for (const flag of batchV8Flags(process.execArgv, process.env.NODE_OPTIONS)) v8.setFlagsFromString(flag);
}
