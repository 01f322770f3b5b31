// The rules of `gov-tasks check`: one row each, with its id, its default severity, what it
// finds and how to fix it. Configuration (.gov-tasks.yaml, --rule) changes severities only.

export type Level = 'off' | 'warn' | 'error';

export interface Rule {
  id: string;
  level: Level;
  /** What the rule finds, for --help, SARIF and the README. */
  summary: string;
  /** How to fix a finding: appended to every message, so a clerk knows what to do. */
  fix: string;
}

export const RULES: readonly Rule[] = [
  { id: 'numbering-gap', level: 'error', summary: 'a heading number is skipped (（十四） then （十六）)', fix: 'add the missing item or renumber the ones after it' },
  { id: 'numbering-repeat', level: 'error', summary: 'a heading number repeats or goes back', fix: 'renumber the items so each follows the one before' },
  { id: 'heading-level-skip', level: 'warn', summary: 'a heading skips a level of 一、（一）1.（1） (一、 straight to 1.)', fix: 'use the next level down: 一、 then （一） then 1. then （1）' },
  { id: 'marker-width-mixed', level: 'warn', summary: 'one level of markers mixes full and half width (1. and 1．, (1) and （1）)', fix: 'write every marker of a level the same way' },
  { id: 'task-missing-unit', level: 'warn', summary: 'a task names no 牵头单位 or 责任单位', fix: 'add the responsible unit, e.g. （牵头单位：…；责任单位：…）' },
  { id: 'task-missing-deadline', level: 'warn', summary: 'a task has no 完成时限 while others in the notice do', fix: 'add the deadline, e.g. （完成时限：2023年6月底前）' },
  { id: 'deadline-unparsed', level: 'warn', summary: 'a 完成时限 that gives no date', fix: 'write a date or a period: 2023年6月30日前, 年底前, 每季度, 持续推进' },
  { id: 'deadline-past', level: 'warn', summary: 'a deadline before the notice\'s own date', fix: 'check the year of the deadline' },
  { id: 'clause-not-understood', level: 'warn', summary: 'a responsibility clause that could not be read (unclosed bracket, unknown wording)', fix: 'close the bracket and label the roles: （牵头单位：…；责任单位：…）' },
  { id: 'unit-run-together', level: 'warn', summary: 'unit names written without a separator between them', fix: 'separate the units with 、 or ，' },
  { id: 'docnumber-format', level: 'warn', summary: '文号 not in the GB/T 9704 form 机关代字〔年份〕序号号', fix: 'year in 六角括号 〔〕, no leading zeros, no 第, 号 at the end' },
  { id: 'docnumber-missing', level: 'off', summary: 'the notice has no 文号', fix: 'add the 发文字号 under the 发文机关标志' },
  { id: 'date-invalid', level: 'error', summary: 'a date that is not in the calendar (2023年2月30日)', fix: 'correct the day or the month' },
  { id: 'unreadable', level: 'error', summary: 'the file, or part of it, could not be read (corrupt, encrypted, scanned, too large, too slow)', fix: 'save it again as .docx or a PDF with text, or check that it opens' },
];

export const RULE_IDS = RULES.map((r) => r.id);
export const ruleById = new Map(RULES.map((r) => [r.id, r]));

/**
 * Diagnostics the parse already reports, under the id `check` knows them by. A diagnostic of
 * another id is still reported, under its own id and severity, so a new one is never lost.
 */
export const DIAGNOSTIC_RULES: Readonly<Record<string, string>> = {
  'numbering-gap': 'numbering-gap',
  'numbering-repeat': 'numbering-repeat',
  'task-without-unit': 'task-missing-unit',
  'task-without-deadline': 'task-missing-deadline',
  'deadline-unparsed': 'deadline-unparsed',
  'clause-unclosed': 'clause-not-understood',
  'clause-not-understood': 'clause-not-understood',
  'unit-run-together': 'unit-run-together',
  'doc-number-malformed': 'docnumber-format',
  'pdf-page-no-text': 'unreadable',
};
