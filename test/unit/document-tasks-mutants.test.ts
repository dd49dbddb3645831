// src/domain/document/tasks.ts through parseDocument (issue 18): which headings are tasks,
// safeguards or measures, units inherited from a group heading, titles when the item starts with
// its annotation, deadlines taking the year of their heading, goal sentences and their horizon,
// run-on items split per line, unnumbered paragraphs, and nextNumber at its edges.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/domain/document/index';
import { nextNumber } from '../../src/domain/document/tasks';

const tasksOf = (text: string) =>
  parseDocument(text).tasks.map((t) => ({
    number: t.number,
    kind: t.kind,
    title: t.title,
    section: t.section,
    units: t.units.map((u) => `${u.name}/${u.role}`).join(','),
    deadlines: t.deadlines.map((d) => d.date).join(','),
    span: t.span,
  }));
const brief = (text: string) => tasksOf(text).map((t) => `${t.kind}:${t.section}:${t.number}:${t.title}:${t.units}`);

describe('nextNumber', () => {
  it('continues arabic numbers and Chinese numerals one to nine, with or without brackets', () => {
    expect(['3', '10', '一', '九', '（二）', '(九)', '二）'].map(nextNumber)).toEqual(['4', '11', '二', '十', '（三）', '(十)', '三）']);
  });
  it('stops at 十 and for anything else', () => {
    expect(['十', '（十）', 'a', '', '1.', '（二'].map(nextNumber)).toEqual([null, null, null, null, null, '（三']);
  });
});

describe('task selection', () => {
  it('the annotated items under 重点任务 are the tasks; the outermost 保障措施 makes safeguards', () => {
    expect(tasksOf('二、重点任务\n（一）完善组织领导体系\n1. 建立工作专班。（责任单位：区商务委）\n2. 建立联络员制度。（责任单位：区交通局）\n三、保障措施\n（一）强化资金保障。（责任单位：区财政局）')).toEqual([
      { number: '1', kind: 'task', title: '建立工作专班', section: '二/（一）', units: '区商务委/lead', deadlines: '', span: [19, 40] },
      { number: '2', kind: 'task', title: '建立联络员制度', section: '二/（一）', units: '区交通局/lead', deadlines: '', span: [41, 63] },
      { number: '（一）', kind: 'safeguard', title: '强化资金保障', section: '三', units: '区财政局/lead', deadlines: '', span: [71, 92] },
    ]);
  });
  it('nothing annotated: the headings directly below are the tasks (or safeguards)', () => {
    expect(brief('二、重点任务\n（一）推进口岸建设\n（二）推进通道建设\n三、保障措施\n（一）加强组织领导\n（二）强化资金保障')).toEqual([
      'task:二:（一）:推进口岸建设:',
      'task:二:（二）:推进通道建设:',
      'safeguard:三:（一）:加强组织领导:',
      'safeguard:三:（二）:强化资金保障:',
    ]);
    expect(brief('二、重点任务\n（一）推进口岸建设\n1. 建设查验场地。\n2. 建设冷链仓库。\n（二）推进通道建设\n1. 开行班列。')).toEqual(['task:二:（一）:推进口岸建设:', 'task:二:（二）:推进通道建设:']);
  });
  it('units on group headings whose items carry none: the items are the tasks and inherit them', () => {
    expect(brief('二、重点任务\n（一）推进口岸建设（区商务委负责）\n1. 建设查验场地。\n2. 建设冷链仓库。\n（二）推进通道建设（区交通局负责）\n1. 开行班列。')).toEqual([
      'task:二/（一）:1:建设查验场地:区商务委/lead',
      'task:二/（一）:2:建设冷链仓库:区商务委/lead',
      'task:二/（二）:1:开行班列:区交通局/lead',
    ]);
  });
  it('the rank with the most annotations wins; an annotated item of another rank outside them is kept', () => {
    expect(brief('一、重点任务\n（一）推进口岸建设\n1. 建设查验场地。（区商务委负责）\n（二）推进通道建设。（区交通局负责）')).toEqual([
      'task:一/（一）:1:建设查验场地:区商务委/lead',
      'task:一:（二）:推进通道建设:区交通局/lead',
    ]);
    // A group with its own annotation and an annotated item below stays one task.
    expect(brief('一、主要任务\n（一）推进口岸建设（区商务委负责）\n1. 建设查验场地。\n（二）推进通道建设（区交通局负责）\n1. 开行班列。\n2. 建设站场。（区财政局负责）')).toEqual([
      'task:一:（一）:推进口岸建设:区商务委/lead',
      'task:一:（二）:推进通道建设:区交通局/lead,区财政局/support',
    ]);
  });
  it('a 保障措施 part before the 重点任务 part still gives safeguards, and the tasks stay tasks', () => {
    expect(brief('一、保障措施\n（一）加强组织领导\n1. 成立专班。（区政府办负责）\n二、重点任务\n（一）推进口岸建设\n1. 建设查验场地。（区商务委负责）')).toEqual([
      'safeguard:一/（一）:1:成立专班:区政府办/lead',
      'task:二/（一）:1:建设查验场地:区商务委/lead',
    ]);
  });
  it('without a 重点任务 heading: annotated thematic items are tasks, items under 保障措施 safeguards, narrative parts skipped', () => {
    expect(brief('一、建设通道\n（一）推进铁路建设。（区交通局负责）\n二、保障措施\n（一）加强组织领导\n1. 成立专班。（区政府办负责）\n三、其他\n（一）加强宣传\n1. 做好宣传。（区委宣传部负责）')).toEqual([
      'task:一:（一）:推进铁路建设:区交通局/lead',
      'safeguard:二/（一）:1:成立专班:区政府办/lead',
      'task:三/（一）:1:做好宣传:区委宣传部/lead',
    ]);
  });
  it('no annotation anywhere (a guidance): the items are measures', () => {
    expect(brief('一、建设通道\n（一）推进铁路建设\n1. 建设货运站。\n2. 建设专用线。\n二、发展产业\n（一）培育企业\n1. 引进企业。')).toEqual(['measure:一:（一）:推进铁路建设:', 'measure:二:（一）:培育企业:']);
  });
  it('an annotated item under 发展目标 is still an assignment', () => {
    expect(brief('一、发展目标\n（一）货量目标\n1. 口岸货量达到100万吨。（牵头单位：区商务委）\n二、重点任务\n1. 建设站场。（区交通局负责）')).toEqual([
      'task:一/（一）:1:口岸货量达到100万吨:区商务委/lead',
      'task:二:1:建设站场:区交通局/lead',
    ]);
  });
});

describe('titles and deadlines', () => {
  it('an item that opens with its annotation takes its title from the words after it', () => {
    expect(brief('一、重点任务\n1.（责任单位：区商务委）推进口岸建设和冷链物流发展。')).toEqual(['task:一:1:推进口岸建设和冷链物流发展:区商务委/lead']);
  });
  it('the title stops at the first annotation; the text runs on to the next item', () => {
    expect(tasksOf('一、重点任务\n1. 推进口岸建设（区商务委负责），加快冷链物流发展。\n第二行说明。')).toEqual([
      { number: '1', kind: 'task', title: '推进口岸建设', section: '一', units: '区商务委/lead', deadlines: '', span: [7, 41] },
    ]);
  });
  it('年底前 takes the year of a heading above, else of the latest dated deadline before it', () => {
    expect(tasksOf('一、重点任务\n（一）2024年重点工作\n1. 年底前建成口岸。（区商务委负责）')[0].deadlines).toBe('2024-12-31');
    expect(tasksOf('一、发展目标\n到2025年，口岸货量达到100万吨。\n二、主要任务\n1. 推进口岸建设，2024年底前完成。（区商务委负责）\n2. 年底前建成冷链仓库。（区交通局负责）').map((t) => t.deadlines)).toEqual(['2024-12-31', '2024-12-31']);
    expect(tasksOf('2023年工作要点\n一、重点工作\n1. 推进口岸建设，年底前完成。（区商务委负责）')[0].deadlines).toBe('2023-12-31');
  });
});

describe('goal sentences', () => {
  const goals = (text: string) => parseDocument(text).goals.map((g) => [g.year, g.text]);
  it('each 到YYYY年 in a goal section starts a goal that runs to the next one; task text is not a goal', () => {
    const x = parseDocument('一、发展目标\n到2025年，口岸货量达到100万吨；到2030年，达到200万吨。\n二、主要任务\n1. 到2026年建成口岸。（区商务委负责）');
    expect(x.goals).toEqual([
      { year: 2025, text: '到2025年，口岸货量达到100万吨；', span: [7, 26] },
      { year: 2030, text: '到2030年，达到200万吨。', span: [26, 41] },
    ]);
    expect(x.meta.horizonYears).toEqual([2025, 2030]);
  });
  it('only goal sections count when there are any', () => {
    expect(goals('一、工作目标\n到2025年，货量100万吨。\n二、其他\n到2030年，货量200万吨。')).toEqual([[2025, '到2025年，货量100万吨。']]);
  });
  it('without goal sections, the whole body; 力争到/预计到/至 and 底/末 count, a horizon inside a phrase does not', () => {
    expect(goals('一、总体要求\n延续到2030年的政策。力争到2027年底，建成枢纽，预计到2028年末完成。至2029年形成网络。')).toEqual([
      [2027, '力争到2027年底，建成枢纽，'],
      [2028, '预计到2028年末完成。'],
      [2029, '至2029年形成网络。'],
    ]);
    expect(goals('前言\n到2025年，货量100万吨。')).toEqual([[2025, '到2025年，货量100万吨。']]);
  });
});

describe('run-on and unnumbered items', () => {
  it('lines that each end with their own annotation inside one item are split, numbers continued', () => {
    expect(tasksOf('一、重点任务\n1. 推进口岸建设（区商务委负责）。\n推进冷链建设（区交通局负责）。\n推进通道建设（区财政局负责）。')).toEqual([
      { number: '1', kind: 'task', title: '推进口岸建设', section: '一', units: '区商务委/lead', deadlines: '', span: [7, 25] },
      { number: '2', kind: 'task', title: '推进冷链建设', section: '一', units: '区交通局/lead', deadlines: '', span: [26, 41] },
      { number: '3', kind: 'task', title: '推进通道建设', section: '一', units: '区财政局/lead', deadlines: '', span: [42, 57] },
    ]);
  });
  it('an item whose first line has no annotation stays whole', () => {
    expect(brief('一、重点任务\n1. 推进口岸建设。\n加强科技创新主体培育，推进实验室建设（市科技局牵头负责，市财政局配合）。')).toEqual(['task:一:1:推进口岸建设:市科技局/lead,市财政局/support']);
  });
  it('paragraphs without numbers that end with an annotation are tasks numbered in order', () => {
    expect(tasksOf('加强科技创新主体培育，推进实验室建设（市科技局牵头负责，市财政局配合）。\n推进冷链物流发展（市商务委牵头，市交通局配合）。')).toEqual([
      { number: '1', kind: 'task', title: '加强科技创新主体培育，推进实验室建设', section: null, units: '市科技局/lead,市财政局/support', deadlines: '', span: [0, 36] },
      { number: '2', kind: 'task', title: '推进冷链物流发展', section: null, units: '市商务委/lead,市交通局/support', deadlines: '', span: [37, 61] },
    ]);
  });
  it('counter-examples: shorter than 8 characters, no lead, annotation not at the end', () => {
    expect(tasksOf('（区交委负责）')).toEqual([]);
    expect(brief('建（区交委负责）')).toEqual(['task:null:1:建:区交委/lead']);
    // Nothing before the annotation: the number is the title.
    expect(brief('（区商务委负责）')).toEqual(['task:null:1:1:区商务委/lead']);
    expect(tasksOf('推进冷链物流发展工作（市交通局、市财政局配合）。')).toEqual([]);
    expect(tasksOf('推进冷链物流发展（市商务委负责），并加快建设多式联运。')).toEqual([]);
  });
});

describe('selection rules at their edges', () => {
  it('a 重点任务 / 保障措施 title counts up to 16 characters (without spaces), a narrative one up to 20', () => {
    const two = '\n（一）甲项工作\n（二）乙项工作';
    // 16 characters: a task part; 17: a thematic part whose unannotated items are measures.
    expect(brief(`一、推进口岸建设的重点任务和工作安排${two}`)).toEqual(['task:一:（一）:甲项工作:', 'task:一:（二）:乙项工作:']);
    expect(brief(`一、推进口岸建设的重点任务和工作安排等${two}`)).toEqual(['measure:一:（一）:甲项工作:', 'measure:一:（二）:乙项工作:']);
    expect(brief(`一、推进口岸建设 的重点任务 和工作安排${two}`)).toEqual(['task:一:（一）:甲项工作:', 'task:一:（二）:乙项工作:']);
    expect(brief(`一、推进口岸建设的保障措施和工作安排${two}`)).toEqual(['safeguard:一:（一）:甲项工作:', 'safeguard:一:（二）:乙项工作:']);
    expect(brief(`一、推进口岸建设的保障措施和工作安排等${two}`)).toEqual(['measure:一:（一）:甲项工作:', 'measure:一:（二）:乙项工作:']);
    const narrative = (title: string) => brief(`一、${title}\n（一）甲项工作\n二、建设通道\n（一）乙项工作`);
    expect(narrative('推进口岸建设和冷链物流发展工作的总体要求')).toEqual(['measure:二:（一）:乙项工作:']);
    expect(narrative('推进口岸建设和冷链物流发展工作的总体要求等')).toEqual(['measure:一:（一）:甲项工作:', 'measure:二:（一）:乙项工作:']);
  });
  it('保障 counts only at the end of a title, 目标 alone only as the whole title; a title with both task and safeguard words is a safeguard part', () => {
    expect(brief('一、推进保障房建设\n（一）甲项工作\n（二）乙项工作')).toEqual(['measure:一:（一）:甲项工作:', 'measure:一:（二）:乙项工作:']);
    expect(brief('一、住房保障\n（一）甲项工作\n（二）乙项工作')).toEqual(['safeguard:一:（一）:甲项工作:', 'safeguard:一:（二）:乙项工作:']);
    expect(brief('一、目标\n（一）甲项工作\n二、建设通道\n（一）乙项工作')).toEqual(['measure:二:（一）:乙项工作:']);
    expect(brief('一、建设目标\n（一）甲项工作')).toEqual(['measure:一:（一）:甲项工作:']);
    expect(brief('一、目标和路径\n（一）甲项工作')).toEqual(['measure:一:（一）:甲项工作:']);
    expect(brief('一、重点任务和保障措施\n（一）甲项工作\n（二）乙项工作')).toEqual(['safeguard:一:（一）:甲项工作:', 'safeguard:一:（二）:乙项工作:']);
  });
  it('with a 重点任务 part, other parts give no measures; without one, a narrative sub-part gives none', () => {
    expect(brief('一、重点任务\n（一）甲项工作\n二、其他事项\n（一）乙项工作')).toEqual(['task:一:（一）:甲项工作:']);
    expect(brief('一、建设通道\n（一）总体要求\n（二）推进铁路建设')).toEqual(['measure:一:（二）:推进铁路建设:']);
    // One annotated item makes every item of the thematic parts a task.
    expect(brief('一、建设通道\n（一）推进铁路（区交通局负责）\n（二）推进公路')).toEqual(['task:一:（一）:推进铁路:区交通局/lead', 'task:一:（二）:推进公路:']);
  });
  it('equal numbers of annotations on two styles: the inner style is the tasks', () => {
    expect(brief('一、重点任务\n（一）推进口岸建设（区商务委负责）\n（二）推进通道建设\n1. 开行班列。（区交通局负责）')).toEqual([
      'task:一:（一）:推进口岸建设:区商务委/lead',
      'task:一/（二）:1:开行班列:区交通局/lead',
    ]);
  });
  it('annotated groups without items stay tasks beside an unannotated group with items', () => {
    expect(brief('一、重点任务\n（一）甲项工作（区商务委负责）\n（二）乙项工作（区交通局负责）\n（三）丙项工作\n1. 丙一\n2. 丙二')).toEqual([
      'task:一:（一）:甲项工作:区商务委/lead',
      'task:一:（二）:乙项工作:区交通局/lead',
      'task:一:（三）:丙项工作:',
    ]);
  });
  it('annotated groups with items of two styles: the outer item style is the tasks, the other group stays whole', () => {
    expect(brief('一、重点任务\n（一）甲项工作（区商务委负责）\n1. 甲一\n2. 甲二\n（二）乙项工作（区交通局负责）\n（1）乙一\n（2）乙二')).toEqual([
      'task:一/（一）:1:甲一:区商务委/lead',
      'task:一/（一）:2:甲二:区商务委/lead',
      'task:一:（二）:乙项工作:区交通局/lead',
    ]);
  });
  it('an unannotated group with items of another style is not a task when the annotated items are elsewhere', () => {
    expect(brief('一、重点任务\n（一）甲项工作\n1. 甲一（区商务委负责）\n2. 甲二（区交通局负责）\n（二）乙项工作\n（1）乙一\n（2）乙二')).toEqual([
      'task:一/（一）:1:甲一:区商务委/lead',
      'task:一/（一）:2:甲二:区交通局/lead',
    ]);
  });
  it('a top-level annotated heading is a task with no section', () => {
    const [t] = parseDocument('一、建设站场（区交通局负责）').tasks;
    expect([t.number, t.kind, t.title, t.section, t.sectionTitle, t.units.map((u) => u.name)]).toEqual(['一', 'task', '建设站场', null, '', ['区交通局']]);
    const [u] = parseDocument('一、重点任务\n1. 建设站场（区交通局负责）').tasks;
    expect([u.section, u.sectionTitle]).toEqual(['一', '重点任务']);
  });
  it('an item that opens with its annotation: brackets and spaces dropped from the fallback title, cut at 60 characters', () => {
    expect(brief('一、重点任务\n1.（责任单位：区商务委）推进 口岸（一期）建设【重点】。再做说明。')).toEqual(['task:一:1:推进口岸建设:区商务委/lead']);
    const long = '推进口岸建设'.repeat(12);
    const [t] = parseDocument(`一、重点任务\n1.（责任单位：区商务委）${long}`).tasks;
    expect(t.title).toBe(long.slice(0, 60));
    expect(brief('一、重点任务\n1.（责任单位：区商务委）')).toEqual(['task:一:1:1:区商务委/lead']);
  });
});

describe('run-on and unnumbered items at their edges', () => {
  it('two self-contained lines are split already; a number that cannot continue gets a suffix', () => {
    expect(tasksOf('一、重点任务\n1. 推进口岸建设（区商务委负责）。\n推进冷链建设（区交通局负责）。')).toEqual([
      { number: '1', kind: 'task', title: '推进口岸建设', section: '一', units: '区商务委/lead', deadlines: '', span: [7, 25] },
      { number: '2', kind: 'task', title: '推进冷链建设', section: '一', units: '区交通局/lead', deadlines: '', span: [26, 41] },
    ]);
    expect(brief('一、重点任务\n（十）推进口岸建设（区商务委负责）。\n推进冷链建设（区交通局负责）。\n推进通道建设（区财政局负责）。').map((t) => t.split(':')[2])).toEqual(['（十）', '（十）-2', '（十）-3']);
  });
  it('a split line loses its mojibake number in the title, keeps its own deadline, and takes its number as title when it has no words', () => {
    const x = parseDocument('一、重点任务\n1. 推进口岸建设（区商务委负责）。\n?.推进冷链建设，2025年底前完成（区交通局负责）。\n（区财政局负责）。').tasks;
    expect(x.map((t) => [t.number, t.title, t.text, t.deadlines.map((d) => d.date), t.units.map((u) => u.name), t.span])).toEqual([
      ['1', '推进口岸建设', '推进口岸建设（区商务委负责）。', [], ['区商务委'], [7, 25]],
      ['2', '推进冷链建设，2025年底前完成', '?.推进冷链建设，2025年底前完成（区交通局负责）。', ['2025-12-31'], ['区交通局'], [26, 53]],
      ['3', '3', '（区财政局负责）。', [], ['区财政局'], [54, 63]],
    ]);
  });
  it('an annotation may be followed by one stray character, not two', () => {
    expect(brief('推进冷链物流发展工作（市商务委负责）、')).toEqual(['task:null:1:推进冷链物流发展工作:市商务委/lead']);
    expect(brief('推进冷链物流发展工作（市商务委负责）、、')).toEqual([]);
  });
  it('an unnumbered paragraph in the own text of a heading takes that heading as its section', () => {
    const [t] = parseDocument('一、总体要求\n推进冷链物流发展（市商务委牵头，市交通局配合）。\n（一）指导思想\n坚持市场主导。').tasks;
    expect([t.number, t.kind, t.title, t.section, t.sectionTitle, t.text, t.span]).toEqual(['1', 'task', '推进冷链物流发展', '一', '总体要求', '推进冷链物流发展（市商务委牵头，市交通局配合）。', [7, 31]]);
  });
});

describe('nextNumber counter-examples', () => {
  it('only a whole number or a whole numeral continues', () => {
    expect(['a1', '1a', 'x二', '二x', '（二）x', '二二'].map(nextNumber)).toEqual([null, null, null, null, null, null]);
  });
});

describe('goal sentences at their edges', () => {
  const goals = (text: string) => parseDocument(text).goals.map((g) => [g.year, g.text]);
  const twoParts = (title: string) => goals(`一、${title}\n到2025年，货量100万吨。\n二、其他\n到2030年，货量200万吨。`);
  it('a goal section title counts up to 20 characters; 目标 opens one only at its start', () => {
    expect(twoParts('推进口岸建设和冷链物流发展工作的发展目标')).toEqual([[2025, '到2025年，货量100万吨。']]);
    expect(twoParts('推进口岸建设和冷链物流发展工作的发展目标等')).toEqual([[2025, '到2025年，货量100万吨。'], [2030, '到2030年，货量200万吨。']]);
    expect(twoParts('目标和任务')).toEqual([[2025, '到2025年，货量100万吨。']]);
    expect(twoParts('建设目标')).toEqual([[2025, '到2025年，货量100万吨。'], [2030, '到2030年，货量200万吨。']]);
  });
  it('a quoting verb counts only right before the horizon', () => {
    expect(goals('前言\n他明确延续到2030年的政策。')).toEqual([]);
  });
  it('a year’s plan inside a line starts after the mark before it; 将近 is a fact', () => {
    expect(goals('前言\n口岸已建成。2026年，要建成冷链仓库。')).toEqual([[2026, '2026年，要建成冷链仓库。']]);
    expect(goals('前言\n口岸已建成。2026年，市物流中心将近完成。')).toEqual([]);
  });
  it('an indicator item that is only its units bracket is no goal', () => {
    expect(goals('一、发展目标\n到2025年，主要指标如下：\n1. （牵头单位：区商务委）\n2. 货量达到100万吨（预期性）')).toEqual([
      [2025, '到2025年，主要指标如下：'],
      [2025, '货量达到100万吨'],
    ]);
  });
  it('a heading after a goal does not continue it, even when it reads as a target', () => {
    expect(goals('一、发展目标\n到2025年，货量100万吨。\n（一）力争建成10个园区\n力争建成20个园区。')).toEqual([[2025, '到2025年，货量100万吨。']]);
  });
  it('a growth over a base year continues a goal only when the base is earlier; 全年 reaches a number 12 characters on', () => {
    const after = (line: string) => goals(`一、发展目标\n到2025年，货量100万吨。\n${line}`).slice(1);
    expect(after('货量较2025年增长10%。')).toEqual([]);
    expect(after('货量较2024年增长10%。')).toEqual([[2025, '货量较2024年增长10%。']]);
    expect(after('全年一二三四五六七八九十完成5个。')).toEqual([[2025, '全年一二三四五六七八九十完成5个。']]);
    expect(after('全年一二三四五六七八九十一完成5个。')).toEqual([]);
  });
});

describe('items of two styles directly below an unannotated task heading', () => {
  it('every item directly below is a task (a 1. item before a （一） item was dropped)', () => {
    expect(brief('一、重点任务\n1. 甲项工作\n（一）乙项工作')).toEqual(['task:一:1:甲项工作:', 'task:一:（一）:乙项工作:']);
    // Items inside a direct item stay inside it.
    expect(brief('一、重点任务\n（一）乙项工作\n1. 乙一\n2. 乙二\n（二）丙项工作')).toEqual(['task:一:（一）:乙项工作:', 'task:一:（二）:丙项工作:']);
    // With an annotation somewhere, the annotated style decides, as before.
    expect(brief('一、重点任务\n1. 甲项工作\n（一）乙项工作\n2. 乙一。（区商务委负责）')).toEqual(['task:一:1:甲项工作:', 'task:一/（一）:2:乙一:区商务委/lead']);
  });
});
