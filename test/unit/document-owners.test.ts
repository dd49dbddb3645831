// Who owes an imported indicator's data and which goal sentences repeat a table (issue 17, problem 2).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { findDuplicateIndicators, mergeIndicators, suggestOwners, suggestZones } from '../../src/domain/document/owners';

const SEED = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');
// The goal paragraph repeats two rows of the indicator table: the importer reads them again as G1 and G2.
const REPEATING = SEED.replace('到2027年，渝北区“空铁水公”', '到2027年，机场货邮保障能力达到120万吨，机场旅客保障能力达到8000万人次，渝北区“空铁水公”');

describe('imported indicators: owners, zones, duplicates', () => {
  it('flags a goal sentence that repeats a table indicator, and only that', () => {
    const ex = parseDocument(REPEATING);
    const dup = findDuplicateIndicators(ex.indicators);
    const pairs = [...dup].map(([g, t]) => [ex.indicators[g].number, ex.indicators[t].number]);
    expect(pairs).toEqual([
      ['G1', '1'],
      ['G2', '2'],
    ]);
    expect(findDuplicateIndicators(parseDocument(SEED).indicators).size).toBe(0);
  });

  it('merging keeps the table reading and adds only targets of other years', () => {
    const keep = { baseline: { year: 2022, value: 110 }, targets: [{ year: 2027, kind: 'level' as const, value: 120, text: '120' }] };
    const drop = { baseline: null, targets: [{ year: 2027, kind: 'level' as const, value: 999, text: '' }, { year: 2025, kind: 'level' as const, value: 115, text: '' }] };
    const m = mergeIndicators(keep, drop);
    expect(m.baseline).toEqual({ year: 2022, value: 110 });
    expect(m.targets.map((t) => [t.year, t.value])).toEqual([
      [2027, 120],
      [2025, 115],
    ]);
  });

  it('suggests the lead units of the tasks that name the indicator, and nobody when none does', () => {
    const ex = parseDocument(SEED);
    const byNumber = (n: string) => suggestOwners(ex.indicators.find((i) => i.number === n)!, ex.tasks);
    // 经陆海新通道货运量增长率: task 16 (统计数据运行服务) is the one that names the corridor's freight, led by 区商务委.
    expect(byNumber('4')).toEqual({ units: ['区商务委'], tasks: ['16'] });
    // 机场货邮保障能力 is named by no task: no guess.
    expect(byNumber('1')).toEqual({ units: [], tasks: [] });
    const task = { number: '9', title: '测试任务', text: '提升机场货邮保障能力。', units: [{ name: '区交通局', role: 'lead' as const, collective: false }, { name: '区商务委', role: 'support' as const, collective: false }] };
    expect(suggestOwners({ name: '机场货邮保障能力' }, [task])).toEqual({ units: ['区交通局'], tasks: ['9'] });
  });

  it('suggests the zone the issuer speaks for, the most specific one', () => {
    const zones = [
      { id: 'cq', name: '重庆市' },
      { id: 'yb', name: '渝北区' },
      { id: 'jb', name: '江北区' },
    ];
    expect(suggestZones({ issuer: '重庆市渝北区人民政府办公室', title: '工作方案' }, zones).map((z) => z.id)).toEqual(['yb']);
    expect(suggestZones({ issuer: null, title: '重庆市枢纽经济区指导意见' }, zones).map((z) => z.id)).toEqual(['cq']);
    expect(suggestZones({ issuer: null, title: '某方案' }, zones)).toEqual([]);
  });
});
