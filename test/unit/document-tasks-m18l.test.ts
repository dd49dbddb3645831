// src/domain/document/tasks.ts (issue 18): the closing units bracket after sub-items and the
// choice of the task style (closingAnnotations, pickTasks) at their edges, with counter-examples.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';

const brief = (lines: string[]) =>
  parseDocument(lines.join('\n')).tasks.map((t) => `${t.kind}:${t.section}:${t.number}:${t.title}:${t.units.map((u) => `${u.name}/${u.role}`).join(',')}`);

describe('a closing units bracket after the last sub-item', () => {
  const head = ['二、主要任务', '1.健全冷链监测体系'];

  it('after two sub-items it closes the item; after one it is the sub-item’s own', () => {
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '(责任单位:市商务局)'])).toEqual(['task:二:1:健全冷链监测体系:市商务局/lead']);
    expect(brief([...head, '(1)建立监测平台', '(责任单位:市商务局)'])).toEqual(['task:二/1:（1）:建立监测平台:市商务局/lead']);
  });

  it('a blank line after the bracket changes nothing', () => {
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '(责任单位:市商务局)', '', '2.完善寄递网络（市邮政管理局负责）'])).toEqual([
      'task:二:1:健全冷链监测体系:市商务局/lead',
      'task:二:2:完善寄递网络:市邮政管理局/lead',
    ]);
  });

  it('not when the item carries units of its own', () => {
    expect(brief(['二、主要任务', '1.健全冷链监测体系（市商务局负责）', '(1)建立监测平台', '(2)推进定位接入', '(责任单位:市交通运输局)'])).toEqual([
      'task:二/1:（1）:建立监测平台:市商务局/lead',
      'task:二/1:（2）:推进定位接入:市交通运输局/lead',
    ]);
  });

  it('not when a sub-item before the last carries units, the middle one too', () => {
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入（市交通运输局负责）', '(3)建设冷库', '(责任单位:市商务局)'])).toEqual([
      'task:二/1:（1）:建立监测平台:',
      'task:二/1:（2）:推进定位接入:市交通运输局/lead',
      'task:二/1:（3）:建设冷库:市商务局/lead',
    ]);
    expect(
      brief([...head, '(1)建立监测平台（市交通运输局负责）', '(2)推进定位接入', '(3)建设冷库', '(责任单位:市商务局)', '2.完善寄递网络（市邮政管理局负责）', '3.建设园区（市发展改革委负责）']),
    ).toEqual([
      'task:二/1:（1）:建立监测平台:市交通运输局/lead',
      'task:二/1:（2）:推进定位接入:',
      'task:二/1:（3）:建设冷库:市商务局/lead',
      'task:二:2:完善寄递网络:市邮政管理局/lead',
      'task:二:3:建设园区:市发展改革委/lead',
    ]);
  });

  it('not when the last sub-item has sub-items of its own: the bracket is the innermost item’s', () => {
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '①接入车辆', '(责任单位:市商务局)'])).toEqual(['task:二/1:（1）:建立监测平台:', 'task:二/1/（2）:①:接入车辆:市商务局/lead']);
  });

  it('only a line that is one bracket naming a unit, after words without units', () => {
    // A sentence ending with its annotation is the sub-item's own.
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '加快接入进度（市商务局负责）'])).toEqual(['task:二/1:（1）:建立监测平台:', 'task:二/1:（2）:推进定位接入:市商务局/lead']);
    // Words after the bracket, even a 。 alone.
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '（市商务局负责）加快接入进度'])).toEqual(['task:二/1:（1）:建立监测平台:', 'task:二/1:（2）:推进定位接入:市商务局/lead']);
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '(责任单位:市商务局)。'])).toEqual(['task:二/1:（1）:建立监测平台:', 'task:二/1:（2）:推进定位接入:市商务局/lead']);
    // A sub-item that is only a bracket is its own; a bracket on the line after a bare (2) closes the item.
    expect(brief([...head, '(1)建立监测平台', '(2)（市商务局负责）'])).toEqual(['task:二/1:（1）:建立监测平台:', 'task:二/1:（2）:（2）:市商务局/lead']);
    expect(brief([...head, '(1)建立监测平台', '(2)', '(责任单位:市商务局)'])).toEqual(['task:二:1:健全冷链监测体系:市商务局/lead']);
    // An indented bracket line still closes the item.
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '  (责任单位:市商务局)'])).toEqual(['task:二:1:健全冷链监测体系:市商务局/lead']);
    // A bracket naming no unit.
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入', '(持续推进)', '2.完善寄递网络（市邮政管理局负责）'])).toEqual(['task:二:1:健全冷链监测体系:', 'task:二:2:完善寄递网络:市邮政管理局/lead']);
    // Units in the last sub-item's own words before the bracket: two annotated lines, split.
    expect(brief([...head, '(1)建立监测平台', '(2)推进定位接入（市交通运输局负责）', '(责任单位:市商务局)'])).toEqual([
      'task:二/1:（1）:建立监测平台:',
      'task:二/1:（2）:推进定位接入:市交通运输局/lead',
      'task:二/1:（2）-2:（2）-2:市商务局/lead',
    ]);
  });
});

describe('the task style', () => {
  it('bearers whose items are annotated elsewhere stay the tasks', () => {
    expect(brief(['一、重点任务', '（一）甲项工作（区商务委负责）', '1. 甲一', '（二）乙项工作（区交通局负责）', '1. 乙一（区财政局负责）', '2. 乙二'])).toEqual([
      'task:一:（一）:甲项工作:区商务委/lead',
      'task:一:（二）:乙项工作:区交通局/lead,区财政局/support',
    ]);
  });

  it('a bearer closed by a bracket after its sub-items is the task, its sub-items are not; closed items count for their style', () => {
    expect(brief(['一、重点任务', '1.健全冷链监测体系', '(1)建立监测平台', '(2)推进定位接入', '(责任单位:市商务局)', '2.完善寄递网络', '(1)建设站点', '(2)推进进村', '(责任单位:市邮政管理局)'])).toEqual([
      'task:一:1:健全冷链监测体系:市商务局/lead',
      'task:一:2:完善寄递网络:市邮政管理局/lead',
    ]);
    // Two closed 1. items outweigh one annotated （1） item.
    expect(
      brief(['一、重点任务', '1.健全冷链监测体系', '(1)建立监测平台', '(2)推进定位接入', '(责任单位:市商务局)', '2.完善寄递网络', '(1)建设站点', '(2)推进进村', '(责任单位:市邮政管理局)', '3.建设园区', '(1)建设站场（市发展改革委负责）']),
    ).toEqual(['task:一:1:健全冷链监测体系:市商务局/lead', 'task:一:2:完善寄递网络:市邮政管理局/lead', 'task:一:3:建设园区:市发展改革委/lead']);
    // A bracket naming no unit closes nothing, so it does not count either.
    expect(brief([...['二、主要任务', '1.健全冷链监测体系'], '(1)建立监测平台', '(2)推进定位接入', '(持续推进)', '2.完善寄递网络', '(1)建设站点', '(2)推进进村', '(持续推进)', '3.建设园区', '(1)建设站场（市发展改革委负责）'])).toEqual([
      'task:二/1:（1）:建立监测平台:',
      'task:二/1:（2）:推进定位接入:',
      'task:二/2:（1）:建设站点:',
      'task:二/2:（2）:推进进村:',
      'task:二/3:（1）:建设站场:市发展改革委/lead',
    ]);
  });

  it('under annotated groups without annotated items, the items of the outermost style below them are the tasks', () => {
    // 1. is outer to （1）: the 1. item is the task; the group with only （1） items stays whole.
    expect(brief(['一、重点任务', '（一）甲项工作（区商务委负责）', '（1）甲一', '1. 甲二', '（二）乙项工作（区交通局负责）', '（1）乙一'])).toEqual([
      'task:一/（一）:1:甲二:区商务委/lead',
      'task:一:（二）:乙项工作:区交通局/lead',
    ]);
  });

  it('an unannotated item of an outer style without items is a task beside the annotated ones', () => {
    expect(brief(['一、重点任务', '（一）甲项工作', '1. 甲一（区商务委负责）', '（二）乙项工作'])).toEqual(['task:一/（一）:1:甲一:区商务委/lead', 'task:一:（二）:乙项工作:']);
  });

  it('an annotated item of an inner style outside the chosen ones is a task of its own; inside a chosen one it is part of it', () => {
    expect(brief(['第一章 重点任务', '一、口岸建设', '（一）甲项工作（区商务委负责）', '（二）乙项工作（区交通局负责）', '二、通道建设', '1. 开行班列（区财政局负责）'])).toEqual([
      'task:第一章/一:（一）:甲项工作:区商务委/lead',
      'task:第一章/一:（二）:乙项工作:区交通局/lead',
      'task:第一章/二:1:开行班列:区财政局/lead',
    ]);
    expect(brief(['一、重点任务', '（一）甲项工作（区商务委负责）', '（二）乙项工作（区交通局负责）', '（三）丙项工作', '1. 丙一（区财政局负责）'])).toEqual([
      'task:一:（一）:甲项工作:区商务委/lead',
      'task:一:（二）:乙项工作:区交通局/lead',
      'task:一:（三）:丙项工作:区财政局/lead',
    ]);
  });
});

describe('run-on items are lines without a readable number', () => {
  it('a numbered sub-item inside a task that ends with its annotation is no run-on item', () => {
    // Was split off as a task （三） (the number after （二）), as if its number were unreadable.
    expect(brief(['一、重点任务', '（一）甲项工作（区商务委负责）', '（二）乙项工作（区交通局负责）', '1. 乙一（区财政局负责）'])).toEqual([
      'task:一:（一）:甲项工作:区商务委/lead',
      'task:一:（二）:乙项工作:区交通局/lead,区财政局/support',
    ]);
  });
});
