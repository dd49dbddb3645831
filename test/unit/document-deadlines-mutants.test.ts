// src/domain/document/deadlines.ts (issue 18): every form of deadline with its exact date, the month
// and quarter edges, the year a year-less deadline takes, and the phrases that are not deadlines.
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/domain/document/deadlines';

const dl = (text: string, contextYear: number | null = null) => findDeadlines(text, contextYear).map((d) => `${d.text}=${d.date}`);

describe('findDeadlines', () => {
  it('a full date, a month (with 底/末/份, 以前/前) and its last day, leap years included', () => {
    expect(dl('2025年6月30日前完成，2025年6月30日以前验收')).toEqual(['2025年6月30日前=2025-06-30', '2025年6月30日以前=2025-06-30']);
    expect(dl('2025年6月底前、2025年2月前、2024年2月份前、2025年12月末以前、2025年1月前')).toEqual([
      '2025年6月底前=2025-06-30',
      '2025年2月前=2025-02-28',
      '2024年2月份前=2024-02-29',
      '2025年12月末以前=2025-12-31',
      '2025年1月前=2025-01-31',
    ]);
    expect(dl('2025年13月前，2025年0月前')).toEqual([]);
  });
  it('half years and quarters end on their last day', () => {
    expect(dl('2025年上半年前，2025年下半年前，2025年第一季度末前，2025年二季度前，2025年第三季度底前，2025年第四季度以前')).toEqual([
      '2025年上半年前=2025-06-30',
      '2025年下半年前=2025-12-31',
      '2025年第一季度末前=2025-03-31',
      '2025年二季度前=2025-06-30',
      '2025年第三季度底前=2025-09-30',
      '2025年第四季度以前=2025-12-31',
    ]);
  });
  it('a year (底/年底/年末/末 or nothing) ends on 31 December; 前 opening a count is no deadline', () => {
    expect(dl('2025年底前、2025年年底前、2026年年末以前、2027年末前、2028年前')).toEqual([
      '2025年底前=2025-12-31',
      '2025年年底前=2025-12-31',
      '2026年年末以前=2026-12-31',
      '2027年末前=2027-12-31',
      '2028年前=2028-12-31',
    ]);
    expect(dl('2025年前三季度，2025年前两个月，2025年前4个月，2025年前半年')).toEqual([]);
  });
  it('a year-less month takes the last year named before it, else the context year, else it is dropped', () => {
    expect(dl('6月底前完成', 2025)).toEqual(['6月底前=2025-06-30']);
    expect(dl('2024年启动，6月底前完成', 2025)).toEqual(['6月底前=2024-06-30']);
    expect(dl('6月底前完成，2024年启动', 2025)).toEqual(['6月底前=2025-06-30']);
    expect(dl('2023年启动，2024年推进，9月末以前完成')).toEqual(['9月末以前=2024-09-30']);
    expect(dl('6月底前完成')).toEqual([]);
    expect(dl('13月前完成', 2025)).toEqual([]);
    // A month written right after a number or 年 belongs to something else.
    expect(dl('112月前', 2025)).toEqual([]);
    expect(dl('年12月前', 2025)).toEqual([]);
    expect(dl('5年底前', 2025)).toEqual([]);
  });
  it('a year-less 年底 / 年末 / half year takes the context year, else it is dropped', () => {
    expect(dl('年底前完成，年末以前验收', 2025)).toEqual(['年底前=2025-12-31', '年末以前=2025-12-31']);
    expect(dl('年底前完成')).toEqual([]);
    expect(dl('上半年前完成，下半年以前验收', 2025)).toEqual(['上半年前=2025-06-30', '下半年以前=2025-12-31']);
    expect(dl('上半年前完成')).toEqual([]);
  });
  it('a labelled time limit: the year, or its month; a month out of range gives none', () => {
    expect(dl('完成时限：2025年')).toEqual(['完成时限：2025年=2025-12-31']);
    expect(dl('完成时限：2025年6月')).toEqual(['完成时限：2025年6月=2025-06-30']);
    expect(dl('时间节点: 2025年2月底')).toEqual(['时间节点: 2025年2月底=2025-02-28']);
    expect(dl('完成时间：2025年13月')).toEqual([]);
    expect(dl('时限要求：2025年3月底前')).toEqual(['时限要求：2025年3月底前=2025-03-31']);
    expect(dl('完成期限：2025年')).toEqual(['完成期限：2025年=2025-12-31']);
  });
  it('the same words for the same date count once; other words for it count again', () => {
    expect(dl('2025年底前完成，2025年底前验收，2025年末前交付')).toEqual(['2025年底前=2025-12-31', '2025年末前=2025-12-31']);
  });
});
