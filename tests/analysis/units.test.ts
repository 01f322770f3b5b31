import { describe, expect, it } from 'vitest';
import { looksLikeUnit, splitUnits } from '../../src/analysis/units.js';

const cases: [string, string[]][] = [
  ['县发改局', ['县发改局']],
  ['县发改局、县住建局', ['县发改局', '县住建局']],
  ['市政府各部门，各县（市、区）人民政府', ['市政府各部门', '各县（市、区）人民政府']],
  ['各县(区)政府,市政府各部门', ['各县(区)政府', '市政府各部门']],
  ['县直各部门、各乡<镇>人民政府', ['县直各部门', '各乡（镇）人民政府']],
  ['市交通局等有关部门，各县（市、区）人民政府', ['市交通局', '各县（市、区）人民政府']],
  ['县政府办公室等县级部门；各乡镇人民政府、街道办事处', ['县政府办公室', '各乡镇人民政府', '街道办事处']],
  ['县市场监督管理局、等县级部门，各乡镇人民政府', ['县市场监督管理局', '各乡镇人民政府']],
  ['各县(区)政府、各管理区管委会、经开区管委会,以下统称各县(区)政府,市政府各部门', ['各县(区)政府', '各管理区管委会', '经开区管委会', '市政府各部门']],
  ['市财政局等', ['市财政局']],
  ['县 发改局 、 县财政局', ['县发改局', '县财政局']],
  ['县农业农村局、各乡镇、街道分别', ['县农业农村局', '各乡镇', '街道']],
];

describe('splitUnits', () => {
  it.each(cases)('%s', (list, want) => expect(splitUnits(list)).toEqual(want));
  it('never splits inside brackets of either width', () => {
    expect(splitUnits('各县（市、区）人民政府、各县(市,区)政府')).toEqual(['各县（市、区）人民政府', '各县(市,区)政府']);
  });
});

describe('looksLikeUnit', () => {
  it.each(['县发改局', '各乡（镇）人民政府', '县政府信息中心', '街道办事处', '国投集团', '市政府各部门'])('%s is a unit', (u) => expect(looksLikeUnit(u)).toBe(true));
  it.each(['试行', '2022年', '详见附件', '的主要负责同志'])('%s is not a unit', (u) => expect(looksLikeUnit(u)).toBe(false));
});

describe('splitUnits remarks', () => {
  it.each([
    ['县发改局等县级相关部门', ['县发改局']],
    ['县财政局、县审计局按职责分工', ['县财政局', '县审计局']],
    ['各县市区政府、市直相关单位，下同', ['各县市区政府', '市直相关单位']],
    ['市卫健委等相关职能部门', ['市卫健委']],
  ])('%s', (list, want) => expect(splitUnits(list)).toEqual(want));
});

import { tidySpaces } from '../../src/analysis/text.js';
describe('tidySpaces', () => {
  it.each([
    ['执行落实 情况公开，提 振市场', '执行落实情况公开，提振市场'],
    ['2022 年底前', '2022年底前'],
    ['简单咨询留言 1 个工作日答复', '简单咨询留言1个工作日答复'],
    ['支持 IPv6 协议', '支持 IPv6协议'],
    ['Hello  world 2022', 'Hello world 2022'],
  ])('%s → %s', (a, b) => expect(tidySpaces(a)).toBe(b));
});

import { columnRole } from '../../src/analysis/task-table.js';
describe('task table headers', () => {
  it.each([
    ['序号', 'seq'], ['任务名称', 'group'], ['重点任务', 'group'], ['具体内容', 'content'], ['工作措施', 'content'], ['主要内容', 'content'],
    ['牵头单位', 'lead'], ['责任单位', 'responsible'], ['责任部门', 'responsible'], ['配合单位', 'cooperating'], ['协办单位', 'cooperating'],
    ['完成时限', 'deadline'], ['时限要求', 'deadline'], ['完成时间', 'deadline'], ['完成时', 'deadline'], ['备注', 'other'],
  ])('%s → %s', (header, role) => expect(columnRole(header)).toBe(role));
});
