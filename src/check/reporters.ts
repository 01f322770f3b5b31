// How `gov-tasks check` prints its findings. pretty and github print each notice's findings as
// soon as it is checked; json, junit and sarif are single documents, written at the end (they
// hold findings, never task tables, so memory stays small).
import type { SourcePos } from '../model.js';
import { terminalText } from '../cli/text.js';
import type { Finding } from './findings.js';
import { message, type Lang } from '../i18n/index.js';
import { displayWidth } from '../writers/width.js';
import { RULES, ruleById, ruleFix, ruleSummary } from './rules.js';

export const REPORTERS = ['pretty', 'json', 'github', 'junit', 'sarif'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface Reporter {
  /** Text for one notice's findings (in input order), printed at once. */
  file(file: string, findings: readonly Finding[]): string;
  /** Text that closes the report. */
  end(): string;
}

export interface ReporterOptions {
  version: string;
  /** Colour the pretty reporter (a chalk instance's level). */
  colorLevel?: 0 | 1 | 2 | 3;
  /** Language of the words around the findings (severities, places, rule descriptions); English by default. */
  lang?: Lang;
}

export async function createReporter(name: ReporterName, opts: ReporterOptions): Promise<Reporter> {
  const lang = opts.lang ?? 'en';
  switch (name) {
    case 'pretty': return prettyReporter(opts, lang);
    case 'github': return githubReporter(lang);
    case 'json': return collect((all) => JSON.stringify(all, null, 2) + '\n');
    case 'junit': return collect((all) => junit(all, lang));
    case 'sarif': return collect((all) => JSON.stringify(sarif(all, opts.version, lang), null, 2) + '\n');
  }
}

/** A severity as the user reads it: error / 错误. */
const severityWord = (f: Pick<Finding, 'severity'>, lang: Lang) => message(lang, f.severity === 'error' ? 'cli.severity.error' : 'cli.severity.warning');

/** Where a finding stands, in words, for formats whose position fields take only lines of text. */
export function placeText(s: SourcePos | null, lang: Lang = 'en'): string {
  if (!s) return '';
  const parts = [
    s.page && message(lang, 'place.page', { page: s.page }),
    s.line && message(lang, 'place.line', { line: s.line }),
    s.paragraph && message(lang, 'place.paragraph', { paragraph: s.paragraph }),
    s.row && (s.table ? message(lang, 'place.table-row', { table: s.table, row: s.row }) : message(lang, 'place.row', { row: s.row })),
  ].filter((p): p is string => Boolean(p));
  return parts.reduce((first, rest) => message(lang, 'place.list', { first, rest }));
}

/** A line of the file itself: only a text file's line (a PDF line is counted within its page). */
const fileLine = (s: SourcePos | null) => (s?.line && !s.page ? s.line : null);

/** `file:line:col` where an editor can jump to it, else `file (page 3, line 12)`. */
export function location(file: string, s: SourcePos | null, lang: Lang = 'en'): string {
  const line = fileLine(s);
  if (line) return `${file}:${line}:1`;
  const place = placeText(s, lang);
  return place ? `${file} (${place})` : file;
}

async function prettyReporter(opts: ReporterOptions, lang: Lang): Promise<Reporter> {
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: opts.colorLevel ?? 0 });
  return {
    file(file, findings) {
      if (!findings.length) return '';
      // Severity words padded to one width, so the messages line up (error/warning, 错误/警告).
      const width = Math.max(...(['error', 'warning'] as const).map((severity) => displayWidth(severityWord({ severity }, lang))));
      const lines = findings.map((f) => {
        const word = severityWord(f, lang);
        const padded = word + ' '.repeat(Math.max(0, width - displayWidth(word)));
        const sev = f.severity === 'error' ? c.red(padded) : c.yellow(padded);
        return `  ${location(terminalText(file), f.source, lang)}  ${sev}  ${terminalText(f.message)}  ${c.dim(f.rule)}`;
      });
      return `${c.bold.underline(terminalText(file))}\n${lines.join('\n')}\n\n`;
    },
    end: () => '',
  };
}

/** Workflow commands: `%`, CR and LF escaped in the message; also `:` and `,` in properties. */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function githubReporter(lang: Lang): Reporter {
  return {
    file(file, findings) {
      return findings.map((f) => {
        const line = fileLine(f.source);
        const props = [`file=${ghProperty(file)}`, ...(line ? [`line=${line}`, 'col=1'] : []), `title=${ghProperty(f.rule)}`];
        const place = !line && placeText(f.source, lang) ? ` (${placeText(f.source, lang)})` : '';
        return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${ghData(f.message + place)}\n`;
      }).join('');
    },
    end: () => '',
  };
}

function collect(render: (all: { file: string; findings: readonly Finding[] }[]) => string): Reporter {
  const all: { file: string; findings: readonly Finding[] }[] = [];
  return {
    file(file, findings) {
      all.push({ file, findings });
      return '';
    },
    end: () => render(all),
  };
}

const xml = (s: string) => s
  // Characters XML 1.0 cannot hold at all are dropped; the rest are escaped.
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML as CI systems read it: one test case per notice, failed by its error findings; warnings go to system-out. */
function junit(all: { file: string; findings: readonly Finding[] }[], lang: Lang): string {
  const failures = all.filter((x) => x.findings.some((f) => f.severity === 'error')).length;
  const cases = all.map(({ file, findings }) => {
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    const body = [
      ...errors.map((f) => `      <failure type="${xml(f.rule)}" message="${xml(f.message)}">${xml(`${location(file, f.source, lang)}: ${f.rule}: ${f.message}`)}</failure>`),
      ...(warnings.length ? [`      <system-out>${xml(warnings.map((f) => `${location(file, f.source, lang)}: ${severityWord(f, lang)} ${f.rule}: ${f.message}`).join('\n'))}</system-out>`] : []),
    ];
    return `    <testcase classname="gov-tasks.check" name="${xml(file)}">${body.length ? `\n${body.join('\n')}\n    ` : ''}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gov-tasks check" tests="${all.length}" failures="${failures}">\n` +
    `  <testsuite name="gov-tasks check" tests="${all.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded (Chinese names too). */
export function pathToUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map((seg) => encodeURIComponent(seg)).join('/');
}

/** SARIF 2.1.0 for GitHub code scanning: one run, the rule table, a result per finding. */
export function sarif(all: { file: string; findings: readonly Finding[] }[], version: string, lang: Lang = 'en'): object {
  const used = new Set(all.flatMap((x) => x.findings.map((f) => f.rule)));
  // Rules of our table first, then ids passed through from new diagnostics.
  const ids = [...RULES.map((r) => r.id), ...[...used].filter((id) => !ruleById.has(id)).sort()];
  const rules = ids.map((id) => {
    const r = ruleById.get(id);
    return {
      id,
      shortDescription: { text: ruleSummary(id, lang) ?? id },
      ...(r && ruleFix(id, lang) ? { help: { text: ruleFix(id, lang)! } } : {}),
      defaultConfiguration: { enabled: r ? r.level !== 'off' : true, level: r?.level === 'error' ? 'error' : 'warning' },
    };
  });
  const results = all.flatMap(({ file, findings }) => findings.map((f) => {
    const line = fileLine(f.source);
    const place = !line && placeText(f.source, lang) ? ` (${placeText(f.source, lang)})` : '';
    return {
      ruleId: f.rule,
      ruleIndex: ids.indexOf(f.rule),
      level: f.severity,
      message: { text: f.message + place },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: pathToUri(file) },
          ...(line ? { region: { startLine: line, startColumn: 1 } } : {}),
        },
      }],
    };
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'gov-tasks', version, rules } },
      results,
    }],
  };
}
