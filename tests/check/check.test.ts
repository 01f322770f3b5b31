// gov-tasks check: rules computed from the parse result, configuration, and the reporters'
// formats (SARIF validated against the OASIS SARIF 2.1.0 schema).
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { SaxesParser } from 'saxes';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

// Each test spawns the CLI, several times: slow on a loaded two-core machine, not hung.
vi.setConfig({ testTimeout: 120_000 });
import { parseBytes, parseFile } from '../../src/pipeline.js';
import { findingsOf, isCalendarDate, type Finding } from '../../src/check/findings.js';
import { ConfigError, applyRuleFlags, findConfig, loadConfig } from '../../src/check/config.js';
import { createReporter, sarif } from '../../src/check/reporters.js';
import type { Level } from '../../src/check/rules.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'gov-tasks.js');
const SEED_002 = join(root, 'fixtures', 'seeds', '002_2c6f66eac2dcb85f.txt');
const SEED_000 = join(root, 'fixtures', 'seeds', '000_cdc8212ff34390a1.txt');
const NOTICE = join(import.meta.dirname, 'fixtures', 'rules-notice.txt');
const none = new Map<string, Level>();
const tmp = () => tempDir('check');
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.source?.line ?? '-'}`);

describe('rules', () => {
  it("002's missing （十五） is a numbering-gap error at line 73", async () => {
    const fs = findingsOf(await parseFile(SEED_002), none);
    const gap = fs.find((f) => f.rule === 'numbering-gap')!;
    expect(gap.severity).toBe('error');
    expect(gap.source?.line).toBe(73);
    expect(gap.message).toMatch(/（十五）.*add the missing item/);
  });

  it('finds level skips, mixed marker widths, a 文号 with a leading zero and a deadline before the notice', async () => {
    const fs = findingsOf(await parseFile(NOTICE), none);
    expect(rules(fs)).toEqual(['docnumber-format@3', 'heading-level-skip@11', 'marker-width-mixed@11', 'deadline-past@11']);
    expect(fs[0].message).toContain('某政办发〔2023〕5号');
  });

  it('000 writes (三) among （一）（二）: marker-width-mixed', async () => {
    const fs = findingsOf(await parseFile(SEED_000), none);
    expect(fs.filter((f) => f.rule === 'marker-width-mixed').map((f) => f.source?.line)).toEqual([47]);
  });

  it('levels from the configuration turn rules off, to warnings or to errors', async () => {
    const table = await parseFile(NOTICE);
    const levels = new Map<string, Level>();
    applyRuleFlags(levels, ['heading-level-skip=off', 'deadline-past=error', 'docnumber-missing=error']);
    const fs = findingsOf(table, levels);
    expect(fs.some((f) => f.rule === 'heading-level-skip')).toBe(false);
    expect(fs.find((f) => f.rule === 'deadline-past')!.severity).toBe('error');
    expect(fs.some((f) => f.rule === 'docnumber-missing')).toBe(false); // it has a 文号
    expect(() => applyRuleFlags(levels, ['nope=off'])).toThrow(/unknown rule nope/);
    expect(() => applyRuleFlags(levels, ['deadline-past=loud'])).toThrow(/id=off, id=warn or id=error/);
  });

  it('spells every finding and its fix in Chinese when asked, the rule ids and positions unchanged', async () => {
    for (const file of [SEED_002, NOTICE, SEED_000]) {
      const table = await parseFile(file);
      const en = findingsOf(table, none);
      const zh = findingsOf(table, none, 'zh');
      expect(zh.map((f) => [f.rule, f.severity, f.source])).toEqual(en.map((f) => [f.rule, f.severity, f.source]));
      for (const f of zh) {
        expect(f.message).toMatch(/[\u4e00-\u9fff]/);
        expect(f.message).not.toMatch(/\{\w+\}| — |\b(numbering|skips|marker|deadline|should|write|add)\b/);
      }
    }
    const notice = findingsOf(await parseFile(NOTICE), none, 'zh');
    expect(notice.map((f) => f.message)).toEqual([
      expect.stringMatching(/^文号“.*”应写作某政办发〔2023〕5号。年份用六角括号/),
      expect.stringMatching(/直接位于.*之下，跳过了 \d+ 级标题。请逐级使用编号/),
      expect.stringMatching(/^编号“.*”的写法与同级其他 \d+ 个编号/),
      expect.stringMatching(/^完成时限.*早于公文的成文日期.*。请核对完成时限的年份$/),
    ]);
  });

  describe('findings about the document fields point at their line', () => {
    const notice = (lines: string[]) => parseBytes(new TextEncoder().encode(lines.join('\n') + '\n'), { file: 'n.txt' });
    const body = ['一、总体要求', '1.加强组织领导。（牵头单位：县政府办；完成时限：2023年6月底前）', '', '某某县人民政府办公室'];
    const at = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => `${f.source?.line}: ${f.message}`);
    const all = new Map<string, Level>([['docnumber-missing', 'warn']]);

    it('date-invalid at the 成文日期 line', async () => {
      const fs = findingsOf(await notice(['某政办发〔2023〕5号', '', '关于做好2023年重点工作的通知', '', ...body, '2023年2月30日']), all);
      expect(at(fs, 'date-invalid')).toEqual([expect.stringMatching(/^9: 成文日期 2023-02-30/)]);
      expect(at(fs, 'docnumber-missing')).toEqual([]);
    });

    it('docnumber-format at the 文号 line', async () => {
      const fs = findingsOf(await notice(['', '某政办发〔2023〕第5号', '关于做好2023年重点工作的通知', '', ...body, '2023年3月1日']), all);
      expect(at(fs, 'docnumber-format')).toEqual([expect.stringMatching(/^2: 文号 "某政办发〔2023〕第5号" should be written 某政办发〔2023〕5号/)]);
    });

    it("docnumber-missing at the title's line, or at line 1 without a title, and says which", async () => {
      const titled = findingsOf(await notice(['', '', '关于做好2023年重点工作的通知', '', ...body, '2023年3月1日']), all);
      expect(at(titled, 'docnumber-missing')).toEqual([expect.stringMatching(/^3: no 文号 found \(reported at the title\)/)]);
      const bare = findingsOf(await notice(['', ...body, '2023年3月1日']), all);
      expect(at(bare, 'docnumber-missing')).toEqual([expect.stringMatching(/^1: no 文号 found \(reported at the first line\)/)]);
    });
  });

  it('knows a calendar day', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
  });
});

describe('.gov-tasks.yaml', () => {
  it('is found upward from the working directory', async () => {
    const d = tmp();
    mkdirSync(join(d, 'a', 'b'), { recursive: true });
    writeFileSync(join(d, '.gov-tasks.yaml'), 'rules:\n  heading-level-skip: off\nignore:\n  - "**/草稿/**"\n');
    const path = await findConfig(join(d, 'a', 'b'));
    expect(path).toBe(join(d, '.gov-tasks.yaml'));
    const config = await loadConfig(path);
    expect(config.rules.get('heading-level-skip')).toBe('off');
    expect(config.ignore).toEqual(['**/草稿/**']);
  });

  it.each([
    ['rules:\n  numbering-gapp: off\n', /rules\.numbering-gapp/],
    ['rules:\n  numbering-gap: loud\n', /rules\.numbering-gap: must be off, warn or error/],
    ['rule:\n  numbering-gap: off\n', /unknown key rule/],
    ['ignore: "*.pdf"\n', /ignore: /],
    ['rules: [\n', /not valid YAML/],
  ])('names the key of a mistake: %j', async (text, message) => {
    const d = tmp();
    writeFileSync(join(d, '.gov-tasks.yaml'), text);
    await expect(loadConfig(join(d, '.gov-tasks.yaml'))).rejects.toThrow(ConfigError);
    await expect(loadConfig(join(d, '.gov-tasks.yaml'))).rejects.toThrow(message);
  });
});

describe('reporters', () => {
  const sample = async () => [
    { file: '县A/通知.txt', findings: findingsOf(await parseFile(SEED_002), none).map((f) => ({ ...f, file: '县A/通知.txt' })) },
    { file: 'scan.pdf', findings: [{ file: 'scan.pdf', rule: 'unreadable', severity: 'error' as const, message: 'no text layer, 100%', source: { page: 2, line: 3 } }] },
  ];

  it('sarif validates against the SARIF 2.1.0 schema', async () => {
    // tests/check/fixtures/sarif-schema-2.1.0.json: OASIS sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json
    // (errata 01). It is draft-04; Ajv 8 reads it as draft-07 once `id` is `$id` (it uses no other draft-04-only keyword).
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    schema.$id = schema.id;
    delete schema.id;
    delete schema.$schema;
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
    ajv.addFormat('uri-reference', /^\S+$/);
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T/);
    const validate = ajv.compile(schema);
    const log = sarif(await sample(), '1.0.0') as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const first = log.runs[0].results[0].locations[0].physicalLocation;
    expect(first.artifactLocation.uri).toBe('%E5%8E%BFA/%E9%80%9A%E7%9F%A5.txt');
    expect(first.region?.startLine).toBe(73);
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false); // the schema does bite
  });

  it('github prints workflow annotations, escaping what the format reserves', async () => {
    const r = await createReporter('github', { version: '1' });
    const [a, b] = await sample();
    const lines = (r.file(a.file, a.findings) + r.file(b.file, b.findings)).trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^::(error|warning) file=[^,:]+(,line=\d+,col=\d+)?,title=[a-z-]+::\S/);
    expect(lines[0]).toMatch(/^::error file=县A\/通知\.txt,line=73,col=1,title=numbering-gap::numbering skips （十五）/);
    expect(lines.at(-1)).toBe('::error file=scan.pdf,title=unreadable::no text layer, 100%25 (page 2, line 3)');
  });

  it('junit is well-formed XML with one failing test case per notice with errors', async () => {
    const r = await createReporter('junit', { version: '1' });
    for (const x of await sample()) r.file(x.file, x.findings);
    const text = r.end();
    const cases: string[] = [];
    const parser = new SaxesParser();
    parser.on('opentag', (t) => { if (t.name === 'testcase') cases.push(String(t.attributes.name)); });
    parser.write(text).close();
    expect(cases).toEqual(['县A/通知.txt', 'scan.pdf']);
    expect(text).toContain('failures="2"');
  });

  it('pretty groups by file with file:line:col', async () => {
    const r = await createReporter('pretty', { version: '1' });
    const [a] = await sample();
    expect(r.file(a.file, a.findings)).toMatch(/^县A\/通知\.txt\n {2}县A\/通知\.txt:73:1 {2}error {4}numbering skips/);
  });
});

describe('reporters in Chinese', () => {
  const sample = async () => [
    { file: '县A/通知.txt', findings: findingsOf(await parseFile(SEED_002), none, 'zh').map((f) => ({ ...f, file: '县A/通知.txt' })) },
    { file: 'scan.pdf', findings: [{ file: 'scan.pdf', rule: 'unreadable', severity: 'warning' as const, message: '没有文字层', source: { page: 2, line: 3 } }] },
  ];

  it('pretty and github say severities and places in Chinese; rule ids stay', async () => {
    const [a, b] = await sample();
    const pretty = await createReporter('pretty', { version: '1', lang: 'zh' });
    expect(pretty.file(a.file, a.findings)).toMatch(/^县A\/通知\.txt\n {2}县A\/通知\.txt:73:1 {2}错误 {2}编号不连续.* {2}numbering-gap\n/);
    expect(pretty.file(b.file, b.findings)).toContain('scan.pdf (第2页，第3行)  警告  没有文字层  unreadable');
    const github = await createReporter('github', { version: '1', lang: 'zh' });
    expect(github.file(b.file, b.findings)).toBe('::warning file=scan.pdf,title=unreadable::没有文字层 (第2页，第3行)\n');
  });

  it('junit and sarif: machine fields as in English, text in Chinese', async () => {
    const all = await sample();
    const junit = await createReporter('junit', { version: '1', lang: 'zh' });
    for (const x of all) junit.file(x.file, x.findings);
    const xml = junit.end();
    expect(xml).toContain('<failure type="numbering-gap" message="编号不连续');
    expect(xml).toContain('scan.pdf (第2页，第3行): 警告 unreadable: 没有文字层');
    const zh = sarif(all, '1', 'zh') as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help?: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string }[] }[] };
    const en = sarif(all, '1') as typeof zh;
    const machine = (log: typeof zh) => log.runs[0].results.map((r) => [r.ruleId, r.ruleIndex, r.level]);
    expect(machine(zh)).toEqual(machine(en));
    expect(zh.runs[0].tool.driver.rules.map((r) => r.id)).toEqual(en.runs[0].tool.driver.rules.map((r) => r.id));
    for (const r of zh.runs[0].tool.driver.rules) expect(r.shortDescription.text + r.help?.text).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('gov-tasks check (CLI)', () => {
  it('exits 1 on an error finding, 0 when it is made a warning, 2 on a bad rule or config', () => {
    const r = run(['check', 'fixtures/seeds', '--reporter', 'github']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=fixtures/seeds/002_2c6f66eac2dcb85f.txt,line=73,col=1,title=numbering-gap::');
    expect(r.stderr).toMatch(/7 inputs: 7 parsed .* with findings, 0 unreadable, 0 timed out; 2 errors/);
    expect(run(['check', SEED_002, '--rule', 'numbering-gap=warn', '-q']).status).toBe(0);
    const bad = run(['check', SEED_002, '--rule', 'numbering=off']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule numbering/);
    const d = tmp();
    writeFileSync(join(d, '.gov-tasks.yml'), 'rules:\n  numbering-gap: never\n');
    const cfg = run(['check', SEED_002], d);
    expect(cfg.status).toBe(2);
    expect(cfg.stderr.trim()).toMatch(/\.gov-tasks\.yml: rules\.numbering-gap: must be off, warn or error$/);
  });

  it('an unreadable file is an error finding, and the others are still checked', () => {
    const d = tmp();
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'ok.txt'), readFileSync(SEED_000));
    const r = run(['check', d, '--reporter', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { file: string; findings: Finding[] }[];
    expect(report.map((x) => x.findings[0]?.rule)).toEqual(['unreadable', 'marker-width-mixed']);
  });
});
