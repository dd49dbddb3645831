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
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = conv(text[i]);
      out += c.length === 1 ? c : text[i];
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
 * tone mark in brackets. They become zero-width spaces (length kept; not whitespace to the
 * parser, so a name is not cut at the gap), and `joinAided` removes them from the strings read.
 */
const AID = /(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

export function blankReadingAids(text: string): { text: string; found: boolean } {
  let found = false;
  const out = text.replace(AID, (m) => {
    found = true;
    return '\u200b'.repeat(m.length);
  });
  return { text: out, found };
}

export function joinAided(s: string): string {
  return s.replace(/\u200b/g, '');
}
