import type { Section } from './types';
import { cleanBlock, trimRange, type Line } from './text';

/**
 * Heading styles from outermost to innermost. The rank is the style's place in the usual
 * Chinese outline order, not the depth: a document may skip 一、 and start at （一）.
 */
export interface HeadingMark {
  rank: number;
  number: string;
  /** Characters of the marker including trailing punctuation and spaces. */
  markerLen: number;
}

const CN = '一二三四五六七八九十百零〇两';
const RE_CHAPTER = new RegExp(`^(第[${CN}\\d]{1,4}(?:章|部分|篇))(?:[\\s　、：:.．]+|$)`);
const RE_SECTION_ZH = new RegExp(`^(第[${CN}\\d]{1,4}节)(?:[\\s　、：:.．]+|$)`);
const RE_H1 = new RegExp(`^([${CN}]{1,3})[、．.]\\s*`);
const RE_H2 = new RegExp(`^[（(]\\s*([${CN}]{1,3})\\s*[）)]\\s*`);
// ﹒ (the small full stop) stands for the point in some typesetting and reposts: 1﹒全省生产总值….
const RE_H3 = /^(\d{1,3})(?:[.．、﹒](?!\d)|\s*[)）](?!\d))\s*/;
const RE_H4 = /^[（(]\s*(\d{1,3})\s*[）)]\s*/;
const RE_H5 = /^([①-⑳㉑-㉟❶-❿])\s*/;

export function headingOf(content: string): HeadingMark | null {
  if (!content) return null;
  const c0 = content.charCodeAt(0);
  let m: RegExpMatchArray | null;
  if (content[0] === '第') {
    if ((m = content.match(RE_CHAPTER))) return { rank: 0, number: m[1], markerLen: m[0].length };
    if ((m = content.match(RE_SECTION_ZH))) return { rank: 1, number: m[1], markerLen: m[0].length };
    return null;
  }
  if (content[0] === '（' || content[0] === '(') {
    if ((m = content.match(RE_H2))) return { rank: 3, number: `（${m[1]}）`, markerLen: m[0].length };
    if ((m = content.match(RE_H4))) return { rank: 5, number: `（${m[1]}）`, markerLen: m[0].length };
    return null;
  }
  if (c0 >= 0x30 && c0 <= 0x39) {
    if ((m = content.match(RE_H3))) {
      // A bare "1." with nothing after it is a table cell or a list stub, not an item.
      if (m[0].length >= content.length) return null;
      return { rank: 4, number: m[1], markerLen: m[0].length };
    }
    return null;
  }
  if ((m = content.match(RE_H1))) {
    if (m[0].length >= content.length) return null;
    return { rank: 2, number: m[1], markerLen: m[0].length };
  }
  if ((m = content.match(RE_H5))) return { rank: 6, number: m[1], markerLen: m[0].length };
  return null;
}

/** Heading title: the line after its marker up to the first 。 (or a short 「…：」 lead). */
export function headingTitle(rest: string, forTask = false): string {
  let t = rest;
  const stop = t.indexOf('。');
  if (stop >= 0) t = t.slice(0, stop);
  if (!forTask) {
    const colon = t.search(/[：:]/);
    if (colon > 0 && colon <= 24) t = t.slice(0, colon);
  }
  return t.replace(/[\s：:；;，,]+$/, '').trim();
}

export interface SectionNode extends Section {
  rank: number;
  /** Line index of the heading. */
  line: number;
  /** Offset where the heading's marker starts (== span[0]). */
  start: number;
  /** End of the section's own text (before its first sub-heading). */
  ownEnd: number;
  /** Offset just after the number marker. */
  bodyStart: number;
  children: SectionNode[];
  parent: SectionNode | null;
}

/**
 * Build the heading tree. `skip` marks lines that belong to tables; `bodyEnd` is where the
 * closing signature/印发 block starts, so the last section does not swallow it.
 */
export function buildSections(norm: string, lines: Line[], skip: Set<number>, bodyEnd: number): SectionNode[] {
  const nodes: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const ids = new Set<string>();
  const dupes = new Map<string, number>();
  for (const line of lines) {
    if (skip.has(line.index) || line.cStart >= bodyEnd) continue;
    const h = headingOf(line.content);
    if (!h) continue;
    while (stack.length && stack[stack.length - 1].rank >= h.rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : null;
    let id = parent ? `${parent.id}/${h.number}` : h.number;
    if (ids.has(id)) {
      // A repeated number (restarted list, pasted twice): suffix it, counting per base id so
      // thousands of repeats stay linear.
      let k = (dupes.get(id) ?? 1) + 1;
      while (ids.has(`${id}~${k}`)) k++;
      dupes.set(id, k);
      id = `${id}~${k}`;
    }
    ids.add(id);
    const rest = line.content.slice(h.markerLen);
    const node: SectionNode = {
      id,
      level: stack.length + 1,
      number: h.number,
      title: headingTitle(rest),
      text: '',
      parentId: parent ? parent.id : null,
      span: [line.cStart, line.cEnd],
      rank: h.rank,
      line: line.index,
      start: line.cStart,
      ownEnd: line.cEnd,
      bodyStart: line.cStart + h.markerLen,
      children: [],
      parent,
    };
    if (parent) parent.children.push(node);
    nodes.push(node);
    stack.push(node);
  }
  // Own text runs to the next heading of any rank; the span to the next heading that is not
  // a descendant.
  // The subtree of a node ends where the next node that is not its descendant starts; in
  // document order that is the first later node whose depth is not greater.
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const next = i + 1 < nodes.length ? nodes[i + 1].start : bodyEnd;
    let after = bodyEnd;
    for (let j = i + 1; j < nodes.length; j++) {
      if (nodes[j].level <= n.level) {
        after = nodes[j].start;
        break;
      }
    }
    const [os, oe] = trimRange(norm, n.start, Math.max(n.start, Math.min(next, bodyEnd)));
    n.ownEnd = oe;
    n.text = cleanBlock(norm.slice(n.bodyStart <= oe ? n.bodyStart : os, oe));
    const [ss, se] = trimRange(norm, n.start, Math.max(n.start, Math.min(after, bodyEnd)));
    n.span = [ss, Math.max(ss, se)];
  }
  return nodes;
}

export function toPublicSection(n: SectionNode): Section {
  return { id: n.id, level: n.level, number: n.number, title: n.title, text: n.text, parentId: n.parentId, span: n.span };
}
