// OFD's basic types (GB/T 33190): ST_Box, ST_Array (with the `g` repeat shorthand of DeltaX/DeltaY), the CTM
// and the abbreviated path data of PathObject. All lengths are millimetres in OFD; conversion to points happens
// where items leave the OFD reader.

/** OFD lengths are millimetres; the shared layout code works in points, like a PDF. */
export const PT_PER_MM = 72 / 25.4;

/** Affine matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f (the same convention as PDF). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const finite = (v: number) => (Number.isFinite(v) ? v : 0);

/** "x y w h" → Box; undefined when malformed. */
export function parseBox(s: string | undefined): Box | undefined {
  const n = (s ?? '').trim().split(/[\s,]+/).map(Number);
  if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return undefined;
  return { x: n[0], y: n[1], w: n[2], h: n[3] };
}

export function parseMatrix(s: string | undefined): Matrix {
  const n = (s ?? '').trim().split(/[\s,]+/).map(Number);
  if (n.length !== 6 || n.some((v) => !Number.isFinite(v))) return IDENTITY;
  return n as Matrix;
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Scale of the matrix along y (how much a font size grows under it). */
export function yScale(m: Matrix): number {
  return Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1;
}

/**
 * An ST_Array of numbers with the `g` shorthand: "g 3 16.9" is 16.9 three times, so "1 g 2 5 3" = 1 5 5 3.
 * At most `max` values are produced (a hostile "g 999999999 1" must not allocate), malformed tokens are skipped.
 */
export function parseDeltas(s: string | undefined, max: number): number[] {
  const out: number[] = [];
  const t = (s ?? '').trim().split(/[\s,]+/).filter(Boolean);
  for (let i = 0; i < t.length && out.length < max; i++) {
    if (t[i] === 'g') {
      const count = Math.floor(Number(t[i + 1]));
      const v = Number(t[i + 2]);
      i += 2;
      if (!Number.isFinite(count) || !Number.isFinite(v) || count < 0) continue;
      for (let k = 0; k < count && out.length < max; k++) out.push(v);
    } else {
      const v = Number(t[i]);
      if (Number.isFinite(v)) out.push(v);
    }
  }
  return out;
}

export interface Subpath {
  points: [number, number][];
  closed: boolean;
  curved: boolean;
}

/** How many numbers each command of AbbreviatedData takes (S and M start a subpath; C closes it). */
const ARITY: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };

/**
 * Parse PathObject AbbreviatedData ("M 0 0 L 10 0 B … C") into subpaths of end points. Curves (Q, B, A) keep
 * their end point and mark the subpath curved: only straight pieces can be table rules.
 */
export function parsePathData(d: string): Subpath[] {
  const t = d.trim().split(/[\s,]+/).filter(Boolean);
  const out: Subpath[] = [];
  let cur: Subpath | null = null;
  let i = 0;
  while (i < t.length) {
    const cmd = t[i++];
    const n = ARITY[cmd];
    if (n === undefined) break; // unknown command: stop rather than misread the rest
    const args = t.slice(i, i + n).map(Number);
    i += n;
    if (args.length < n || args.some((v) => !Number.isFinite(v))) break;
    if (cmd === 'S' || cmd === 'M') {
      cur = { points: [[args[0], args[1]]], closed: false, curved: false };
      out.push(cur);
    } else if (cmd === 'C') {
      if (cur) cur.closed = true;
    } else {
      if (!cur) {
        cur = { points: [[0, 0]], closed: false, curved: false };
        out.push(cur);
      }
      cur.points.push([finite(args[n - 2]), finite(args[n - 1])]);
      if (cmd !== 'L') cur.curved = true;
    }
  }
  return out;
}
