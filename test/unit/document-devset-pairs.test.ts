// Task–unit rules from the development set (batches 22–24 read as one set, branch t22p): each rule
// is a form met in at least two documents of different sources, or a general form of Chinese
// government writing. Pinned here with short snippets of the fixtures, variants written for the
// test (in no fixture) and cases the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { proseUnits, sentenceSubjects } from '../../src/domain/document/prose-points';
import { findAnnotations, unitsOfText, withoutNotes } from '../../src/domain/document/units';

const pairs = (text: string) => parseDocument(text).tasks.map((t) => [t.number, t.units.map((u) => `${u.name}/${u.role}`).join('、')]);
const units = (text: string) => unitsOfText(text).units.map((u) => `${u.name}/${u.role}`);
const subjects = (s: string) => sentenceSubjects(s).map((n) => `${n.name}/${n.role}`);

describe('a clause inside a sentence that gives a body the lead (fujian-kehuoyou-2024-trad, shenyang-chengshipeisong-2017)', () => {
  it('其中，由A牵头、B联合实施的…任务: A leads, B supports', () => {
    const fujian = '近日,交通运输部发布首批18个交通物流降本提质增效交通强国专项试点任务名单。其中,由省交通运输厅牵头、省运输中心联合实施的“推进客货邮融合发展助力降本提质增效”任务入选。';
    expect(pairs(fujian)).toEqual([['1', '省交通运输厅/lead、省运输中心/support']]);
  });

  it('…等四项任务，其中A牵头B解决…: A leads, the body it brings in supports', () => {
    const shenyang = '方案》提出构建城市配送网络体系、建设城市配送公共信息服务平台等四项任务,其中沈阳局牵头全市相关部门解决电商物流配送和快递投递“最后一百米”问题。';
    expect(pairs(shenyang)).toEqual([['1', '沈阳局/lead、全市相关部门/support']]);
  });

  it('variants: 由A牵头，B、C配合 / 由A牵头、B参与 inside a sentence; A牵头B、C推进', () => {
    expect(pairs('今年全市启动冷链物流提升工程,由市商务局牵头,市农业农村局、市交通运输局配合实施。')).toEqual([['1', '市商务局/lead、市农业农村局/support、市交通运输局/support']]);
    expect(subjects('由市商务局牵头、市农业农村局参与的冷链项目')).toEqual(['市商务局/lead', '市农业农村局/support']);
    expect(subjects('由市商务局牵头、市农业农村局和市交通局协同推进的冷链项目')).toEqual(['市商务局/lead', '市农业农村局/support', '市交通局/support']);
    expect(pairs('《方案》部署了三项工作,其中县交通运输局牵头县商务局、县邮政管理局推进农村寄递物流体系建设。')).toEqual([
      ['1', '县交通运输局/lead、县商务局/support、县邮政管理局/support'],
    ]);
  });

  it('leaves alone: a body that 负责牵头 in a news report, a lead word inside a noun phrase, 由A负责', () => {
    // guangzhou-hangyun-2015 (no task expected): the body is not right before the lead word.
    expect(pairs('16日,笔者从广州市港务局获悉,按照广州市的统一部署,广州港务局负责牵头制定国际航运中心建设三年行动计划。')).toEqual([]);
    expect(pairs('近日,全市召开会议,其中会议牵头的是市政府。')).toEqual([]);
    expect(subjects('由市商务局负责、市财政局配合的项目')).toEqual(['市商务局/null', '市财政局/support']);
    expect(subjects('由市商务局、企业负责的项目')).toEqual([]);
    expect(subjects('由市商务局牵头、企业联合实施的项目')).toEqual(['市商务局/lead']);
    expect(subjects('由市商务局牵头,市财政局配合')).toEqual(['市商务局/lead', '市财政局/support']);
  });
});

describe('A作为牵头单位 names the lead (xuchang-minshengshishi-2023, jilin-kuaidijincun-2023-trad)', () => {
  it('…，A作为牵头部门负责组织实施 / 明确A作为牵头单位，负责…', () => {
    const xuchang = '近日,河南省许昌市政府办公室印发市2023年重点民生实事考核办法,农村寄递物流体系建设被纳入市重点民生实事考核内容,市邮政管理局作为牵头部门负责组织实施。';
    expect(pairs(xuchang)).toEqual([['1', '市邮政管理局/lead']]);
    const jilin = '实行月调度、季报告管理,明确省邮政管理局作为牵头单位,负责完成建制村快递服务通达率实现100%的工作目标。';
    expect(pairs(jilin)).toEqual([['1', '省邮政管理局/lead']]);
  });

  it('variants: 确定A作为牵头单位 / A作为牵头单位，B配合 / 指定A作为牵头部门', () => {
    expect(subjects('确定县发展改革局作为牵头单位')).toEqual(['县发展改革局/lead']);
    expect(subjects('指定区商务局作为牵头部门')).toEqual(['区商务局/lead']);
    expect(proseUnits('市交通运输局作为牵头单位,市商务局配合,做好冷链物流工作').map((u) => `${u.name}/${u.role}`)).toEqual(['市交通运输局/lead', '市商务局/support']);
  });

  it('leaves alone: 成为牵头单位 told as news, 作为 naming no body', () => {
    // sichuan-renwuqingdan-2025 (no task expected).
    expect(pairs('近日,四川省农业农村厅印发《2025年度乡村建设任务清单》。省邮政管理局成为牵头单位,推进村级寄递物流综合服务站建设。')).toEqual([]);
    expect(pairs('全市要把物流降本作为牵头工程,统筹推进各项工作。')).toEqual([]);
  });
});

describe('a bracket led by a label that gives no role is a note of the page (beijing-kuaidi-shifanqu-2015-trad)', () => {
  it('(本文来源:A) is no task; the prose assignment before it is read', () => {
    const beijing = [
      '会议要求,市交通运输部门要牵头建立综合运输多部门规划会商机制,确保各项工作高效、扎实、有序开展。',
      '市政府办公厅、发改委、交通委等部门主要负责人参加会议。',
      '(本文来源:北京市邮政管理局)',
    ].join('\n\n');
    expect(pairs(beijing)).toEqual([['1', '市交通运输部门/lead']]);
  });

  it('variants: (来源：A) (作者：…) (图源：A) close no task; a role label still does', () => {
    for (const note of ['（来源：市商务局）', '(作者:市交通运输局)', '(图源:山西省商务厅)', '（信息来源：县政府办公室）']) {
      expect(findAnnotations(`推进冷链物流建设。${note}`)).toEqual([]);
    }
    expect(units('推进冷链物流建设。(牵头单位:市商务局)')).toEqual(['市商务局/lead']);
    expect(units('推进冷链物流建设。(责任领导:张三;责任单位:市商务局)')).toEqual(['市商务局/lead']);
    expect(units('推进冷链物流建设。(市商务局牵头,市财政局配合)')).toEqual(['市商务局/lead', '市财政局/support']);
  });
});

describe('a copy cut inside a bracket of units keeps the names written whole (hunan-jiangbenzengxiao-2017, hunan-fengong-2019)', () => {
  it('(A、B、省 at the end of the text: A leads, B supports, the cut name is dropped', () => {
    const hunan = '二、行动重点\n(一)强化服务功能,降低物流业运营成本。\n1.优化行业行政审批。清理物流行业行政许可审批事项,鼓励物流企业网络化经营布局。(省交通运输厅、省工商局、省';
    expect(pairs(hunan)).toEqual([['1', '省交通运输厅/lead、省工商局/support']]);
  });

  it('(persons负责,A牵头,B、省…… : officials by their post are no units', () => {
    expect(units('万元GDP能耗下降2.5%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省……')).toEqual([
      '省发展改革委/lead',
      '省工业和信息化厅/support',
    ]);
  });

  it('variants: cut after a separator, after a comma, a cut name of two characters', () => {
    expect(units('推进多式联运发展。(市交通运输局、市商务局、')).toEqual(['市交通运输局/lead', '市商务局/support']);
    expect(units('推进多式联运发展。(市交通运输局牵头,市商务局、市发展')).toEqual(['市交通运输局/lead', '市商务局/support']);
    expect(units('推进多式联运发展。(县交通运输局、县商务局、县财')).toEqual(['县交通运输局/lead', '县商务局/support']);
  });

  it('leaves alone: a bracket open before more text, one name only, a note, a labelled bracket (the label reader’s)', () => {
    expect(units('推进多式联运发展。(市交通运输局、市商务局\n2.加快冷链物流建设。')).toEqual([]);
    expect(units('推进多式联运发展。(市交通运输')).toEqual([]);
    expect(units('全市物流总额达到1000亿元(按可比价格计算,预计')).toEqual([]);
    // jingmen-shisiwu-fengong-2021: the tag before the labels is no unit.
    expect(units('年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再逐……')).toEqual([
      '市发改委/lead',
      '市政府有关部门/support',
      '各县市区/support',
    ]);
  });
});

describe('a note marked 下同 names no unit (wuhan-yian-2021, zhuzhou-liangshi-2015-trad)', () => {
  it('a gloss on a name: 各区人民政府〈含开发区管委会，下同〉', () => {
    const wuhan = '积极推进“武汉城市圈”区域市场一体化。(牵头单位:市发展改革委、市商务局;责任单位:市经济和信息化局、市市场监管局,市工商联,各区人民政府〈含开发区管委会,下同〉)';
    expect(units(wuhan)).toEqual(['市发展改革委/lead', '市商务局/lead', '市经济和信息化局/support', '市市场监管局/support', '市工商联/support', '各区人民政府/support']);
  });

  it('a note that the first listed leads: the list is read whole, whatever its names end with', () => {
    const zhuzhou = '作为保障民生的基本任务抓好抓落实。(市发改委、市农委、市商务粮食局、各县市区人民政府、中储粮株洲直属库。排名第一的为牵头单位,下同)';
    expect(units(zhuzhou)).toEqual(['市发改委/lead', '市农委/support', '市商务粮食局/support', '各县市区人民政府/support', '中储粮株洲直属库/support']);
  });

  it('variants: （含…，下同） in round brackets; 列第一位者为牵头单位，下同 after a full stop; ；下同', () => {
    expect(units('推进冷链物流建设。(市商务局、各县区政府(含高新区管委会,下同))')).toEqual(['市商务局/lead', '各县区政府/support']);
    expect(units('推进冷链物流建设。（市粮食储备库、市商务局。列第一位者为牵头单位，下同）')).toEqual(['市粮食储备库/lead', '市商务局/support']);
    expect(withoutNotes('市发改委、市粮库；第一个为牵头单位,下同')).toEqual({ list: '市发改委、市粮库', firstLeads: true });
  });

  it('leaves alone: a note alone in its bracket, a unit note with no lead word, 下同 inside a target', () => {
    expect(findAnnotations('实现交易额100亿元(人民币,下同)。')).toEqual([]);
    expect(findAnnotations('推进冷链物流建设。(列第一位者为牵头或汇总单位,下同)')).toEqual([]);
    expect(withoutNotes('市发改委、市粮库。按职责分工,下同')).toEqual({ list: '市发改委、市粮库', firstLeads: false });
    expect(units('推进冷链物流建设。(市粮食储备库、市商务局。按职责分工,下同)')).toEqual([]);
    expect(withoutNotes('市发改委、市商务局')).toEqual({ list: '市发改委、市商务局', firstLeads: false });
  });
});

describe('等有关部门参加: the bodies listed take part (jinxiang-xiangcun-2021)', () => {
  it('A牵头，B、C等有关部门参加，D落实', () => {
    expect(units('全面推进乡村振兴平稳过渡。(责任单位:县扶贫开发办牵头,县民政局、县医疗保障局等有关部门参加,各镇街落实)')).toEqual([
      '县扶贫开发办/lead',
      '县民政局/support',
      '县医疗保障局/support',
      '各镇街/support',
    ]);
  });

  it('variants: 参加 with no 等, 等单位参加 after a lead', () => {
    expect(units('推进冷链物流建设。(市商务局牵头,市财政局参加)')).toEqual(['市商务局/lead', '市财政局/support']);
    expect(units('推进冷链物流建设。(市商务局牵头,市财政局、市税务局等单位参加)')).toEqual(['市商务局/lead', '市财政局/support', '市税务局/support']);
  });
});

describe('a paragraph of a task that opens with its targets label keeps its goals (hunan-fengong-2019, with the cut bracket)', () => {
  it('主要预期目标：… inside an item that carries units', () => {
    const text = [
      '一、落实2019年经济社会发展总体要求和主要预期目标',
      '(一)总体要求:以习近平新时代中国特色社会主义思想为指导,保持经济持续健康发展。',
      '主要预期目标:经济增长7.5%—8%;规模工业增加值增长7%;万元GDP能耗下降2.5%(分管副省长负责,省发展改革委牵头,省工业和信息化厅、省……',
    ].join('\n\n');
    const x = parseDocument(text);
    expect(x.tasks.map((t) => t.units.map((u) => u.name))).toEqual([['省发展改革委', '省工业和信息化厅']]);
    // (How the goal reader names 经济增长7.5%—8% is not this rule's business.)
    expect(x.indicators.map((i) => i.name).slice(1)).toEqual(['规模工业增加值', '万元GDP能耗']);
  });

  it('leaves alone: a task paragraph with a target but no label', () => {
    const text = ['一、重点任务', '1.推进冷链物流建设。全市冷库容量达到100万吨。(市商务局牵头,市财政局配合)'].join('\n');
    expect(parseDocument(text).indicators).toEqual([]);
  });
});

describe('the development-set rules, piece by piece (the mutation run’s survivors)', () => {
  it('sentence subjects: joiners only at the start, the duty word taken off before the 的 check, spaces, helpers right after 牵头', () => {
    expect(subjects('市商务局同时负责')).toEqual([]);
    expect(subjects('市商务局负责推进全市冷链建设的工作')).toEqual([]);
    expect(subjects('市商务局要加快推进参与建设的工作')).toEqual(['市商务局/null']);
    expect(subjects('市商务局会同 市财政局做好')).toEqual(['市商务局/null', '市财政局/support']);
    expect(subjects('由 市商务局牵头')).toEqual(['市商务局/lead']);
    expect(subjects('由市商务局牵头、 市财政局配合')).toEqual(['市商务局/lead', '市财政局/support']);
    expect(subjects('由市商务局牵头制定方案,市财政局配合')).toEqual(['市商务局/lead']);
    expect(subjects('由市商务局牵头、市财政局等配合')).toEqual(['市商务局/lead', '市财政局/support']);
    expect(subjects('由市商务局牵头、市财政局等单位配合')).toEqual(['市商务局/lead', '市财政局/support']);
    expect(subjects('由市商务局牵头、市财政局和群众配合')).toEqual(['市商务局/lead']);
  });

  it('the lead clause: a name with no 、 right before 牵头; the sentence form still reads a list before it', () => {
    expect(pairs('今年推进冷链建设,市商务局、市财政局牵头推进。')).toEqual([]);
    expect(pairs('市商务局、市财政局牵头推进冷链建设。')).toEqual([['1', '市商务局/lead、市财政局/lead']]);
  });

  it('annotations: officials only at the end of a name, a page label only at the start, the cut bracket', () => {
    expect(units('推进航道建设。(市长江航道事务中心、市交通运输局)')).toEqual(['市长江航道事务中心/lead', '市交通运输局/support']);
    expect(units('推进冷链建设。(市商务局牵头,完成时限:2024年底)')).toEqual(['市商务局/lead']);
    expect(units('推进多式联运发展。(市交通运输局、市商务局、市发\n')).toEqual(['市交通运输局/lead', '市商务局/support']);
    expect(units('推进多式联运发展。(市交通运输局等')).toEqual([]);
  });

  it('notes: 下同 at the end only, a note alone, 第一…牵头 without 为, a list read whole and every name a name', () => {
    expect(withoutNotes('市商务局。下同样要求市财政局')).toEqual({ list: '市商务局。下同样要求市财政局', firstLeads: false });
    expect(withoutNotes('人民币,下同')).toEqual({ list: '', firstLeads: false });
    expect(withoutNotes('市发改委、市粮库。排名第一牵头,下同')).toEqual({ list: '市发改委、市粮库', firstLeads: true });
    expect(units('推进。(市商务局、2024年底前完成。排名第一的为牵头单位,下同)')).toEqual([]);
    expect(units('推进。(市发展和改革委员会、市农业农村委员会、市商务粮食局、各县市区人民政府、中储粮株洲直属库。排名第一的为牵头单位,下同)')).toEqual([
      '市发展和改革委员会/lead',
      '市农业农村委员会/support',
      '市商务粮食局/support',
      '各县市区人民政府/support',
      '中储粮株洲直属库/support',
    ]);
  });
});
