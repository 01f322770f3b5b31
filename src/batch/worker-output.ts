// What a worker does with a parsed table before anything crosses to the main thread: the
// --out-dir file written here (under a temporary name, then renamed), the piece of the one
// output formatted here, check's findings computed here. The main thread gets a small summary
// and writes in input order; with N workers, N threads format instead of one.
import { findingsOf, type RuleLevels } from '../check/findings.js';
import { localiseTable } from '../i18n/diagnostics.js';
import type { TaskTable } from '../schema.js';
import { write } from '../writers/index.js';
import type { ParseJob, ParsedOutcome, WorkerPlan } from './outcome.js';
import { pieceOf } from './stream-format.js';
import { OutputError, makeFoldersInside, outputReason, workerTemporary, writeFileAtomic } from './targets.js';

export async function finishTable(table: TaskTable, job: ParseJob, plan: WorkerPlan, levels: RuleLevels): Promise<ParsedOutcome> {
  const out: ParsedOutcome = { ok: true, file: table.source.file, tasks: table.tasks.length, diagnostics: table.diagnostics };
  // Outputs carry the diagnostics in the user's language; the main thread says them itself.
  const localised = localiseTable(table, plan.lang);
  if (plan.rules) out.findings = findingsOf(table, levels, plan.lang);
  if (job.outPath && plan.outDir) {
    const failed = await writeOwnFile(plan.outDir, job.outPath, localised, plan);
    if (failed) out.outputError = failed;
  }
  if (plan.send === 'table') out.table = table;
  else if (plan.send === 'piece') out.piece = await pieceOf(localised, plan.format, plan.writeOpts, plan.many);
  return out;
}

/** The input's own file under --out-dir; the path and reason when it cannot be written. */
async function writeOwnFile(outDir: string, path: string, table: TaskTable, plan: WorkerPlan): Promise<ParsedOutcome['outputError'] | null> {
  try {
    await makeFoldersInside(outDir, path);
    // A name the main thread can work out too: it removes the temporary of a worker it ends.
    await writeFileAtomic(path, await write([table], plan.format, plan.writeOpts), workerTemporary(path));
    return null;
  } catch (e) {
    const failed = e instanceof OutputError ? e : new OutputError(path, outputReason(e));
    return { path: failed.path, reason: failed.reason };
  }
}
