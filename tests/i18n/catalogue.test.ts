// One catalogue, two languages: every message id in both, with the same placeholders, and every
// diagnostic the parser makes on the fixtures spelled from it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { RULES, ruleFix, ruleSummary } from '../../src/check/rules.js';
import {
  CATALOGUE_PARTS, LANGS, MESSAGES, ref, spell, diagnostic, diagnosticMessage, inputErrorMessage, isMessageId, langFromEnv, localiseTable, message, placeholders,
  type MessageId,
} from '../../src/i18n/index.js';
import { parseFile } from '../../src/pipeline.js';

const ids = Object.keys(MESSAGES) as MessageId[];
const CJK = /[\u4e00-\u9fff]/;
/** Chinese text, or a template of Chinese punctuation around placeholders (gov-tasks：{file}：{reason}). */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]/;

describe('the message catalogue', () => {
  it.each(ids)('%s exists in both languages with the same placeholders', (id) => {
    const entry = MESSAGES[id] as Record<string, string>;
    for (const lang of LANGS) expect(entry[lang]?.trim(), `${id} ${lang}`).toBeTruthy();
    expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
    expect(entry.zh).toMatch(CHINESE);
    expect(entry.zh).not.toBe(entry.en);
  });

  it('holds each id in one part only (a later part would silently replace an earlier one)', () => {
    const seen = new Map<string, string>();
    for (const [part, entries] of Object.entries(CATALOGUE_PARTS)) {
      for (const id of Object.keys(entries)) {
        expect(seen.get(id), `${id} in ${part}`).toBeUndefined();
        seen.set(id, part);
      }
    }
    expect(seen.size).toBe(ids.length);
  });

  it('says what every check rule finds and how to fix its findings, in both languages', () => {
    for (const { id } of RULES) {
      for (const lang of LANGS) {
        expect(ruleSummary(id, lang), `rule.${id} ${lang}`).toBeTruthy();
        expect(ruleFix(id, lang), `fix.${id} ${lang}`).toBeTruthy();
      }
    }
  });

  it('spells a message given as a parameter in the same language', () => {
    const params = { what: ref('part.pdf'), says: ref('says.xml'), debug: '' };
    expect(message('en', 'input.cannot-read', params)).toBe('cannot read the PDF: its XML is damaged');
    expect(message('zh', 'input.cannot-read', params)).toBe('无法读取PDF 文件：其中的 XML 已损坏');
    expect(spell('zh', { id: 'no such id' })).toBe('no such id');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(message('zh', 'deadline-unparsed', { deadline: '适时' })).toBe('无法识别的完成时限：适时');
    expect(message('en', 'task-without-unit.table-row', { row: 3 })).toBe('table row 3 names no unit');
    expect(message('en', 'deadline-unparsed')).toBe('deadline not understood: {deadline}');
  });
});

describe('diagnostics', () => {
  it('keep their rule id, English text and the parameters to spell them again', () => {
    const d = diagnostic('task-without-unit.table-row', 'warning', { row: 4 }, { row: 4 });
    expect(d).toMatchObject({ rule: 'task-without-unit', message: 'table row 4 names no unit', messageId: 'task-without-unit.table-row', params: { row: 4 } });
    expect(diagnosticMessage(d, 'zh')).toBe('表格第4行没有写明责任单位');
    expect(diagnosticMessage({ message: 'made without an id' }, 'zh')).toBe('made without an id');
  });

  const seeds = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
  const files = readdirSync(seeds).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)).map((f) => join(seeds, f));
  const variants = join(import.meta.dirname, '..', '..', 'fixtures', 'variants');
  files.push(...readdirSync(variants).filter((f) => f.endsWith('.docx')).map((f) => join(variants, f)));
  files.push(join(import.meta.dirname, '..', '..', 'fixtures', 'pdf', 'mixed-text-and-scan.pdf'));

  it('made by the parser on every fixture come from the catalogue, and read as Chinese', async () => {
    let n = 0;
    for (const f of files) {
      const table = localiseTable(await parseFile(f), 'zh');
      for (const d of table.diagnostics) {
        expect(d.messageId && isMessageId(d.messageId), `${f}: ${d.rule} ${d.message}`).toBe(true);
        expect(d.message).toMatch(CJK);
        expect(d.message).not.toMatch(/\{\w+\}/);
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  }, 60_000);
});

describe('input errors', () => {
  it('are all made from the catalogue: no reader throws an InputError without a message id', () => {
    // The class itself is built only by inputError() (src/i18n), which takes a catalogue id.
    const src = join(import.meta.dirname, '..', '..', 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const makers = files.filter((f) => /new InputError\(/.test(readFileSync(join(src, f), 'utf8')));
    expect(makers.map((f) => f.replace(/\\/g, '/'))).toEqual(['i18n/input-errors.ts']);
  });

  it('are spelled by their id, else by their reason', () => {
    const specific = new InputError('too-large', 'the file is larger than 5 MB', 'input.too-large', { mb: 5 });
    expect(inputErrorMessage(specific, 'zh')).toBe('文件超过 5 MB');
    const general = new InputError('corrupt', 'damaged ZIP central directory');
    expect(inputErrorMessage(general, 'en')).toBe('damaged ZIP central directory');
    expect(inputErrorMessage(general, 'zh')).toBe('文件已损坏，无法读取');
  });
});

describe('langFromEnv', () => {
  const cases: [Record<string, string>, 'zh' | 'en'][] = [
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LANGUAGE: 'zh_CN:en' }, 'zh'],
  ];
  it.each(cases)('%j → %s', (env, lang) => expect(langFromEnv(env)).toBe(lang));
});
