// Traditional-script reposts (港澳台 and many reposting sites carry mainland documents in
// 繁體). The parser's word lists are simplified, so the text is read through a simplified
// copy of the same length (offsets stay valid) and every string of the extraction is given
// back in the script the document was written in.
import { Converter } from 'opencc-js/t2cn';

let t2s: ((s: string) => string) | null = null;

function converter(): (s: string) => string {
  // 't' (OpenCC standard traditional) converts character by character, without the
  // regional phrase rewrites of 'tw' (網際網路 → 互联网) that would change the length.
  t2s ??= Converter({ from: 't', to: 'cn' });
  return t2s;
}

export interface ScriptView {
  /** The text the parser reads: simplified, same length as the input. */
  text: string;
  traditional: boolean;
  /** Give a string read from `text` back in the document's own script. */
  restore: (s: string) => string;
}

const identity = (s: string) => s;

export function simplifiedView(text: string): ScriptView {
  if (!text || !/[\u4e00-\u9fff]/.test(text)) return { text, traditional: false, restore: identity };
  const conv = converter();
  let simp = conv(text);
  if (simp.length !== text.length) {
    // Length must not change: fall back to one character at a time.
    const memo = new Map<string, string>();
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      let c = memo.get(ch);
      if (c === undefined) {
        c = conv(ch);
        if (c.length !== 1) c = ch;
        memo.set(ch, c);
      }
      out += c;
    }
    simp = out;
  }
  // Which simplified character stands for which traditional one in this document; the most
  // frequent pairing wins (a document mixing 發 and 发 gets 發 back).
  const counts = new Map<string, Map<string, number>>();
  let changed = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const a = text[i];
    if (a >= '\u4e00' && a <= '\u9fff') cjk++;
    const b = simp[i];
    if (a === b) continue;
    changed++;
    const m = counts.get(b) ?? new Map<string, number>();
    m.set(a, (m.get(a) ?? 0) + 1);
    counts.set(b, m);
  }
  if (changed < 3 || changed < cjk * 0.01) return { text, traditional: false, restore: identity };
  const back = new Map<string, string>();
  for (const [s, m] of counts) back.set(s, [...m].sort((x, y) => y[1] - x[1])[0][0]);
  const restore = (s: string) => {
    let out = '';
    for (const ch of s) out += back.get(ch) ?? ch;
    return out;
  };
  return { text: simp, traditional: true, restore };
}

/** Apply `f` to every string inside a plain JSON-like value. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as unknown as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = mapStrings(v, f);
    return out as T;
  }
  return value;
}

/**
 * Reading aids some reposting sites put after characters, "市經(jīng)貿(mào)委": pinyin with a
 * tone mark in brackets, after a Chinese character.
 */
const AID = /(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

/**
 * The aids removed, with for each offset of the result (and its end) the offset in the
 * input: a goal written "力爭(zhēng)到2025年…1500萬(wàn)立方米" must read as one phrase, which a
 * zero-width gap inside 到YYYY年 or inside a number's unit prevents. Spans are mapped back, so
 * the review screen still highlights the caller's text.
 */
export function dropReadingAids(text: string): { text: string; map: number[] | null } {
  let out = '';
  const map: number[] = [];
  let prev = 0;
  let m: RegExpExecArray | null;
  const re = new RegExp(AID.source, 'g');
  while ((m = re.exec(text))) {
    for (let k = prev; k < m.index; k++) map.push(k);
    out += text.slice(prev, m.index);
    prev = m.index + m[0].length;
  }
  // The lookbehind keeps a match off offset 0, so `prev` is 0 exactly when nothing matched.
  if (prev === 0) return { text, map: null };
  for (let k = prev; k <= text.length; k++) map.push(k);
  out += text.slice(prev);
  return { text: out, map };
}

/**
 * Plans pasted as one paragraph ("…如下。一、提升科技创新能力1.推动科技成果转化。…2.…"): a line
 * break goes before each item marker so headings and items read as in the original. Returns
 * the text with breaks and, for each of its offsets, the offset in the input (spans are
 * mapped back, so the review screen still highlights the caller's text).
 */
export function breakRunOnItems(text: string): { text: string; map: number[] | null } {
  const inserts: number[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    if (line.length > 60) {
      const at: number[] = [];
      const re = /(?<=[。；;！？:：）)])\s*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?![\d.．]))/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line))) {
        at.push(m.index + m[0].length);
        if (!m[0].length) re.lastIndex++;
      }
      // A heading followed straight by its first item: "一、提升科技创新能力1.推动…".
      const h = /[一二三四五六七八九十]{1,3}、[^。；\n\d]{2,30}?(?=1[.．、](?![\d.．]))/g;
      while ((m = h.exec(line))) at.push(m.index + m[0].length);
      // Both patterns need a character before the break, so no break lands on the line start.
      if (at.length >= 2) for (const a of new Set(at)) inserts.push(lineStart + a);
    }
    lineStart = i + 1;
  }
  if (!inserts.length) return { text, map: null };
  inserts.sort((a, b) => a - b);
  let out = '';
  const map: number[] = [];
  let prev = 0;
  for (const p of inserts) {
    for (let k = prev; k < p; k++) map.push(k);
    out += text.slice(prev, p) + '\n';
    map.push(p);
    prev = p;
  }
  for (let k = prev; k <= text.length; k++) map.push(k);
  out += text.slice(prev);
  return { text: out, map };
}

/** Map every `span: [s, e]` inside a value through `map`. */
export function mapSpans<T>(value: T, map: number[]): T {
  const at = (k: number) => map[Math.max(0, Math.min(map.length - 1, k))];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        out[k] = k === 'span' && Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' ? [at(x[0] as number), at(x[1] as number)] : walk(x);
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
