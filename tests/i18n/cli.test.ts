// The command line speaks the user's language: LANG/LC_ALL zh_* or --lang zh gives Chinese
// errors, diagnostics, summary line and help; rule ids stay as they are.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gov-tasks.js');
const SEED_002 = join(ROOT, 'fixtures', 'seeds', '002_2c6f66eac2dcb85f.txt');

function run(args: string[], env: Record<string, string>) {
  const base = { ...process.env };
  for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete base[k];
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...base, ...env }, timeout: 60_000 });
}

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
});
