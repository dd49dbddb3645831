// Issue 18: every reading rule of a typed number with its counter-example, and every note and
// refusal in both languages word for word (number-input.test.ts has the common cases).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeReading, readNumber, splitUnit } from '../../src/domain/input/number';

describe('readNumber: characters', () => {
  it('reads each dash as a minus and the enumeration comma as a thousands separator', () => {
    // a changed character is noted like a full-width one
    expect(readNumber('−3')).toEqual({ ok: true, value: -3, notes: [{ kind: 'fullwidth' }] });
    expect(readNumber('–3')).toEqual({ ok: true, value: -3, notes: [{ kind: 'fullwidth' }] });
    expect(readNumber('—3')).toEqual({ ok: true, value: -3, notes: [{ kind: 'fullwidth' }] });
    expect(readNumber('+3')).toEqual({ ok: true, value: 3, notes: [] });
    expect(readNumber('-3')).toEqual({ ok: true, value: -3, notes: [] });
    expect(readNumber('1、234')).toEqual({ ok: true, value: 1234, notes: [{ kind: 'fullwidth' }, { kind: 'separators' }] });
  });
  it('notes full width only when a character was changed, not for removed spaces', () => {
    expect(readNumber('1 234')).toEqual({ ok: true, value: 1234, notes: [] });
    expect(readNumber('1\u00a0234')).toEqual({ ok: true, value: 1234, notes: [] });
    // the ideographic space is white space too: removed without a note
    expect(readNumber('1\u3000234')).toEqual({ ok: true, value: 1234, notes: [] });
    expect(readNumber('1\u3000２34')).toEqual({ ok: true, value: 1234, notes: [{ kind: 'fullwidth' }] });
    expect(readNumber('１')).toEqual({ ok: true, value: 1, notes: [{ kind: 'fullwidth' }] });
    expect(readNumber('～')).toEqual({ ok: false, reason: 'not_number' });
    expect(readNumber('  \t ')).toEqual({ ok: false, reason: 'empty' });
  });
  it('takes the first and last full-width forms (U+FF01, U+FF5E) and nothing outside them', () => {
    // U+FF0E is the full-width point; U+FF00 and U+FF5F are outside the range and stay as they are
    expect(readNumber('1\uFF0E5')).toEqual({ ok: true, value: 1.5, notes: [{ kind: 'fullwidth' }] });
    expect(readNumber('1\uFF00')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '\uFF00' });
    expect(readNumber('1\uFF01')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '!' });
    expect(readNumber('1\uFF5E')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '~' });
    expect(readNumber('1\uFF5F')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '\uFF5F' });
  });
});

describe('readNumber: digits and separators', () => {
  it('accepts thousands groups of exactly three, with decimals, and refuses the rest', () => {
    expect(readNumber('1,234,567.25')).toEqual({ ok: true, value: 1234567.25, notes: [{ kind: 'separators' }] });
    expect(readNumber('-1,234')).toEqual({ ok: true, value: -1234, notes: [{ kind: 'separators' }] });
    expect(readNumber('123,456')).toEqual({ ok: true, value: 123456, notes: [{ kind: 'separators' }] });
    for (const bad of ['1234,567', ',123', '1,2345', '1,234,56', '1,234.', '1,234.5.6', '1,,234', 'x1,234'])
      expect(readNumber(bad).ok ? bad : (readNumber(bad) as { reason: string }).reason).toBe(bad.startsWith('x') ? 'not_number' : 'separators');
  });
  it('accepts a leading or trailing point and refuses signs twice', () => {
    expect(readNumber('.5')).toEqual({ ok: true, value: 0.5, notes: [] });
    expect(readNumber('.55')).toEqual({ ok: true, value: 0.55, notes: [] });
    expect(readNumber('5.')).toEqual({ ok: true, value: 5, notes: [] });
    expect(readNumber('-.5')).toEqual({ ok: true, value: -0.5, notes: [] });
    expect(readNumber('0')).toEqual({ ok: true, value: 0, notes: [] });
    expect(readNumber('+-5')).toEqual({ ok: false, reason: 'not_number' });
    expect(readNumber('5..')).toEqual({ ok: false, reason: 'not_number' });
    expect(readNumber('..5')).toEqual({ ok: false, reason: 'not_number' });
    expect(readNumber('-')).toEqual({ ok: false, reason: 'not_number' });
    expect(readNumber('abc5')).toEqual({ ok: false, reason: 'not_number' });
  });
  it('refuses a number too long to be finite', () => {
    expect(readNumber('9'.repeat(400))).toEqual({ ok: false, reason: 'not_number' });
  });
  it('reads any finite decimal as it is written (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (i, f) => {
        const text = `${i}.${String(f).padStart(3, '0')}`;
        expect(readNumber(text)).toEqual({ ok: true, value: Number(text), notes: [] });
        const grouped = Math.abs(i).toLocaleString('en-US');
        const r = readNumber(`${i < 0 ? '-' : ''}${grouped}`);
        expect(r.ok && r.value).toBe(i === 0 ? 0 : i);
      }),
    );
  });
});

describe('readNumber: units', () => {
  it('removes the field unit with spaces around either', () => {
    expect(readNumber('356 亿元', ' 亿元 ')).toEqual({ ok: true, value: 356, notes: [{ kind: 'unit_removed', unit: '亿元' }] });
    expect(readNumber('3万元', ' 亿元 ')).toEqual({ ok: true, value: 0.0003, notes: [{ kind: 'unit_converted', from: '万元', to: '亿元', typed: 3 }] });
  });
  it('treats the same magnitude spelled differently as removed, not converted', () => {
    // 356亿 in a 亿元 field: a bare magnitude word, same factor
    expect(readNumber('356亿', '亿元')).toEqual({ ok: true, value: 356, notes: [{ kind: 'unit_removed', unit: '亿' }] });
    expect(readNumber('3千万元', '亿元')).toEqual({ ok: true, value: 0.3, notes: [{ kind: 'unit_converted', from: '千万元', to: '亿元', typed: 3 }] });
    expect(readNumber('2百万元', '万元')).toEqual({ ok: true, value: 200, notes: [{ kind: 'unit_converted', from: '百万元', to: '万元', typed: 2 }] });
    expect(readNumber('2十万元', '万元')).toEqual({ ok: true, value: 20, notes: [{ kind: 'unit_converted', from: '十万元', to: '万元', typed: 2 }] });
    expect(readNumber('5千元', '元')).toEqual({ ok: true, value: 5000, notes: [{ kind: 'unit_converted', from: '千元', to: '元', typed: 5 }] });
    expect(readNumber('35600万', '亿元')).toEqual({ ok: true, value: 3.56, notes: [{ kind: 'unit_converted', from: '万', to: '亿元', typed: 35600 }] });
  });
  it('converts into a field counted in plain units and refuses a different thing', () => {
    expect(readNumber('3万标箱', '标箱')).toEqual({ ok: true, value: 30000, notes: [{ kind: 'unit_converted', from: '万标箱', to: '标箱', typed: 3 }] });
    expect(readNumber('3万', '标箱')).toEqual({ ok: true, value: 30000, notes: [{ kind: 'unit_converted', from: '万', to: '标箱', typed: 3 }] });
    expect(readNumber('3标箱', '万标箱')).toEqual({ ok: true, value: 0.0003, notes: [{ kind: 'unit_converted', from: '标箱', to: '万标箱', typed: 3 }] });
    expect(readNumber('3吨', '万标箱')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '吨' });
    expect(readNumber('3万吨', '标箱')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '万吨' });
    expect(readNumber('3%', '')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '%' });
    expect(readNumber('3%', '  ')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '%' });
    expect(readNumber('3 万', null)).toEqual({ ok: false, reason: 'unit_mismatch', unit: '万' });
  });
  it('reads a bare magnitude in a field counted in plain units as that many', () => {
    expect(readNumber('3万', '元')).toEqual({ ok: true, value: 30000, notes: [{ kind: 'unit_converted', from: '万', to: '元', typed: 3 }] });
    expect(readNumber('3x', '元')).toEqual({ ok: false, reason: 'unit_mismatch', unit: 'x' });
  });
  it('tidies conversions to twelve significant digits', () => {
    expect(readNumber('0.1万元', '亿元')).toEqual({ ok: true, value: 0.00001, notes: [{ kind: 'unit_converted', from: '万元', to: '亿元', typed: 0.1 }] });
    expect(readNumber('123456789012.5万元', '万元')).toEqual({ ok: true, value: 123456789012.5, notes: [{ kind: 'unit_removed', unit: '万元' }] });
    expect(readNumber('1234567890123万元', '亿元')).toEqual({ ok: true, value: 123456789.012, notes: [{ kind: 'unit_converted', from: '万元', to: '亿元', typed: 1234567890123 }] });
  });
  it('splits every magnitude word, largest first, and only as a prefix', () => {
    expect(['亿元', '千万元', '百万元', '十万元', '万元', '千元', '元'].map(splitUnit)).toEqual([
      { factor: 1e8, base: '元' },
      { factor: 1e7, base: '元' },
      { factor: 1e6, base: '元' },
      { factor: 1e5, base: '元' },
      { factor: 1e4, base: '元' },
      { factor: 1e3, base: '元' },
      { factor: 1, base: '元' },
    ]);
    expect(['亿', '千万', '百万', '十万', '万', '千'].map(splitUnit)).toEqual([1e8, 1e7, 1e6, 1e5, 1e4, 1e3].map((factor) => ({ factor, base: '' })));
    expect(splitUnit(' 万人 ')).toEqual({ factor: 1e4, base: '人' });
    expect(splitUnit('人万')).toEqual({ factor: 1, base: '人万' });
    // 千万 alone was read as 千 × 万 (a unit "万"), so "3千万" was refused in a 亿元 field
    expect(readNumber('3千万', '亿元')).toEqual({ ok: true, value: 0.3, notes: [{ kind: 'unit_converted', from: '千万', to: '亿元', typed: 3 }] });
    expect(splitUnit('')).toEqual({ factor: 1, base: '' });
  });
  it('reads a value in a magnitude and back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999999 }), (n) => {
        const r = readNumber(`${n}万元`, '亿元');
        expect(r.ok && r.value).toBe(Number((n / 1e4).toPrecision(12)));
      }),
    );
  });
});

describe('describeReading', () => {
  it('says each refusal in both languages', () => {
    expect(describeReading(readNumber(''), '亿元')).toBe('');
    expect(describeReading(readNumber('', ''), null, true)).toBe('');
    expect(describeReading(readNumber('1,23'), null)).toBe('逗号只能用作千位分隔（如 1,234.5），小数请用小数点');
    expect(describeReading(readNumber('1,23'), null, true)).toBe('Commas may only separate thousands (1,234.5); use a point for decimals');
    expect(describeReading(readNumber('五'), null)).toBe('不是数字');
    expect(describeReading(readNumber('五'), null, true)).toBe('Not a number');
    expect(describeReading(readNumber('3吨', '亿元'), '亿元', true)).toBe('"吨" is not the unit of this field (亿元); enter the value in 亿元');
    expect(describeReading(readNumber('3吨'), null)).toBe('“吨”不是本栏的单位（纯数字），请按数字填写');
    expect(describeReading(readNumber('3吨'), null, true)).toBe('"吨" is not the unit of this field (a bare number); enter the value in numbers');
  });
  it('says each note in both languages, joined', () => {
    const r = readNumber('３５，６００万元', '亿元');
    expect(describeReading(r, '亿元')).toBe('按 3.56 读取：全角字符已按半角读取；已去掉千位分隔符；35600万元 已换算为 3.56亿元');
    expect(describeReading(r, '亿元', true)).toBe('Read as 3.56: full-width characters read as digits; thousands separators removed; 35600 万元 converted to 3.56 亿元');
    const u = readNumber('12%', '%');
    expect(describeReading(u, '%')).toBe('按 12 读取：已去掉单位“%”');
    expect(describeReading(u, '%', true)).toBe('Read as 12: unit "%" removed');
    expect(describeReading(readNumber('42'), null)).toBe('');
    expect(describeReading(readNumber('42'), null, true)).toBe('');
  });
});
