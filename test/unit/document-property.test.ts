// Property tests: whatever the text, parseDocument returns and every span indexes into it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDocument, type Extraction } from '../../src/domain/document/index';

const seeds = ['000_01804d2a7183f3bd.txt', '004_3cac48aeeab69685.txt'].map((n) =>
  readFileSync(new URL(`../fixtures/seeds/${n}`, import.meta.url), 'utf8'),
);

function checkSpans(x: Extraction, text: string): void {
  const spans: [string, [number, number]][] = [
    ...x.sections.map((s) => [`section ${s.id}`, s.span] as [string, [number, number]]),
    ...x.tasks.map((t) => [`task ${t.number}`, t.span] as [string, [number, number]]),
    ...x.indicators.map((i) => [`indicator ${i.number}`, i.span] as [string, [number, number]]),
    ...x.goals.map((g) => [`goal ${g.year}`, g.span] as [string, [number, number]]),
  ];
  for (const [what, [s, e]] of spans) {
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length)) {
      throw new Error(`${what} span [${s}, ${e}] outside text of length ${text.length}`);
    }
  }
  for (const t of x.tasks) {
    if (!t.title) throw new Error(`task ${t.number} has an empty title`);
    for (const d of t.deadlines) if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) throw new Error(`bad deadline ${d.date}`);
  }
}

// Characters that exercise the grammar: markers, brackets, labels, digits, line breaks.
const vocabulary = [
  '一、', '（一）', '(二)', '1.', '2．', '3、', '（1）', '①', '第一章 ', '责任单位：', '牵头单位：', '配合单位：', '牵头，', '配合',
  '按职责分工负责', '（', '）', '〔', '〕', '、', '，', '。', '\n', '\n\n', '\t', '区商务委', '各有关部门', '及', '等', '2023年',
  '10月底前', '年底前', '到2027年', '增长', '15%', '××%', '全覆盖', '序号', '类别', '指标', '2022年', '—', '高于全市',
  '3个百分点', '（万吨）', '重点任务', '保障措施', '总体要求', '发展目标', '\u0000', '\ufffd', '\r\n', '\r', '《', '》', '根据',
];
const grammarText = fc.array(fc.constantFrom(...vocabulary), { maxLength: 200 }).map((a) => a.join(''));

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'insert'; at: number; line: string }
  | { op: 'swap'; a: number; b: number }
  | { op: 'chars'; at: number; s: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(fc.string(), grammarText) }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('chars' as const), at: fc.nat(), s: fc.string({ maxLength: 8 }) }),
);

function mutate(text: string, ms: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of ms) {
    if (!lines.length) lines = [''];
    if (m.op === 'delete') lines.splice(m.at % lines.length, 1);
    else if (m.op === 'insert') lines.splice(m.at % (lines.length + 1), 0, m.line);
    else if (m.op === 'swap') {
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
    } else {
      const i = m.at % lines.length;
      const l = lines[i];
      const p = l.length ? m.at % (l.length + 1) : 0;
      lines[i] = l.slice(0, p) + m.s + l.slice(p);
    }
  }
  return lines.join('\n');
}

// Hundreds of parses per property; on a shared 2-core machine that can pass 5 s.
describe('parseDocument properties', { timeout: 30_000 }, () => {
  it('random strings: never throws, spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => checkSpans(parseDocument(s), s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkSpans(parseDocument(s), s)),
      { numRuns: 200 },
    );
  });

  it('grammar-shaped noise: never throws, spans inside the text', () => {
    fc.assert(
      fc.property(grammarText, (s) => checkSpans(parseDocument(s), s)),
      { numRuns: 400 },
    );
  });

  it('mutated seeds (deleted, inserted, shuffled lines, random characters): spans inside the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(mutation, { minLength: 1, maxLength: 25 }), (which, ms) => {
        const text = mutate(seeds[which], ms);
        checkSpans(parseDocument(text), text);
      }),
      { numRuns: 150 },
    );
  });

  it('shuffled seed lines: spans inside the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (which, keys) => {
        const lines = seeds[which].split('\n');
        const order = lines.map((l, i) => ({ l, k: (i * 7919 + keys[i % 5]) % 1009 }));
        order.sort((a, b) => a.k - b.k);
        const text = order.map((o) => o.l).join('\n');
        checkSpans(parseDocument(text), text);
      }),
      { numRuns: 40 },
    );
  });

  it('CRLF line breaks give the same extraction as LF', () => {
    const lf = parseDocument(seeds[0]);
    const crlf = parseDocument(seeds[0].replace(/\n/g, '\r\n'));
    expect(crlf.tasks.map((t) => [t.number, t.title, t.units])).toEqual(lf.tasks.map((t) => [t.number, t.title, t.units]));
    expect(crlf.indicators.map((i) => [i.name, i.targets.map((t) => t.kind)])).toEqual(lf.indicators.map((i) => [i.name, i.targets.map((t) => t.kind)]));
  });

  it('double-spaced text, as .docx extraction gives, yields the same extraction', () => {
    // mammoth writes every paragraph followed by a blank line: table cells end up one blank
    // line apart and rows three.
    for (const text of seeds) {
      const plain = parseDocument(text);
      const spaced = text.split('\n').join('\n\n');
      const docx = parseDocument(spaced);
      checkSpans(docx, spaced);
      expect(docx.meta).toEqual(plain.meta);
      expect(docx.tasks.map((t) => [t.kind, t.number, t.title, t.units, t.deadlines])).toEqual(plain.tasks.map((t) => [t.kind, t.number, t.title, t.units, t.deadlines]));
      expect(docx.indicators.map((i) => [i.number, i.category, i.name, i.unit, i.baseline, i.targets])).toEqual(
        plain.indicators.map((i) => [i.number, i.category, i.name, i.unit, i.baseline, i.targets]),
      );
      expect(docx.sections.map((s) => [s.id, s.title])).toEqual(plain.sections.map((s) => [s.id, s.title]));
    }
  });

  it('a 100,000-character document parses (seed 000 repeated)', () => {
    let text = seeds[0];
    while (text.length < 100_000) text += '\n' + seeds[0];
    text = text.slice(0, 100_000);
    const x = parseDocument(text);
    checkSpans(x, text);
    expect(x.tasks.length).toBeGreaterThan(19 * 4);
  });
});
