// Task–unit documents of batch 21 (branch t21p, see docs/import-doc.md, "Batch 21, task–unit
// documents"): each miss written as a general rule and pinned here with a short snippet of the
// fixture, variants written for the test (not in any fixture) and cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { proseUnits, subjectName } from '../../src/domain/document/prose-points';
import { headingOf } from '../../src/domain/document/sections';
import { findAnnotations, unitsOfText } from '../../src/domain/document/units';

const pairs = (text: string) => parseDocument(text).tasks.map((t) => [t.number, t.units.map((u) => `${u.name}/${u.role}`).join('、')]);
const units = (text: string) => unitsOfText(text).units.map((u) => `${u.name}/${u.role}`);
const names = (text: string) => parseDocument(text).indicators.map((i) => [i.name, i.targets[0].value]);

describe('a task table whose task column is headed 主要工作举措 (batch 21)', () => {
  // liaozhong-fenjie-2024: one cell per line, a section row before row 1, row 1's 责任领导 cell missing.
  const liaozhong = [
    '2024年政府工作报告主要工作任务分解表',
    '序号', '主要工作举措', '牵头单位', '配合单位', '责任领导',
    '一、做大做强主导产业',
    '1', '加快构建具有辽中特色的现代化产业体系,聚焦农产品精深加工产业。', '区农业农村局', '区发展改革局、区工业和信息化局、沈阳近海经济区管委会',
    '2', '加快安徽节源、沈发废弃油脂等在建项目的建设进度。', '沈阳近海经济区管委会', '自然资源分局、生态环境分局、区发展改革局', '冯冬昌',
    '3', '聚焦装备制造及配套产业。', '区工业和信息化局', '沈阳近海经济区管委会、各镇政府(街道办事处)', '冯冬昌',
  ].join('\n\n');

  it('reads the rows: 牵头单位 leads, 配合单位 supports, the leader is no unit', () => {
    expect(pairs(liaozhong)).toEqual([
      ['1', '区农业农村局/lead、区发展改革局/support、区工业和信息化局/support、沈阳近海经济区管委会/support'],
      ['2', '沈阳近海经济区管委会/lead、自然资源分局/support、生态环境分局/support、区发展改革局/support'],
      ['3', '区工业和信息化局/lead、沈阳近海经济区管委会/support、各镇政府(街道办事处)/support'],
    ]);
  });

  it('variants: 重点举措 / 主要措施 / 重点工作措施 headers, a row-per-line table', () => {
    for (const head of ['重点举措', '主要措施', '重点工作措施', '主要举措']) {
      expect(pairs(['序号', head, '责任单位', '1', '推进冷链物流建设。', '市商务局、市农业农村局'].join('\n'))).toEqual([['1', '市商务局/lead、市农业农村局/support']]);
    }
    expect(pairs('序号|主要工作举措|牵头单位|配合单位\n1|完善县乡村三级物流体系。|县交通运输局|县商务局、县邮政管理局')).toEqual([
      ['1', '县交通运输局/lead、县商务局/support、县邮政管理局/support'],
    ]);
  });

  it('leaves alone: headers that are no task column (主要成效, 举措说明, 具体工作举措及成效)', () => {
    for (const head of ['主要成效', '举措说明', '具体工作举措及成效']) {
      expect(pairs(['序号', head, '责任单位', '1', '推进冷链物流建设。', '市商务局、市农业农村局'].join('\n'))).toEqual([]);
    }
  });
});

describe('a cell-per-line table whose cells each close with a bar (batch 21)', () => {
  // huoshan-kaifaqu-2025
  const huoshan = [
    '2025年开发区重点工作及责任清单',
    '序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |',
    '1 |', '坚持服务跟着项目走,落实重点项目“项目管家”等制度,全力服务重 大项目落地见效。 |', '叶林 |', '招商工作部、安商工作部 |', '全年 |',
    '2 |', '全力推进开发区“空间再造”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。 |', '马振明 |', '改革办 |', '全年 |',
  ].join('\n');

  it('reads the rows; the bars are column marks, not words', () => {
    expect(pairs(huoshan)).toEqual([
      ['1', '招商工作部/lead、安商工作部/support'],
      ['2', '改革办/lead'],
    ]);
    const t = parseDocument(huoshan).tables[0];
    expect(t.header).toEqual(['序号', '重点工作', '责任领导', '责任单位', '完成时限']);
    expect(t.rows[1].cells[3]).toBe('改革办');
  });

  it('a target written in a row’s task cell is read as in any paragraph', () => {
    expect(names(huoshan)).toEqual([
      ['全年盘活僵尸企业', 10],
      ['盘活存量土地', 400],
    ]);
  });

  it('variants: an opening bar, bars on both sides, full-width bars', () => {
    expect(pairs(['| 序号', '| 工作任务', '| 牵头单位', '| 配合单位', '| 1', '| 建设冷库。', '| 区商务委', '| 区财政局'].join('\n'))).toEqual([['1', '区商务委/lead、区财政局/support']]);
    expect(pairs(['|序号|', '|工作任务|', '|牵头单位|', '|1|', '|建设冷库。|', '|区商务委|'].join('\n'))).toEqual([['1', '区商务委/lead']]);
    expect(pairs(['序号｜', '工作任务｜', '责任单位｜', '1｜', '建设冷库。｜', '区商务委、区交通局｜'].join('\n'))).toEqual([['1', '区商务委/lead、区交通局/support']]);
  });

  it('leaves alone: a line holding two cells is no one-cell line; bars with no header make no table', () => {
    // 序号 | 工作任务 on one line is neither a one-cell header line nor a usable inline header.
    expect(parseDocument(['序号 | 工作任务 |', '责任单位 |', '1 |', '建设冷库。 |', '区商务委 |'].join('\n')).tables).toEqual([]);
    expect(parseDocument(['建设冷库 |', '1 |', '区商务委 |'].join('\n')).tables).toEqual([]);
  });
});

describe('a responsibility bracket that lost its close at the end of its paragraph (batch 21)', () => {
  // heilongjiang-kouan-2019
  const heilongjiang =
    '一、开展口岸收费清理工作。各相关地方政府和有关部门、单位要按照要求,认真开展口岸收费清理工作。……对进出口普遍缴纳的收费项目进行归并。(省口岸办、省财政厅牵头,省发改委、省市场监管局、省交通运输厅、哈尔滨海关、相关地方政府配合\n\n  二、建立口岸通关流程、收费和意见投诉服务“三公开”制度。相关地方政府要组织口岸办(委)协调口岸查验单位,公示口岸通关流程、口岸进出口环节收费目录清单,推进口岸收费目录清单之外不得收费政策落';

  it('the role word closing the list shows every name is whole: both before 牵头 lead, the rest support', () => {
    expect(pairs(heilongjiang)).toEqual([
      ['一', '省口岸办/lead、省财政厅/lead、省发改委/support、省市场监管局/support、省交通运输厅/support、哈尔滨海关/support、相关地方政府/support'],
    ]);
  });

  it('variants: full-width brackets and commas, 负责, 〔 and 【, a stop after the role word, at the very end of the text', () => {
    expect(units('推进冷链建设。（市商务局牵头，市财政局、市交通运输局配合\n（二）推进快递进村。')).toEqual(['市商务局/lead', '市财政局/support', '市交通运输局/support']);
    expect(units('推进冷链建设。〔县发改局负责。\n下一段')).toEqual(['县发改局/lead']);
    expect(units('推进冷链建设。【区农业农村局、区商务委按职责分工负责')).toEqual(['区农业农村局/lead', '区商务委/support']);
    expect(units('推进冷链建设。(区商务委牵头,区财政局配合；')).toEqual(['区商务委/lead', '区财政局/support']);
  });

  it('leaves alone: a list cut before its role word, prose in an open bracket, a bracket inside, a labelled one cut inside a name', () => {
    expect(units('推进冷链建设。(省口岸办、省财政厅牵头,省发改委、省市场\n二、下一项')).toEqual([]);
    expect(units('推进冷链建设。（省口岸办、省财政\n二、下一项')).toEqual([]);
    expect(units('推进冷链建设（具体由企业自行负责\n二、下一项')).toEqual([]);
    expect(units('推进冷链建设。（市商务局（物流办）牵头，市财政局配合\n二、下一项')).toEqual([]);
    // The label reader's case (batch 20): cut inside a name at the end of the text, none is read.
    expect(units('推进审批提速。（牵头单位：市发展改革委；责任单位：市财政局、市交通运')).toEqual([]);
    // A closed bracket later on the line is read as before.
    expect(units('推进冷链建设（含冷库）。（市商务局牵头，市财政局配合）')).toEqual(['市商务局/lead', '市财政局/support']);
  });
});

describe('an item numbered with the small full stop ﹒ (batch 21)', () => {
  // anhui-zhongdian-fenjie-2021-trad
  const anhui = '一、確保完成全年主要預期目標\n\n1﹒全省生產總值增長8%。\n\n牽頭負責領導:鄧向陽。\n\n牽頭責任單位:省發展改革委';

  it('1﹒ is item 1 under 一、; its labelled lead is its unit and its target is the year’s', () => {
    expect(pairs(anhui)).toEqual([['1', '省發展改革委/lead']]);
    expect(parseDocument(`安徽省人民政府关于2021年重点工作及责任分解的通知\n${anhui}`).indicators.map((i) => [i.name, i.targets[0].value, i.targets[0].year])).toEqual([['生產總值', 8, 2021]]);
  });

  it('variants: simplified script, two items, a space after the stop', () => {
    expect(pairs('一、主要任务\n1﹒建设冷库。（责任单位：市商务局）\n2﹒ 建设网点。（责任单位：市交通运输局）')).toEqual([
      ['1', '市商务局/lead'],
      ['2', '市交通运输局/lead'],
    ]);
    expect(headingOf('12﹒推进快递进村')).toEqual({ rank: 4, number: '12', markerLen: 3 });
  });

  it('leaves alone: a decimal written with ﹒, a bare number', () => {
    expect(headingOf('1﹒5倍以上')).toBeNull();
    expect(headingOf('3﹒')).toBeNull();
  });
});

describe('a numbered work point giving its work to a named body in prose (batch 21)', () => {
  // ganzhou-wuliu-2009
  const ganzhou =
    '赣州市2009年物流服务体系建设工作要点\n2008年,在市委、市政府的领导下,我市物流服务体系建设取得了较好的成绩。\n一、加快推进赣州综合物流园区建设及中心城区主要物流节点建设。赣州经济技术开发区要加快建设赣州综合物流园区,确保五月份开工建设,年内全面启动各功能区建设;全面展开中心城区六大物流节点规划建设,南康市龙岭物流中心、';

  it('the body that 要 do the work leads the item, under the item’s own number', () => {
    expect(pairs(ganzhou)).toEqual([['一', '赣州经济技术开发区/lead']]);
    expect(parseDocument(ganzhou).tasks[0].title).toBe('加快推进赣州综合物流园区建设及中心城区主要物流节点建设');
  });

  it('variants: （一） and 1. items, 负责 / 牵头, a zone, a 新区, more than one body', () => {
    expect(pairs('（一）完善物流网络。市交通运输局负责统筹站点布局,市商务局要配合做好网点建设。\n（二）发展冷链物流。滁州高新区要加快冷库建设。')).toEqual([
      ['（一）', '市交通运输局/lead、市商务局/support'],
      ['（二）', '滁州高新区/lead'],
    ]);
    expect(pairs('1.建设物流园区。浦东新区要加快建设国际物流园区。')).toEqual([['1', '浦东新区/lead']]);
  });

  it('leaves alone: a call on bodies in general, a site named with no duty, an unnumbered paragraph, a document with annotated items', () => {
    expect(pairs('一、加快物流园区建设。各地要加快建设物流园区,各相关地方政府要做好用地保障。')).toEqual([]);
    expect(pairs('一、加快物流节点建设。全面展开六大物流节点规划建设,南康市龙岭物流中心、赣县物流中心开工建设。')).toEqual([]);
    expect(pairs('加快物流园区建设。赣州经济技术开发区要加快建设赣州综合物流园区。')).toEqual([]);
    expect(pairs('一、加快物流园区建设。市商务局要加快建设物流园区。\n二、推进快递进村。（责任单位：市邮政管理局）')).toEqual([['二', '市邮政管理局/lead']]);
    // A heading of a chapter (第一章) or a ① point is no numbered work point of this kind.
    expect(pairs('第一章 总则。市商务局要加快建设物流园区。')).toEqual([]);
    expect(pairs('①建设冷库。市商务局要加快建设物流园区。')).toEqual([]);
  });

  it('the pieces: a development zone is a subject, a bare zone word is not', () => {
    expect(subjectName('赣州经济技术开发区')).toBe(true);
    expect(subjectName('滁州高新区')).toBe(true);
    expect(subjectName('浦东新区')).toBe(true);
    expect(subjectName('洋山保税区')).toBe(true);
    expect(subjectName('开发区')).toBe(false);
    expect(subjectName('工业园区')).toBe(false);
    expect(subjectName('老城区')).toBe(false);
    expect(proseUnits('赣州经济技术开发区要加快建设园区').map((u) => u.name)).toEqual(['赣州经济技术开发区']);
  });
});

describe('batch 21 rules, piece by piece (the mutation run’s survivors)', () => {
  it('task tables: a line of two cells is no header cell; a header must start at 序号; a table runs to its last header', () => {
    // Taking the first of two cells would make 序号 / 工作任务 / 责任单位 a header.
    expect(parseDocument(['序号 |', '工作任务 | 备注 |', '责任单位 |', '1 |', '建设冷库。 |', '区商务委 |'].join('\n')).tables).toEqual([]);
    // Header words with no 序号 before them head no table.
    expect(parseDocument(['重点任务', '牵头单位', '配合单位', '1', '建设冷库。', '区商务委', '区财政局'].join('\n')).tables).toEqual([]);
    // A table, then a header left with no rows at the very end of the text: the table is still read.
    expect(pairs(['序号', '工作任务', '责任单位', '1', '建设冷库。', '区商务委', '序号', '工作任务', '责任单位'].join('\n'))).toEqual([['1', '区商务委/lead']]);
    // A second 序号 starts a new header: a header with no rows before it heads nothing.
    expect(pairs(['序号', '工作任务', '责任单位', '序号', '重点任务', '牵头单位', '配合单位', '1', '建设冷库。', '区商务委', '区财政局', '按季度报送', '按月调度', '年底总结'].join('\n'))).toEqual([
      ['1', '区商务委/lead、区财政局/support'],
    ]);
    // At most ten header cells are read.
    const head = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '责任领导', '完成时限', '备注', '进展情况', '完成情况', '工作要求'];
    const row = ['1', '建设冷库。', '建设冷库十座。', '区商务委', '区财政局', '张三', '2025年底', '无', '推进中', '未完成', '按期完成'];
    expect(parseDocument([...head, ...row].join('\n')).tables[0].header).toHaveLength(10);
  });

  it('prose points: the title keeps its colon and its words (最后), a (1) item, a subject right after the number, no section title', () => {
    expect(parseDocument('一、物流园区：加快建设。市商务局要加快建设物流园区。').tasks[0].title).toBe('物流园区：加快建设');
    expect(parseDocument('通知要求，市交通运输局要会同市公安局做好最后一公里配送。').tasks[0].title).toBe('通知要求，市交通运输局要会同市公安局做好最后一公里配送');
    expect(pairs('(1)建设冷库。市商务局要加快建设冷库。')).toEqual([['（1）', '市商务局/lead']]);
    expect(pairs('1.市商务局负责建设冷库。')).toEqual([['1', '市商务局/lead']]);
    expect(parseDocument('一、加快物流园区建设。市商务局要加快建设物流园区。').tasks[0].sectionTitle).toBe('');
    expect(subjectName('浦东新区建设')).toBe(false);
  });

  it('annotations: an open bracket at the start of the text, stops inside and at the end of the list', () => {
    expect(findAnnotations('（省口岸办、省财政\n二、下一项')).toEqual([]);
    expect(findAnnotations('（市商务局（物流办）牵头\n二、下一项')).toEqual([]);
    expect(findAnnotations('（具体由企业自行负责\n二、下一项')).toEqual([]);
    expect(findAnnotations('（市商务局牵头\n二、下一项').map((a) => [a.start, a.end])).toEqual([[0, 7]]);
    expect(units('推进冷链建设。（市商务局牵头；市财政局配合\n下一段')).toEqual(['市商务局/lead', '市财政局/support']);
    expect(units('推进冷链建设。（市商务局牵头，市财政局配合。；\n下一段')).toEqual(['市商务局/lead', '市财政局/support']);
  });
});
