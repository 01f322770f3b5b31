// Temporary folders for tests, removed when the test file ends: run after run they had piled up
// in /tmp to gigabytes. The removal is the test file's own afterAll (registered when a test file
// imports this module), so it runs after every describe's afterAll has closed its browser, and
// after every test that reads files in these folders once a CLI or LibreOffice run has ended.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  // force: a test may have removed its folder itself.
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder `$TMPDIR/gov-tasks-<prefix>-XXXXXX`, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `gov-tasks-${prefix}-`));
  made.push(dir);
  return dir;
}
