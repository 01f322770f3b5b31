// The rules of ../shared/eval/GOLD.md (copied into fixtures/seeds/GOLD.md) as a small scorer,
// so the project's own tests hold the seeds to the same expectations without ../shared.
import { readFileSync } from 'node:fs';
import type { TaskTable } from '../../src/schema.js';

export interface Gold {
  document: Record<string, string | string[] | null>;
  headings: { level: number; marker: string; title: string }[];
  tasks: { anchor: string; section: string; leadUnits: string[]; responsibleUnits: string[]; deadline: { date: string | null; kind: string } | null }[];
}

const norm = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/[\s*]/g, '').replace(/[<〈]/g, '(').replace(/[>〉]/g, ')');
const normUnit = (u: string) => norm(u).replace(/等(有关|相关|其他)?(县级|市级|区级|市直|县直|省直)?(部门|单位|机构)?$/, '');
const unitSet = (l: string[]) => new Set(l.map(normUnit).filter(Boolean));
const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

export function loadGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

export interface Score { taskHit: number; taskGold: number; taskPred: number; fieldMisses: string[]; headHit: number; headGold: number; headPred: number; docMisses: string[] }

export function score(gold: Gold, pred: TaskTable): Score {
  const docMisses: string[] = [];
  for (const f of ['docNumber', 'issuer', 'title', 'date'] as const) {
    const g = gold.document[f] ?? null, p = pred.document[f] ?? null;
    const ok = (v: string | null) => (v === null ? p === null : p !== null && norm(v) === norm(p));
    if (!(Array.isArray(g) ? g.some(ok) : ok(g))) docMisses.push(`${f}: want ${JSON.stringify(g)} got ${JSON.stringify(p)}`);
  }
  const used = new Set<number>();
  let headHit = 0;
  for (const g of gold.headings) {
    const i = pred.headings.findIndex((p, k) => !used.has(k) && p.level === g.level && norm(p.marker) === norm(g.marker) && norm(p.title).slice(0, 6) === norm(g.title).slice(0, 6));
    if (i >= 0) { used.add(i); headHit++; }
  }
  const taken = new Set<number>();
  const texts = pred.tasks.map((t) => norm(`${t.title ?? ''}${t.text}`));
  const fieldMisses: string[] = [];
  let taskHit = 0;
  for (const g of gold.tasks) {
    const i = texts.findIndex((t, k) => !taken.has(k) && t.includes(norm(g.anchor)));
    if (i < 0) { fieldMisses.push(`missed: ${g.anchor}`); continue; }
    taken.add(i); taskHit++;
    const p = pred.tasks[i];
    if (!same(unitSet(g.leadUnits), unitSet(p.leadUnits))) fieldMisses.push(`lead @${g.anchor}: ${p.leadUnits}`);
    if (!same(unitSet(g.responsibleUnits), unitSet([...p.responsibleUnits, ...p.cooperatingUnits]))) fieldMisses.push(`resp @${g.anchor}: ${p.responsibleUnits}`);
    const gd = g.deadline, pd = p.deadline;
    if (!(gd === null ? pd === null : pd !== null && pd.date === gd.date && pd.kind === gd.kind)) fieldMisses.push(`deadline @${g.anchor}: ${JSON.stringify(pd)}`);
    if (g.section && !p.path.map((e) => norm(e.marker + e.title)).join('|').includes(norm(g.section))) fieldMisses.push(`section @${g.anchor}`);
  }
  return { taskHit, taskGold: gold.tasks.length, taskPred: pred.tasks.length, fieldMisses, headHit, headGold: gold.headings.length, headPred: pred.headings.length, docMisses };
}
