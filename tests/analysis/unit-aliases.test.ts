// One name per department: the built-in short forms, a user's aliases and collective units.
import { describe, expect, it } from 'vitest';
import { UNIT_ALIASES, canonicalUnit, isCollectiveUnit, tidyUnitName, unitNamer } from '../../src/analysis/unit-aliases.js';

const grouped: [string, string][] = [
  ['市市场监管局', '市市场监督管理局'],
  ['市市场监督管理局', '市市场监督管理局'],
  ['县市监局', '县市场监督管理局'],
  ['市发改委', '市发展和改革委员会'],
  ['市发展改革委', '市发展和改革委员会'],
  ['县发改局', '县发展和改革局'],
  ['市人社局', '市人力资源和社会保障局'],
  ['市卫健委', '市卫生健康委员会'],
  ['市住建局', '市住房和城乡建设局'],
  ['市文旅局', '市文化和旅游局'],
  ['市医保局', '市医疗保障局'],
  ['市交通局', '市交通运输局'],
  ['市交通运输局', '市交通运输局'],
  ['市政府办公室', '市人民政府办公室'],
  // The official name is not rewritten again (政府办公室 is a tail of it).
  ['市人民政府办公室', '市人民政府办公室'],
  ['市 财政局', '市财政局'],
  ['各县(市、区)人民政府', '各县（市、区）人民政府'],
  ['各乡<镇>人民政府', '各乡（镇）人民政府'],
  ['市教育局', '市教育局'],
];

describe('canonicalUnit', () => {
  it.each(grouped)('%s → %s', (written, name) => expect(canonicalUnit(written)).toBe(name));

  it('every built-in short form leads to its official name', () => {
    for (const e of UNIT_ALIASES) {
      for (const a of e.aliases) expect(canonicalUnit(`市${a}`)).toBe(`市${e.canonical}`);
      expect(canonicalUnit(`市${e.canonical}`)).toBe(`市${e.canonical}`);
    }
  });

  it("applies a user's aliases, whole names or tails, before the built-in ones", () => {
    const name = unitNamer({ 市府办: '市人民政府办公室', 大数据局: '政务服务和大数据管理局' });
    expect(name('市府办')).toBe('市人民政府办公室');
    expect(name('县大数据局')).toBe('县政务服务和大数据管理局');
    expect(name('市人社局')).toBe('市人力资源和社会保障局');
  });
});

describe('tidyUnitName', () => {
  it('drops spaces, folds widths, writes round brackets full-width', () => {
    expect(tidyUnitName(' 市\u3000财政局 ')).toBe('市财政局');
    expect(tidyUnitName('ＸＸ县(区)政府')).toBe('XX县（区）政府');
  });
});

describe('isCollectiveUnit', () => {
  it.each(['市政府各部门', '各县（市、区）人民政府', '各县(区)政府', '市直各单位', '各有关单位', '市政府各有关部门', '领导小组成员单位', '各乡镇'])(
    '%s is collective', (u) => expect(isCollectiveUnit(u)).toBe(true));
  it.each(['市财政局', '市市场监督管理局', '县政府信息中心', '市乡村振兴局', '街道办事处'])(
    '%s is one department', (u) => expect(isCollectiveUnit(u)).toBe(false));
});
