// Exact values for the document parser's plumbing (text, sections, meta, web, validate), so
// a small change to any rule fails a test (issue 18).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractMeta, findBodyEnd, parseChineseDate } from '../../src/domain/document/meta';
import { DocumentError, parseDocument, validateDocumentText } from '../../src/domain/document/index';
import { checkStructure, checkText, controlShare, MAX_DOCUMENT_CHARS } from '../../src/domain/document/validate';
import { breakRunOnItems, dropReadingAids, mapSpans, mapStrings, simplifiedView } from '../../src/domain/document/script';
import { dropColumnLabel, isWebNoise, stripWebNoise } from '../../src/domain/document/web';
import { buildSections, headingOf, headingTitle, toPublicSection } from '../../src/domain/document/sections';
import {
  chineseNumber,
  cleanBlock,
  daysInMonth,
  isBlankCode,
  isoDate,
  matchBracket,
  normalise,
  pad2,
  splitLines,
  splitOutsideBrackets,
  trimRange,
} from '../../src/domain/document/text';

// The converter is built once per module load, and Stryker re-runs only the test that first
// built it: that test must read a conversion itself (a parseDocument call would hide a broken
// converter behind its fallback). Keep this block first in the file.
describe('script.ts converter (first)', () => {
  it('simplifiedView converts character by character with the phrase table of standard traditional', () => {
    // 乾隆 keeps its 乾 as a phrase; one character at a time it would read 干
    expect(simplifiedView('乾隆時期的發展與變化')).toMatchObject({ text: '乾隆时期的发展与变化', traditional: true });
  });
});

describe('text.ts', () => {
  it('pad2 pads below 10 only', () => {
    expect([pad2(0), pad2(9), pad2(10), pad2(123)]).toEqual(['00', '09', '10', '123']);
  });

  it('blank codes: the odd spaces, not letters or line breaks', () => {
    for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x3000, 0xfeff, 0x2002, 0x2003, 0x2009]) expect(isBlankCode(c)).toBe(true);
    for (const c of [0x0a, 0x0d, 0x41, 0x4e00, 0x2001]) expect(isBlankCode(c)).toBe(false);
  });

  it('normalise: full-width digits and %, odd spaces, controls and bookmarks, same length', () => {
    expect(normalise('２０２３年１２月，增长５％')).toBe('2023年12月，增长5%');
    expect(normalise('０９')).toBe('09');
    expect(normalise('a\u00a0b\u3000c\ufeffd\u2002e\u2003f\u2009g')).toBe('a b c d e f g');
    expect(normalise('a\u0000b\u0008c\u000bd\u000ce\u000ef\u001fg\u007fh\ufffdi')).toBe('a b c d e f g h i');
    // tab, line feed and carriage return are kept
    expect(normalise('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    // neighbours of the ranges are left alone
    expect(normalise('\uff0f\uff1a\uff04\uff06')).toBe('\uff0f\uff1a\uff04\uff06');
    expect(normalise('标题[bookmark: _GoBack]正文')).toBe('标题' + ' '.repeat(19) + '正文');
    expect(normalise('x[bookmark: a]y[bookmark: b]z')).toBe('x' + ' '.repeat(13) + 'y' + ' '.repeat(13) + 'z');
    // a bookmark is one line and at most 80 characters of name
    expect(normalise('[bookmark: a\nb]')).toBe('[bookmark: a\nb]');
    const long = `[bookmark:${'x'.repeat(81)}]`;
    expect(normalise(long)).toBe(long);
    const max = `[bookmark:${'x'.repeat(80)}]`;
    expect(normalise(max)).toBe(' '.repeat(max.length));
    expect(normalise('[bookmark:]')).toBe(' '.repeat(11));
  });

  it('normalise keeps the length of any text (offsets stay valid)', () => {
    const piece = fc.constantFrom('２', '％', '\u3000', '\u0000', '\ufffd', '[bookmark: x]', '[bookmark:', ']', '\n', 'a', '一', '\ud83d\ude00');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => normalise(parts.join('')).length === parts.join('').length), { numRuns: 60 });
  });

  it('splitLines: offsets, trimmed content and every kind of line break', () => {
    const text = '  一、总体\u3000\r\n\r第二行\n\n\t尾 ';
    const lines = splitLines(text);
    expect(lines).toEqual([
      { index: 0, start: 0, end: 7, cStart: 2, cEnd: 6, content: '一、总体', raw: '  一、总体\u3000' },
      { index: 1, start: 9, end: 9, cStart: 9, cEnd: 9, content: '', raw: '' },
      { index: 2, start: 10, end: 13, cStart: 10, cEnd: 13, content: '第二行', raw: '第二行' },
      { index: 3, start: 14, end: 14, cStart: 14, cEnd: 14, content: '', raw: '' },
      { index: 4, start: 15, end: 18, cStart: 16, cEnd: 17, content: '尾', raw: '\t尾 ' },
    ]);
    expect(splitLines('')).toEqual([{ index: 0, start: 0, end: 0, cStart: 0, cEnd: 0, content: '', raw: '' }]);
    expect(splitLines('a\n')).toEqual([
      { index: 0, start: 0, end: 1, cStart: 0, cEnd: 1, content: 'a', raw: 'a' },
      { index: 1, start: 2, end: 2, cStart: 2, cEnd: 2, content: '', raw: '' },
    ]);
    // a carriage return at the very end is one break, not a pair with what is past the end
    expect(splitLines('ab\r').map((l) => [l.start, l.end, l.content])).toEqual([
      [0, 2, 'ab'],
      [3, 3, ''],
    ]);
    expect(splitLines('   ').map((l) => [l.cStart, l.cEnd, l.content])).toEqual([[3, 3, '']]);
  });

  it('splitLines: raw lines joined with their breaks give back the text; content is the trimmed raw', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '一', ' ', '\u3000', '\t', '\n', '\r', '\r\n')), (parts) => {
        const text = parts.join('');
        const lines = splitLines(text);
        for (const l of lines) {
          expect(text.slice(l.start, l.end)).toBe(l.raw);
          expect(text.slice(l.cStart, l.cEnd)).toBe(l.content);
          expect(l.content).toBe(l.raw.replace(/^[ \u3000\t]+|[ \u3000\t]+$/g, ''));
          expect(l.raw).not.toMatch(/[\r\n]/);
        }
        expect(lines.map((l, i) => l.index === i).every(Boolean)).toBe(true);
        expect(lines.length).toBe(text.split(/\r\n|\r|\n/).length);
      }),
    );
  });

  it('cleanBlock trims every line (ideographic spaces too) and drops blank lines', () => {
    expect(cleanBlock('  a  \r\n\u3000\u3000b\u3000\r\r\n \n c')).toBe('a\nb\nc');
    expect(cleanBlock('\n\n')).toBe('');
    expect(cleanBlock('a b')).toBe('a b');
  });

  it('trimRange hugs the text and clamps to it', () => {
    // an empty range on a blank stays where it is
    expect(trimRange('a  b', 1, 1)).toEqual([1, 1]);
    expect(trimRange('  ', 0, 0)).toEqual([0, 0]);
    expect(trimRange('  ab  ', 0, 6)).toEqual([2, 4]);
    expect(trimRange('  ab  ', 3, 6)).toEqual([3, 4]);
    expect(trimRange('ab', -5, 99)).toEqual([0, 2]);
    expect(trimRange('ab', 5, 1)).toEqual([2, 2]);
    expect(trimRange('a  b', 1, 3)).toEqual([3, 3]);
    expect(trimRange('a\n\tb', 1, 4)).toEqual([3, 4]);
    expect(trimRange('abc', 2, 1)).toEqual([2, 2]);
  });

  it('chineseNumber: tens, hundreds, digit-by-digit years and refusals', () => {
    const cases: [string, number][] = [
      ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99],
      ['两', 2], ['零', 0], ['百', 100], ['一百', 100], ['三百零五', 305], ['一百二十', 120],
      ['二〇二三', 2023], ['二零二四', 2024], ['一九', 19], ['〇五', 5],
    ];
    for (const [s, v] of cases) expect([s, chineseNumber(s)]).toEqual([s, v]);
    expect(chineseNumber('')).toBeNaN();
    expect(chineseNumber('三a')).toBeNaN();
    expect(chineseNumber('第一')).toBeNaN();
  });

  it('daysInMonth and isoDate: month lengths, leap years and the accepted range', () => {
    expect([1, 2, 3, 4, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(isoDate(2023, 2, 28)).toBe('2023-02-28');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 12, 31)).toBe('2023-12-31');
    expect(isoDate(2023, 1, 1)).toBe('2023-01-01');
    expect(isoDate(2023, 4, 31)).toBeNull();
    expect(isoDate(2023, 1, 0)).toBeNull();
    expect(isoDate(2023, 0, 1)).toBeNull();
    expect(isoDate(2023, 13, 1)).toBeNull();
    expect(isoDate(1900, 1, 1)).toBe('1900-01-01');
    expect(isoDate(1899, 12, 31)).toBeNull();
    expect(isoDate(2200, 12, 31)).toBe('2200-12-31');
    expect(isoDate(2201, 1, 1)).toBeNull();
    expect(isoDate(NaN, 1, 1)).toBeNull();
    expect(isoDate(2023, NaN, 1)).toBeNull();
    expect(isoDate(2023, 1, NaN)).toBeNull();
    expect(isoDate(2023, 10, 5)).toBe('2023-10-05');
  });

  it('splitOutsideBrackets never splits inside any kind of bracket', () => {
    expect(splitOutsideBrackets('甲、乙（丙、丁）、戊', '、')).toEqual(['甲', '乙（丙、丁）', '戊']);
    expect(splitOutsideBrackets('a,(b,c),[d,e],〔f,g〕,【h,i】,j', ',')).toEqual(['a', '(b,c)', '[d,e]', '〔f,g〕', '【h,i】', 'j']);
    // a stray closing bracket does not make the depth negative
    expect(splitOutsideBrackets('a）,b,c', ',')).toEqual(['a）', 'b', 'c']);
    expect(splitOutsideBrackets('（a,b）),c', ',')).toEqual(['（a,b））', 'c'].map((s) => s.replace('））', '）)')));
    expect(splitOutsideBrackets('', ',')).toEqual(['']);
    expect(splitOutsideBrackets('a;b,c', ',;')).toEqual(['a', 'b', 'c']);
    expect(splitOutsideBrackets('((a,b),c),d', ',')).toEqual(['((a,b),c)', 'd']);
  });

  it('matchBracket finds the closing bracket, nested, within a line and a length', () => {
    expect(matchBracket('x（a（b）c）y', 1)).toBe(7);
    expect(matchBracket('x（a（b）c）y', 3)).toBe(5);
    expect(matchBracket('(a]', 0)).toBe(2);
    expect(matchBracket('〔a】', 0)).toBe(2);
    expect(matchBracket('（a\n）', 0)).toBe(-1);
    expect(matchBracket('（a\r）', 0)).toBe(-1);
    expect(matchBracket('（abc', 0)).toBe(-1);
    // starting on a closing bracket: depth below zero
    expect(matchBracket('）a）', 0)).toBe(-1);
    expect(matchBracket('（abcd）', 0, 6)).toBe(5);
    expect(matchBracket('（abcd）', 0, 5)).toBe(-1);
    expect(matchBracket('xx（ab）', 2, 4)).toBe(5);
    expect(matchBracket('xx（ab）', 2, 3)).toBe(-1);
  });
});

describe('text.ts: survivors of the Stryker run of 2026-12-02, 02:51 UTC', () => {
  it('matchBracket gives up at a closing bracket before any opening one', () => {
    expect(matchBracket('）（（甲）', 0)).toBe(-1);
    expect(matchBracket('）（（甲））', 0)).toBe(-1);
    expect(matchBracket('x（（甲））', 1)).toBe(5);
  });
});

describe('sections.ts', () => {
  it('headingOf: every style with its rank, number and marker length', () => {
    const cases: [string, [number, string, number] | null][] = [
      ['第一章 总则', [0, '第一章', 4]],
      ['第十二部分：保障', [0, '第十二部分', 6]],
      ['第3篇', [0, '第3篇', 3]],
      ['第二节、要求', [1, '第二节', 4]],
      ['第二节', [1, '第二节', 3]],
      ['第一批项目', null],
      ['第一章总则', null],
      ['一、总体要求', [2, '一', 2]],
      ['十二．任务', [2, '十二', 3]],
      ['三. 保障', [2, '三', 3]],
      ['一、', null],
      ['一二三四、x', null],
      ['（一）工作目标', [3, '（一）', 3]],
      ['( 二 ) 目标', [3, '（二）', 6]],
      ['(十)x', [3, '（十）', 3]],
      ['（1）细项', [5, '（1）', 3]],
      ['(12) 细项', [5, '（12）', 5]],
      ['（a）不是', null],
      ['1.推进建设', [4, '1', 2]],
      ['0、起步', [4, '0', 2]],
      ['9.推进', [4, '9', 2]],
      ['/.推进', null],
      [':.推进', null],
      ['12、加强', [4, '12', 3]],
      ['3） 落实', [4, '3', 3]],
      ['4 )落实', [4, '4', 3]],
      ['1.5亿元', null],
      ['1)2', null],
      ['1.', null],
      ['2、 ', null],
      ['1234.x', null],
      ['2023年', null],
      ['①建设', [6, '①', 1]],
      ['⑳ 建设', [6, '⑳', 2]],
      ['㉑建设', [6, '㉑', 1]],
      ['❿建设', [6, '❿', 1]],
      ['', null],
      ['总体要求', null],
    ];
    for (const [c, want] of cases) {
      const h = headingOf(c);
      expect([c, h && [h.rank, h.number, h.markerLen]]).toEqual([c, want]);
    }
  });

  it('headingTitle: up to the first 。, a short colon lead, trailing punctuation removed', () => {
    expect(headingTitle('总体要求。坚持以习近平')).toBe('总体要求');
    expect(headingTitle('工作目标：到2025年，建成')).toBe('工作目标');
    expect(headingTitle('工作目标：到2025年，建成', true)).toBe('工作目标：到2025年，建成');
    // a colon at the very start is no lead
    expect(headingTitle('：开头冒号')).toBe('：开头冒号');
    expect(headingTitle(`${'长'.repeat(24)}：后文`)).toBe('长'.repeat(24));
    expect(headingTitle(`${'长'.repeat(25)}：后文`)).toBe(`${'长'.repeat(25)}：后文`);
    expect(headingTitle('加强保障；，  ')).toBe('加强保障');
    expect(headingTitle('  标题  ')).toBe('标题');
    expect(headingTitle('a:b')).toBe('a');
    expect(headingTitle('。')).toBe('');
  });

  it('buildSections: ids, levels, parents, own text and spans', () => {
    const text = [
      '前言。',
      '一、总体要求',
      '坚持创新。',
      '（一）工作目标：到2025年',
      '目标正文。',
      '1.第一项',
      '（二）基本原则',
      '一、重复',
      '二、保障措施。加强领导',
      '落款',
    ].join('\n');
    const lines = splitLines(text);
    const bodyEnd = text.indexOf('落款');
    const nodes = buildSections(text, lines, new Set(), bodyEnd);
    expect(nodes.map((n) => toPublicSection(n))).toEqual([
      { id: '一', level: 1, number: '一', title: '总体要求', text: '总体要求\n坚持创新。', parentId: null, span: [4, text.indexOf('\n一、重复')] },
      { id: '一/（一）', level: 2, number: '（一）', title: '工作目标', text: '工作目标：到2025年\n目标正文。', parentId: '一', span: [text.indexOf('（一）'), text.indexOf('\n（二）')] },
      { id: '一/（一）/1', level: 3, number: '1', title: '第一项', text: '第一项', parentId: '一/（一）', span: [text.indexOf('1.'), text.indexOf('\n（二）')] },
      { id: '一/（二）', level: 2, number: '（二）', title: '基本原则', text: '基本原则', parentId: '一', span: [text.indexOf('（二）'), text.indexOf('\n一、重复')] },
      { id: '一~2', level: 1, number: '一', title: '重复', text: '重复', parentId: null, span: [text.indexOf('一、重复'), text.indexOf('\n二、')] },
      { id: '二', level: 1, number: '二', title: '保障措施', text: '保障措施。加强领导', parentId: null, span: [text.indexOf('二、'), bodyEnd - 1] },
    ]);
    const [a, b, c] = nodes;
    expect([a.rank, b.rank, c.rank]).toEqual([2, 3, 4]);
    expect(a.line).toBe(1);
    expect(a.start).toBe(4);
    expect(a.bodyStart).toBe(6);
    expect(a.ownEnd).toBe(text.indexOf('\n（一）'));
    expect(c.ownEnd).toBe(text.indexOf('\n（二）'));
    expect(a.children.map((n) => n.id)).toEqual(['一/（一）', '一/（二）']);
    expect(b.children.map((n) => n.id)).toEqual(['一/（一）/1']);
    expect(b.parent).toBe(a);
    expect(a.parent).toBeNull();
  });

  it('buildSections: skipped lines and lines after the body end are no headings; repeats count on', () => {
    const text = ['一、甲', '1.表格', '一、乙', '一、丙', '一、丁', '二、落款后'].join('\n');
    const lines = splitLines(text);
    const nodes = buildSections(text, lines, new Set([1]), text.indexOf('二、'));
    expect(nodes.map((n) => [n.id, n.text, n.span])).toEqual([
      ['一', '甲\n1.表格', [0, 8]],
      ['一~2', '乙', [9, 12]],
      ['一~3', '丙', [13, 16]],
      ['一~4', '丁', [17, 20]],
    ]);
    // the body end at a heading's own start: that heading is left out
    expect(buildSections(text, lines, new Set(), 0)).toEqual([]);
  });

  it('buildSections: a deeper style opens a child, a shallower one closes up to its rank', () => {
    const text = ['（一）甲', '①子', '二、乙', '（1）丙', '第一章 丁'].join('\n');
    const nodes = buildSections(text, splitLines(text), new Set(), text.length);
    expect(nodes.map((n) => [n.id, n.level, n.parentId])).toEqual([
      ['（一）', 1, null],
      ['（一）/①', 2, '（一）'],
      ['二', 1, null],
      ['二/（1）', 2, '二'],
      ['第一章', 1, null],
    ]);
    expect(nodes[4].span).toEqual([text.indexOf('第一章'), text.length]);
    // the same number under two parents is no repeat; under one parent it is
    const t2 = ['一、a', '（一）x', '（一）y', '二、b', '（一）z'].join('\n');
    expect(buildSections(t2, splitLines(t2), new Set(), t2.length).map((n) => n.id)).toEqual(['一', '一/（一）', '一/（一）~2', '二', '二/（一）']);
  });

  it('buildSections: a body end inside a heading line cuts its text and span there', () => {
    const text = '一、标题正文';
    const nodes = buildSections(text, splitLines(text), new Set(), 1);
    // the marker reaches past the end: the text is what is left of the line before it
    expect(nodes.map((n) => [n.text, n.span, n.ownEnd])).toEqual([['一', [0, 1], 1]]);
    const t = '前\n一、甲乙';
    const n2 = buildSections(t, splitLines(t), new Set(), 4);
    expect(n2.map((n) => [n.text, n.span, n.ownEnd])).toEqual([['', [2, 4], 4]]);
    const n3 = buildSections(t, splitLines(t), new Set(), 5);
    expect(n3.map((n) => [n.text, n.span, n.ownEnd])).toEqual([['甲', [2, 5], 5]]);
  });
});

function metaOf(raw: string) {
  const norm = normalise(raw);
  const lines = splitLines(norm);
  const first = lines.findIndex((l) => headingOf(l.content));
  return extractMeta(norm, lines, first);
}

// The front page of seeds/documents/yubei-corridor-plan-2023.txt.
const YUBEI_FRONT = [
  '渝北府办发〔2023〕36号',
  '重庆市渝北区人民政府办公室',
  '',
  '关于印发《渝北区深入推进西部陆海',
  '',
  '新通道建设工作方案》的通知',
  '各镇人民政府，区政府各部门，各街道办事处，各区属国有公司，有关单位：',
  '经区政府同意，经商有关单位，现将《渝北区深入推进西部陆海新通道建设工作方案》印发给你们，请结合工作实际，认真贯彻落实。',
  '重庆市渝北区人民政府办公室',
  '',
  '2023年6月21日',
  '',
  '（此件公开发布）',
  '渝北区深入推进西部陆海新通道建设',
  '工作方案',
];

describe('meta.ts', () => {
  it('parseChineseDate: Arabic and Chinese-numeral dates, spaces allowed, impossible dates refused', () => {
    expect(parseChineseDate('2023年6月21日')).toBe('2023-06-21');
    expect(parseChineseDate('于 2023 年 6 月 21 日印发')).toBe('2023-06-21');
    expect(parseChineseDate('1999年12月1日')).toBe('1999-12-01');
    expect(parseChineseDate('1899年12月1日')).toBeNull();
    expect(parseChineseDate('2023年2月30日')).toBeNull();
    expect(parseChineseDate('二〇二三年六月二十一日')).toBe('2023-06-21');
    expect(parseChineseDate('二零二二年十二月十日')).toBe('2022-12-10');
    expect(parseChineseDate('二〇二三年二月三十日')).toBeNull();
    expect(parseChineseDate('2023年6月')).toBeNull();
    expect(parseChineseDate('')).toBeNull();
  });

  it('findBodyEnd: signature, dates, 印发, 抄送 and public marks close the body; a heading or a sentence stops', () => {
    const body = ['一、总体要求', '正文一句。'];
    const end = (tail: string[]) => {
      const lines = splitLines([...body, ...tail].join('\n'));
      return findBodyEnd(lines);
    };
    const bodyEndAt = body.join('\n').length;
    expect(end([])).toBe(bodyEndAt);
    expect(end(['重庆市渝北区人民政府办公室', '', '2023年6月21日'])).toBe(bodyEndAt);
    expect(end(['（2023年6月21日）'])).toBe(bodyEndAt);
    expect(end(['二〇二三年六月二十一日'])).toBe(bodyEndAt);
    expect(end(['（此件公开发布）'])).toBe(bodyEndAt);
    expect(end(['公开方式：主动公开'])).toBe(bodyEndAt);
    expect(end(['抄送：市委办公厅', '主送：各区县', '抄报:市政府'])).toBe(bodyEndAt);
    expect(end(['重庆市渝北区人民政府办公室               2023年6月21日印发'])).toBe(bodyEndAt);
    expect(end(['渝北区人民政府办公室 印 发'])).toBe(bodyEndAt);
    // not trailers: a plain sentence, a 抄送 without a colon, an issuer with a comma
    expect(end(['最后一句。'])).toBe(bodyEndAt + '\n最后一句。'.length);
    expect(end(['抄送有关部门'])).toBe(bodyEndAt + '\n抄送有关部门'.length);
    expect(end(['区委，区政府办公室'])).toBe(bodyEndAt + '\n区委，区政府办公室'.length);
    expect(end(['自2023年6月21日起施行'])).toBe(bodyEndAt + '\n自2023年6月21日起施行'.length);
    expect(end(['2023年6月21日起施行'])).toBe(bodyEndAt + '\n2023年6月21日起施行'.length);
    expect(end(['印发后实施'])).toBe(bodyEndAt + '\n印发后实施'.length);
    expect(end(['请抄送：市政府'])).toBe(bodyEndAt + '\n请抄送：市政府'.length);
    expect(end(['如需主送:市政府'])).toBe(bodyEndAt + '\n如需主送:市政府'.length);
    expect(end(['关于此件的说明'])).toBe(bodyEndAt + '\n关于此件的说明'.length);
    // a heading ends the scan even if it looks like a trailer
    expect(findBodyEnd(splitLines('正文。\n一、印发'))).toBe('正文。\n一、印发'.length);
  });

  it('findBodyEnd: an issuer line counts only below the first line; nothing left gives 0', () => {
    expect(findBodyEnd(splitLines('重庆市人民政府'))).toBe(7);
    expect(findBodyEnd(splitLines('2023年6月21日'))).toBe(0);
    expect(findBodyEnd(splitLines('\n\n'))).toBe(0);
    expect(findBodyEnd(splitLines('重庆市人民政府\n重庆市人民政府'))).toBe(7);
  });

  it('issuer lines: 4 to 40 characters ending in an issuing body, no punctuation, not a 关于/附件 line', () => {
    const issuerOf = (line: string) => metaOf(['标题方案', '', line, '2023年6月21日'].join('\n')).issuer;
    expect(issuerOf('重庆市人民政府')).toBe('重庆市人民政府');
    expect(issuerOf('市交通局')).toBe('市交通局');
    expect(issuerOf('交通局')).toBeNull();
    expect(issuerOf(`${'长'.repeat(36)}人民政府`)).toBe(`${'长'.repeat(36)}人民政府`);
    expect(issuerOf(`${'长'.repeat(37)}人民政府`)).toBeNull();
    expect(issuerOf('重庆市，人民政府')).toBeNull();
    expect(issuerOf('关于市人民政府')).toBeNull();
    expect(issuerOf('附件市人民政府')).toBeNull();
    expect(issuerOf('重庆市人民政府文件')).toBe('重庆市人民政府');
    expect(issuerOf('重庆 市 发展改革委')).toBe('重庆市发展改革委');
    expect(issuerOf('重庆市人民政府网站')).toBeNull();
  });

  it('the front page of a real notice: number, issuer, date, addressees, title, public', () => {
    const m = metaOf([...YUBEI_FRONT, '一、总体要求', '（一）指导思想', '正文。'].join('\n'));
    expect(m).toEqual({
      title: '《渝北区深入推进西部陆海新通道建设工作方案》'.slice(1, -1),
      docNumber: '渝北府办发〔2023〕36号',
      issuer: '重庆市渝北区人民政府办公室',
      issuedDate: '2023-06-21',
      addressees: ['各镇人民政府', '区政府各部门', '各街道办事处', '各区属国有公司', '有关单位'],
      public: true,
      draft: false,
      basis: [],
      horizonYears: [],
      hubTypes: [],
      kind: 'plan',
    });
  });

  it('document numbers: brackets of every kind, 第, spaces, and only in the first 20 lines', () => {
    const num = (line: string, before = 0) => metaOf([...Array(before).fill('前言行'), line, '一、总则'].join('\n')).docNumber;
    expect(num('渝北府办发〔2023〕36号')).toBe('渝北府办发〔2023〕36号');
    expect(num('国办发[2021] 54号')).toBe('国办发[2021]54号');
    expect(num('川办函（2018）第 42 号')).toBe('川办函（2018）第42号');
    expect(num('鄂口发【1999】1号')).toBe('鄂口发【1999】1号');
    expect(num('府发(2023)123456号')).toBeNull();
    expect(num('府发〔1899〕1号')).toBeNull();
    expect(num('〔2023〕1号')).toBeNull();
    expect(num('渝北府办发〔2023〕36号', 19)).toBe('渝北府办发〔2023〕36号');
    expect(num('渝北府办发〔2023〕36号', 20)).toBeNull();
    // the first number wins
    expect(metaOf('甲发〔2023〕1号\n乙发〔2023〕2号\n一、总则').docNumber).toBe('甲发〔2023〕1号');
  });

  it('the front page is read only above the first heading, at most 60 lines without one and 80 with', () => {
    const far = (n: number, heading: boolean) =>
      metaOf([...Array(n).fill('前言'), '2023年6月21日', ...(heading ? ['一、总则'] : []), ...Array(20).fill('正文')].join('\n')).issuedDate;
    expect(far(59, false)).toBe('2023-06-21');
    // beyond 60 lines without a heading the date is not in the front page, nor in the last 12 lines
    expect(far(60, false)).toBeNull();
    expect(far(79, true)).toBe('2023-06-21');
    expect(far(80, true)).toBeNull();
    // a date below the first heading is not the issue date unless it is among the last 12 lines
    expect(metaOf(['一、总则', '2023年6月21日', ...Array(12).fill('正文')].join('\n')).issuedDate).toBeNull();
    expect(metaOf(['一、总则', '2023年6月21日', ...Array(11).fill('正文')].join('\n')).issuedDate).toBe('2023-06-21');
  });

  it('addressees: a short line ending with a colon naming bodies; levels sharing a body stay one', () => {
    const to = (line: string) => metaOf(['标题方案', line, '一、总则'].join('\n')).addressees;
    expect(to('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')).toEqual(['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构']);
    expect(to('市级有关部门:')).toEqual(['市级有关部门']);
    expect(to('各区县政府；市级各部门：')).toEqual(['各区县政府', '市级各部门']);
    expect(to('各区县政府,市级各部门：')).toEqual(['各区县政府', '市级各部门']);
    expect(to('各区县政府')).toEqual([]);
    expect(to('责任单位：各区县')).toEqual([]);
    expect(to('牵头单位：市政府')).toEqual([]);
    expect(to('配合单位：市政府')).toEqual([]);
    expect(to('抄送：市政府')).toEqual([]);
    expect(to('附件：市政府')).toEqual([]);
    expect(to('根据《方案》各部门：')).toEqual([]);
    expect(to('各部门认真落实。各单位：')).toEqual([]);
    expect(to('主要目标：')).toEqual([]);
    expect(to(`${'各'.repeat(199)}：`)).toEqual(['各'.repeat(199)]);
    expect(to(`${'各'.repeat(200)}：`)).toEqual([]);
    // the first such line wins
    expect(metaOf(['标题方案', '各区县政府：', '市级各部门：', '一、总则'].join('\n')).addressees).toEqual(['各区县政府']);
  });

  it('issuer: header line, else the signature above the date, else the title opening, else the 印发 line', () => {
    const header = metaOf(['重庆市人民政府办公厅文件', '关于印发《甲方案》的通知', '一、总则'].join('\n'));
    expect(header.issuer).toBe('重庆市人民政府办公厅');
    // a number line and a 附件 line above are skipped; a 关于 line stops the search
    expect(metaOf(['国办发〔2021〕54号', '附件1', '国务院办公厅', '甲方案', '一、总则'].join('\n')).issuer).toBe('国务院办公厅');
    expect(metaOf(['关于甲的意见', '国务院办公厅', '一、总则'].join('\n')).issuer).toBe(null);
    expect(metaOf(['《甲方案》', '国务院办公厅', '一、总则'].join('\n')).issuer).toBe(null);
    // signature: the issuer line at most three lines above the date, blank lines skipped
    const sig = (gap: number) => metaOf(['甲方案', '一、总则', '正文。', '重庆市人民政府', ...Array(gap).fill(''), '2023年6月21日'].join('\n')).issuer;
    expect(sig(0)).toBe('重庆市人民政府');
    expect(sig(2)).toBe('重庆市人民政府');
    expect(sig(3)).toBeNull();
    // the line right above the date decides: a sentence there means no signature
    expect(metaOf(['甲方案', '一、总则', '重庆市人民政府', '正文。', '2023年6月21日'].join('\n')).issuer).toBeNull();
    // the issuer opening the notice's title
    expect(metaOf(['咸阳市人民政府办公室关于印发咸阳市工作要点的通知', '一、总则'].join('\n')).issuer).toBe('咸阳市人民政府办公室');
    expect(metaOf(['咸阳市关于印发咸阳市工作要点的通知', '一、总则'].join('\n')).issuer).toBeNull();
    // the closing 印发 line gives the issuer and the date
    const printed = metaOf(['甲方案', '一、总则', '正文。', '重庆市渝北区人民政府办公室               2023年6月21日印发'].join('\n'));
    expect([printed.issuer, printed.issuedDate]).toEqual(['重庆市渝北区人民政府办公室', '2023-06-21']);
    const notIssuer = metaOf(['甲方案', '一、总则', '正文。', '重庆市渝北区 2023年6月21日印发'].join('\n'));
    expect([notIssuer.issuer, notIssuer.issuedDate]).toEqual([null, '2023-06-21']);
  });

  it('issuer: the header and title-opening searches look at the first 12 lines, the 印发 line at the last 12', () => {
    const header = (n: number) => metaOf([...Array(n).fill('前'), '国务院办公厅', '一、总则'].join('\n')).issuer;
    expect(header(11)).toBe('国务院办公厅');
    expect(header(12)).toBeNull();
    const opening = (n: number) => metaOf([...Array(n).fill('前'), '咸阳市人民政府办公室关于印发咸阳市工作要点的通知', '一、总则'].join('\n')).issuer;
    expect(opening(11)).toBe('咸阳市人民政府办公室');
    expect(opening(12)).toBeNull();
    const printed = (n: number) =>
      metaOf(['甲方案', '一、总则', '正文。', '重庆市渝北区人民政府办公室 2023年6月21日印发', ...Array(n).fill('正文')].join('\n'));
    expect([printed(11).issuer, printed(11).issuedDate]).toEqual(['重庆市渝北区人民政府办公室', '2023-06-21']);
    expect([printed(12).issuer, printed(12).issuedDate]).toEqual([null, null]);
    // the date of the 印发 line does not replace an issue date already read
    const both = metaOf(['甲方案', '2022年1月2日', '一、总则', '正文。', '重庆市渝北区人民政府办公室 2023年6月21日印发'].join('\n'));
    expect([both.issuer, both.issuedDate]).toEqual(['重庆市渝北区人民政府办公室', '2022-01-02']);
    // the date at the end: the last date line wins
    const two = metaOf(['甲方案', '一、总则', '正文。', '2023年6月21日', '2023年7月1日'].join('\n'));
    expect(two.issuedDate).toBe('2023-07-01');
  });

  it('issuer and date of the real Xianyang notice (test/fixtures/documents/xianyang-fangguanfu-2022.txt)', () => {
    const text = readFileSync(new URL('../fixtures/documents/xianyang-fangguanfu-2022.txt', import.meta.url), 'utf8');
    const m = parseDocument(text).meta;
    expect([m.title, m.issuer, m.issuedDate, m.docNumber, m.public, m.draft, m.kind]).toEqual([
      '咸阳市2022年深化“放管服”改革优化营商环境工作要点',
      '咸阳市人民政府办公室',
      '2022-08-05',
      null,
      false,
      false,
      'plan',
    ]);
    expect(m.addressees).toEqual(['各县市区人民政府', '市人民政府各工作部门', '直属机构']);
  });
  it('title: the plan a 关于印发…的通知 names, brackets removed, only above the first long sentence', () => {
    expect(metaOf('关于印发《甲乙丙丁方案》的通知\n一、总则').title).toBe('甲乙丙丁方案');
    expect(metaOf('关于印发甲乙丙丁方案的通知\n一、总则').title).toBe('甲乙丙丁方案');
    // two books in the name keep their marks
    expect(metaOf('关于印发《甲乙》和《丙丁》的通知\n一、总则').title).toBe('《甲乙》和《丙丁》');
    // too short a name, or one with a comma, is no wrapped title
    expect(metaOf('关于印发甲乙的通知\n一、总则').title).toBe('关于印发甲乙的通知');
    // a body sentence longer than 40 characters ends the search
    const long = `本方案根据${'有关'.repeat(18)}制定。`;
    expect(long.length).toBeGreaterThan(40);
    expect(metaOf(`甲乙丙丁规划\n${long}\n关于印发《别的方案》的通知\n一、总则`).title).toBe('甲乙丙丁规划');
    // a short sentence does not
    expect(metaOf('现印发。\n关于印发《甲乙丙丁方案》的通知\n一、总则').title).toBe('甲乙丙丁方案');
    const s40 = `${'现'.repeat(39)}。`;
    expect(metaOf(`${s40}\n关于印发《甲乙丙丁方案》的通知\n一、总则`).title).toBe('甲乙丙丁方案');
    expect(metaOf(`现${s40}\n关于印发《甲乙丙丁方案》的通知\n一、总则`).title).not.toBe('甲乙丙丁方案');
    // a long line without a full stop does not end the search
    expect(metaOf(`${'现'.repeat(50)}\n关于印发《甲乙丙丁方案》的通知\n一、总则`).title).toBe('甲乙丙丁方案');
    // four characters at least
    expect(metaOf('关于印发甲乙丙丁的通知\n一、总则').title).toBe('甲乙丙丁');
    expect(metaOf('关于印发甲乙丙的通知\n一、总则').title).toBe('关于印发甲乙丙的通知');
    // the name must be the whole of one book to lose its marks
    expect(metaOf('关于印发《甲乙》丙丁方案的通知\n一、总则').title).toBe('《甲乙》丙丁方案');
    // 40 lines at most
    expect(metaOf([...Array(40).fill('前'), '关于印发《甲乙丙丁方案》的通知', '一、总则'].join('\n')).title).not.toBe('甲乙丙丁方案');
    expect(metaOf([...Array(39).fill('前'), '关于印发《甲乙丙丁方案》的通知', '一、总则'].join('\n')).title).toBe('甲乙丙丁方案');
  });

  it('title: a line group ending like a title, joined over lines, with its year range', () => {
    expect(metaOf(['渝北区深入推进西部陆海新通道建设', '工作方案', '一、总则'].join('\n')).title).toBe('渝北区深入推进西部陆海新通道建设工作方案');
    expect(metaOf(['重庆枢纽经济区创新发展指导意见', '（征求意见稿）', '一、总则'].join('\n')).title).toBe('重庆枢纽经济区创新发展指导意见');
    expect(metaOf(['长江经济带', '', '发展规划', '', '（2021—2025年）', '一、总则'].join('\n')).title).toBe('长江经济带发展规划（2021—2025年）');
    expect(metaOf(['长江经济带发展规划', '(2021-2025)', '一、总则'].join('\n')).title).toBe('长江经济带发展规划(2021-2025)');
    expect(metaOf(['长江经济带发展规划', '（2021至2025年）', '正文'].join('\n')).title).toBe('长江经济带发展规划（2021至2025年）');
    expect(metaOf(['长江经济带发展规划', '（2021年）', '一、总则'].join('\n')).title).toBe('长江经济带发展规划');
    // the title ends where a suffix is reached; at most four more lines are joined
    expect(metaOf(['一二', '三四', '五六', '七八', '九十方案', '一、总则'].join('\n')).title).toBe('一二三四五六七八九十方案');
    expect(metaOf(['一二', '三四', '五六', '七八', '九十', '甲方案', '一、总则'].join('\n')).title).toBe('甲方案');
    // a line group with a sentence, a date or a heading stops joining
    expect(metaOf(['一二三四五六', '正文。', '一、总则'].join('\n')).title).toBe('一二三四五六');
    expect(metaOf(['一二三四五六', '2023年6月21日', '一、总则'].join('\n')).title).toBe('一二三四五六');
    expect(metaOf(['一二三四五六', `${'长'.repeat(41)}`, '一、总则'].join('\n')).title).toBe('一二三四五六');
    expect(metaOf(['一二三四五六', `${'长'.repeat(40)}`, '一、总则'].join('\n')).title).toBe(`一二三四五六${'长'.repeat(40)}`);
    expect(metaOf(['一二三四五六', '（草案）', '一、总则'].join('\n')).title).toBe('一二三四五六');
  });

  it('title: skips number, 附件, date, public mark, draft mark and issuer lines; falls back to 6+ characters', () => {
    expect(metaOf(['附件2：', '国办发〔2021〕54号', '2023年6月21日', '（此件公开发布）', '（送审稿）', '国务院办公厅', '甲乙丙方案', '一、总则'].join('\n')).title).toBe('甲乙丙方案');
    // an issuer-like line that ends like a title is a title (…委员会 vs …意见)
    expect(metaOf(['关于加强管理的意见', '一、总则'].join('\n')).title).toBe('关于加强管理的意见');
    // lines with a colon or a full stop, longer than 60 characters, or headings are no title
    expect(metaOf(['说明：甲乙丙丁方案', `${'长'.repeat(61)}`, '甲乙丙丁戊己', '一、总则'].join('\n')).title).toBe('甲乙丙丁戊己');
    expect(metaOf([`${'长'.repeat(60)}`, '一、总则'].join('\n')).title).toBe('长'.repeat(60));
    // fallback: the first group of 6 characters or more, only when no group ends like a title
    expect(metaOf(['甲乙丙', '', '', '', '', '', '丁戊己庚辛壬', '一、总则'].join('\n')).title).toBe('丁戊己庚辛壬');
    expect(metaOf(['甲乙丙丁戊', '一、总则'].join('\n')).title).toBe('');
    expect(metaOf(['甲乙丙丁戊己', '', '', '', '', '', '庚方案', '一、总则'].join('\n')).title).toBe('庚方案');
    expect(metaOf('').title).toBe('');
  });

  it('public, draft, kind and hub types', () => {
    const base = ['甲乙丙方案', '一、总则', '正文。'];
    const m = (...extra: string[]) => metaOf([...base, ...extra].join('\n'));
    expect(m().public).toBe(false);
    expect(m('（此件公开发布）').public).toBe(true);
    expect(m('(此件主动公开)').public).toBe(true);
    expect(m('（ 此件公开 ）').public).toBe(true);
    expect(m('公开方式：主动公开').public).toBe(true);
    expect(m('公开属性: 主动公开').public).toBe(true);
    expect(m('公开选项：主动公开').public).toBe(true);
    expect(m('公开方式：依申请公开').public).toBe(false);
    expect(m('（此件公开发布）', '（此件不公开）').public).toBe(false);
    expect(m('（此件公开发布）', '（此件不予公开）').public).toBe(false);
    // the mark counts in the first 4000 or the last 2000 characters only
    const mid = (n: number) => metaOf(['甲乙丙方案', '（此件公开发布）', '一、总则', '文'.repeat(n)].join('\n')).public;
    expect(mid(1000)).toBe(true);
    const middle = (before: number, after: number) =>
      metaOf(['甲乙丙方案', '一、总则', '文'.repeat(before), '（此件公开发布）', '文'.repeat(after)].join('\n')).public;
    // the mark starts after 11 characters of title and heading; it is 8 characters long
    expect(middle(3980, 2100)).toBe(true);
    expect(middle(3981, 2100)).toBe(false);
    expect(middle(4000, 1991)).toBe(true);
    expect(middle(4000, 1992)).toBe(false);
    // draft marks in the head of the text, or 征求意见稿 in the title
    expect(m().draft).toBe(false);
    for (const d of ['征求意见稿', '送审稿', '讨论稿', '（草案）', '(草案)']) expect(metaOf(`甲乙丙方案\n${d}\n一、总则`).draft).toBe(true);
    expect(metaOf('甲乙丙方案\n草案\n一、总则').draft).toBe(false);
    expect(metaOf(`甲乙丙方案\n一、总则\n${'文'.repeat(4000)}\n征求意见稿`).draft).toBe(false);
    // kind: 意见 in the title (not 意见稿) makes guidance
    expect(metaOf('关于加强管理的指导意见\n一、总则').kind).toBe('guidance');
    expect(metaOf('甲乙丙方案\n一、总则').kind).toBe('plan');
    expect(metaOf('甲乙丙方案征求意见稿\n一、总则')).toMatchObject({ kind: 'plan', draft: true });
    // hub types in a fixed order, whatever the text's order
    expect(m('建设生产服务型、港口型、陆港型、空港型、商贸服务型、陆上边境口岸型国家物流枢纽').hubTypes).toEqual([
      'dry_port', 'airport', 'seaport', 'trade_service', 'production_service', 'land_border',
    ]);
    expect(m('边境口岸型').hubTypes).toEqual(['land_border']);
  });

  it('basis: the books a 根据/按照/贯彻落实 cites, with joiners and 文号, not the plan itself', () => {
    const basis = (...sentences: string[]) => metaOf(['甲乙丙方案', '一、总则', ...sentences].join('\n')).basis;
    expect(basis('根据《重庆市加快建设西部陆海新通道五年行动方案（2023—2027年）》，结合我区实际，制定本工作方案。')).toEqual([
      '重庆市加快建设西部陆海新通道五年行动方案（2023—2027年）',
    ]);
    expect(basis('为贯彻落实国务院《甲》（国发〔2016〕76号）和《乙》、《丙》及《丁》以及《戊》与《己》，《庚》，制定本方案。')).toEqual([
      '甲', '乙', '丙', '丁', '戊', '己', '庚',
    ]);
    // the list must follow the keyword within 16 characters, without a comma before it
    expect(basis('根据国务院关于深化改革的《甲》')).toEqual(['甲']);
    expect(basis('根据国务院关于深化改革进一步扩大开放的《甲》')).toEqual([]);
    expect(basis('根据要求，《甲》')).toEqual([]);
    expect(basis(`根据${'一'.repeat(15)}《甲》`)).toEqual(['甲']);
    expect(basis(`根据${'一'.repeat(16)}《甲》`)).toEqual([]);
    expect(basis('根据要求；《甲》')).toEqual([]);
    expect(basis('根据要求,《甲》')).toEqual([]);
    expect(basis('按照《甲》要求。依据《乙》。遵照《丙》；落实《丁》')).toEqual(['甲', '乙', '丙', '丁']);
    // the plan's own title, repeats and empty books are left out; an unclosed book ends the list
    expect(basis('根据《甲乙丙方案》和《甲》，按照《甲》《》')).toEqual(['甲']);
    expect(basis('根据《甲》和《乙')).toEqual(['甲']);
    // a joiner must be followed by a book; anything else ends the list
    expect(basis('根据《甲》等文件和《乙》')).toEqual(['甲']);
    expect(basis('根据《甲》（一个很长很长很长很长很长很长很长很长很长很长的文号）《乙》')).toEqual(['甲']);
    expect(basis('没有关键词的《甲》')).toEqual([]);
    // two keywords in one sentence
    expect(basis('根据《甲》，按照《乙》')).toEqual(['甲', '乙']);
  });

  it('leading group and its office', () => {
    const lg = (s: string) => metaOf(['甲乙丙方案', '一、总则', s].join('\n')).leadingGroup;
    expect(lg('建立渝北区推进西部陆海新通道建设工作领导小组，由区政府主要负责同志担任领导小组组长，相关部门负责人为主要成员，办公室设在区商务委，制定专班工作制度')).toEqual({
      name: '渝北区推进西部陆海新通道建设工作领导小组',
      officeUnit: '区商务委',
    });
    expect(lg('成立“枢纽”（试点）领导小组。')).toEqual({ name: '“枢纽”（试点）领导小组' });
    expect(lg('在各区县领导小组下')).toBeUndefined();
    expect(lg('领导小组办公室设在市发展改革委。')).toEqual({ officeUnit: '市发展改革委' });
    expect(lg('专班办公室设在市商务委（口岸物流办）')).toEqual({ officeUnit: '市商务委' });
    expect(lg('办公室设在甲')).toBeUndefined();
    expect(lg('加强领导小组建设')).toBeUndefined();
    expect(lg('调整甲乙领导小组')).toEqual({ name: '甲乙领导小组' });
    expect(lg('调整甲领导小组')).toBeUndefined();
  });

  it('evaluation: levels, links and the sentences that name them (seeds/documents/chongqing-hub-zones-guidance-draft.txt)', () => {
    const ev = (...s: string[]) => metaOf(['甲乙丙方案', '一、总则', ...s].join('\n')).evaluation;
    expect(
      ev('以枢纽提质、产业发展、融合创新为原则，建立差异化绩效考核和评价体系，常态化开展“总结+自评+统评”三级评价考核工作，考核结果与市级资金安排、土地指标、评优评先等激励约束机制挂钩。'),
    ).toEqual({
      levels: ['summary', 'self_evaluation', 'unified_evaluation'],
      linkedTo: ['funding', 'land_quota', 'award'],
      text: '以枢纽提质、产业发展、融合创新为原则，建立差异化绩效考核和评价体系，常态化开展“总结+自评+统评”三级评价考核工作，考核结果与市级资金安排、土地指标、评优评先等激励约束机制挂钩。',
    });
    expect(ev('加强督查和目标考核')).toBeUndefined();
    expect(ev('考核开展自评；考核结果与资金挂钩')).toEqual({ levels: ['self_evaluation'], linkedTo: ['funding'], text: '考核开展自评。考核结果与资金挂钩。' });
    expect(ev('开展自评', '评估结果与资金挂钩')).toEqual({ levels: [], linkedTo: ['funding'], text: '评估结果与资金挂钩。' });
    expect(ev('考评结果与用地指标、表彰挂钩。统评')).toEqual({ levels: [], linkedTo: ['land_quota', 'award'], text: '考评结果与用地指标、表彰挂钩。' });
    expect(ev('考核实行统评。考核与用地计划和奖励挂钩')).toEqual({
      levels: ['unified_evaluation'],
      linkedTo: ['land_quota', 'award'],
      text: '考核实行统评。考核与用地计划和奖励挂钩。',
    });
    expect(ev('考核与评先评优挂钩')).toEqual({ levels: [], linkedTo: ['award'], text: '考核与评先评优挂钩。' });
    expect(ev('考核与评优挂钩')).toEqual({ levels: [], linkedTo: ['award'], text: '考核与评优挂钩。' });
    // 总结 counts as a level only beside 自评 or 统评; "总结、" alone makes the sentence count
    expect(ev('考核采取总结、评议')).toBeUndefined();
    expect(ev('评价采取总结和统评')).toEqual({ levels: ['summary', 'unified_evaluation'], linkedTo: [], text: '评价采取总结和统评。' });
    expect(ev('  考核采取自评  ')).toEqual({ levels: ['self_evaluation'], linkedTo: [], text: '考核采取自评。' });
    // a link with no known kind and no level: nothing to report
    expect(ev('考核与干部任用挂钩')).toBeUndefined();
  });
});

describe('web.ts', () => {
  it('isWebNoise: navigation, fields, controls, stats, metadata, rule lines and breadcrumbs', () => {
    const noise = [
      '当前位置:政务公开 > 政策文件',
      '您现在的位置： 首页',
      '您的位置:首页',
      '所在位置：首页',
      '现在的位置：x',
      '当前所在位置:x',
      '【切换】',
      '无障碍浏览',
      '长者模式',
      '长辈版',
      '朗读',
      '设为首页',
      '加入收藏',
      '手机版',
      '返 回',
      '返回',
      '导航',
      '浏览次数：1024',
      '阅读量 12',
      '點擊 5',
      '来源：区政府办  发布时间：2023-06-21',
      '【发布日期：2023-06-21】',
      '[时间: 2023]',
      '责任编辑：张三',
      '分享：',
      '分享到：微信',
      '打印：',
      '【字体：大 中 小】',
      '[ 打印 ]',
      '打印本页',
      '关闭窗口',
      '分享',
      '扫一扫在手机打开当前页',
      '扫描二维码',
      '【打印】',
      '大',
      '[中]',
      '【小】',
      '  • 索 引 号 : 008282882/2018-00296'.trim(),
      '• 文  号:川办发〔2018〕42号',
      '---|---|---|---|',
      '|:---:|---|',
      '| --- | --- |',
      '首页 > 政务公开 > 政策文件',
      '首页 ＞ 文件',
      '首页 » 文件',
    ];
    for (const c of noise) expect([c, isWebNoise(c)]).toEqual([c, true]);
    const text = [
      '',
      '一、总体要求',
      '发布时间的确定',
      '当前位置',
      '返回原籍',
      '分享经验',
      '---',
      '| --- |',
      '大力发展',
      '朗读比赛',
      '导航系统建设',
      '发展 > 规模。',
      `> ${'长'.repeat(60)}`,
      `${'长'.repeat(113)}浏览次数：1`,
      '推进x>y',
    ];
    for (const c of text) expect([c, isWebNoise(c)]).toEqual([c, false]);
    // length limits
    expect(isWebNoise(`> ${'长'.repeat(58)}`)).toBe(true);
    expect(isWebNoise(`> ${'长'.repeat(59)}`)).toBe(false);
    expect(isWebNoise(`${'长'.repeat(75)}浏览次数：`)).toBe(true);
    expect(isWebNoise(`${'长'.repeat(76)}浏览次数：`)).toBe(false);
    expect(isWebNoise(`当前位置：${'长'.repeat(115)}`)).toBe(true);
    expect(isWebNoise(`当前位置：${'长'.repeat(116)}`)).toBe(false);
    expect(isWebNoise('首页 > 文件，x')).toBe(false);
    expect(isWebNoise('首页 > 文件。')).toBe(false);
  });

  it('stripWebNoise blanks the page furniture in place and reads the metadata (test/fixtures/documents/real/liupanshui-xinjijian-2022.txt)', () => {
    const page = [
      '索 引 号: | 000014349/2023-91150 | 信息分类: | |',
      '发布机构: | 生成日期: | 2022-12-02 08:54:33 | |',
      '文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |',
      '名 称: | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知 |',
      '(此件公开发布)',
      '  浏览次数：12  ',
    ].join('\n');
    const lines = splitLines(page);
    const r = stripWebNoise(page, lines);
    expect(r.meta).toEqual({
      title: '市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知',
      docNumber: '六盘水府办发〔2022〕10号',
    });
    expect(r.blanked).toBe(5);
    expect(r.text.length).toBe(page.length);
    expect(splitLines(r.text).map((l) => l.content)).toEqual(['', '', '', '', '(此件公开发布)', '']);
    // the blanks replace the content, not the surrounding spaces
    expect(r.text.endsWith('  ' + ' '.repeat('浏览次数：12'.length) + '  ')).toBe(true);
    const plain = '一、总则\n正文。';
    expect(stripWebNoise(plain, splitLines(plain))).toEqual({ text: plain, meta: { title: null, docNumber: null }, blanked: 0 });
  });

  it('metadata: bulleted key lines, key cells without a colon, the first value wins, only the first 60 lines', () => {
    const meta = (...ls: string[]) => stripWebNoise(ls.join('\n'), splitLines(ls.join('\n'))).meta;
    expect(meta('  • 文  号:川办发〔2018〕42号', '• 标 题: 甲 乙 方案')).toEqual({ title: '甲乙方案', docNumber: '川办发〔2018〕42号' });
    expect(meta('文 号 | 某发〔2024〕3号 | 效力状态 | 有效 |', '文件名称 | 某市方案 |')).toEqual({ title: '某市方案', docNumber: '某发〔2024〕3号' });
    expect(meta('发文字号：甲〔2024〕1号', '发布文号：乙〔2024〕2号', '信息名称：丙', '名称：丁')).toEqual({ title: '丙', docNumber: '甲〔2024〕1号' });
    expect(meta('文号：[2024]1号')).toEqual({ title: null, docNumber: '[2024]1号' });
    expect(meta('文号：无')).toEqual({ title: null, docNumber: null });
    expect(meta('文号：甲〔24〕1号')).toEqual({ title: null, docNumber: null });
    expect(meta('文号：', '标题：')).toEqual({ title: null, docNumber: null });
    expect(meta('文号: | 甲〔2024〕1号 |')).toEqual({ title: null, docNumber: '甲〔2024〕1号' });
    expect(meta('文号: |  |')).toEqual({ title: null, docNumber: null });
    expect(meta('文号:')).toEqual({ title: null, docNumber: null });
    expect(meta('作者：甲〔2024〕1号')).toEqual({ title: null, docNumber: null });
    expect(meta('x|文号：甲（2024）1号')).toEqual({ title: null, docNumber: '甲（2024）1号' });
    expect(meta('正文说明：文号：甲〔2024〕1号')).toEqual({ title: null, docNumber: null });
    // a key cell without a colon takes the next cell as its value only when it is one of the exact keys
    expect(meta('文件名称 | 甲 |')).toEqual({ title: '甲', docNumber: null });
    expect(meta('文件名称附加 | 甲 |')).toEqual({ title: null, docNumber: null });
    expect(meta('文 号 |')).toEqual({ title: null, docNumber: null });
    expect(meta(...Array(59).fill('正文'), '标题：甲')).toEqual({ title: '甲', docNumber: null });
    expect(meta(...Array(60).fill('正文'), '标题：甲')).toEqual({ title: null, docNumber: null });
    // a metadata line longer than 160 characters without cells is body text
    expect(meta(`标题：${'甲'.repeat(157)}`).title).toBe('甲'.repeat(157));
    expect(meta(`标题：${'甲'.repeat(158)}`).title).toBeNull();
    // the key is at most 12 characters before the colon
    expect(meta(`x|${'名'.repeat(12)}：甲`)).toEqual({ title: null, docNumber: null });
  });

  it('survivors of the Stryker run of 2026-12-02, 02:45 UTC', () => {
    const meta = (...ls: string[]) => stripWebNoise(ls.join('\n'), splitLines(ls.join('\n'))).meta;
    // isMetaLine strips bullets at the start only: a dash inside a key does not make one
    expect(isWebNoise('文-号：甲〔2024〕1号')).toBe(false);
    expect(isWebNoise('- 文号：甲〔2024〕1号')).toBe(true);
    // the rule line is the whole line, its closing bar optional
    expect(isWebNoise('---|---')).toBe(true);
    expect(isWebNoise('x---|---')).toBe(false);
    expect(isWebNoise('---|---x')).toBe(false);
    // a breadcrumb's separator may touch the next item
    expect(isWebNoise('首页 >文件')).toBe(true);
    expect(isWebNoise('首页 >')).toBe(false);
    // cells lose their leading bullets only, all of them
    expect(meta('标题：甲·乙')).toEqual({ title: '甲·乙', docNumber: null });
    expect(meta('••文号：甲〔2024〕1号')).toEqual({ title: null, docNumber: '甲〔2024〕1号' });
    expect(meta('x | • ·文号：甲〔2024〕1号')).toEqual({ title: null, docNumber: '甲〔2024〕1号' });
    // the key is the whole text before the colon, at most 12 characters with its spaces
    expect(meta(`x|甲标${' '.repeat(10)}题：值`)).toEqual({ title: null, docNumber: null });
    expect(meta(`x|标${' '.repeat(10)}题：值`)).toEqual({ title: '值', docNumber: null });
    // only the exact keys count, in cells and after a colon
    expect(meta('x|正式名称：甲')).toEqual({ title: null, docNumber: null });
    expect(meta('x|原文号：甲〔2024〕1号')).toEqual({ title: null, docNumber: null });
    expect(meta('x|文号附注：甲〔2024〕1号')).toEqual({ title: null, docNumber: null });
    expect(meta('信息 名称 | 甲 |')).toEqual({ title: null, docNumber: null });
    expect(meta('正式名称 | 甲 |')).toEqual({ title: null, docNumber: null });
    // a key cell keeps its inner spaces out of the key, however many
    expect(meta(`文${' '.repeat(7)}号 | 甲〔2024〕1号 |`)).toEqual({ title: null, docNumber: '甲〔2024〕1号' });
  });

  it('dropColumnLabel removes a site column label before a title of 6 characters or more', () => {
    expect(dropColumnLabel('【市政府重点工作及责任分解】滁州市人民政府关于印发的通知')).toBe('滁州市人民政府关于印发的通知');
    expect(dropColumnLabel('【标签】甲乙丙丁戊己')).toBe('甲乙丙丁戊己');
    expect(dropColumnLabel('【标签】甲乙丙丁戊')).toBe('【标签】甲乙丙丁戊');
    expect(dropColumnLabel(`【${'长'.repeat(30)}】甲乙丙丁戊己`)).toBe('甲乙丙丁戊己');
    expect(dropColumnLabel(`【${'长'.repeat(31)}】甲乙丙丁戊己`)).toBe(`【${'长'.repeat(31)}】甲乙丙丁戊己`);
    expect(dropColumnLabel('【】甲乙丙丁戊己')).toBe('【】甲乙丙丁戊己');
    expect(dropColumnLabel('甲【标签】甲乙丙丁戊己')).toBe('甲【标签】甲乙丙丁戊己');
  });
});

describe('validate.ts', () => {
  function refusal(f: () => void): DocumentError {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentError);
      return e as DocumentError;
    }
    throw new Error('expected a DocumentError');
  }

  it('the limit is 20 MB of characters', () => {
    expect(MAX_DOCUMENT_CHARS).toBe(20971520);
  });

  it('controlShare: the share of control and replacement characters; tab, line breaks and form feed are text', () => {
    expect(controlShare('')).toBe(0);
    expect(controlShare('abcd')).toBe(0);
    expect(controlShare('\t\n\r\f')).toBe(0);
    expect(controlShare('a\u0001')).toBe(0.5);
    expect(controlShare('a\u001f\u0020\u007f')).toBe(0.5);
    expect(controlShare('\ufffd\ufffd\ufffd一')).toBe(0.75);
    expect(controlShare('\u0000')).toBe(1);
    expect(controlShare('\u0008\u000b\u000e')).toBe(1);
    expect(controlShare('\u0080\u007e')).toBe(0);
  });

  it('controlShare samples a text above 2 million characters', () => {
    // every other character is bad; with a step of 2 only the good ones are seen
    const n = 2_000_002;
    const t = 'a\u0001'.repeat(n / 2);
    expect(controlShare(t)).toBe(0);
    expect(controlShare(t.slice(0, 2_000_000))).toBe(0.5);
    const u = '\u0001a'.repeat(n / 2);
    expect(controlShare(u)).toBe(1);
    // step 2 sees offsets 0, 2, 4…: here every other one is bad (a step as long as the text would see only 'a')
    expect(controlShare('aa\u0001\u0001'.repeat(500_001))).toBe(0.5);
    // two million characters are slow under Stryker's instrumentation on a loaded machine
  }, 60_000);

  it('checkText: empty, too large and binary, with the messages in both languages', () => {
    for (const t of [undefined, null, 3, '', ' \u3000\ufeff\n\t']) {
      const e = refusal(() => checkText(t));
      expect([e.code, e.name, e.message, e.messageZh, e.messageEn]).toEqual([
        'EMPTY_TEXT',
        'DocumentError',
        '文档内容为空：未读取到任何文字，请确认上传的是含正文的文件。',
        '文档内容为空：未读取到任何文字，请确认上传的是含正文的文件。',
        'The document is empty: no text was found. Check that the file has body text.',
      ]);
    }
    const big = 'a'.repeat(MAX_DOCUMENT_CHARS + 1);
    const e = refusal(() => checkText(big));
    expect([e.code, e.messageZh, e.messageEn]).toEqual([
      'TEXT_TOO_LARGE',
      '文档过大：共 20971521 个字符，超过 20 MB（20971520 个字符）的上限，请拆分后再导入。',
      'The document is too large: 20971521 characters exceeds the 20 MB (20971520 characters) limit. Split it before importing.',
    ]);
    expect(() => checkText(big.slice(1))).not.toThrow();
    const nul = refusal(() => checkText('一、总体要求\u0000'));
    expect([nul.code, nul.messageZh, nul.messageEn]).toEqual([
      'BINARY_TEXT',
      '文档内容像是二进制文件（含有空字符或大量乱码），请先转换为文本（.txt 或 .docx）再导入。',
      'The content looks binary (NUL bytes or many control/replacement characters). Convert it to text (.txt or .docx) first.',
    ]);
    // more than 5 % bad characters is binary, exactly 5 % is not
    expect(() => checkText('\u0001' + 'a'.repeat(19))).not.toThrow();
    expect(refusal(() => checkText('\u0001' + 'a'.repeat(18))).code).toBe('BINARY_TEXT');
    expect(() => checkText('x')).not.toThrow();
  });

  it('checkStructure: no sections, tasks or indicators; headings without tasks or indicators', () => {
    const x = (sections: number, tasks: number, indicators: number) =>
      ({ sections: Array(sections).fill({}), tasks: Array(tasks).fill({}), indicators: Array(indicators).fill({}) }) as never;
    const none = refusal(() => checkStructure(x(0, 0, 0)));
    expect([none.code, none.messageZh, none.messageEn]).toEqual([
      'NO_STRUCTURE',
      '未识别到文档结构：没有找到“一、”“（一）”“1.”等标题、编号任务或指标表，请确认这是一份工作方案或指导意见。',
      'No document structure recognised: no headings (一、/（一）/1.), numbered tasks or indicator table. Check that this is a plan or guidance document.',
    ]);
    const noTasks = refusal(() => checkStructure(x(1, 0, 0)));
    expect([noTasks.code, noTasks.messageZh, noTasks.messageEn]).toEqual([
      'NO_TASKS',
      '未识别到任何任务或指标：文档虽有标题，但“重点任务”“保障措施”等部分下没有编号事项，也没有指标表，无法生成计划。',
      'No tasks or indicators recognised: the document has headings but no numbered items under 重点任务/保障措施 and no indicator table, so no plan can be built.',
    ]);
    expect(() => checkStructure(x(0, 1, 0))).not.toThrow();
    expect(() => checkStructure(x(0, 0, 1))).not.toThrow();
    expect(() => checkStructure(x(1, 0, 1))).not.toThrow();
    expect(() => checkStructure(x(1, 1, 0))).not.toThrow();
  });

  it('validateDocumentText checks the text, then what was found in it', () => {
    expect(refusal(() => validateDocumentText('')).code).toBe('EMPTY_TEXT');
    expect(refusal(() => validateDocumentText('一、总则')).code).toBe('NO_TASKS');
    expect(refusal(() => validateDocumentText('只有一句话。')).code).toBe('NO_STRUCTURE');
    expect(() => validateDocumentText('二、重点任务\n1.建设物流园区。（区商务委牵头）')).not.toThrow();
  });
});

describe('script.ts', () => {
  it('simplifiedView: a traditional text is read simplified, same length, and strings restored', () => {
    const t = '二、重點任務\n（一）加快建設物流園區。（牽頭單位：市經貿委；配合單位：市發改委、規劃局）';
    const v = simplifiedView(t);
    expect(v.traditional).toBe(true);
    expect(v.text).toBe('二、重点任务\n（一）加快建设物流园区。（牵头单位：市经贸委；配合单位：市发改委、规划局）');
    expect(v.text.length).toBe(t.length);
    expect(v.restore('市发改委、规划局')).toBe('市發改委、規劃局');
    expect(v.restore('abc一二')).toBe('abc一二');
  });

  it('simplifiedView: plain, empty and non-Chinese texts are left as they are', () => {
    for (const t of ['', 'abc 123', '二、重点任务\n1.建设物流园区。']) {
      const v = simplifiedView(t);
      expect([v.text, v.traditional, v.restore('發')]).toEqual([t, false, '發']);
    }
  });

  it('simplifiedView: at least 3 changed characters and 1 % of the Chinese ones make a traditional text', () => {
    // 展 is the same in both scripts
    expect(simplifiedView('發展區').traditional).toBe(false);
    expect(simplifiedView('發區園').traditional).toBe(true);
    // 3 changed among 300 Chinese characters is 1 %, among 301 it is less
    expect(simplifiedView('發區園' + '的'.repeat(297)).traditional).toBe(true);
    expect(simplifiedView('發區園' + '的'.repeat(298)).traditional).toBe(false);
    // 一 (U+4E00) and 鿿 (U+9FFF) are the ends of the block counted
    expect(simplifiedView('發區園' + '一'.repeat(298)).traditional).toBe(false);
    expect(simplifiedView('發區園' + '\u9fff'.repeat(298)).traditional).toBe(false);
    expect(simplifiedView('發區園' + '\u4dff'.repeat(298)).traditional).toBe(true);
    // characters outside the CJK block do not count
    expect(simplifiedView('發區園' + 'a'.repeat(400)).traditional).toBe(true);
  });

  it('simplifiedView: the most frequent traditional form of a character is the one given back', () => {
    expect(simplifiedView('颱臺臺發展').restore('台')).toBe('臺');
    expect(simplifiedView('颱颱臺發展').restore('台')).toBe('颱');
  });

  it('survivors of the Stryker run of 2026-12-02, 02:51 UTC: simplifiedView', () => {
    // CJK Extension A characters (outside U+4E00–U+9FFF) are not read as Chinese text at all
    expect(simplifiedView('㑯㑳㑶')).toMatchObject({ text: '㑯㑳㑶', traditional: false });
    // full-width punctuation (above U+9FFF) is not counted among the Chinese characters
    expect(simplifiedView('發區園' + '，'.repeat(298)).traditional).toBe(true);
    // 㗲 converts to a character outside the BMP (two code units): the text is then converted one
    // character at a time and 㗲 kept, so the length does not change
    const v = simplifiedView('發國會變㗲發');
    expect([v.text, v.text.length, v.traditional]).toEqual(['发国会变㗲发', 6, true]);
    expect(v.restore('发国会变㗲')).toBe('發國會變㗲');
  });

  it('mapStrings applies a function to every string of a JSON-like value', () => {
    const up = (s: string) => s.toUpperCase();
    expect(mapStrings({ a: 'x', b: ['y', 1, null, { c: 'z', d: true }], e: 2 }, up)).toEqual({ a: 'X', b: ['Y', 1, null, { c: 'Z', d: true }], e: 2 });
    expect(mapStrings('s', up)).toBe('S');
    expect(mapStrings(7, up)).toBe(7);
    expect(mapStrings(null, up)).toBeNull();
    expect(mapStrings(undefined, up)).toBeUndefined();
  });

  it('dropReadingAids: pinyin with a tone mark after a Chinese character is removed, offsets mapped back', () => {
    const src = '市經(jīng)貿（mào）委';
    const r = dropReadingAids(src);
    expect(r.text).toBe('市經貿委');
    expect(r.map).toEqual([0, 1, 8, 14, 15]);
    for (const t of ['市經(jing)貿', 'A(jīng)', '(jīng)', '經(Jīng)', '經(jīng', '經()']) expect(dropReadingAids(t)).toEqual({ text: t, map: null });
    expect(dropReadingAids('綠(lǜ)')).toEqual({ text: '綠', map: [0, 5] });
  });

  // tests/unit/document-layouts.test.ts "a plan run on in one paragraph"
  const RUN_ON = '为推进物流发展，制定方案如下。一、重点任务1.建设物流园区。加快建设。（区商务委牵头）2.开通货运航线。力争开通。（区交通局牵头，区商务委配合）二、保障措施（一）加强组织领导。成立专班。';

  function unbroken(out: string, map: number[], text: string) {
    // every character of the output comes from the input at its mapped offset, except the breaks added
    let added = 0;
    for (let i = 0; i < out.length; i++) {
      if (out[i] === text[map[i]]) continue;
      expect(out[i]).toBe('\n');
      added++;
    }
    expect(map.length).toBe(out.length + 1);
    expect(map[out.length]).toBe(text.length);
    return added;
  }

  it('survivors of the Stryker run of 2026-12-02, 02:51 UTC: breakRunOnItems', () => {
    // two short lines are not one long line
    const two = '甲'.repeat(40) + '。1.乙乙乙\n' + '丙'.repeat(20) + '。2.丁丁丁';
    expect(breakRunOnItems(two)).toEqual({ text: two, map: null });
    // a line's first marker is not broken off the previous line's end
    const after = '甲。\n一、' + '乙'.repeat(30) + '。二、' + '丙'.repeat(30);
    expect(breakRunOnItems(after)).toEqual({ text: after, map: null });
    // numerals of two characters (十一、, （十二）, 12.) are markers too
    const big = '甲'.repeat(60) + '。十一、乙乙。十二、丙丙';
    expect(breakRunOnItems(big).text).toBe('甲'.repeat(60) + '。\n十一、乙乙。\n十二、丙丙');
    const paren = '甲'.repeat(60) + '。（十一）乙乙。（十二）丙丙';
    expect(breakRunOnItems(paren).text).toBe('甲'.repeat(60) + '。\n（十一）乙乙。\n（十二）丙丙');
    const digits = '甲'.repeat(60) + '。11.乙乙。12.丙丙';
    expect(breakRunOnItems(digits).text).toBe('甲'.repeat(60) + '。\n11.乙乙。\n12.丙丙');
  });

  it('breakRunOnItems puts a line break before each heading and item of a run-on plan', () => {
    const r = breakRunOnItems(RUN_ON);
    expect(r.text).toBe(
      '为推进物流发展，制定方案如下。\n一、重点任务\n1.建设物流园区。加快建设。（区商务委牵头）\n2.开通货运航线。力争开通。（区交通局牵头，区商务委配合）\n二、保障措施（一）加强组织领导。成立专班。',
    );
    expect(unbroken(r.text, r.map!, RUN_ON)).toBe(4);
    // the break before 一 maps to the offset of 一
    const k = r.text.indexOf('\n一、');
    expect(r.map![k]).toBe(RUN_ON.indexOf('一、'));
    expect(r.map![k + 1]).toBe(RUN_ON.indexOf('一、'));
    expect(r.map![0]).toBe(0);
  });

  it('breakRunOnItems: only lines over 60 characters with two markers or more; later lines keep their offsets', () => {
    const two = '甲。1.甲乙丙丁。2.戊己庚辛。';
    const pad = (n: number) => two + '文'.repeat(n - two.length);
    expect(breakRunOnItems(pad(60))).toEqual({ text: pad(60), map: null });
    expect(breakRunOnItems(pad(61)).text).toBe(pad(61).replace('1.', '\n1.').replace('2.', '\n2.'));
    const one = '甲。1.甲乙丙丁。' + '文'.repeat(60);
    expect(breakRunOnItems(one)).toEqual({ text: one, map: null });
    const text = `短行\n${pad(61)}`;
    const r = breakRunOnItems(text);
    expect(r.text).toBe(`短行\n${pad(61).replace('1.', '\n1.').replace('2.', '\n2.')}`);
    expect(r.map![r.text.indexOf('1.')]).toBe(text.indexOf('1.'));
    expect(r.map![r.text.indexOf('2.')]).toBe(text.indexOf('2.'));
    expect(unbroken(r.text, r.map!, text)).toBe(2);
    // markers: （一）, 一、 and 1、 / 1． after a stop, colon or closing bracket; not 1.5 or 1..
    const kinds = '说明：（一）甲乙丙丁；二、戊己庚辛！3、壬癸子丑？4．寅卯辰巳)5.午未' + '文'.repeat(30);
    expect(breakRunOnItems(kinds).text).toBe(kinds.replace(/(（一）|二、|3、|4．|5\.)/g, '\n$1'));
    const decimals = '增长1.5倍。2.5亿元；3..4项目，' + '文'.repeat(60);
    expect(breakRunOnItems(decimals)).toEqual({ text: decimals, map: null });
    // spaces after the stop stay on the line before the break
    const spaced = '甲。  1.甲乙丙丁。 2.戊己庚辛。' + '文'.repeat(50);
    expect(breakRunOnItems(spaced).text).toBe(spaced.replace('1.', '\n1.').replace('2.', '\n2.'));
  });

  it('breakRunOnItems: a heading straight before its first item', () => {
    const t = '一、提升科技创新能力1.推动科技成果转化。2.建设创新平台。' + '文'.repeat(40);
    expect(breakRunOnItems(t).text).toBe('一、提升科技创新能力\n1.推动科技成果转化。\n2.建设创新平台。' + '文'.repeat(40));
    // a heading title of more than 30 characters is no heading: one marker left, no break
    const long = `一、${'长'.repeat(31)}1.推动。2.建设。` + '文'.repeat(30);
    expect(breakRunOnItems(long)).toEqual({ text: long, map: null });
    const max = `一、${'长'.repeat(30)}1.推动。2.建设。` + '文'.repeat(30);
    expect(breakRunOnItems(max).text).toBe(max.replace('1.', '\n1.').replace('2.', '\n2.'));
    // only an item 1 follows its heading straight: here one marker is left, so no break
    const two = `一、${'长'.repeat(10)}2.推动。3.建设。` + '文'.repeat(50);
    expect(breakRunOnItems(two)).toEqual({ text: two, map: null });
  });

  it('mapSpans maps every two-number span, clamped to the map', () => {
    const map = [0, 1, 5, 6, 9];
    const v = { span: [1, 3], a: [{ span: [0, 99] }, { span: [-3, 2] }], span3: [1, 2], b: { span: [1, 2, 3] }, c: { span: ['1', 2] }, d: 'x', e: null };
    expect(mapSpans(v, map)).toEqual({ span: [1, 6], a: [{ span: [0, 9] }, { span: [0, 5] }], span3: [1, 2], b: { span: [1, 2, 3] }, c: { span: ['1', 2] }, d: 'x', e: null });
    expect(mapSpans([{ span: [4, 4] }], map)).toEqual([{ span: [9, 9] }]);
    expect(mapSpans(3, map)).toBe(3);
  });
});
