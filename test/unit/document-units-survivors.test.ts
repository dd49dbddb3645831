// src/domain/document/units.ts (issue 18): the killable survivors of the Stryker run of
// 2026-12-02 (05:52–06:54 UTC, stryker.m18j-units.json) — code added since the run of
// 2026-12-01: the 重庆市…区 prefix of 3+ character districts, names after 渝北区 that no other
// rule folds, levels before a plural body, places sharing the body after them, and the units
// closing a sentence after ，(此项工作)(将)由.
import { describe, expect, it } from 'vitest';
import { canonicalUnitKey, findAnnotations, mergeLevelWords, sharePlaceBody } from '../../src/domain/document/units';

describe('canonicalUnitKey: district prefixes no other rule removes', () => {
  it('重庆市 and a district of four characters (the place-before-body rule takes at most four with 市)', () => {
    expect(canonicalUnitKey('重庆市万盛经开区商务委')).toBe('区商务委');
  });
  it('渝北区 before a body that is neither a body word nor a spelling of the table', () => {
    expect(canonicalUnitKey('渝北区仙桃数据谷管委会')).toBe('区仙桃数据谷管委会');
  });
});

describe('mergeLevelWords: only a part opening with a plural word stands apart from the levels', () => {
  it('有关 inside the part is no plural body', () => {
    expect(mergeLevelWords(['县', '区政府有关部门'])).toEqual(['县、区政府有关部门']);
    expect(mergeLevelWords(['县', '有关部门'])).toEqual(['县', '有关部门']);
  });
});

describe('sharePlaceBody: whole place names only, the body only as a whole part', () => {
  it('a place of two characters shares the body; a longer name ending in a place does not', () => {
    expect(sharePlaceBody(['银川市', '石嘴山市人民政府'])).toEqual(['银川市人民政府', '石嘴山市人民政府']);
    expect(sharePlaceBody([' 银川市 ', '石嘴山市人民政府'])).toEqual(['银川市人民政府', '石嘴山市人民政府']);
    expect(sharePlaceBody(['宁夏回族自治区银川市', '石嘴山市人民政府'])).toEqual(['宁夏回族自治区银川市', '石嘴山市人民政府']);
  });
  it('the body part must be a place of at most six characters and end with its 政府', () => {
    expect(sharePlaceBody(['银川市', '宁夏回族自治区石嘴山市人民政府'])).toEqual(['银川市', '宁夏回族自治区石嘴山市人民政府']);
    expect(sharePlaceBody(['银川市', '石嘴山市人民政府办公室'])).toEqual(['银川市', '石嘴山市人民政府办公室']);
  });
  it('a plural word counts only at the start of a place', () => {
    expect(sharePlaceBody(['市属相关区', '江北区人民政府'])).toEqual(['市属相关区人民政府', '江北区人民政府']);
    expect(sharePlaceBody(['相关区', '江北区人民政府'])).toEqual(['相关区', '江北区人民政府']);
  });
});

describe('findAnnotations: units closing a sentence after ，(此项工作)(将)由', () => {
  it('the annotation starts after the comma and holds the units only', () => {
    const t = '一是完善设施。加快建设物流园区，由区商务委牵头，区交通局配合。';
    expect(findAnnotations(t)).toEqual([{ start: t.indexOf('由区'), end: t.length, segments: [{ label: null, content: '区商务委牵头，区交通局配合' }] }]);
    const u = '一是完善设施。该项目作为2022年重点工作安排，此项工作将由区商务委牵头负责，区交通局、区财政局等多部门共同推进落实 。';
    expect(findAnnotations(u)).toEqual([
      { start: u.indexOf('此项工作'), end: u.length, segments: [{ label: null, content: '区商务委牵头负责，区交通局、区财政局等多部门共同推进落实' }] },
    ]);
    const v = '一是完善设施。加快建设物流园区，将由区商务委牵头。';
    expect(findAnnotations(v)).toEqual([{ start: v.indexOf('将由'), end: v.length, segments: [{ label: null, content: '区商务委牵头' }] }]);
  });
  it('a stray comma opening the sentence (。，由…)', () => {
    const t = '建设园区。，由区商务委牵头。';
    expect(findAnnotations(t)).toEqual([{ start: t.indexOf('由'), end: t.length, segments: [{ label: null, content: '区商务委牵头' }] }]);
  });
});
