// `gov-tasks parse --by unit` through the built CLI: one name per department, the name as
// written kept, and a user's aliases from .gov-tasks.yaml (units.aliases).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import { SEED_002 } from './expected.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'gov-tasks.js');
interface Row { unit: string; unitAsWritten: string; collective: boolean; role: string; id: string }

function byUnit(cwd: string): Row[] {
  const r = spawnSync(process.execPath, [BIN, 'parse', SEED_002, '--by', 'unit', '-f', 'ndjson', '-q', '--lang', 'en'], { cwd, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Row);
}

describe('parse --by unit', () => {
  it('lists 市场监督管理局 of seed 002 under one name, with the name as written', () => {
    const rows = byUnit(tempDir('units'));
    const market = rows.filter((r) => r.unitAsWritten.includes('市场监'));
    expect(market.length).toBe(2);
    expect(new Set(market.map((r) => r.unit))).toEqual(new Set(['市市场监督管理局']));
    expect(new Set(market.map((r) => r.unitAsWritten))).toEqual(new Set(['市市场监管局', '市市场监督管理局']));
    expect(rows.find((r) => r.unit === '市政府各部门')?.collective).toBe(true);
    expect(rows.find((r) => r.unit === '市财政局')?.collective).toBe(false);
  });

  it("groups by the user's own aliases from .gov-tasks.yaml", () => {
    const dir = tempDir('units');
    writeFileSync(join(dir, '.gov-tasks.yaml'), 'units:\n  aliases:\n    市乡村振兴局: 市农业农村局\n');
    const rows = byUnit(dir).filter((r) => r.unitAsWritten === '市乡村振兴局');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.unit === '市农业农村局')).toBe(true);
  });
});
