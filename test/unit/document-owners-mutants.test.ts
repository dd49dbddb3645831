// src/domain/document/owners.ts (issue 18): the 60 % cover of an indicator's name with its edges,
// the generic words left out, the 0.1 band around the best task, lead units only, the most specific
// zone, and which goal indicators repeat a table indicator.
import { describe, expect, it } from 'vitest';
import { findDuplicateIndicators, mergeIndicators, suggestOwners, suggestZones } from '../../src/domain/document/owners';
import type { TaskUnit } from '../../src/domain/document/types';

const lead = (name: string, collective = false): TaskUnit => ({ name, role: 'lead', collective });
const support = (name: string): TaskUnit => ({ name, role: 'support', collective: false });
const task = (number: string, text: string, units: TaskUnit[] = [lead(`单位${number}`)]) => ({ number, title: '', text, units });
const owners = (name: string, ...tasks: ReturnType<typeof task>[]) => suggestOwners({ name }, tasks);

describe('suggestOwners', () => {
  it('needs 60 % of the name’s character pairs: 3 of 5 is enough, 2 of 5 is not', () => {
    // 口岸冷链物流: 口岸 岸冷 冷链 链物 物流.
    expect(owners('口岸冷链物流', task('1', '口岸建设、冷链、物流'))).toEqual({ units: ['单位1'], tasks: ['1'] });
    expect(owners('口岸冷链物流', task('1', '口岸建设、冷链'))).toEqual({ units: [], tasks: [] });
  });
  it('counts the last pair but not the last character alone; spaces and punctuation are not pairs', () => {
    // 冷链物流: 冷链 链物 物流, the text has 2 of 3.
    expect(owners('冷链物流', task('1', '冷链链物'))).toEqual({ units: ['单位1'], tasks: ['1'] });
    expect(owners('冷链 物流', task('1', '冷链物流'))).toEqual({ units: ['单位1'], tasks: ['1'] });
    expect(owners('冷链“物流”', task('1', '冷链物流'))).toEqual({ units: ['单位1'], tasks: ['1'] });
  });
  it('leaves out generic words and brackets, unless fewer than 3 characters remain', () => {
    expect(owners('冷链物流增长率', task('1', '推进冷链物流发展'))).toEqual({ units: ['单位1'], tasks: ['1'] });
    expect(owners('冷链物流（万吨标箱）', task('1', '推进冷链物流发展'))).toEqual({ units: ['单位1'], tasks: ['1'] });
    expect(owners('冷链物流(万吨标箱)', task('1', '推进冷链物流发展'))).toEqual({ units: ['单位1'], tasks: ['1'] });
    // 3 characters remain: they are the name.
    expect(owners('冷链港规模', task('1', '建设冷链港'))).toEqual({ units: ['单位1'], tasks: ['1'] });
    // 2 remain: the whole name counts (物流 流规 规模: 1 of 3).
    expect(owners('物流规模', task('1', '发展物流'))).toEqual({ units: [], tasks: [] });
    // A name of one character has no pair: nobody.
    expect(owners('港', task('1', '港'))).toEqual({ units: [], tasks: [] });
  });
  it('tasks without units are not suggested; the title counts as well as the text', () => {
    expect(owners('冷链物流', task('1', '推进冷链物流', []))).toEqual({ units: [], tasks: [] });
    expect(suggestOwners({ name: '冷链物流' }, [{ number: '2', title: '冷链物流', text: '其他', units: [lead('区商务委')] }])).toEqual({ units: ['区商务委'], tasks: ['2'] });
  });
  it('keeps the tasks within 0.1 of the best, best first; lead units only, no collective, each once', () => {
    // 11 characters, 10 pairs: 1.0, 0.9 (kept) and 0.8 (left out).
    const name = '一二三四五六七八九十百';
    expect(owners(name, task('8', '一二三四五六七八九'), task('9', '一二三四五六七八九十'), task('10', name))).toEqual({ units: ['单位10', '单位9'], tasks: ['10', '9'] });
    expect(
      owners(name, task('1', name, [support('区交通局'), lead('各区县', true), lead('区商务委')]), task('2', name, [lead('区商务委'), lead('区财政局')])),
    ).toEqual({ units: ['区商务委', '区财政局'], tasks: ['1', '2'] });
  });
});

describe('suggestZones', () => {
  const zones = [
    { id: 'cq', name: '重庆市', parentId: null },
    { id: 'yb', name: '渝北区', parentId: 'cq' },
    { id: 'jb', name: '江北区', parentId: 'cq' },
    { id: 'y', name: '渝', parentId: null },
  ];
  const ids = (issuer: string | null, title: string) => suggestZones({ issuer, title }, zones).map((z) => z.id);
  it('a zone whose child is named is left out, wherever it is named', () => {
    expect(ids(null, '渝北区贯彻重庆市方案')).toEqual(['yb']);
  });
  it('of two unrelated zones the one named last; one zone alone whatever its place', () => {
    expect(ids(null, '江北区与渝北区联合方案')).toEqual(['yb']);
    expect(ids(null, '渝北区与江北区联合方案')).toEqual(['jb']);
    expect(ids('江北区人民政府', '工作方案')).toEqual(['jb']);
    expect(ids('江北区人民政府', '渝北区工作方案')).toEqual(['yb']);
  });
  it('a one-character name is never a match', () => {
    expect(ids(null, '渝中方案')).toEqual([]);
  });
});

describe('findDuplicateIndicators and mergeIndicators', () => {
  const ind = (number: string, name: string) => ({ number, name, targets: [] });
  it('a goal indicator (G<n>) repeats a table indicator of the same name, spaces and brackets aside', () => {
    expect([...findDuplicateIndicators([ind('1', '冷链 物流量（万吨）'), ind('G1', '冷链物流量万吨')])]).toEqual([[1, 0]]);
    expect([...findDuplicateIndicators([ind('G1', '冷链物流量'), ind('2', '口岸货量'), ind('3', '冷链物流量')])]).toEqual([[0, 2]]);
  });
  it('one name containing the other counts from 4 characters, either way', () => {
    expect([...findDuplicateIndicators([ind('1', '冷链物流'), ind('G1', '冷链物流货运量')])]).toEqual([[1, 0]]);
    expect([...findDuplicateIndicators([ind('1', '冷链物流货运量'), ind('G1', '冷链物流')])]).toEqual([[1, 0]]);
    expect([...findDuplicateIndicators([ind('1', '物流量'), ind('G1', '冷链物流量')])]).toEqual([]);
  });
  it('only numbers G<digits> are goal indicators, and a goal indicator does not repeat another goal indicator', () => {
    expect([...findDuplicateIndicators([ind('G1', '冷链物流量'), ind('G2', '冷链物流量')])]).toEqual([]);
    expect([...findDuplicateIndicators([ind('xG1', '冷链物流量'), ind('G1a', '冷链物流量'), ind('G', '冷链物流量')])]).toEqual([]);
    expect([...findDuplicateIndicators([ind('1', '冷链物流量'), ind('xG1', '冷链物流量'), ind('G1a', '冷链物流量')])]).toEqual([]);
  });
  it('a merge without a baseline of its own takes the other one', () => {
    const drop = { baseline: { year: 2022, value: 5 }, targets: [] };
    expect(mergeIndicators({ baseline: null, targets: [] }, drop).baseline).toEqual({ year: 2022, value: 5 });
  });
});
