// Kinds of table, goal sentence and annotation batch 19 missed while held out (branch t19, see
// docs/import-doc.md, "Batch 19, tuned"), each written as a general rule and pinned here with short
// snippets of real text, each with cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { findTaskTables } from '../../src/domain/document/task-tables';
import { splitLines } from '../../src/domain/document/text';

const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year]);
const pairs = (text: string) => parseDocument(text).tasks.map((t) => [t.number, t.units.map((u) => `${u.name}/${u.role}`).join('、')]);
const tableGoals = (text: string) => findTaskTables(splitLines(text), null).goals.map((g) => [g.year, g.text, text.slice(g.span[0], g.span[1])]);

describe('task tables (batch 19)', () => {
  const targets = '附件1\n\n2022年目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n2\n\n进出口总额增长5%以上\n\n区商务委\n\n3\n\n空气质量完成年度目标任务\n\n区生态环境局\n';

  it('a column of the year’s targets (2022年预期目标) is a task column, each cell a goal of that year', () => {
    expect(pairs(targets)).toEqual([
      ['1', '区发展改革委/lead'],
      ['2', '区商务委/lead'],
      ['3', '区生态环境局/lead'],
    ]);
    expect(names(targets)).toEqual([
      ['地区生产总值', '%', 'growth', 5.5, 2022],
      ['进出口总额', '%', 'growth', 5, 2022],
    ]);
    // The goal spans the cell's own line, not the row.
    expect(tableGoals(targets).map(([y, t, s]) => [y, t === s])).toEqual([
      [2022, true],
      [2022, true],
      [2022, true],
    ]);
    // 年度目标 / 主要目标 with the year, and 目标任务 after it, are such columns too.
    expect(tableGoals('序号\n2023年度目标\n责任单位\n1\n工业增加值增长7%左右\n区经济信息委').map(([y, t]) => [y, t])).toEqual([[2023, '工业增加值增长7%左右']]);
    expect(tableGoals('序号\n2023年主要目标任务\n责任单位\n1\n工业增加值增长7%左右\n区经济信息委').map(([y, t]) => [y, t])).toEqual([[2023, '工业增加值增长7%左右']]);
    // Without a year the column is a task column but gives no goal of its own; 工作目标 stays a measure column.
    expect(pairs(targets.replace('2022年预期目标', '预期目标'))).toHaveLength(3);
    expect(tableGoals(targets.replace('2022年预期目标', '预期目标'))).toEqual([]);
    expect(tableGoals('序号\n重点任务\n工作目标\n责任单位\n1\n建设冷链\n冷库增长7%左右\n区商务委')).toEqual([]);
    // A year alone, or a target word that is not a heading (2022年目标值), is no column.
    expect(pairs(targets.replace('2022年预期目标', '2022年'))).toEqual([]);
    expect(pairs(targets.replace('2022年预期目标', '2022年目标值'))).toEqual([]);
  });

  it('a row the copy cut off at the end of the text: a unit cell holding a sentence’s commas is prose, no unit', () => {
    const head = '序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n联动共建科学城\n\n';
    expect(pairs(`${head}推动量子通信器件国家重点实验室落地,引进机数科技等8家独立法人研发机构、中科`)).toEqual([['1', '']]);
    expect(pairs(`${head}推动量子通信器件国家重点实验室落地，引进研发机构`)).toEqual([['1', '']]);
    // A unit cell without commas is read (the row is cut after it).
    expect(pairs(`${head}区科技局`)).toEqual([['1', '区科技局/lead']]);
    // A full row: its unit cells are read even with a comma (区商务委牵头，区交通局配合).
    expect(pairs(`${head}区科技局，区商务委\n\n区财政局`)).toEqual([['1', expect.stringContaining('区科技局/lead')]]);
    // A short row followed by more text is not cut.
    expect(pairs(`${head}区科技局，区商务委\n\n2\n\n建设物流园\n\n区商务委\n\n区财政局`)[0][1]).toContain('区科技局/lead');
  });
});
