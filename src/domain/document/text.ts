// Shared text plumbing. Every offset the parser reports must index the caller's string,
// so normalisation here is strictly length-preserving (one code unit in, one out).

export interface Line {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (before the line break). */
  end: number;
  /** Offset of the first non-blank character (== end for a blank line). */
  cStart: number;
  /** Offset just past the last non-blank character. */
  cEnd: number;
  /** Trimmed content. */
  content: string;
  /** The untrimmed line without its break. */
  raw: string;
}

const BLANK = new Set([0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x3000, 0xfeff, 0x2002, 0x2003, 0x2009]);

export function isBlankCode(c: number): boolean {
  return BLANK.has(c);
}

/**
 * Same-length copy of the input that the regexes run on: full-width digits and % become
 * ASCII, odd spaces become plain spaces, control characters and Word bookmark residue
 * ("[bookmark: _GoBack]") become spaces so they never end up inside titles or unit names.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff05\ufe52\u00a0\u3000\ufeff\u2002\u2003\u2009\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, (ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 0x30);
      if (c === 0xff05) return '%';
      // "1﹒全省生产总值增长8%": the small full stop numbers a list item as the full stop does.
      if (c === 0xfe52) return '.';
      return ' ';
    })
    .replace(/\[bookmark:[^\]\n]{0,80}\]/g, (m) => ' '.repeat(m.length));
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 0x0a || c === 0x0d || c === -1) {
      const end = i;
      let cs = start;
      while (cs < end && BLANK.has(text.charCodeAt(cs))) cs++;
      let ce = end;
      while (ce > cs && BLANK.has(text.charCodeAt(ce - 1))) ce--;
      lines.push({
        index: lines.length,
        start,
        end,
        cStart: cs,
        cEnd: ce,
        content: text.slice(cs, ce),
        raw: text.slice(start, end),
      });
      if (c === -1) break;
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
    i++;
  }
  return lines;
}

/** Trim every line of a slice and drop blank lines; used for the `text` fields. */
export function cleanBlock(s: string): string {
  const out: string[] = [];
  for (const l of s.split(/\r\n|\r|\n/)) {
    const t = l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (t) out.push(t);
  }
  return out.join('\n');
}

/** Start/end of a slice with surrounding blanks removed, so spans hug the text. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一..九十九 (and 〇-style year digits) to a number; NaN when not a Chinese numeral. */
export function chineseNumber(s: string): number {
  if (!s) return NaN;
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s) && !s.includes('十')) {
    // digit-by-digit form used in dates: 二〇二三
    let v = 0;
    for (const ch of s) v = v * 10 + CN_DIGITS[ch];
    return v;
  }
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) cur = CN_DIGITS[ch];
    else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else return NaN;
  }
  return total + cur;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2200) || !(month >= 1 && month <= 12)) return null;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Split on the given separator characters, but never inside brackets. */
export function splitOutsideBrackets(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('（([〔【'.includes(ch)) depth++;
    else if ('）)]〕】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export const OPEN_BRACKETS = '（([〔【';
export const CLOSE_BRACKETS = '）)]〕】';

/**
 * Offset of the bracket closing the one at `open`, or -1. Stops at a line break or after
 * `maxLen` characters so a stray bracket cannot make a scan quadratic.
 */
export function matchBracket(text: string, open: number, maxLen = 600): number {
  let depth = 0;
  const lim = Math.min(text.length, open + maxLen);
  for (let i = open; i < lim; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return -1;
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch)) {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}
