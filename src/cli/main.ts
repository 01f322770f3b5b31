// The command line. Only this module touches files, stdout and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { ExitCode } from '../errors.js';
import { FORMATS, HEADER_LANGS, VIEWS } from '../writers/index.js';
import { REPORTERS } from '../check/reporters.js';
import { RULES, ruleSummary } from '../check/rules.js';
import { addBatchOptions } from './batch-cli.js';
import type { ParseFlags } from './parse-command.js';
import type { CheckFlags } from './check-command.js';
import { commanderError, commanderHelpWords } from './commander-errors.js';
import { chooseLang, cliLang, t } from './lang.js';
import type { HelpPage } from '../i18n/help-texts.js';

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  // The language is chosen before commander runs: its help summaries are written in it.
  const lang = chooseLang(argv);
  if (!lang.ok) {
    process.stderr.write(t('cli.usage', { reason: t('cli.lang', { value: lang.value ?? '' }) }) + '\n');
    return ExitCode.usage;
  }
  const program = new Command();
  let code: number = ExitCode.ok;
  // commander prints a help screen's summaries; its long help follows once the texts are loaded.
  let shown: { page: HelpPage; error: boolean } | undefined;
  const helpShown = (page: HelpPage) => (context: { error: boolean }) => {
    shown = { page, error: context.error };
    return '';
  };
  program
    .name('gov-tasks')
    .description(t('help.description'))
    .version(version(), '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .configureHelp({ showGlobalOptions: true, ...commanderHelpWords() }) // --lang shows in every command's help
    .helpCommand('help [command]', t('help.help'))
    .addOption(new Option('--lang <lang>', t('help.lang')).choices(['zh', 'en']))
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(commanderError(s)) })
    .addHelpText('after', helpShown('gov-tasks'));

  const parse = program
    .command('parse')
    .description(t('help.parse'))
    .argument('<inputs...>', t('help.inputs'))
    .addOption(new Option('-f, --format <format>', t('help.format')).choices([...FORMATS]))
    .option('-o, --output <file>', t('help.output'))
    .option('--out-dir <dir>', t('help.out-dir'))
    .addOption(new Option('--by <view>', t('help.by')).choices([...VIEWS]).default('task'))
    .addOption(new Option('--headers <lang>', t('help.headers')).choices([...HEADER_LANGS]).default('zh'))
    .option('--no-bom', t('help.no-bom'))
    .option('--no-color', t('help.no-color'))
    .option('--no-ledger-columns', t('help.no-ledger-columns'))
    .option('--strict', t('help.strict'))
    .option('-q, --quiet', t('help.quiet'));
  addBatchOptions(parse)
    .addHelpText('after', helpShown('parse'))
    .action(async (files: string[], flags: ParseFlags) => {
      code = await (await import('./parse-command.js')).runParse(files, flags);
    });

  const check = program
    .command('check')
    .description(t('help.check'))
    .argument('<inputs...>', t('help.inputs'))
    .addOption(new Option('-r, --reporter <name>', t('help.reporter')).choices([...REPORTERS]).default('pretty'))
    .addOption(new Option('--rule <id=level>', t('help.rule')).argParser((v: string, prev: string[] = []) => [...prev, v]).default([]))
    .option('-c, --config <file>', t('help.config'))
    .option('-o, --output <file>', t('help.check-output'))
    .option('--no-color', t('help.check-no-color'))
    .option('-q, --quiet', t('help.check-quiet'));
  addBatchOptions(check)
    .addHelpText('after', helpShown('check'))
    .action(async (files: string[], flags: CheckFlags) => {
      code = await (await import('./check-command.js')).runCheck(files, flags, version());
    });

  program
    .command('schema')
    .description(t('help.schema'))
    .addHelpText('after', helpShown('schema'))
    .action(async () => {
      const { taskTableJsonSchema } = await import('../schema.js');
      process.stdout.write(JSON.stringify(taskTableJsonSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (shown) await writeLongHelp(shown.page, shown.error);
      // `--help` and `--version` succeed; help shown because no command was given is a usage error.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return ExitCode.ok;
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw e;
  }
  return code;
}

/**
 * The long help of a help screen commander has just printed, on the same stream (stderr when the
 * help answers a mistake). Its texts are imported only now: start-up does not pay for them.
 */
async function writeLongHelp(page: HelpPage, error: boolean): Promise<void> {
  const { longHelp } = await import('../i18n/help-texts.js');
  (error ? process.stderr : process.stdout).write(longHelp(cliLang(), page, { rules: ruleTable() }));
}

/** The rules of `check` with their default severity and what each finds, one line per rule. */
const ruleTable = () => RULES.map((r) => `  ${r.id.padEnd(22)}${r.level.padEnd(7)}${ruleSummary(r.id, cliLang())}`).join('\n');

/** gov-tasks' version, read at every start: synchronously, as an asynchronous read costs a few event-loop turns (ms). */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/**
 * `gov-tasks parse … | head`: when the reader goes away, stop quietly with 0, as grep and jq
 * do, instead of a stack trace for EPIPE.
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(ExitCode.ok);
    process.stderr.write(t('output.stdout', { detail: e.message.split('\n')[0] }) + '\n');
    process.exit(ExitCode.outputFailed);
  });
}
