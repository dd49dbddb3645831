// Possibly missed indicators (suggestions.ts): quantified targets in sentences the parse did not
// take, listed in the review for the office to add. Synthetic snippets in the forms of the real
// documents; the effect on those is measured by test/support/real-documents.ts ("in review").
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../src/domain/document/index';
import { MAX_SUGGESTIONS, SUGGESTION_CATEGORY, SUGGESTION_QUESTION, suggestIndicators } from '../../src/domain/document/suggestions';
import { sameName } from '../../src/domain/document/owners';
import type { Indicator } from '../../src/domain/document/types';

const brief = (xs: Indicator[]) => xs.map((i) => [i.number, i.name, i.unit, ...i.targets.map((t) => [t.year, t.kind, t.value])]);
const taken = (name: string, value: number | null, unit: string, span: [number, number]) => ({ name, span, targets: [{ year: 2025, kind: 'level' as const, value, text: '', unit }] });

describe('suggestIndicators', () => {
  it('reads each quantity of a sentence the parse did not take, numbered S1…, with its clause as span', () => {
    const t = '年内新建冷库20个，改造农贸市场5家。';
    const s = suggestIndicators(t, [], [], null);
    expect(brief(s)).toEqual([
      ['S1', '冷库', '个', [null, 'level', 20]],
      ['S2', '改造农贸市场', '家', [null, 'level', 5]],
    ]);
    expect(t.slice(...s[0].span)).toBe('年内新建冷库20个');
    expect(s.every((x) => x.category === SUGGESTION_CATEGORY)).toBe(true);
    expect(s[0].questions?.[0]).toBe(SUGGESTION_QUESTION);
  });

  it('takes the year the sentence names, else the goal covering it, else none (the review asks)', () => {
    const t = '到2025年，冷库容量达到100万吨。新建冷库20个。';
    expect(brief(suggestIndicators(t, [], [{ year: 2027, span: [0, t.length] }], null))).toEqual([
      ['S1', '冷库容量', '万吨', [2025, 'level', 100]],
      ['S2', '冷库', '个', [2027, 'level', 20]],
    ]);
    expect(suggestIndicators(t, [], [{ year: 2027, span: [0, 5] }], null)[1].targets[0].year).toBeNull();
    // A goal covers a sentence when it holds it whole, to the character.
    const second: [number, number] = [t.indexOf('新建'), t.length - 1];
    expect(suggestIndicators(t, [], [{ year: 2027, span: second }], null)[1].targets[0].year).toBe(2027);
    expect(suggestIndicators(t, [], [{ year: 2027, span: [second[0] + 1, t.length] }], null)[1].targets[0].year).toBeNull();
    expect(suggestIndicators(t, [], [{ year: 2027, span: [0, second[1] - 1] }], null)[1].targets[0].year).toBeNull();
    // 今年 is the document's year.
    expect(suggestIndicators('今年新建冷库20个。', [], [], 2024)[0].targets[0].year).toBe(2024);
    expect(suggestIndicators('今年新建冷库20个。', [], [], null)[0].targets[0].year).toBeNull();
  });

  it('leaves out facts of the past, years before the document, ordinals and sentences without a quantity', () => {
    expect(suggestIndicators('截至2023年底，已建成冷库20个。', [], [], null)).toEqual([]);
    // A result compared with the year before, unless the sentence states intent.
    expect(suggestIndicators('地方铁路货运量完成4.8亿吨，同比增长11.9%。', [], [], null)).toEqual([]);
    expect(suggestIndicators('力争全年进出口同比增长5%。', [], [], null).map((i) => i.name)).toEqual(['进出口']);
    // The readers would name 冷库容量 here: the months of the year so far make it a fact.
    expect(suggestIndicators('今年1-6月，冷库容量达到100万吨。', [], [], null)).toEqual([]);
    expect(suggestIndicators('2021年建成冷库20个。', [], [], 2023)).toEqual([]);
    expect(suggestIndicators('2023年建成冷库20个。', [], [], 2023)).toHaveLength(1);
    expect(suggestIndicators('推进第3项任务，落实第12条措施。', [], [], null)).toEqual([]);
    expect(suggestIndicators('加快冷链物流发展，到2025年基本建成体系。', [], [], null)).toEqual([]);
  });

  it('leaves out what the parse took: the same name, or the same number and unit read in the same place', () => {
    const t = '到2025年，冷库容量达到100万吨。';
    expect(suggestIndicators(t, [taken('全市冷库容量', 1, '吨', [99, 100])], [], null)).toEqual([]);
    expect(suggestIndicators(t, [taken('冷链仓储能力', 100, '万吨', [5, 20])], [], null)).toEqual([]);
    // The same number elsewhere, or another unit in the same place, is another target.
    expect(suggestIndicators(t, [taken('冷链仓储能力', 100, '万吨', [40, 60])], [], null)).toHaveLength(1);
    expect(suggestIndicators(t, [taken('冷链仓储能力', 100, '吨', [5, 20])], [], null)).toHaveLength(1);
    expect(suggestIndicators(t, [taken('冷链仓储能力', null, '万吨', [5, 20])], [], null)).toHaveLength(1);
    expect(suggestIndicators(t, [taken('冷链仓储能力', 90, '万吨', [5, 20])], [], null)).toHaveLength(1);
    // "The same place" is an overlap: a reading that ends where the suggestion starts, or starts where it ends, is elsewhere.
    const [s0, s1] = suggestIndicators(t, [], [], null)[0].span;
    expect(suggestIndicators(t, [taken('冷链仓储能力', 100, '万吨', [0, s0])], [], null)).toHaveLength(1);
    expect(suggestIndicators(t, [taken('冷链仓储能力', 100, '万吨', [s1, s1 + 3])], [], null)).toHaveLength(1);
    expect(suggestIndicators(t, [taken('冷链仓储能力', 100, '万吨', [s1 - 1, s1 + 3])], [], null)).toEqual([]);
    // One of the indicator's targets read there is enough.
    const two = { ...taken('冷链仓储能力', 50, '万吨', [5, 20]), targets: [taken('', 50, '万吨', [0, 0]).targets[0], taken('', 100, '万吨', [0, 0]).targets[0]] };
    expect(suggestIndicators(t, [two], [], null)).toEqual([]);
    // A target without a value (a fall in points, pending) is no reading of a number.
    const fall = '到2025年，物流成本较2020年降低1个百分点。';
    const pending = suggestIndicators(fall, [], [], null);
    expect(brief(pending)).toEqual([['S1', '物流成本', '百分点', [2025, 'pending', null]]]);
    expect(brief(suggestIndicators(fall, [taken('综合运输费用', null, '百分点', pending[0].span)], [], null))).toEqual(brief(pending));
  });

  it('reads a clause alone where the sentence readers name a list or a verb with it, in document order', () => {
    const t = '优化招商体制机制，引进税收规模千万级企业20家、亿元级企业1家。';
    const s = suggestIndicators(t, [], [], null);
    expect(brief(s)).toEqual([
      ['S1', '税收规模千万级企业', '家', [null, 'level', 20]],
      ['S2', '亿元级企业', '家', [null, 'level', 1]],
    ]);
    expect(t.slice(...s[0].span)).toBe('引进税收规模千万级企业20家、亿元级企业1家');
    expect(suggestIndicators('加强交流合作与功能对接，推动货物、服务进出口总额增长10%以上。', [], [], null).map((i) => i.name)).toEqual(['服务进出口总额']);
    // A name holding a verb is no name, whichever reader gave it (安防提升工程)...
    expect(suggestIndicators('新建或改建农村公路1000公里，安防提升工程50处。', [], [], null).map((i) => i.name)).toEqual(['农村公路']);
    // ...but the work done to what is counted, opening it, is dropped, and 建设 closing it (not inside it).
    expect(suggestIndicators('今年交通建设投资达到500亿元。', [], [], 2024).map((i) => i.name)).toEqual(['交通建设投资']);
    expect(suggestIndicators('今年建设规模达到500亿元。', [], [], 2024).map((i) => i.name)).toEqual(['建设规模']);
    expect(suggestIndicators('加快交通建设，实施国省干线一级公路项目10个。', [], [], null).map((i) => i.name)).toEqual(['国省干线一级公路项目']);
    expect(suggestIndicators('深化改革，开展村村通双车道建设1200公里。', [], [], null).map((i) => i.name)).toEqual(['村村通双车道']);
  });

  it('cleans a name as the fallback does: a comparison closing it, a word of time or scope opening it', () => {
    expect(brief(suggestIndicators('届时全区快递业务量比上年增长10%。', [], [], null))).toEqual([['S1', '快递业务量', '%', [null, 'growth', 10]]]);
  });

  it('lists in the order of the text, whichever reader named each', () => {
    // The sentence reader names the list with its 、 (no name) and 冷库; the clause read alone names 服务进出口总额.
    const t = '推动货物、服务进出口总额增长10%以上，新建冷库20个。';
    expect(brief(suggestIndicators(t, [], [], null))).toEqual([
      ['S1', '服务进出口总额', '%', [null, 'growth', 10]],
      ['S2', '冷库', '个', [null, 'level', 20]],
    ]);
  });

  it('names each thing once, and stops at MAX_SUGGESTIONS', () => {
    expect(suggestIndicators('新建冷库20个。新建冷库30个。', [], [], null).map((i) => i.name)).toEqual(['冷库']);
    const many = Array.from({ length: MAX_SUGGESTIONS + 5 }, (_, i) => `建成第${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉'[Math.floor(i / 10)]}类仓库${i + 1}个。`).join('');
    const s = suggestIndicators(many, [], [], null);
    expect(s).toHaveLength(MAX_SUGGESTIONS);
    expect(s[MAX_SUGGESTIONS - 1].number).toBe(`S${MAX_SUGGESTIONS}`);
  });
});

describe('parseDocument suggestions', () => {
  const DOC = '关于推进冷链物流发展的通知\n一、工作目标\n到2025年，全市冷库总容量达到100万吨。\n二、重点任务\n（一）完善设施。年内新建冷库20个，改造农贸市场5家。\n';

  it('lists beside the indicators what the parse did not take, with spans into the caller’s text', () => {
    const x = parseDocument(DOC);
    expect(x.indicators.map((i) => i.name)).toEqual(['冷库总容量']);
    expect(x.suggestions?.map((i) => i.name)).toEqual(['冷库', '改造农贸市场']);
    expect(DOC.slice(...x.suggestions![0].span)).toBe('年内新建冷库20个');
  });

  it('keeps spans on the caller’s text through the traditional-script view', () => {
    const trad = '關於推進冷鏈物流發展的通知\n（一）完善設施。年內新建冷庫20個。\n';
    const x = parseDocument(trad);
    expect(x.suggestions?.map((i) => i.name)).toEqual(['冷庫']);
    expect(trad.slice(...x.suggestions![0].span)).toBe('年內新建冷庫20個');
  });

  it('never throws, never repeats an indicator, and keeps every span inside the text (any text)', () => {
    const piece = fc.constantFrom('到2025年，', '冷库容量', '达到', '100万吨', '新建冷库', '20个', '。', '，', '截至', '已', '第3项', '\n', '（一）', '区商务委牵头');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        const x = parseDocument(t);
        for (const s of x.suggestions ?? []) {
          expect(x.indicators.some((i) => sameName(i.name, s.name))).toBe(false);
          expect(s.span[0]).toBeGreaterThanOrEqual(0);
          expect(s.span[1]).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
