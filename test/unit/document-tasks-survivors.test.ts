// src/domain/document/tasks.ts, buildGoals at its branches (issue 18): the verbs that quote a
// plan's horizon, 即/也就是 explaining a label, 今年 with the document's year, every way a
// paragraph without a year continues the goal before it (and the marks of a fact that stop it),
// target lists under a 主要预期目标 heading or after 如下：, and quoted targets.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

const goals = (text: string) => parseDocument(text).goals.map((g) => [g.year, g.text]);

describe('goal openings', () => {
  it('a quoting verb or 即/也就是 right before the horizon opens a goal there', () => {
    expect(goals('前言\n《方案》提出到2025年，货量100万吨。')).toEqual([[2025, '到2025年，货量100万吨。']]);
    expect(goals('前言\n《方案》明确到2025年，货量100万吨。')).toEqual([[2025, '到2025年，货量100万吨。']]);
    expect(goals('前言\n他指出到2025年，货量100万吨。')).toEqual([[2025, '到2025年，货量100万吨。']]);
    expect(goals('前言\n要实现“三降低”，即到2025年，成本下降10%。')).toEqual([[2025, '到2025年，成本下降10%。']]);
    expect(goals('前言\n要实现“三降低”，也就是到2025年，成本下降10%。')).toEqual([[2025, '到2025年，成本下降10%。']]);
    // after a comma; not inside a phrase
    expect(goals('前言\n货量，到2025年达到100万吨。')).toEqual([[2025, '到2025年达到100万吨。']]);
    expect(goals('前言\n货量延续到2025年。')).toEqual([]);
  });

  it('今年 is the document’s year, without a comma too; not 今年以来', () => {
    const dated = (line: string) => goals(`前言\n${line}\n重庆市人民政府\n2024年6月1日`);
    expect(dated('今年，要建成冷链仓库。')).toEqual([[2024, '今年，要建成冷链仓库。']]);
    expect(dated('今年全市计划建成冷链仓库。')).toEqual([[2024, '今年全市计划建成冷链仓库。']]);
    expect(dated('今年以来，要建成冷链仓库。')).toEqual([]);
    // without a document date 今年 has no year
    expect(goals('前言\n今年，要建成冷链仓库。')).toEqual([]);
  });

  it('a year’s plan may open with a quotation mark', () => {
    expect(goals('前言\n口岸已建成。“2026年，全市计划建成冷链仓库。')).toEqual([[2026, '2026年，全市计划建成冷链仓库。']]);
  });
});

describe('paragraphs continuing the goal before them', () => {
  const after = (line: string) => goals(`一、发展目标\n到2025年，货量100万吨。\n${line}`).slice(1);
  it('effort words, 年均 growth, a growth over an earlier year-end, 年内, and what is to be built with its number', () => {
    for (const line of [
      '经过三年努力建成10个园区。',
      '争取建成10个园区。',
      '确保货量增长5个百分点。',
      '货量年均增长5%。',
      '货量比2024年底增长5%。',
      '年内完成5个项目。',
      '实现货量翻番，打造3000个网点。',
      '培育10家龙头企业。',
    ]) {
      expect(after(line)).toEqual([[2025, line]]);
    }
  });
  it('not a fact (已, 截至, 同比) nor a line without a number', () => {
    expect(after('已打造3000个网点。')).toEqual([]);
    expect(after('截至目前打造3000个网点。')).toEqual([]);
    expect(after('货量同比增长5%。')).toEqual([]);
    expect(after('建成一批园区。')).toEqual([]);
  });
});

describe('target lists', () => {
  it('items under a 主要预期目标 heading take the year of the title before it, skipping unit lines; the next heading ends the list', () => {
    expect(goals('2024年工作要点\n一、主要预期目标\n1.地区生产总值增长6%。\n牵头单位：区发改委\n2.货量增长5%。\n二、重点任务')).toEqual([
      [2024, '地区生产总值增长6%。'],
      [2024, '货量增长5%。'],
    ]);
  });
  it('or the year in the heading itself', () => {
    expect(goals('一、2024年主要预期目标\n1.地区生产总值增长6%。\n2.货量增长5%。')).toEqual([
      [2024, '地区生产总值增长6%。'],
      [2024, '货量增长5%。'],
    ]);
  });
  it('items after a goal ending in 如下： take its year; a plain line ends the list', () => {
    expect(goals('前言\n到2025年，主要目标如下：\n1.货量100万吨；\n2.成本下降10%。\n正文。')).toEqual([
      [2025, '到2025年，主要目标如下：'],
      [2025, '货量100万吨；'],
      [2025, '成本下降10%。'],
    ]);
  });
  it('targets quoted as the plan’s targets take the year of the goal before them', () => {
    expect(goals('一、发展目标\n到2025年，货量100万吨。\n《规划》提出“全省冷库容量达到1000万吨”“冷链流通率达到85%”等量化目标。')).toEqual([
      [2025, '到2025年，货量100万吨。'],
      [2025, '全省冷库容量达到1000万吨'],
      [2025, '冷链流通率达到85%'],
    ]);
  });
});
