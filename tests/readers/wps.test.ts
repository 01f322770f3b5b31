import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/pipeline.js';
import { isWpsCompoundFile } from '../../src/readers/detect.js';

describe('WPS files', () => {
  const wps = new Uint8Array(readFileSync('fixtures/real/03_wps_gongwen-template-tongzhi.wps'));
  it('reports a real WPS Office .wps as format wps, with its 公文 elements', async () => {
    const t = await parseBytes(wps, { file: 'test.wps' });
    expect(t.source.format).toBe('wps');
    expect(t.document).toMatchObject({ docNumber: '国防部发〔2012〕21号', title: '国防部关于放假的通知', issuer: '国防部', date: '2012-12-12' });
  });
  it('tells a Word 97 compound file from a WPS one', () => {
    expect(isWpsCompoundFile(wps)).toBe(true);
    expect(isWpsCompoundFile(new Uint8Array(readFileSync('fixtures/docx/002_2c6f66eac2dcb85f.doc')))).toBe(false);
  });
});
