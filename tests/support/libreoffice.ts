// LibreOffice as an independent reader and printer of the workbooks, where its Calc part is
// installed (Writer alone cannot open a workbook). Conversions run asynchronously, so the test
// worker keeps answering vitest while soffice works (tens of seconds on a loaded machine), and
// each with its own user profile: two at once would otherwise fight over the profile's lock.
// The profile (some 2 MB) goes when the test file ends; soffice has exited by then, awaited here.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from './temp-dir.js';

export const office: string | undefined = existsSync('/usr/lib/libreoffice/program/libsclo.so')
  ? ['libreoffice', 'soffice'].find((b) => spawnSync(b, ['--version']).status === 0)
  : undefined;

/** `soffice --headless --convert-to FILTER` of `file` into `outDir`. */
export async function convertWithOffice(file: string, filter: string, outDir: string): Promise<void> {
  const profile = pathToFileURL(tempDir('lo-profile')).href;
  await promisify(execFile)(office!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file], { timeout: 120_000 });
}
