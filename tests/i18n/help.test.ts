// The long help (commands in short, formats, rules, examples, exit codes) in both languages: a
// catalogue part of its own, loaded only when help is printed, chosen by the locale or --lang as
// every other message is.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { HELP_TEXTS, type HelpTextId } from '../../src/i18n/help-texts.js';
import { LANGS, MESSAGES, placeholders } from '../../src/i18n/index.js';
import { RULES } from '../../src/check/rules.js';
import { displayWidth } from '../../src/writers/width.js';

vi.setConfig({ testTimeout: 120_000 });

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'gov-tasks.js');
const ids = Object.keys(HELP_TEXTS) as HelpTextId[];
const CJK = /[\u4e00-\u9fff]/;

function help(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete base[k];
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...base, LANG: 'C.UTF-8', ...env }, timeout: 60_000 });
}

/** Lines of an English text that its Chinese text does not share (commands shared by both are not sentences to translate). */
function englishOnlyLines(id: HelpTextId): string[] {
  const zh = new Set(HELP_TEXTS[id].zh.split('\n'));
  return HELP_TEXTS[id].en.split('\n').filter((l) => /[a-z]{2,}/i.test(l) && !zh.has(l) && !l.includes('{'));
}

describe('the help texts', () => {
  it.each(ids)('%s exists in both languages with the same placeholders', (id) => {
    const entry = HELP_TEXTS[id];
    for (const lang of LANGS) expect(entry[lang].trim(), `${id} ${lang}`).toBeTruthy();
    expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
    expect(entry.zh).toMatch(CJK);
    expect(englishOnlyLines(id).length, id).toBeGreaterThan(0);
  });

  it('share no id with the rest of the catalogue', () => {
    expect(ids.filter((id) => Object.hasOwn(MESSAGES, id))).toEqual([]);
  });

  it('are not imported at start-up: nothing main.ts imports statically reaches them', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      // value imports and re-exports of local modules (`import type` is erased by the compiler)
      for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)) {
        walk(resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
      }
    };
    walk(join(ROOT, 'src', 'cli', 'main.ts'));
    expect(seen.size).toBeGreaterThan(10);
    const loaded = [...seen].map((f) => f.slice(ROOT.length + 1).replace(/\\/g, '/'));
    expect(loaded).not.toContain('src/i18n/help-texts.ts');
  });
});

describe('gov-tasks --help in Chinese', () => {
  it('gives the commands in short and the exit codes in Chinese, without their English', () => {
    const r = help(['--help', '--lang', 'zh']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n常用命令：\n  gov-tasks parse 通知.docx ');
    expect(r.stdout).toContain('\n退出码：\n  0  全部输入均已解析');
    expect(r.stdout).toContain('  130 被中断（Ctrl-C）');
    for (const line of [...englishOnlyLines('help.commands'), ...englishOnlyLines('help.exit-codes')]) expect(r.stdout).not.toContain(line);
    expect(help(['--help'], { LANG: 'zh_CN.UTF-8' }).stdout).toBe(r.stdout);
  });

  it('gives the guide of parse in Chinese: formats, columns, --by unit, examples, archives, exit codes', () => {
    const r = help(['help', 'parse'], { LC_ALL: 'zh_CN.UTF-8' });
    expect(r.status).toBe(0);
    for (const s of ['输出格式（-f；', '  xlsx    可直接打印的台账', '  html    核对页（.html）', '--by unit：每个单位的每项任务一行',
      '示例：\n  $ gov-tasks parse 通知.docx ', '批量处理：', '退出码：']) {
      expect(r.stdout).toContain(s);
    }
    for (const line of [...englishOnlyLines('help.parse-guide'), ...englishOnlyLines('help.exit-codes')]) expect(r.stdout).not.toContain(line);
    expect(r.stdout).not.toMatch(/^(Output formats|Examples|Exit codes|Columns of)/m);
  });

  it('gives the guide of check in Chinese, its rule table included, and of schema', () => {
    const r = help(['help', 'check', '--lang', 'zh']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('规则（默认级别）：\n  numbering-gap         error  标题编号有跳号');
    expect(r.stdout.match(/^ {2}[a-z-]+ +(?:off|warn|error) +\S/gm)).toHaveLength(RULES.length);
    for (const s of ['配置文件：.gov-tasks.yaml', '报告格式（--reporter）：', '  sarif   SARIF 2.1.0，用于 GitHub 代码扫描']) expect(r.stdout).toContain(s);
    for (const line of [...englishOnlyLines('help.check-guide'), ...englishOnlyLines('help.exit-codes')]) expect(r.stdout).not.toContain(line);
    const schema = help(['help', 'schema', '--lang', 'zh']);
    expect(schema.stdout).toContain('输出任务台账的 JSON Schema（draft 2020-12）');
    expect(schema.stdout).not.toContain('退出码');
  });
});

describe("commander's own words on a help screen", () => {
  it('are Chinese under --lang zh: titles, the help command, an option\'s choices and default', () => {
    for (const args of [['--help'], ['help', 'parse'], ['check', '--help']]) {
      const r = help([...args, '--lang', 'zh']);
      expect(r.stdout).toMatch(/^用法： gov-tasks/);
      expect(r.stdout).toContain('\n选项：\n');
      expect(r.stdout).not.toMatch(/^(Usage|Arguments|Options|Global Options|Commands):/m);
      expect(r.stdout).not.toMatch(/\((choices|default): |display help for command/);
    }
    expect(help(['--help', '--lang', 'zh']).stdout).toMatch(/\n命令：\n[\s\S]*help \[command\] +显示命令帮助\n/);
    const parse = help(['help', 'parse', '--lang', 'zh']).stdout;
    expect(parse).toContain('\n参数：\n  inputs ');
    expect(parse).toContain('\n全局选项：\n');
    expect(parse).toMatch(/（0\s*表示不限）（默认值："60"）/);
    expect(parse).toMatch(/（可选值："json",\s+"yaml", /);
  });

  it('wrap Chinese descriptions between characters, within 80 columns', () => {
    const parse = help(['help', 'parse', '--lang', 'zh']).stdout;
    const options = parse.slice(0, parse.indexOf(HELP_TEXTS['help.parse-guide'].zh));
    const lines = options.split('\n');
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    // a description goes on under its first line, not under the option names
    expect(options).toMatch(/\n  --by <view> {12}行的组织方式：[^\n]+\n {25}\S/);
  });

  it('keep commander\'s wording in English', () => {
    const parse = help(['help', 'parse']).stdout;
    expect(parse).toMatch(/^Usage: gov-tasks parse \[options\] <inputs\.\.\.>\n/);
    expect(parse).toContain('\nArguments:\n  inputs ');
    expect(parse).toMatch(/\(choices:\s+"task", "unit", default: "task"\)/);
    expect(parse).toContain('(default: "60")');
    expect(parse).toContain('\nGlobal Options:\n');
  });
});

describe('gov-tasks --help in English', () => {
  it('keeps its texts, after the options and a blank line apart', () => {
    const r = help(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  help [command]               display help for command\n\nCommands in short:\n  gov-tasks parse notice.docx ');
    expect(r.stdout.endsWith(`\n\nExit codes:\n  0  every input parsed (check: no error-severity finding)\n${HELP_TEXTS['help.exit-codes'].en.split('\n').slice(2).join('\n')}\n`)).toBe(true);
    expect(r.stdout).not.toMatch(/常用命令|退出码/);
    const parse = help(['help', 'parse']).stdout;
    expect(parse).toContain('\n\nReads notices as .txt (UTF-8 or GB18030/GBK), .docx');
    expect(parse).toContain('\nOutput formats (-f; with -o the file\'s extension picks it when -f is absent):\n  (none)  on a terminal');
    expect(parse).toContain('line counts every input: parsed, with findings, unreadable, timed out.\n\nExit codes:\n');
    expect(parse).not.toMatch(/输出格式|退出码|示例/);
    const check = help(['help', 'check']).stdout;
    expect(check).toContain('Rules (default severity):\n  numbering-gap         error  a heading number is skipped');
    expect(check).not.toMatch(/规则（|退出码/);
  });

  it('goes to stderr with the summaries when it answers a missing command', () => {
    const r = help([], { LANG: 'zh_CN.UTF-8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^用法： gov-tasks[\s\S]*\n\n常用命令：\n[\s\S]*\n\n退出码：\n[\s\S]*退出码为 0。\n$/);
  });
});
