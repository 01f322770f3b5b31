// The command line speaks the user's language: LANG/LC_ALL zh_* or --lang zh gives Chinese
// errors, diagnostics, summary line and help; rule ids stay as they are.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

// Each test spawns the CLI a few times: slow on a loaded two-core machine, not hung.
vi.setConfig({ testTimeout: 120_000 });

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gov-tasks.js');
const SEED_002 = join(ROOT, 'fixtures', 'seeds', '002_2c6f66eac2dcb85f.txt');

const run = (args: string[], env: Record<string, string>) => spawnLang(args, env, ROOT);

const CJK = /[\u4e00-\u9fff]/;

describe('gov-tasks in Chinese', () => {
  it('LANG=zh_CN.UTF-8 gov-tasks parse missing.docx prints one Chinese line', () => {
    const r = run(['parse', 'missing.docx'], { LANG: 'zh_CN.UTF-8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('gov-tasks：missing.docx：文件不存在\n');
    const en = run(['parse', 'missing.docx'], { LANG: 'en_US.UTF-8' });
    expect(en.stderr).toBe('gov-tasks: missing.docx: no such file\n');
  });

  it('--lang wins over the locale, both ways', () => {
    expect(run(['parse', 'missing.docx', '--lang', 'zh'], { LANG: 'C.UTF-8' }).stderr).toMatch(CJK);
    expect(run(['parse', 'missing.docx', '--lang=en'], { LC_ALL: 'zh_CN.UTF-8' }).stderr).not.toMatch(CJK);
    const bad = run(['--lang', 'fr', 'parse', 'missing.docx'], {});
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says diagnostics and the summary line in Chinese, with the rule ids unchanged', () => {
    const r = run(['parse', SEED_002, 'nope.txt', '-f', 'json'], { LC_ALL: 'zh_CN.UTF-8' });
    expect(r.stderr).toContain('：警告 numbering-gap：编号不连续');
    expect(r.stderr).toMatch(/gov-tasks：共 2 个输入：已解析 1 个（47 项任务）/);
    const json = JSON.parse(r.stdout);
    const gap = json.diagnostics.find((d: { rule: string }) => d.rule === 'numbering-gap');
    expect(gap).toMatchObject({ messageId: 'numbering-gap', message: expect.stringMatching(CJK) });
    const en = run(['parse', SEED_002, '-f', 'json', '-q'], { LANG: 'en_US.UTF-8' });
    expect(JSON.parse(en.stdout).diagnostics[0].message).toMatch(/^numbering skips/);
  });

  it('gives usage errors and help summaries in Chinese', () => {
    const u = run(['parse', SEED_002, '-o', 'x.xls'], { LANG: 'zh_CN.UTF-8' });
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/^gov-tasks：x\.xls：\.xls 不是输出格式/);
    const help = run(['help', 'parse'], { LANG: 'zh_CN.UTF-8' });
    expect(help.stdout).toContain('解析公文，输出任务台账');
    expect(help.stdout).toContain('--no-ledger-columns');
    expect(help.stdout).toContain('--lang');
    expect(run(['--help'], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('常用命令');
  });

  it("says commander's own errors in Chinese too, as one line", () => {
    const unknown = run(['parse', SEED_002, '--formt', 'json'], { LANG: 'zh_CN.UTF-8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('gov-tasks：未知选项 --formt（是否想输入 --format？）\n');
    expect(run(['parse', SEED_002, '-f', 'docx'], { LANG: 'zh_CN.UTF-8' }).stderr).toMatch(/^gov-tasks：选项 -f, --format <format> 的取值“docx”无效，可选值为 json, /);
    expect(run(['parse'], { LANG: 'zh_CN.UTF-8' }).stderr).toBe('gov-tasks：缺少参数 inputs\n');
    expect(run(['parse', SEED_002, '--formt', 'json'], { LANG: 'C.UTF-8' }).stderr).toBe("gov-tasks: unknown option '--formt' (did you mean --format?)\n");
  });
});

describe('gov-tasks check in Chinese', () => {
  it('prints Chinese findings at file:line:col with their fix, the rule ids as they are; --lang en English', () => {
    const zh = run(['check', 'fixtures/seeds', '--no-color'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.status).toBe(1);
    expect(zh.stdout).toMatch(/fixtures\/seeds\/002_2c6f66eac2dcb85f\.txt:73:1 {2}错误 {2}编号不连续，缺少（十五）.*。请补上缺少的一项.* {2}numbering-gap\n/);
    expect(zh.stdout).toMatch(/000_cdc8212ff34390a1\.txt:47:1 {2}警告 {2}编号“\(三\)”的写法.* {2}marker-width-mixed\n/);
    expect(zh.stdout).not.toMatch(/\b(error|warning|numbering skips|is written unlike)\b/);
    expect(zh.stderr).toMatch(/^gov-tasks：共 7 个输入/m);
    const en = run(['check', 'fixtures/seeds', '--no-color', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.stdout).toMatch(/002_2c6f66eac2dcb85f\.txt:73:1 {2}error {4}numbering skips （十五）.* — add the missing item/);
    expect(en.stdout).not.toMatch(/错误|警告|编号不连续/);
  });

  it('keeps the machine fields of sarif, github and json as they are and spells their text in Chinese', () => {
    const sarif = JSON.parse(run(['check', SEED_002, '-r', 'sarif'], { LANG: 'zh_CN.UTF-8' }).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'numbering-gap');
    expect(result).toMatchObject({ level: 'error', message: { text: expect.stringMatching(/^编号不连续/) } });
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'numbering-gap');
    expect(rule.shortDescription.text).toMatch(CJK);
    const gh = run(['check', SEED_002, '-r', 'github'], { LANG: 'zh_CN.UTF-8' }).stdout;
    expect(gh).toMatch(/^::error file=.*002_2c6f66eac2dcb85f\.txt,line=73,col=1,title=numbering-gap::编号不连续/m);
    const json = JSON.parse(run(['check', SEED_002, '-r', 'json'], { LANG: 'zh_CN.UTF-8' }).stdout);
    expect(json[0].findings[0]).toMatchObject({ rule: 'numbering-gap', severity: 'error', message: expect.stringMatching(CJK) });
  });

  it('says what is wrong with .gov-tasks.yaml in Chinese, naming the key', () => {
    const d = tempDir('zh');
    writeFileSync(join(d, '.gov-tasks.yaml'), 'rules:\n  numbering-gap: loud\n');
    const r = spawnLang(['check', SEED_002], { LANG: 'zh_CN.UTF-8' }, d);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`gov-tasks：${join(d, '.gov-tasks.yaml')}：rules.numbering-gap 的取值应为 off、warn 或 error\n`);
    writeFileSync(join(d, '.gov-tasks.yaml'), 'ignore: "*.pdf"\n');
    expect(spawnLang(['parse', SEED_002], { LANG: 'zh_CN.UTF-8' }, d).stderr).toMatch(/：ignore 应为列表/);
    expect(run(['check', SEED_002, '--rule', 'numbering=off'], { LANG: 'zh_CN.UTF-8' }).stderr).toMatch(/^gov-tasks：--rule numbering=off：未知规则 numbering；/);
  });

  it('says why an input or an output failed in Chinese, from the reader\'s own message', () => {
    const d = tempDir('zh');
    // A Word file cut short: its parts are there, the ZIP's central directory is not.
    writeFileSync(join(d, 'cut.docx'), readFileSync(join(ROOT, 'fixtures', 'docx', '000_cdc8212ff34390a1.docx')).subarray(0, 3000));
    const input = run(['parse', join(d, 'cut.docx')], { LANG: 'zh_CN.UTF-8' });
    expect(input.status).toBe(3);
    expect(input.stderr).toBe(`gov-tasks：${join(d, 'cut.docx')}：不是可读的 ZIP 压缩包（没有中央目录；文件不完整或已损坏）\n`);
    const output = run(['parse', SEED_002, '-o', join(d, 'no', 'such', 'x.json')], { LANG: 'zh_CN.UTF-8' });
    expect(output.status).toBe(4);
    expect(output.stderr).toBe(`gov-tasks：${join(d, 'no', 'such', 'x.json')}：文件夹不存在\n`);
  });
});

function spawnLang(args: string[], env: Record<string, string>, cwd: string) {
  const base = { ...process.env };
  for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete base[k];
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env }, timeout: 60_000 });
}
