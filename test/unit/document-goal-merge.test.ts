// goalIndicators with the general goal-clause reader beside the clause readers: which reading a
// clause takes, and the bracket gloss closing a name (survivors of the run on main after the
// merge of branch d15l, 2026-12-02 15:43 UTC).
import { describe, expect, it } from 'vitest';
import { goalIndicators } from '../../src/domain/document/indicators';

const gi = (text: string, year = 2027) =>
  goalIndicators([{ year, span: [0, text.length] } as never], text).map((i) => [i.number, i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.span, i.targets[0].text]);
const names = (text: string) => gi(text).map((r) => r[1]);

describe('goalIndicators: the general reading is taken where it names more, or as many with a name read above that names nothing', () => {
  it('more targets: a level, its growth and one more in one clause (its target texts start at the number or the verb)', () => {
    expect(gi('快递年业务量2亿件、年均增长30%以上、年处理量达到10亿件的目标')).toEqual([
      ['G1', '快递年业务量', '亿件', 'level', 2, [0, 33], '2亿件'],
      ['G2', '快递年业务量年均增长', '%', 'growth', 30, [0, 33], '年均增长30%以上'],
      ['G3', '年处理量', '亿件', 'level', 10, [0, 33], '达到10亿件'],
    ]);
  });
  it('as many, one of the names read above ending in a verb (全省将建设), first or second in the clause', () => {
    expect(gi('全省将建设达到20个冷库')).toEqual([['G1', '冷库', '个', 'level', 20, [0, 12], '达到20个']]);
    expect(gi('全省将建设达到20个冷库、货运量达到100万吨')).toEqual([
      ['G1', '冷库', '个', 'level', 20, [0, 23], '达到20个'],
      ['G2', '货运量', '万吨', 'level', 100, [0, 23], '达到100万吨'],
    ]);
    expect(gi('货运量达到100万吨、全省将建设达到20个冷库')).toEqual([
      ['G1', '货运量', '万吨', 'level', 100, [0, 23], '达到100万吨'],
      ['G2', '冷库', '个', 'level', 20, [0, 23], '达到20个'],
    ]);
  });
  it('as many, a name read above cut inside a range (建成2至): the general reading, alone or beside a plausible one', () => {
    expect(gi('建成2至3个冷库')).toEqual([['G1', '冷库', '个', 'min', 2, [0, 8], '2至3个']]);
    expect(gi('建成2至3个冷库、货运量达到100万吨')).toEqual([
      ['G1', '冷库', '个', 'min', 2, [0, 19], '2至3个'],
      ['G2', '货运量', '万吨', 'level', 100, [0, 19], '达到100万吨'],
    ]);
    expect(gi('货运量达到100万吨、建成2至3个冷库')).toEqual([
      ['G1', '货运量', '万吨', 'level', 100, [0, 19], '达到100万吨'],
      ['G2', '冷库', '个', 'min', 2, [0, 19], '2至3个'],
    ]);
  });
  it('as many, every name plausible: the clause readers keep their reading (the whole clause as target text)', () => {
    expect(gi('货运量达到100万吨、冷库达到20个')).toEqual([
      ['G1', '货运量', '万吨', 'level', 100, [0, 18], '货运量达到100万吨'],
      ['G2', '冷库', '个', 'level', 20, [0, 18], '冷库达到20个'],
    ]);
  });
});

describe('goalIndicators: a bracket gloss closing a name is dropped', () => {
  it('four characters or more inside, after a name of two or more', () => {
    expect(names('全社会物流费用与GDP比率(剔除船籍港影响,下同)下降到13%')).toEqual(['全社会物流费用与GDP比率']);
    expect(names('全社会物流费用与GDP比率（剔除船籍港）下降到13%')).toEqual(['全社会物流费用与GDP比率']);
    expect(names('全社会物流费用与GDP比率(剔除船籍港)下降到13%')).toEqual(['全社会物流费用与GDP比率']);
  });
  it('kept: three characters or fewer inside, a bracket inside the bracket, one character before it, a bracket not at the end', () => {
    expect(names('全社会物流费用与GDP比率（下同）下降到13%')).toEqual(['全社会物流费用与GDP比率（下同）']);
    expect(names('全社会物流费用与GDP比率(不含港)下降到13%')).toEqual(['全社会物流费用与GDP比率(不含港)']);
    expect(names('全社会物流费用与GDP比率(剔除(港)影响)下降到13%')).toEqual(['全社会物流费用与GDP比率(剔除(港)影响)']);
    expect(names('率(剔除船籍港影响)下降到13%')).toEqual(['率(剔除船籍港影响)']);
    expect(names('物流费用比率(剔除船籍港影响)和货运量达到100万吨')).toEqual(['物流费用比率(剔除船籍港影响)和货运量']);
  });
});
