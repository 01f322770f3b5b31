// `gov-tasks check`: the findings of each notice, for CI. Runs through the same batch engine
// as `parse`; the findings come from the parse result (its diagnostics and a look at the whole
// table), never from a second parse.
import { ExitCode } from '../errors.js';
import { NOTICE_EXTENSIONS } from '../batch/inputs.js';
import { runBatch } from '../batch/run.js';
import { createProgress, progressEnabled } from '../batch/progress.js';
import { OutputError, fileTarget, stdoutTarget, type Target } from '../batch/targets.js';
import { ConfigError, applyRuleFlags, findConfig, loadConfig } from '../check/config.js';
import { unreadableFinding, type Finding } from '../check/findings.js';
import type { WorkerPlan } from '../batch/outcome.js';
import { createReporter, type ReporterName } from '../check/reporters.js';
import {
  Tally, UsageError, configErrorLine, onInterrupt, outputFailureLine, poolOptions, readStdin, resolveInputs, say, usageLine, type BatchFlags,
} from './batch-cli.js';
import { failureMessage } from '../i18n/index.js';
import { cliLang, t } from './lang.js';
import { tuneV8ForBatch } from './v8-tuning.js';

export interface CheckFlags extends BatchFlags {
  reporter: ReporterName;
  rule: string[];
  config?: string;
  output?: string;
  /** false with --no-color */
  color: boolean;
}

export async function runCheck(args: string[], flags: CheckFlags, version: string): Promise<number> {
  let config, pool, inputs;
  try {
    pool = poolOptions(flags);
    config = await loadConfig(flags.config ?? await findConfig(process.cwd()));
    applyRuleFlags(config.rules, flags.rule);
    inputs = await resolveInputs(args, flags, config.ignore);
  } catch (e) {
    if (e instanceof UsageError) { say(usageLine(e)); return ExitCode.usage; }
    if (e instanceof ConfigError) { say(configErrorLine(e)); return ExitCode.usage; }
    throw e;
  }
  if (!inputs.all.length && !inputs.reported) say(t('cli.no-inputs', { extensions: [...NOTICE_EXTENSIONS].join(' ') }));
  if (!inputs.all.length) return ExitCode.unreadable;

  const stdin = inputs.files.includes('-') ? await readStdin() : undefined;
  let target: Target;
  try {
    target = flags.output ? await fileTarget(flags.output) : stdoutTarget();
  } catch (e) {
    if (e instanceof OutputError) { say(outputFailureLine(e)); return ExitCode.outputFailed; }
    throw e;
  }
  const toTerminal = !flags.output && process.stdout.isTTY === true;
  const colorLevel = flags.color === false || process.env.NO_COLOR || !toTerminal ? 0 : (await import('chalk')).default.level;
  const reporter = await createReporter(flags.reporter, { version, colorLevel, lang: cliLang() });
  const tally = new Tally(inputs.lost);
  const progress = await createProgress(inputs.files.length, progressEnabled(Boolean(flags.quiet)) && !toTerminal);
  const count = (fs: Finding[]) => ({ errors: fs.filter((f) => f.severity === 'error').length, warnings: fs.filter((f) => f.severity === 'warning').length });

  // The workers compute the findings: only they cross back, never the tables.
  const plan: WorkerPlan = { lang: cliLang(), send: 'none', format: 'json', writeOpts: {}, many: false, rules: [...config.rules] };
  tuneV8ForBatch();
  const batch = runBatch(inputs.files, pool, {
    onDone: (input) => progress.tick(input),
    onOrdered: async (input, outcome) => {
      const findings = outcome.ok ? outcome.findings ?? [] : unreadableFinding(input, failureMessage(outcome, cliLang()), config.rules, cliLang());
      tally.add(outcome, count(findings));
      const text = reporter.file(outcome.ok ? outcome.file : input, findings);
      if (text) await target.write(text);
    },
  }, { plan, stdin });
  const release = onInterrupt(batch.stop);
  try {
    await batch.done;
    await target.write(reporter.end());
    await target.commit();
  } catch (e) {
    await target.abort();
    if (e instanceof OutputError) { say(outputFailureLine(e)); return ExitCode.outputFailed; }
    throw e;
  } finally {
    release();
    progress.stop();
  }
  if (!flags.quiet) say(tally.line());
  return tally.errors ? ExitCode.parsedWithErrors : ExitCode.ok;
}
