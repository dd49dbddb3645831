// What a person types into a number field, read the way they meant it — or refused, saying why.
//
// Office users type on Chinese keyboards: full-width digits and separators (１２３．５, 1，234) are
// ordinary input, not garbage. They also type the unit they see on paper ("356亿元", "35,600万元").
// Nothing here changes a value silently: every reading that is not the plain text as typed
// comes back with a note saying what was done, and the caller shows it.

export type NumberNote =
  | { kind: 'fullwidth' }
  | { kind: 'separators' }
  | { kind: 'unit_removed'; unit: string }
  | { kind: 'unit_converted'; from: string; to: string; typed: number };

export type NumberReading =
  | { ok: true; value: number; notes: NumberNote[] }
  | { ok: false; reason: 'empty' | 'not_number' | 'separators' | 'unit_mismatch'; unit?: string };

/** Chinese magnitude words a unit may start with, largest first (千万 before 万). */
const MAGNITUDES: [string, number][] = [
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
];

/** A unit split into its magnitude word and the thing counted: 万标箱 → 1e4 × 标箱. */
export function splitUnit(unit: string): { factor: number; base: string } {
  const u = unit.trim();
  // Longest word first, so 千万 alone is 1e7 (base ''), not 千 × 万.
  for (const [word, factor] of MAGNITUDES) if (u.startsWith(word)) return { factor, base: u.slice(word.length) };
  return { factor: 1, base: u };
}

/** Full-width forms (U+FF01–U+FF5E) and the ideographic space to their ASCII twins. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Twelve significant digits: 35600 × 1e4 ÷ 1e8 is 3.56, not 3.5600000000000005. */
const tidy = (x: number) => Number(x.toPrecision(12));

/**
 * Reads `text` as a number in the field's `unit` (null: a bare number).
 * Accepts full-width digits, signs and separators, thousands separators in groups of three,
 * and a trailing unit: the field's own (removed, noted), or the same thing in another
 * magnitude (万元 in a 亿元 field: converted, noted). Any other unit is refused.
 */
export function readNumber(text: string, unit: string | null = null): NumberReading {
  const raw = text.trim();
  if (!raw) return { ok: false, reason: 'empty' };
  const notes: NumberNote[] = [];
  let s = halfWidth(raw).replace(/[\s\u00a0]+/g, '').replace(/[−–—]/g, '-').replace(/[、]/g, ',');
  if (s !== raw.replace(/[\s\u00a0]+/g, '')) notes.push({ kind: 'fullwidth' });
  const m = /^([+-]?[\d.,]*\d[\d.,]*)(.*)$/.exec(s);
  if (!m) return { ok: false, reason: 'not_number' };
  let digits = m[1];
  const suffix = m[2];
  if (digits.includes(',')) {
    // Thousands groups only: "1,234.5" yes, "1,23" no (a decimal comma would change the value).
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return { ok: false, reason: 'separators' };
    digits = digits.replace(/,/g, '');
    notes.push({ kind: 'separators' });
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(digits)) return { ok: false, reason: 'not_number' };
  let value = Number(digits);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not_number' };
  s = suffix;
  if (s) {
    const field = unit?.trim() ?? '';
    if (field && s === field) notes.push({ kind: 'unit_removed', unit: s });
    else {
      const typed = splitUnit(s);
      const want = splitUnit(field);
      // The same thing counted in another magnitude (or a bare magnitude word: 356亿 in 亿元).
      const sameThing = typed.base === want.base || (typed.base === '' && typed.factor !== 1);
      if (!field || !sameThing || (typed.factor === 1 && typed.base !== want.base)) return { ok: false, reason: 'unit_mismatch', unit: s };
      const converted = tidy((value * typed.factor) / want.factor);
      if (typed.factor === want.factor) notes.push({ kind: 'unit_removed', unit: s });
      else notes.push({ kind: 'unit_converted', from: s, to: field, typed: value });
      value = converted;
    }
  }
  return { ok: true, value, notes };
}

/** The notes in words, Chinese and English, for the cell to show under the value. */
export function describeReading(r: NumberReading, unit: string | null, en = false): string {
  const u = unit ?? '';
  if (!r.ok) {
    switch (r.reason) {
      case 'empty':
        return '';
      case 'separators':
        return en ? 'Commas may only separate thousands (1,234.5); use a point for decimals' : '逗号只能用作千位分隔（如 1,234.5），小数请用小数点';
      case 'unit_mismatch':
        return en ? `"${r.unit}" is not the unit of this field (${u || 'a bare number'}); enter the value in ${u || 'numbers'}` : `“${r.unit}”不是本栏的单位（${u || '纯数字'}），请按${u || '数字'}填写`;
      default:
        return en ? 'Not a number' : '不是数字';
    }
  }
  const parts = r.notes.map((n) => {
    switch (n.kind) {
      case 'fullwidth':
        return en ? 'full-width characters read as digits' : '全角字符已按半角读取';
      case 'separators':
        return en ? 'thousands separators removed' : '已去掉千位分隔符';
      case 'unit_removed':
        return en ? `unit "${n.unit}" removed` : `已去掉单位“${n.unit}”`;
      case 'unit_converted':
        return en ? `${n.typed} ${n.from} converted to ${r.value} ${n.to}` : `${n.typed}${n.from} 已换算为 ${r.value}${n.to}`;
    }
  });
  if (!parts.length) return '';
  return en ? `Read as ${r.value}: ${parts.join('; ')}` : `按 ${r.value} 读取：${parts.join('；')}`;
}
