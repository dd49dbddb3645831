// The sentence fallback (fallback-targets.ts): targets read from goal sentences when the parse finds
// neither tasks nor indicators. Snippets are from tuned real documents (test/fixtures/documents/real).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../src/domain/document/index';
import {
  acceptableName,
  fallbackIndicators,
  FALLBACK_CATEGORY,
  FALLBACK_QUESTION,
  indicatorName,
  sentenceYear,
  sentences,
} from '../../src/domain/document/fallback-targets';

const brief = (t: string, year: number | null = null) =>
  fallbackIndicators(t, year).map((i) => [i.name, i.targets[0].kind, i.targets[0].value, i.targets[0].year]);

// hebei-jiaotong-2019 (a news report of a year's work plan).
const HEBEI =
  '2019-01-31 08:37:13\n据1月29日召开的河北省交通运输工作会议消息,今年河北将立足“三区一基地”功能定位,推动京津冀交通一体化实现新突破。' +
  '河北省交通运输厅厅长单宝风表示,今年,河北将完成固定资产投资900亿元以上,包括高速公路投资552亿元、普通干线公路投资120亿元、农村公路投资75亿元。' +
  '高速公路建设规模达1000公里以上,建成200公里以上。';

describe('sentences', () => {
  it('splits at 。！？；, a line break and their half-width forms, trimming blanks', () => {
    const t = '甲达到1个。乙！丙?丁；戊;己!庚\n  辛达到2个  \n\n';
    const s = sentences(t);
    expect(s.map((x) => x.text)).toEqual(['甲达到1个', '乙', '丙', '丁', '戊', '己', '庚', '辛达到2个']);
    for (const x of s) expect(t.slice(x.at, x.at + x.text.length)).toBe(x.text);
    expect(s.map((x) => x.opens)).toEqual([true, false, false, false, false, false, false, true]);
  });
  it('starts a sentence after its leading blanks only', () => {
    expect(sentences('甲达到1个  。  乙')).toEqual([
      { text: '甲达到1个', at: 0, opens: true },
      { text: '乙', at: 10, opens: false },
    ]);
  });
  it('gives nothing for blanks', () => {
    expect(sentences('  \n \n。')).toEqual([]);
  });
});

describe('sentenceYear', () => {
  it('takes the horizon, else a year named, else 今年/明年, else the horizon before, else the document’s', () => {
    expect(sentenceYear('2020年起，到2025年，A达到1个', 2019, 2018)).toBe(2025);
    expect(sentenceYear('至 2030 年A达到1个', null, null)).toBe(2030);
    expect(sentenceYear('2020 年起，到 2025 年，A达到1个', null, null)).toBe(2025);
    expect(sentenceYear('2020年起，到2025 年，A达到1个', null, null)).toBe(2025);
    expect(sentenceYear('2023 年快递业务量达到2亿件', 2025, 2022)).toBe(2023);
    expect(sentenceYear('2023年快递业务量达到2亿件', 2025, 2022)).toBe(2023);
    expect(sentenceYear('今年全省完成投资100亿元', 2025, 2022)).toBe(2022);
    expect(sentenceYear('明年全省完成投资100亿元', 2025, 2022)).toBe(2023);
    expect(sentenceYear('今年全省完成投资100亿元', 2025, null)).toBe(2025);
    expect(sentenceYear('A达到1个', 2025, 2022)).toBe(2025);
    expect(sentenceYear('A达到1个', null, 2022)).toBe(2022);
    expect(sentenceYear('A达到1个', null, null)).toBeNull();
  });
});

describe('acceptableName', () => {
  it('takes a short noun phrase', () => {
    for (const n of ['冷库', '205国道车流量', '5G基站年用量', '冷链其他设施', '冷库容量', '高速公路建设规模', '固定资产投资', '交通建设投资', '5A级物流企业', '一二三四五六七八九十一二三四五六七八九十']) expect(acceptableName(n)).toBe(true);
  });
  it('refuses what is too short, too long, holds a verb, a year, a share, punctuation, or opens with 其/也', () => {
    for (const n of [
      '冷',
      '一二三四五六七八九十一二三四五六七八九十一',
      '提出',
      '政府工作报告提出今年国内生产总值',
      '提请省政府取消厅本级行政许可事项',
      '部分下放',
      '省级财政每年安排',
      '超计划完成投资',
      '其协同作业效率已',
      '创造了年均增长',
      '公路建设',
      '冷链物流建设',
      '2025年冷库容量',
      '2025冷库容量',
      '全省58%的县',
      '冷库、冷藏车',
      '冷库容量（万吨）',
      '其冷库容量',
      '也与全省货物吞吐量',
      '全省',
      '这个省将建设',
    ])
      expect(acceptableName(n), n).toBe(false);
  });
  it('refuses names holding other verbs', () => {
    for (const v of ['推进', '实施', '开展', '加快', '推动', '打造', '培育', '形成', '建立', '完善', '实现', '达到', '突破', '超过', '引进', '开通', '建成', '新建', '力争', '确保', '争取', '支持', '鼓励', '提升', '提高', '促进', '加强', '推广', '取消', '下放', '安排'])
      expect(acceptableName(`冷链${v}物流`), v).toBe(false);
  });
});

describe('fallbackIndicators', () => {
  it('reads the targets of a year’s plan in a news report (hebei-jiaotong-2019)', () => {
    const out = fallbackIndicators(HEBEI, 2019);
    expect(out.map((i) => [i.number, i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year])).toEqual([
      ['F1', '固定资产投资', '亿元', 'min', 900, 2019],
      ['F2', '高速公路投资', '亿元', 'level', 552, 2019],
      ['F3', '普通干线公路投资', '亿元', 'level', 120, 2019],
      ['F4', '农村公路投资', '亿元', 'level', 75, 2019],
      ['F5', '高速公路建设规模', '公里', 'min', 1000, 2019],
    ]);
    for (const i of out) {
      expect(i.category).toBe(FALLBACK_CATEGORY);
      expect(i.questions?.[0]).toBe(FALLBACK_QUESTION);
      expect(i.baseline).toBeNull();
      expect(HEBEI.slice(i.span[0], i.span[1])).toContain(String(i.targets[0].value));
    }
    expect(HEBEI.slice(out[0].span[0], out[0].span[1])).toBe('河北将完成固定资产投资900亿元以上');
  });

  it('reads a horizon and the sentences after it in its paragraph (hainan-wuliu-2021)', () => {
    const t =
      '按照《规划》,到2025年,海南将基本建成国际化物流设施体系。全省集装箱吞吐量达700万TEU,航空货邮吞吐量达40万吨。物流业总收入达1300亿元,社会物流总费用与GDP的比率降到13.2%左右。\n' +
      '冷藏车达到500辆。';
    expect(brief(t)).toEqual([
      ['集装箱吞吐量', 'level', 700, 2025],
      ['航空货邮吞吐量', 'level', 40, 2025],
      ['物流业总收入', 'level', 1300, 2025],
      ['社会物流总费用与GDP的比率', 'reduction', 13.2, 2025],
    ]);
  });

  it('gives a sentence with no year of its own the horizon before it', () => {
    expect(brief('到2025年，全省冷链物流总额达到3000亿元。\n力争冷库容量突破500万吨。', 2021)).toEqual([
      ['冷链物流总额', 'level', 3000, 2025],
      ['冷库容量', 'min', 500, 2025],
    ]);
    expect(brief('力争冷库容量突破500万吨。', 2021)).toEqual([['冷库容量', 'min', 500, 2021]]);
  });

  it('reads each word of intent or goal as opening a goal', () => {
    for (const lead of ['力争', '确保', '争取', '按照目标，', '根据计划，', '届时', '今年', '明年', '将', '“十四五”期间', '十三五时期', '至2025年'])
      expect(brief(`${lead}全区快递业务量达到20亿件。`).map((r) => r[0]), lead).toEqual(['快递业务量']);
  });

  it('reads no sentence without a word of intent, a horizon or 目标', () => {
    expect(brief('全区快递业务量达到20亿件。')).toEqual([]);
    expect(brief('预计实现地区生产总值580亿元。')).toEqual([]);
    expect(brief('全区将近20亿件快递。')).toEqual([]);
  });

  it('reads no fact of the past, and a fact ends the goal it follows', () => {
    // jilin-luntan-2010 (no targets): a length now, and one being built.
    expect(brief('省长王儒林在发言时表示,目前吉林省铁路营运里程3926公里,正在建设的铁路里程超过3000公里,十二五末期基本形成“五纵三横”新格局。')).toEqual([]);
    // zhongwei-gongzuobaogao-2022: the review of the year.
    expect(brief('一、2022年工作回顾\n即将过去的2022年,是中卫发展极不寻常的一年。预计实现地区生产总值580亿元,增长7%左右。规上工业增加值增长10%以上。')).toEqual([]);
    for (const past of ['截至2022年底', '截止目前', '当前', '已经', '已达', '已建成', '去年', '上年', '上半年', '完成了', '实现了', '达到了', '增长了', '共有', '现有', '拥有', '过去五年', '2015年以来', '“十三五”期间，全省累计'])
      expect(brief(`到2025年，冷库容量达到100万吨。${past}，全省将建成冷库容量200万吨，冷藏车达到300辆。全区快递业务量达到20亿件。`).map((r) => r[0]), past).toEqual(['冷库容量']);
    expect(brief('力争快递业务量比上年增长10%。').map((r) => r[0])).toEqual(['快递业务量']);
  });

  it('reads a sentence only where it states a number with a measure unit', () => {
    expect(brief('到2025年，基本建成现代物流体系。')).toEqual([]);
    expect(brief('到2025年，基本建成1套现代物流体系。')).toEqual([]);
    for (const unit of ['%', '％', '个百分点', '个', '家', '条', '项', '列', '班', '座', '艘', '架', '台', '户', '人', '次', '件', '辆', '处', '所', '批', '组', '名', '位', '吨', '元', '公里', '亩', '平方米', '立方米', '标箱', '标准箱', 'TEU'])
      expect(fallbackIndicators(`到2025年，A类指标X达到1.5${unit}。`).length, unit).toBe(1);
  });

  it('reads no year before the document’s', () => {
    expect(brief('据介绍，2029年将完成投资50亿元。', 2031)).toEqual([]);
    expect(brief('据介绍，2029年将完成投资50亿元。', 2029)).toEqual([['投资', 'level', 50, 2029]]);
    expect(brief('据介绍，2029年将完成投资50亿元。')).toEqual([['投资', 'level', 50, 2029]]);
  });

  it('carries the horizon of a sentence written with blanks', () => {
    expect(brief('到 2025 年，基本建成现代物流体系。\n力争冷库容量突破500万吨。', 2021)).toEqual([['冷库容量', 'min', 500, 2025]]);
  });

  it('keeps one indicator of a name and drops unacceptable names', () => {
    expect(brief('到2025年，冷库容量达到100万吨。力争冷库容量达到120万吨。').map((r) => r[0])).toEqual(['冷库容量']);
    expect(brief('到2025年，提出100万吨。')).toEqual([]);
    expect(fallbackIndicators('')).toEqual([]);
  });
});

describe('parseDocument and the fallback', () => {
  it('runs the fallback on a parse with neither tasks nor indicators', () => {
    const t = '2022年12月20日\n会议提出，明年全省冷库容量要突破500万吨，冷藏车保有量达到8000辆。';
    const x = parseDocument(t);
    expect(x.tasks).toEqual([]);
    expect(x.indicators.map((i) => [i.number, i.category, i.name, i.unit, i.targets[0].kind, i.targets[0].value, i.targets[0].year])).toEqual([
      ['F1', FALLBACK_CATEGORY, '冷库容量', '万吨', 'min', 500, 2023],
      ['F2', FALLBACK_CATEGORY, '冷藏车保有量', '辆', 'level', 8000, 2023],
    ]);
    expect(x.indicators.map((i) => t.slice(i.span[0], i.span[1]))).toEqual(['明年全省冷库容量要突破500万吨', '冷藏车保有量达到8000辆']);
  });

  it('leaves a parse with indicators as it was', () => {
    const x = parseDocument('到2025年，全省冷链物流总额达到3000亿元，冷库容量突破500万吨。');
    expect(x.indicators.map((i) => [i.number, i.category])).toEqual([
      ['G1', '发展目标'],
      ['G2', '发展目标'],
    ]);
  });

  it('leaves a parse with tasks and no indicators as it was', () => {
    const t = '一、重点任务\n（一）今年全省将新建冷库30座。（责任单位：省商务厅）\n（二）加快冷链物流发展。（责任单位：省发展改革委）';
    const x = parseDocument(t);
    expect(x.tasks.length).toBeGreaterThan(0);
    expect(x.indicators).toEqual([]);
  });

  it('maps spans back to the text given (traditional script, reading aids)', () => {
    const t = '根據計劃，全市快遞業務量將達到20億件。';
    const x = parseDocument(t);
    expect(x.indicators.map((i) => i.name)).toEqual(['快遞業務量']);
    expect(t.slice(x.indicators[0].span[0], x.indicators[0].span[1])).toBe('全市快遞業務量將達到20億件');
  });
});

const vocabulary = [
  '到2025年', '2023年', '今年', '明年', '力争', '目标', '将', '截至', '已', '，', '。', '；', '\n', '、', '（', '）', '达到', '突破', '超过', '不低于',
  '控制在', '增长', '新建', '建成', '100', '3.5', '万吨', '亿元', '%', '个', '家', '公里', '以上', '左右', '冷库容量', '快递业务量', '全省', '其中', '的', '等',
];
const goalText = fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }).map((a) => a.join(''));

describe('fallback properties', () => {
  it('never throws and gives valid indicators on any text', () => {
    fc.assert(
      fc.property(fc.oneof(goalText, fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 })), fc.option(fc.integer({ min: 1990, max: 2060 })), (text, year) => {
        const out = fallbackIndicators(text, year);
        const names = new Set<string>();
        out.forEach((ind, k) => {
          expect(ind.number).toBe(`F${k + 1}`);
          expect(ind.category).toBe(FALLBACK_CATEGORY);
          expect(acceptableName(ind.name)).toBe(true);
          expect(names.has(ind.name)).toBe(false);
          names.add(ind.name);
          expect(ind.targets.length).toBe(1);
          expect(ind.questions?.[0]).toBe(FALLBACK_QUESTION);
          const [s, e] = ind.span;
          expect(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
  it('parseDocument keeps its spans inside the text with the fallback', () => {
    fc.assert(
      fc.property(goalText, (text) => {
        const x = parseDocument(text);
        for (const i of x.indicators) expect(i.span[0] >= 0 && i.span[1] <= text.length && i.span[0] <= i.span[1]).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('indicatorName', () => {
  it('drops a comparison closing the name and a word of time or scope opening it; a comparison word inside a name stays', () => {
    expect(indicatorName('快递业务量比上年')).toBe('快递业务量');
    expect(indicatorName('货运量较上年')).toBe('货运量');
    expect(indicatorName('届时全区快递业务量')).toBe('快递业务量');
    expect(indicatorName('同比口径货运量')).toBe('同比口径货运量');
  });
});
