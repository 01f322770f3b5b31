// How the pool hands out jobs: by reader (a worker's warmed-up readers first) and, near the end of
// a run, never to a busy worker while another could be idle.
import { describe, expect, it } from 'vitest';
import { holdsAhead, pickJob, readerOf } from '../../src/batch/pool.js';

describe('readerOf', () => {
  it.each([
    ['县A/通知.docx', '.docx'],
    ['县B/通知.DOCX', '.docx'],
    ['要点.PDF', '.pdf'],
    ['旧稿.wps', '.doc'],
    ['旧稿.doc', '.doc'],
    ['网页另存.mht', '.html'],
    ['网页.htm', '.html'],
    ['分解表.txt', '.txt'],
    ['无扩展名', ''],
  ])('%s → %s', (path, reader) => {
    expect(readerOf({ path })).toBe(reader);
  });

  it('standard input is a reader of its own', () => {
    expect(readerOf({ path: '-', bytes: new Uint8Array() })).toBe('stdin');
  });
});

describe('pickJob', () => {
  const none = () => false;
  it.each<[string, string[], string[], string[], number]>([
    // waiting (oldest first), the worker's readers, readers other workers warmed, expected index
    ['a fresh pool takes the oldest', ['.txt', '.pdf'], [], [], 0],
    ['its own reader first, past older jobs', ['.txt', '.docx', '.pdf'], ['.pdf'], ['.txt'], 2],
    ['the oldest of its own readers', ['.pdf', '.txt', '.pdf'], ['.pdf'], [], 0],
    ['a reader nobody warmed before one another worker has', ['.pdf', '.pdf', '.docx'], ['.txt'], ['.pdf'], 2],
    ['the oldest when every reader is someone else’s', ['.pdf', '.docx'], ['.txt'], ['.pdf', '.docx'], 0],
    ['the oldest when only unwarmed readers wait', ['.ofd', '.docx'], ['.txt'], [], 0],
  ])('%s', (_what, waiting, mine, others, expected) => {
    const warmed = (r: string) => mine.includes(r) || others.includes(r);
    expect(pickJob(waiting, new Set(mine), warmed)).toBe(expected);
  });

  it('an empty queue gives index 0 (the caller only asks when a job waits)', () => {
    expect(pickJob([], new Set(['.txt']), none)).toBe(0);
  });
});

describe('holdsAhead', () => {
  it.each([
    [8, 2, true],
    [2, 2, true],
    [1, 2, false], // the last job goes to whichever worker is free first
    [0, 1, false],
    [1, 1, true],
  ])('%i waiting, %i workers → %s', (waiting, workers, expected) => {
    expect(holdsAhead(waiting, workers)).toBe(expected);
  });
});
