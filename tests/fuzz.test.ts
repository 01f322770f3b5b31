// Fuzzing: mutants of the fixtures (bit flips, truncations, zip-, XML-, OLE- and PDF-level edits)
// from a fixed seed, all parsed by one CLI run with a per-file time limit. Each must end in valid
// output or one clean line: no crash, no hang, no stack trace, no library wording.
// GOV_TASKS_FUZZ=2000 runs more mutants; GOV_TASKS_FUZZ_SEED=n another seed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/temp-dir.js';
import { ZipArchive } from '../src/readers/docx/zip.js';
import { storeZip } from './support/store-zip.js';
import { TaskTableSchema } from '../src/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (p: string) => readFileSync(join(root, 'fixtures', p));
const COUNT = Number(process.env.GOV_TASKS_FUZZ ?? 240);
const SEED = Number(process.env.GOV_TASKS_FUZZ_SEED ?? 20240601);

/** mulberry32: a small seeded generator, so every run makes the same mutants. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}
type Rng = ReturnType<typeof generator>;

// Byte-level edits, for every format.
const flipBits = (r: Rng, b: Buffer) => {
  const c = Buffer.from(b);
  for (let k = 1 + r.int(16); k > 0; k--) c[r.int(c.length)] ^= 1 << r.int(8);
  return c;
};
const truncate = (r: Rng, b: Buffer) => b.subarray(0, 1 + r.int(b.length - 1));
const cutOrRepeat = (r: Rng, b: Buffer) => {
  const at = r.int(b.length), len = 1 + r.int(Math.min(4096, b.length - at));
  const piece = b.subarray(at, at + len);
  return r.next() < 0.5 ? Buffer.concat([b.subarray(0, at), b.subarray(at + len)]) : Buffer.concat([b.subarray(0, at), ...Array(1 + r.int(50)).fill(piece), b.subarray(at)]);
};
const EDGE = [0, 1, 0x7fffffff, 0xffffffff, 0xfffffffe, 0x10000, 0xff];
const write32 = (r: Rng, b: Buffer, off: number) => { if (off + 4 <= b.length) b.writeUInt32LE(r.next() < 0.5 ? r.pick(EDGE) : r.int(0x100000), off); };

/** Zip-level: a field of a central-directory record (sizes, offset, method, name length) set to an edge value. */
function zipEdit(r: Rng, b: Buffer): Buffer {
  const c = Buffer.from(b);
  const records: number[] = [];
  for (let i = c.indexOf('PK\x01\x02'); i >= 0; i = c.indexOf('PK\x01\x02', i + 4)) records.push(i);
  if (!records.length) return flipBits(r, c);
  const rec = r.pick(records);
  const field = r.pick([10, 16, 20, 24, 28, 42]);
  if (field === 10 || field === 28) c.writeUInt16LE(r.pick([0, 1, 8, 12, 99, 0xffff]), rec + field);
  else write32(r, c, rec + field);
  return c;
}

/** XML-level: document.xml (or numbering/styles) edited as text, then stored in a fresh zip. */
const XML_EDITS: Array<(r: Rng, xml: string) => string> = [
  (r, x) => { const i = x.indexOf('</w:p>', r.int(x.length)); return i < 0 ? x.slice(0, -20) : x.slice(0, i) + x.slice(i + 6); },
  (r, x) => x.replace('<w:body>', '<w:body>' + '<w:p><w:r><w:t>加强管理（县财政局牵头负责）</w:t></w:r></w:p>'.repeat(1 + r.int(3000))),
  (_, x) => x.replace(/^(<\?xml[^>]*\?>)?/, (d) => `${d}<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>`),
  (r, x) => x.replace('<w:body>', '<w:body><w:p>' + '<w:hyperlink>'.repeat(1 + r.int(20000)) + '<w:r><w:t>x</w:t></w:r>' + '</w:hyperlink>'.repeat(1 + r.int(20000)) + '</w:p>'),
  (r, x) => x.replace(/w:val="\d+"/g, (m) => (r.next() < 0.3 ? `w:val="${r.pick(['2147483647', '-1', '99999999999999999999', '0'])}"` : m)),
  (r, x) => { const i = r.int(x.length); return x.slice(0, i) + r.pick(['&undefined;', '<', ']]>', '\u0000', '<w:t>', '"', '&#0;', '&#xD800;']) + x.slice(i); },
  (r, x) => x.replace(/<w:lvlText w:val="[^"]*"/g, (m) => (r.next() < 0.5 ? `<w:lvlText w:val="${'%1'.repeat(1 + r.int(100000))}"` : m)),
];
function xmlEdit(r: Rng, b: Buffer): Buffer {
  const zip = new ZipArchive(b);
  const names = [...zip.entries.keys()];
  const target = r.pick(names.filter((n) => /document|numbering|styles/.test(n)));
  return storeZip(names.map((name) => {
    const data = zip.read(name)!;
    return { name, data: name === target ? Buffer.from(r.pick(XML_EDITS)(r, data.toString('utf8'))) : data };
  }));
}

/** OLE-level: a header field, a FAT entry or a directory link set to an edge value or to a loop. */
function oleEdit(r: Rng, b: Buffer): Buffer {
  const c = Buffer.from(b);
  const fat0 = (c.readUInt32LE(0x4c) + 1) * 512;
  const dir = (c.readUInt32LE(0x30) + 1) * 512;
  switch (r.int(4)) {
    case 0: write32(r, c, r.pick([0x2c, 0x30, 0x38, 0x3c, 0x40, 0x44, 0x48, 0x4c])); break;
    case 1: { const s = r.int(128); c.writeUInt32LE(r.next() < 0.5 ? s : r.int(128), fat0 + s * 4); break; } // a self- or back-link
    case 2: write32(r, c, fat0 + r.int(128) * 4); break;
    default: write32(r, c, dir + r.int(4) * 128 + r.pick([0x44, 0x48, 0x4c, 0x74, 0x78])); break;
  }
  return c;
}

/** PDF-level: startxref, a /Length or an object number changed; a Type1 /Encoding code made huge. */
function pdfEdit(r: Rng, b: Buffer): Buffer {
  const s = b.toString('latin1');
  const edits: Array<() => string> = [
    () => s.replace(/startxref\s+\d+/, `startxref\n${r.int(b.length * 2)}`),
    () => { const all = [...s.matchAll(/\/Length (\d+)/g)]; if (!all.length) return s; const m = r.pick(all); return s.slice(0, m.index) + `/Length ${r.pick([0, 1, 99999999, Number(m[1]) * 2])}` + s.slice(m.index! + m[0].length); },
    () => { const all = [...s.matchAll(/(\d+) 0 obj/g)]; if (!all.length) return s; const m = r.pick(all); return s.slice(0, m.index) + `${r.int(100000)} 0 obj` + s.slice(m.index! + m[0].length); },
    () => s.replace(/\/Count \d+/, `/Count ${r.pick([0, 2147483647, 100000])}`),
    () => s.replace(/\/Kids \[/, '/Kids [' + '1 0 R '.repeat(1 + r.int(1000))),
  ];
  return Buffer.from(r.pick(edits)(), 'latin1');
}

/** Text-level: control characters, brackets, stars and spaces dropped into the notice. */
function textEdit(r: Rng, b: Buffer): Buffer {
  let s = b.toString('utf8');
  for (let k = 1 + r.int(20); k > 0; k--) {
    const i = r.int(s.length);
    s = s.slice(0, i) + r.pick(['（', '）', '**', '\t', '\x1b[2J', '\u0000', '　'.repeat(r.int(500)), '、'.repeat(r.int(500)), '\n\n', '\uFFFD', '=cmd', '一、']) + s.slice(i);
  }
  return Buffer.from(s);
}

const BASES = [
  { file: 'seeds/002_2c6f66eac2dcb85f.txt', ext: 'txt', edits: [flipBits, truncate, cutOrRepeat, textEdit, textEdit] },
  { file: 'docx/002_2c6f66eac2dcb85f.docx', ext: 'docx', edits: [flipBits, truncate, cutOrRepeat, zipEdit, xmlEdit, xmlEdit] },
  { file: 'docx/003_e6c18e5cbf62b806.autonum.docx', ext: 'docx', edits: [xmlEdit, xmlEdit, zipEdit] },
  { file: 'docx/002_2c6f66eac2dcb85f.doc', ext: 'doc', edits: [flipBits, truncate, cutOrRepeat, oleEdit, oleEdit, oleEdit] },
  { file: 'pdf/real-05-wps-export.pdf', ext: 'pdf', edits: [flipBits, truncate, cutOrRepeat, pdfEdit, pdfEdit] },
  { file: 'pdf/tiny-latin.pdf', ext: 'pdf', edits: [flipBits, truncate, pdfEdit] },
] as const;

function makeMutants(dir: string): string[] {
  const r = generator(SEED);
  const names: string[] = [];
  for (let k = 0; k < COUNT; k++) {
    const base = BASES[k % BASES.length];
    const edit = r.pick(base.edits);
    let bytes: Buffer;
    try {
      bytes = edit(r, fixture(base.file));
    } catch {
      bytes = flipBits(r, fixture(base.file)); // an XML edit needs a zip it can open
    }
    const name = `${String(k).padStart(4, '0')}-${edit.name}.${base.ext}`;
    writeFileSync(join(dir, name), bytes);
    names.push(name);
  }
  return names;
}

function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'gov-tasks.js'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done({ status, stderr }));
  });
}

const LIBRARY_TEXT = /\n\s+at |Error:|xmldom|Maximum call stack|Invalid (array|string) length|Cannot read prop|is not a function|undefined|the parser stopped/;

describe('fuzz', () => {
  it(`${COUNT} mutants (seed ${SEED}) each end in valid output or one clean line`, async () => {
    const tmp = tempDir('fuzz'); // some 50 MB; SEED remakes them
    const inDir = join(tmp, 'in'), outDir = join(tmp, 'out');
    mkdirSync(inDir);
    const names = makeMutants(inDir);
    const r = await run(['parse', inDir, '--out-dir', outDir, '-f', 'json', '-q', '-j', '2', '--timeout', '30']);
    expect([0, 1, 3]).toContain(r.status);
    const lines = r.stderr.split('\n').filter(Boolean);
    const failures: string[] = [];
    for (const name of names) {
      const out = join(outDir, name.replace(/\.[^.]+$/, '.json'));
      const said = lines.filter((l) => l.includes(`${name}: `));
      if (existsSync(out)) {
        const ok = TaskTableSchema.safeParse(JSON.parse(readFileSync(out, 'utf8'))).success;
        if (!ok || said.length) failures.push(`${name}: output ${ok ? 'valid' : 'INVALID'}, ${said.length} lines`);
      } else if (said.length !== 1 || LIBRARY_TEXT.test(said[0]) || /took longer/.test(said[0])) {
        failures.push(`${name}: ${said.length} lines: ${said.join(' | ').slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(r.stderr).not.toMatch(LIBRARY_TEXT);
  }, 600_000);
});
