// src/domain/document/meta.ts: the survivors of the Stryker run of 2026-12-02 (issue 18). Each
// case is built so that exactly one rule decides it: a skipped line is followed by a line that
// would otherwise be joined to it, a fallback title shows whether a line was skipped, and both
// widths of every colon, bracket and comma are tried.
import { describe, expect, it } from 'vitest';
import { extractMeta, findBodyEnd } from '../../src/domain/document/meta';
// Survivors left as equivalent are listed in docs/testing.md ("document/meta.ts").
import { normalise, splitLines } from '../../src/domain/document/text';
import { headingOf } from '../../src/domain/document/sections';

function metaOf(raw: string) {
  const norm = normalise(raw);
  const lines = splitLines(norm);
  return extractMeta(norm, lines, lines.findIndex((l) => headingOf(l.content)));
}
/** As a caller that found no heading: the front page is the first 60 lines, headings included. */
function metaNoHeading(raw: string) {
  const norm = normalise(raw);
  return extractMeta(norm, splitLines(norm), -1);
}
const title = (...lines: string[]) => metaOf([...lines, '一、总则'].join('\n')).title;

describe('title: lines skipped before a title (each followed by a fallback line it would join)', () => {
  it('附件 lines: bare, numbered, with either colon; not a line that only starts or ends with 附件', () => {
    expect(title('附件', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('附件12', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('附件：', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('附件3:', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('附 件 1 ：', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    // not skipped: the line is the start of the title
    expect(title('附件甲乙', '丙丁方案')).toBe('附件甲乙丙丁方案');
    expect(title('甲乙附件', '丙丁方案')).toBe('甲乙附件丙丁方案');
  });

  it('number, date, public mark, draft mark and issuer lines', () => {
    expect(title('国办发〔2021〕54号', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('2023年6月21日', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('（此件公开发布）', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('公开方式：主动公开', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    for (const d of ['（征求意见稿）', '(送审稿)', '（讨论稿)', '(草案）']) expect(title(d, '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(title('国务院办公厅', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    // a draft mark must be the whole line
    expect(title('（草案）甲乙丙丁戊己')).toBe('（草案）甲乙丙丁戊己');
    expect(title('甲（草案）', '乙丙丁戊己')).toBe('甲（草案）乙丙丁戊己');
  });

  it('a line with a full stop or either colon is no title', () => {
    expect(title('甲乙。丙丁戊己', '庚辛壬癸子丑')).toBe('庚辛壬癸子丑');
    expect(title('甲乙：丙丁戊己', '庚辛壬癸子丑')).toBe('庚辛壬癸子丑');
    expect(title('甲乙:丙丁戊己', '庚辛壬癸子丑')).toBe('庚辛壬癸子丑');
  });

  it('a heading inside the front page (no heading found by the caller) is no title', () => {
    expect(metaNoHeading(['一、总体要求', '甲乙丙丁戊己'].join('\n')).title).toBe('甲乙丙丁戊己');
  });
});

describe('title: joining lines and the year range', () => {
  it('joining stops at a line with a full stop or either colon, and at every draft mark', () => {
    expect(title('甲乙丙丁戊己', '庚辛。')).toBe('甲乙丙丁戊己');
    expect(title('甲乙丙丁戊己', '庚辛：')).toBe('甲乙丙丁戊己');
    expect(title('甲乙丙丁戊己', '庚辛:')).toBe('甲乙丙丁戊己');
    for (const d of ['（征求意见稿）', '(送审稿)', '（讨论稿)', '(草案）']) expect(title('甲乙丙丁戊己', d)).toBe('甲乙丙丁戊己');
    // a mark inside a line is joined
    expect(title('甲乙丙丁戊己', '草案')).toBe('甲乙丙丁戊己草案');
    expect(title('甲乙丙丁戊己', '庚（草案）')).toBe('甲乙丙丁戊己庚（草案）');
  });

  it('a heading inside the front page ends the joining (no heading found by the caller)', () => {
    expect(metaNoHeading(['甲乙丙丁戊己', '一、总则'].join('\n')).title).toBe('甲乙丙丁戊己');
  });

  it('joining stops at the front page limit: the first heading line is not read', () => {
    // the caller names line 1 as the first heading although it does not read as one
    const norm = '甲乙丙丁戊己\n庚辛方案';
    expect(extractMeta(norm, splitLines(norm), 1).title).toBe('甲乙丙丁戊己');
    expect(extractMeta(norm, splitLines(norm), 2).title).toBe('甲乙丙丁戊己庚辛方案');
  });

  it('the year range: every dash, 至, half-width brackets, 19xx, spaces; only a whole line', () => {
    const r = (range: string) => title('长江经济带发展规划', range);
    expect(r('（2021—2025年）')).toBe('长江经济带发展规划（2021—2025年）');
    expect(r('（2021–2025年）')).toBe('长江经济带发展规划（2021–2025年）');
    expect(r('(2021-2025)')).toBe('长江经济带发展规划(2021-2025)');
    expect(r('（2021－2025年）')).toBe('长江经济带发展规划（2021－2025年）');
    expect(r('（2021~2025年）')).toBe('长江经济带发展规划（2021~2025年）');
    expect(r('（2021～2025年）')).toBe('长江经济带发展规划（2021～2025年）');
    expect(r('（2021——2025年）')).toBe('长江经济带发展规划（2021——2025年）');
    expect(r('（1998—2000年）')).toBe('长江经济带发展规划（1998—2000年）');
    expect(r('( 2021 — 2025 年 )')).toBe('长江经济带发展规划(2021—2025年)');
    expect(r('（2021年）')).toBe('长江经济带发展规划');
    expect(r('（1899—2025年）')).toBe('长江经济带发展规划');
    expect(r('（2021—2025年）附')).toBe('长江经济带发展规划');
    expect(r('说明（2021—2025年）')).toBe('长江经济带发展规划');
    // blank lines between are skipped; at the limit nothing is read
    expect(title('长江经济带发展规划', '', '', '（2021—2025年）')).toBe('长江经济带发展规划（2021—2025年）');
    const norm = '长江经济带发展规划\n\n（2021—2025年）';
    expect(extractMeta(norm, splitLines(norm), 2).title).toBe('长江经济带发展规划');
  });

  it('a title without a suffix still takes its year range, as a fallback', () => {
    expect(title('甲乙丙丁戊己', '（2021—2025年）')).toBe('甲乙丙丁戊己（2021—2025年）');
    // the range counts towards the six characters of a fallback
    expect(title('甲乙', '（2021—2025年）')).toBe('甲乙（2021—2025年）');
  });
});

describe('document numbers', () => {
  it('a prefix of 1 to 16 letters, up to 5 digits, every bracket', () => {
    const num = (line: string) => metaOf([line, '一、总则'].join('\n')).docNumber;
    expect(num(`${'甲'.repeat(16)}〔2023〕1号`)).toBe(`${'甲'.repeat(16)}〔2023〕1号`);
    expect(num(`${'甲'.repeat(17)}〔2023〕1号`)).toBeNull();
    expect(num('甲〔2023〕1号')).toBe('甲〔2023〕1号');
    expect(num('ABC[2023]12345号')).toBe('ABC[2023]12345号');
    expect(num('府发［2023］1号')).toBe('府发［2023］1号');
    expect(num('府发(2023)第1号')).toBe('府发(2023)第1号');
    expect(num('府发〔2023〕号')).toBeNull();
    expect(num('府发〔20231〕1号')).toBeNull();
    expect(num('府发〔2023〕1')).toBeNull();
    expect(num('府发〔2023〕1号文')).toBe('府发〔2023〕1号');
  });
});

describe('issuer', () => {
  it('issuer lines: no 、 《 》 。 or colon of either width; 关于/附件 only at the start', () => {
    const issuerOf = (line: string) => metaOf(['标题方案', '', line, '2023年6月21日'].join('\n')).issuer;
    for (const p of ['、', '。', '：', ':', '《', '》']) expect(issuerOf(`重庆市${p}人民政府`)).toBeNull();
    expect(issuerOf('重庆市关于人民政府')).toBe('重庆市关于人民政府');
    expect(issuerOf('重庆市附件人民政府')).toBe('重庆市附件人民政府');
    expect(issuerOf('重庆市人民政府文件文件')).toBeNull();
    // 文件 only at the end; spaces do not count towards the length
    expect(issuerOf('文件重庆市人民政府')).toBe('文件重庆市人民政府');
    expect(issuerOf('市 交 通 局')).toBe('市交通局');
    expect(issuerOf(`${'长'.repeat(36)} 人民政府`)).toBe(`${'长'.repeat(36)}人民政府`);
  });

  it('signature: a date on the second line looks up to the first and no further', () => {
    expect(metaOf(['', '2023年6月21日', '一、总则'].join('\n')).issuer).toBeNull();
    expect(metaOf(['重庆市人民政府', '2023年6月21日', '一、总则'].join('\n')).issuer).toBe('重庆市人民政府');
  });

  it('signature: the first dated signature wins; spaces are dropped', () => {
    const m = metaOf(['甲方案', '一、总则', '正文。', '重庆市 人民政府', '2023年6月21日', '正文。', '四川省人民政府', '2023年7月1日'].join('\n'));
    expect([m.issuer, m.issuedDate]).toEqual(['重庆市人民政府', '2023-07-01']);
  });

  it('signature: a date line without an issuer above does not stop the search', () => {
    const m = metaOf(['甲方案', '一、总则', '正文。', '2023年6月1日', '正文。', '四川省人民政府', '2023年7月1日'].join('\n'));
    expect(m.issuer).toBe('四川省人民政府');
  });

  it('the issuer opening a notice title: 4 to 30 characters before the first 关于, spaces dropped', () => {
    const opening = (line: string) => metaOf([line, '一、总则'].join('\n')).issuer;
    expect(opening('市交通局关于印发甲乙丙丁的通知')).toBe('市交通局');
    expect(opening('咸阳市 人民政府办公室 关于印发咸阳市工作要点的通知')).toBe('咸阳市人民政府办公室');
    // the first 关于: a greedy reading would take 市交通局关于印发 and find no issuer
    expect(opening('市交通局关于印发关于甲的通知')).toBe('市交通局');
    expect(opening(`${'长'.repeat(26)}人民政府关于印发甲乙丙丁的通知`)).toBe(`${'长'.repeat(26)}人民政府`);
    expect(opening(`${'长'.repeat(27)}人民政府关于印发甲乙丙丁的通知`)).toBeNull();
  });

  it('the 印发 line: spaces inside the issuer dropped; the date must end the line with 印发', () => {
    const printed = (line: string) => {
      const m = metaOf(['甲方案', '一、总则', '正文。', line].join('\n'));
      return [m.issuer, m.issuedDate];
    };
    expect(printed('重庆市渝北区 人民政府办公室 2023年6月21日印发')).toEqual(['重庆市渝北区人民政府办公室', '2023-06-21']);
    expect(printed('重庆市渝北区人民政府办公室2023年6月21日印发')).toEqual(['重庆市渝北区人民政府办公室', '2023-06-21']);
    expect(printed('重庆市渝北区人民政府办公室 2023年6月21日印发。')).toEqual([null, null]);
    expect(printed('渝北 2023年6月21日印发')).toEqual([null, '2023-06-21']);
    expect(printed('渝2023年6月21日印发')).toEqual([null, null]);
    expect(printed('重庆市渝北区人民政府办公室 1899年6月21日印发')).toEqual([null, null]);
  });
});

describe('addressees', () => {
  const to = (line: string) => metaOf(['标题方案', line, '一、总则'].join('\n')).addressees;
  it('each word that names bodies counts alone', () => {
    expect(to('各乡镇：')).toEqual(['各乡镇']);
    expect(to('市级有关：')).toEqual(['市级有关']);
    expect(to('区属部门：')).toEqual(['区属部门']);
    expect(to('区属单位：')).toEqual(['区属单位']);
    expect(to('镇政府：')).toEqual(['镇政府']);
    expect(to('市发展改革委：')).toEqual(['市发展改革委']);
    expect(to('市交通局：')).toEqual(['市交通局']);
    expect(to('全体同志：')).toEqual([]);
  });
  it('separators of both widths, spaces trimmed, empty parts dropped', () => {
    expect(to('各区县政府;市级各部门：')).toEqual(['各区县政府', '市级各部门']);
    expect(to('各区县政府， ，市级各部门 ：')).toEqual(['各区县政府', '市级各部门']);
    expect(to('各区县政府、 市级各部门：')).toEqual(['各区县政府', '市级各部门']);
  });
  it('a heading line ending with a colon is no addressee line (no heading found by the caller)', () => {
    expect(metaNoHeading(['标题方案', '一、各部门：', '各单位：'].join('\n')).addressees).toEqual(['各单位']);
  });
});

describe('basis', () => {
  const basis = (...sentences: string[]) => metaOf(['甲乙丙方案', '一、总则', ...sentences].join('\n')).basis;
  it('books right after each other, spaces, half-width brackets of a 文号, its length up to 24', () => {
    expect(basis('根据《甲》《乙》')).toEqual(['甲', '乙']);
    expect(basis('根据《甲》 和 《乙》')).toEqual(['甲', '乙']);
    expect(basis('根据《 甲 》')).toEqual(['甲']);
    expect(basis('根据《甲》(国发〔2016〕76号)和《乙》')).toEqual(['甲', '乙']);
    expect(basis('根据《甲》（国发〔2016〕76号）《乙》')).toEqual(['甲', '乙']);
    expect(basis(`根据《甲》（${'一'.repeat(24)}）《乙》`)).toEqual(['甲', '乙']);
    expect(basis(`根据《甲》（${'一'.repeat(25)}）《乙》`)).toEqual(['甲']);
    expect(basis('贯彻《甲》')).toEqual(['甲']);
    expect(basis('依据《甲》')).toEqual(['甲']);
  });
});

describe('leading group and its office', () => {
  const lg = (s: string) => metaOf(['甲乙丙方案', '一、总则', s].join('\n')).leadingGroup;
  it('every verb that sets one up; a name of 2 to 40 characters', () => {
    expect(lg('组建甲乙领导小组')).toEqual({ name: '甲乙领导小组' });
    expect(lg('设立甲乙领导小组')).toEqual({ name: '甲乙领导小组' });
    expect(lg('在甲乙领导小组统筹下')).toEqual({ name: '甲乙领导小组' });
    expect(lg(`成立${'甲'.repeat(40)}领导小组`)).toEqual({ name: `${'甲'.repeat(40)}领导小组` });
    expect(lg(`成立${'甲'.repeat(41)}领导小组`)).toBeUndefined();
    expect(lg('成立(试点)领导小组')).toEqual({ name: '(试点)领导小组' });
  });
  it('the office: up to the first mark of either width, 2 to 20 characters, spaces trimmed', () => {
    expect(lg('办公室设在市商务委,负责日常工作')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在市商务委;负责日常工作')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在市商务委；负责日常工作')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在市商务委、市交通局')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在市商务委(口岸物流办)')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在市商务委）')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在市商务委)')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在市商务委\n负责日常工作')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在 市商务委 ')).toEqual({ officeUnit: '市商务委' });
    expect(lg(`办公室设在${'甲'.repeat(20)}`)).toEqual({ officeUnit: '甲'.repeat(20) });
    expect(lg(`办公室设在${'甲'.repeat(21)}`)).toEqual({ officeUnit: '甲'.repeat(20) });
    expect(lg('办公室设在甲乙')).toEqual({ officeUnit: '甲乙' });
  });
});

describe('evaluation', () => {
  const ev = (...s: string[]) => metaOf(['甲乙丙方案', '一、总则', ...s].join('\n')).evaluation;
  it('总结 joined to the next level by +, ＋, 、 or 和, spaces allowed; 总结 after a level counts', () => {
    // such a sentence alone reports nothing; beside a level it is part of the text
    expect(ev('考核采取总结+评议')).toBeUndefined();
    for (const s of ['考核采取总结+评议', '考核采取总结＋评议', '考核采取总结 +评议', '考核采取总结和评议', '考核采取总结、评议']) {
      expect(ev(s, '考核采取自评')).toEqual({ levels: ['self_evaluation'], linkedTo: [], text: `${s}。考核采取自评。` });
    }
    expect(ev('考核采取总结或评议', '考核采取自评')).toEqual({ levels: ['self_evaluation'], linkedTo: [], text: '考核采取自评。' });
    expect(ev('考核采取自评和总结')).toEqual({ levels: ['summary', 'self_evaluation'], linkedTo: [], text: '考核采取自评和总结。' });
    expect(ev('考核采取统评')).toEqual({ levels: ['unified_evaluation'], linkedTo: [], text: '考核采取统评。' });
  });
});

describe('draft and body end', () => {
  it('征求意见稿 in a title that starts beyond the first 4000 characters', () => {
    const m = metaOf([`说明：${'文'.repeat(4000)}`, '甲乙丙方案征求意见稿', '一、总则'].join('\n'));
    expect([m.title, m.draft]).toEqual(['甲乙丙方案征求意见稿', true]);
  });
  it('a date line in brackets of either width, or one bracket only', () => {
    const end = (tail: string) => findBodyEnd(splitLines(['一、总则', '正文。', tail].join('\n')));
    const at = '一、总则\n正文。'.length;
    expect(end('(2023年6月21日)')).toBe(at);
    expect(end('（2023年6月21日')).toBe(at);
    expect(end('2023年6月21日）')).toBe(at);
    expect(end('2023 年 6 月 21 日')).toBe(at);
    expect(end('（（2023年6月21日）')).toBe(at + '\n（（2023年6月21日）'.length);
  });
});

describe('front page edges', () => {
  it('a heading on the first line leaves no front page', () => {
    const m = metaOf(['一、总则', '甲乙丙丁戊己', '2023年6月21日'].join('\n'));
    expect([m.title, m.issuedDate]).toEqual(['', '2023-06-21']);
    expect(metaOf(['一、总则', '关于印发《甲乙丙丁方案》的通知'].join('\n')).title).toBe('');
  });
  it('the first date line of the front page is the issue date', () => {
    expect(metaOf(['甲乙丙方案', '2023年1月2日', '2023年3月4日', '一、总则'].join('\n')).issuedDate).toBe('2023-01-02');
  });
  it('header issuer search: a number line opening a notice title is skipped, a 附件 line only when bare', () => {
    expect(metaOf(['渝府发〔2023〕1号关于甲的通知', '重庆市人民政府', '一、总则'].join('\n')).issuer).toBe('重庆市人民政府');
    expect(metaOf(['附件关于甲的说明', '国务院办公厅', '一、总则'].join('\n')).issuer).toBeNull();
    expect(metaOf(['关于附件1', '国务院办公厅', '一、总则'].join('\n')).issuer).toBeNull();
  });
  it('a document number with spaces is skipped as a title line', () => {
    expect(title('国办发 〔2021〕 54号', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
  });
  it('the wrapped title: spaces dropped, no colon of either width, at most 160 characters', () => {
    expect(title('关于印发《甲乙 丙丁方案》的通知')).toBe('甲乙丙丁方案');
    expect(title('关于印发甲乙：丙丁的通知')).toBe('');
    expect(title('关于印发甲乙:丙丁的通知')).toBe('');
    expect(title('关于印发甲乙，丙丁的通知')).toBe('关于印发甲乙，丙丁的通知');
    expect(title('关于印发甲乙。丙丁的通知')).toBe('');
    // only the lines above the first heading are read for it
    expect(title('甲乙丙丁戊己', '一、总则', '关于印发《别的方案》的通知')).toBe('甲乙丙丁戊己');
    expect(title(`关于印发${'甲'.repeat(160)}的通知`)).toBe('甲'.repeat(160));
    expect(title(`关于印发${'甲'.repeat(161)}的通知`)).not.toBe('甲'.repeat(161));
  });
  it('public marks close the body: either bracket, a space after it, only at the start; either colon', () => {
    const end = (tail: string) => findBodyEnd(splitLines(['一、总则', '正文。', tail].join('\n')));
    const at = '一、总则\n正文。'.length;
    expect(end('(此件主动公开)')).toBe(at);
    expect(end('（ 此件公开发布）')).toBe(at);
    expect(end('公开属性:主动公开')).toBe(at);
    expect(end('公开选项：主动公开')).toBe(at);
    expect(end('抄送:市委办公厅')).toBe(at);
    expect(end('抄报：市政府')).toBe(at);
    expect(end('主送:各区县')).toBe(at);
    expect(end('说明（此件公开发布）')).toBe(at + '\n说明（此件公开发布）'.length);
  });
});

describe('more title and trailer edges', () => {
  it('a title suffix may carry a bracketed note of up to 20 characters, of either width, at the end', () => {
    expect(title('甲乙丙丁办法（试行）', '乙')).toBe('甲乙丙丁办法（试行）');
    expect(title('甲乙丙丁办法(试行)', '乙')).toBe('甲乙丙丁办法(试行)');
    expect(title(`甲乙丙丁办法（${'试'.repeat(20)}）`, '乙')).toBe(`甲乙丙丁办法（${'试'.repeat(20)}）`);
    expect(title(`甲乙丙丁办法（${'试'.repeat(21)}）`, '乙方案')).toBe(`甲乙丙丁办法（${'试'.repeat(21)}）乙方案`);
    expect(title('甲乙丙丁方案说明', '乙方案')).toBe('甲乙丙丁方案说明乙方案');
  });
  it('the first line group of six characters is the fallback, not a later one', () => {
    expect(title('甲乙丙丁戊己', '2023年6月21日', '庚辛壬癸子丑')).toBe('甲乙丙丁戊己');
  });
  it('two-digit months and days, and 十二月三十一日, close the body', () => {
    const end = (tail: string) => findBodyEnd(splitLines(['一、总则', '正文。', tail].join('\n')));
    const at = '一、总则\n正文。'.length;
    expect(end('2023年12月31日')).toBe(at);
    expect(end('二〇二三年十二月三十一日')).toBe(at);
    expect(end('二零二三年一月一日')).toBe(at);
    expect(end('1999年1月1日')).toBe(at);
    expect(end('2023年123月1日')).toBe(at + '\n2023年123月1日'.length);
  });
  it('an addressee line may name a 配合单位 or 附件 inside it, not at its start', () => {
    const to = (line: string) => metaOf(['标题方案', line, '一、总则'].join('\n')).addressees;
    expect(to('各部门、有关配合单位：')).toEqual(['各部门', '有关配合单位']);
  });
});

describe('survivors of the Stryker run of 2026-12-02, 05:52 UTC', () => {
  const at = '一、总则\n正文。'.length;
  const end = (tail: string) => findBodyEnd(splitLines(['一、总则', '正文。', tail].join('\n')));
  const explicit = (text: string, first: number) => extractMeta(text, splitLines(text), first);

  it('a date line: brackets only at its ends, the date the whole line', () => {
    expect(end('2023年(6月21日')).toBe(at + '\n2023年(6月21日'.length);
    expect(end('2023年6月)21日')).toBe(at + '\n2023年6月)21日'.length);
    expect(end('印发日期2023年6月21日')).toBe(at + '\n印发日期2023年6月21日'.length);
  });

  it('an issuer line with 文件 inside: only a 文件 at the end is dropped', () => {
    const issuerOf = (line: string) => metaOf(['标题方案', '', line, '2023年6月21日'].join('\n')).issuer;
    expect(issuerOf('文件交通局')).toBe('文件交通局');
  });

  it('blank lines do not count towards the 20 lines of a document number', () => {
    expect(metaOf([...Array(25).fill(''), '渝北府办发〔2023〕36号', '一、总则'].join('\n')).docNumber).toBe('渝北府办发〔2023〕36号');
  });

  it('addressees: the colon must end the line; only that colon is dropped', () => {
    const to = (line: string) => metaOf(['标题方案', line, '一、总则'].join('\n')).addressees;
    expect(to('各部门：认真落实')).toEqual([]);
    expect(to('各部门：各单位：')).toEqual(['各部门：各单位']);
  });

  it('header issuer search: a number with spaces inside, opening a notice title, is skipped', () => {
    expect(metaOf(['渝府发〔2023〕 1号 关于甲的通知', '重庆市人民政府', '一、总则'].join('\n')).issuer).toBe('重庆市人民政府');
  });

  it('signature on the first line and a date on the second, when no front page is read', () => {
    expect(explicit('重庆市人民政府\n2023年6月21日', 0)).toMatchObject({ issuer: '重庆市人民政府', issuedDate: '2023-06-21' });
    expect(explicit('2023年6月21日', 0).issuedDate).toBe('2023-06-21');
  });

  it('the 印发 line on the first line; a two-digit month; padded with many spaces; not after 40 characters', () => {
    const m = metaOf('重庆市渝北区人民政府办公室 2023年12月21日印发');
    expect([m.issuer, m.issuedDate]).toEqual(['重庆市渝北区人民政府办公室', '2023-12-21']);
    const padded = metaOf(['甲方案', '一、总则', '正文。', `重庆市${' '.repeat(40)}人民政府 2023年6月21日印发`].join('\n'));
    expect([padded.issuer, padded.issuedDate]).toEqual(['重庆市人民政府', '2023-06-21']);
    const long = metaOf(['甲方案', '一、总则', '正文。', `${'文'.repeat(41)}2023年6月21日印发`].join('\n'));
    expect([long.issuer, long.issuedDate]).toEqual([null, null]);
  });

  it('a date in the front page is not replaced by a date line at the end', () => {
    expect(metaOf(['甲方案', '2022年1月2日', '一、总则', '正文。', '2023年6月21日'].join('\n')).issuedDate).toBe('2022-01-02');
  });

  it('a blank line before the title lines does not start a line group', () => {
    expect(title('', '国办发〔2021〕54号', '甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
  });

  it('joined lines lose their spaces; a draft mark opening a line ends the joining only when it is the whole line', () => {
    expect(title('甲乙丙丁', '戊己 方案')).toBe('甲乙丙丁戊己方案');
    expect(title('甲乙丙丁戊己', '（草案）庚')).toBe('甲乙丙丁戊己（草案）庚');
  });

  it('a title at the end of a text without headings', () => {
    expect(metaNoHeading('甲乙丙丁戊己').title).toBe('甲乙丙丁戊己');
    expect(metaNoHeading('甲乙丙丁戊己\n').title).toBe('甲乙丙丁戊己');
    expect(metaNoHeading('甲乙丙丁戊己\n\n').title).toBe('甲乙丙丁戊己');
  });

  it('the year range may name 年 after both years; nothing else between', () => {
    const r = (range: string) => title('长江经济带发展规划', range);
    expect(r('（2021年—2025年）')).toBe('长江经济带发展规划（2021年—2025年）');
    expect(r('（2021X—2025年）')).toBe('长江经济带发展规划');
    expect(r('（2021—X2025年）')).toBe('长江经济带发展规划');
  });

  it('basis: an unclosed book of two characters or more is not read', () => {
    const basis = (...sentences: string[]) => metaOf(['甲乙丙方案', '一、总则', ...sentences].join('\n')).basis;
    expect(basis('根据《甲》和《乙丙')).toEqual(['甲']);
  });

  it('leading group: 各 only at the start of its name; no key for what was not found', () => {
    const lg = (s: string) => metaOf(['甲乙丙方案', '一、总则', s].join('\n')).leadingGroup;
    expect(lg('成立区县各部门领导小组')).toStrictEqual({ name: '区县各部门领导小组' });
    expect(lg('领导小组办公室设在市发展改革委。')).toStrictEqual({ officeUnit: '市发展改革委' });
    expect(lg('成立甲乙领导小组')).toStrictEqual({ name: '甲乙领导小组' });
  });

  it('a document without leading group or evaluation has no such keys', () => {
    expect(metaOf('甲乙丙方案\n一、总则\n正文。')).toStrictEqual({
      title: '甲乙丙方案',
      docNumber: null,
      issuer: null,
      issuedDate: null,
      addressees: [],
      public: false,
      draft: false,
      basis: [],
      horizonYears: [],
      hubTypes: [],
      kind: 'plan',
    });
  });

  it('evaluation: 总结 must be followed by its joiner; funding named without 挂钩 is no link', () => {
    const ev = (...s: string[]) => metaOf(['甲乙丙方案', '一、总则', ...s].join('\n')).evaluation;
    expect(ev('考核采取总结工作和评议', '考核采取自评')).toEqual({ levels: ['self_evaluation'], linkedTo: [], text: '考核采取自评。' });
    expect(ev('考核采取自评，安排资金')).toEqual({ levels: ['self_evaluation'], linkedTo: [], text: '考核采取自评，安排资金。' });
  });

  it('a 不公开 mark with a space after the bracket', () => {
    expect(metaOf(['甲乙丙方案', '一、总则', '正文。', '（此件公开发布）', '（ 此件不公开）'].join('\n')).public).toBe(false);
  });
});
