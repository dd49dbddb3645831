import { describe, expect, it } from 'vitest';
import { describeReading, readNumber, splitUnit } from '../../src/domain/input/number';

describe('reading a typed number', () => {
  it('reads full-width digits, points and separators and says so', () => {
    expect(readNumber('１２３．５')).toEqual({ ok: true, value: 123.5, notes: [{ kind: 'fullwidth' }] });
    expect(readNumber('1，234')).toEqual({ ok: true, value: 1234, notes: [{ kind: 'fullwidth' }, { kind: 'separators' }] });
    expect(readNumber('1,234.5')).toEqual({ ok: true, value: 1234.5, notes: [{ kind: 'separators' }] });
    expect(readNumber('－３')).toMatchObject({ ok: true, value: -3 });
    expect(readNumber(' 42 ')).toEqual({ ok: true, value: 42, notes: [] });
    expect(describeReading(readNumber('１２３．５'), null)).toBe('按 123.5 读取：全角字符已按半角读取');
  });

  it('refuses what could be misread: decimal commas, two points, words', () => {
    expect(readNumber('1,23')).toEqual({ ok: false, reason: 'separators' });
    expect(readNumber('1.2.3')).toEqual({ ok: false, reason: 'not_number' });
    expect(readNumber('五十')).toEqual({ ok: false, reason: 'not_number' });
    expect(readNumber('')).toEqual({ ok: false, reason: 'empty' });
    expect(readNumber('.')).toEqual({ ok: false, reason: 'not_number' });
  });

  it('removes the field’s own unit and converts another magnitude of the same thing, visibly', () => {
    expect(readNumber('356亿元', '亿元')).toEqual({ ok: true, value: 356, notes: [{ kind: 'unit_removed', unit: '亿元' }] });
    const r = readNumber('35,600万元', '亿元');
    expect(r).toEqual({ ok: true, value: 3.56, notes: [{ kind: 'separators' }, { kind: 'unit_converted', from: '万元', to: '亿元', typed: 35600 }] });
    expect(describeReading(r, '亿元')).toBe('按 3.56 读取：已去掉千位分隔符；35600万元 已换算为 3.56亿元');
    expect(readNumber('3万标箱', '标箱')).toMatchObject({ ok: true, value: 30000 });
    expect(readNumber('356亿', '亿元')).toMatchObject({ ok: true, value: 356 });
    expect(readNumber('12.5%', '%')).toMatchObject({ ok: true, value: 12.5, notes: [{ kind: 'unit_removed', unit: '%' }] });
  });

  it('refuses a unit that is not the field’s, or any unit in a bare-number field', () => {
    expect(readNumber('356吨', '亿元')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '吨' });
    expect(readNumber('356万吨', '亿元')).toEqual({ ok: false, reason: 'unit_mismatch', unit: '万吨' });
    expect(readNumber('356元', null)).toEqual({ ok: false, reason: 'unit_mismatch', unit: '元' });
    expect(describeReading(readNumber('356吨', '亿元'), '亿元')).toBe('“吨”不是本栏的单位（亿元），请按亿元填写');
  });

  it('splits units into magnitude and thing', () => {
    expect(splitUnit('万标箱')).toEqual({ factor: 1e4, base: '标箱' });
    expect(splitUnit('亿元')).toEqual({ factor: 1e8, base: '元' });
    expect(splitUnit('万')).toEqual({ factor: 1e4, base: '' });
    expect(splitUnit('%')).toEqual({ factor: 1, base: '%' });
  });
});
