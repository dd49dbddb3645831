// A sentence that reports a state (截至去年底…, 目前…) inside a goal's span states facts, not targets:
// found on the first-contact walk of 2026-12-03 (a news text read 冷库容量 85万吨 as a 2026 target).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

const read = (body: string) => parseDocument(`某市物流新闻\n${body}\n`).indicators.map((i) => [i.name, i.targets[0].value]);

describe('reported sentences inside a goal span', () => {
  it('a sentence opened by 截至 / 截止 / 目前 / 当前 names no target', () => {
    const goal = '计划到2026年，全市冷库容量达到120万吨，冷链运输车辆突破800辆。';
    expect(read(`${goal}截至去年底，全市冷库容量为85万吨。`)).toEqual([
      ['冷库容量', 120],
      ['冷链运输车辆', 800],
    ]);
    expect(read(`${goal}截止2025年6月，全市冷库容量为85万吨，冷链运输车辆为500辆。`)).toEqual([
      ['冷库容量', 120],
      ['冷链运输车辆', 800],
    ]);
    expect(read('计划到2026年，全市冷库容量达到120万吨；目前全市冷链运输车辆为500辆。')).toEqual([['冷库容量', 120]]);
    expect(read('计划到2026年，全市冷库容量达到120万吨；当前冷链运输车辆为500辆。')).toEqual([['冷库容量', 120]]);
  });
  it('the next sentence, or a horizon or word of intent in the same one, is a goal again', () => {
    expect(read('计划到2026年，全市冷库容量达到120万吨。截至去年底，全市冷库容量为85万吨。冷链运输车辆突破800辆。')).toEqual([
      ['冷库容量', 120],
      ['冷链运输车辆', 800],
    ]);
    expect(read('计划到2026年，全市冷库容量达到120万吨。目前冷链运输车辆为500辆，到2026年冷链运输车辆突破800辆。')).toEqual([
      ['冷库容量', 120],
      ['冷链运输车辆', 800],
    ]);
    expect(read('计划到2026年，全市冷库容量达到120万吨。目前冷链运输车辆为500辆，力争冷链运输车辆突破800辆。')).toEqual([
      ['冷库容量', 120],
      ['冷链运输车辆', 800],
    ]);
  });
  it('目前 or 截至 after a comma, inside a goal sentence, starts the report there (branch t19)', () => {
    // It read 目前冷链运输车辆 500辆 as a target until branch t19; the clauses before stay targets.
    expect(read('计划到2026年，全市冷库容量达到120万吨，目前冷链运输车辆为500辆。').map((r) => r[1])).toEqual([120]);
  });
});
