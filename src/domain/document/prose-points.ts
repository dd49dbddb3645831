// Units named as the subject of prose (news of a meeting, a report of a 分工方案), in documents
// with no numbered item, table or annotation to read:
//
//   "…指出：一是共享单车管理工作。区交运局牵头，梳理…。各镇(办)要找出…。二是…。区城管局负责…"
//   "《方案》明确，汕尾市邮政管理局要会同有关部门做好三项重点工作。一要…；二要…；三要…。"
//
// Chinese government writing assigns such work by putting the unit first in a sentence and a role
// or duty word right after it (A牵头 / A负责 / A、B负责 / A要… / A需… / A应… / A会同B… / A配合),
// or by 由A负责(实施) inside the sentence. A paragraph of points (一是…二是… / 一要…二要… /
// 第一…第二… / 首先…其次…) whose points name such units gives one task per point, numbered by
// order; a paragraph whose sentence 会同 / 牵头 assigns work before points that name no unit is
// one task (the points are its parts).
import type { Task, TaskUnit } from './types';
import type { Line } from './text';
import { cleanBlock } from './text';
import { findDeadlines } from './deadlines';
import { headingOf, headingTitle, type HeadingMark } from './sections';
import { isCollective, UNIT_SUFFIX } from './units';

const NUM = '一二三四五六七八九十';

/** A unit's name as a subject: ends like a body (局, 委, 大队 …) or is a collective (各镇（办）). */
export function subjectName(s: string): boolean {
  const n = s.trim();
  if (n.length < 2 || n.length > 20 || !/^[\u4e00-\u9fa5]/.test(n)) return false;
  if (/[，,。；;：:“”"《》\s]/.test(n)) return false;
  // "有关部门" alone names nobody.
  if (/^(?:有关|相关|其他|其它)(?:部门|单位)$/.test(n)) return false;
  // A development zone named as the one to act (赣州经济技术开发区要…, 高新区负责…) stands for its
  // administration (管委会).
  return UNIT_SUFFIX.test(n) || /(?:大队|中队|所|站|处|科)$/.test(n) || /..(?:开发区|高新区|新区|保税区)$/.test(n) || isCollective(n);
}

/** Words that, right after the subject, give it a duty. */
// A作为牵头单位 (A as the lead body) names the lead as plainly as A牵头.
const DUTY = /^(?:要|需要|需|应当|应|必须|务必)?(?:作为牵头(?:单位|部门)|牵头|负责|会同|联合|配合|协助|参与|协同)|^(?:要|需要|需|应当|应|必须|务必)(?=[\u4e00-\u9fa5])/;
const LEAD_WORD = /^(?:要|需要|需|应当|应|必须|务必)?(?:作为)?牵头/;
const SUPPORT_WORD = /^(?:要|需要|需|应当|应|必须|务必)?(?:配合|协助|参与|协同)/;

interface Named {
  name: string;
  role: 'lead' | 'support' | null;
}

/** The units a sentence opens with, if a duty word follows them ("交警五大队、区城管局负责，…"). */
export function sentenceSubjects(sentence: string): Named[] {
  // A quoting clause before the subject ("《方案》明确，" "会议要求：") and a joiner (同时，) go.
  const s = sentence
    .trim()
    .replace(/^[^，,。；;：:]{0,12}(?:明确|要求|指出|提出|强调|规定|部署)[，,：:]\s*/, '')
    // 其中 singles out one of the things just listed (…等四项任务，其中A牵头…).
    .replace(/^(?:同时|此外|另外|其中|并)[，,]?/, '')
    // 明确A作为牵头单位: the verb that names the lead, run on into its name.
    .replace(/^(?:明确|确定|指定)(?=[^，,。；;]{2,30}?作为牵头)/, '');
  const out: Named[] = [];
  for (let end = 2; end <= Math.min(s.length - 1, 60); end++) {
    const after = s.slice(end);
    if (!DUTY.test(after)) continue;
    // "省发改委牵头起草的政策意见将…": the duty phrase qualifies a noun (…的); A is not the subject.
    if (/^[^，,。；;]{0,8}?的/.test(after.replace(/^(?:要|需要|需|应当|应|必须|务必)?(?:作为牵头(?:单位|部门)|牵头|负责|会同|联合|配合|协助|参与|协同)/, ''))) break;
    // 由A牵头…: the 由 clause below reads it.
    if (s.startsWith('由')) break;
    const names = s.slice(0, end).replace(/等(?:单位|部门)?$/, '').split(/[、和及]/);
    if (!names.every(subjectName)) continue;
    const role = LEAD_WORD.test(after) ? 'lead' : SUPPORT_WORD.test(after) ? 'support' : null;
    for (const n of names) out.push({ name: n.trim(), role });
    // "A要会同B、C做好…" / "A牵头B解决…": B and C, brought in by A, support (有关部门 alone names
    // nobody; 全市相关部门 names the city's departments as a body).
    const w = after.match(/^(?:要|需要|需|应当|应|必须|务必)?(?:会同|联合|牵头)([^，,。；;]{2,60}?)(?:做好|抓好|推进|推动|落实|完成|开展|实施|共同|研究|制定|负责|解决)/);
    if (w) for (const n of w[1].split(/[、和及]/)) if (subjectName(n)) out.push({ name: n.trim(), role: 'support' });
    break;
  }
  // "门前三包任务由各镇(办)负责实施": 由A负责 inside the sentence. "由A牵头、B联合实施的…任务": the
  // bodies named after A with a word of help (配合 / 参与 / 联合实施) support.
  if (!out.length) {
    const by = s.match(/由([^，,。；;由]{2,40}?)(牵头|负责)/);
    if (by) {
      const names = by[1].replace(/等(?:单位|部门)?$/, '').split(/[、和及]/);
      if (names.every(subjectName)) for (const n of names) out.push({ name: n.trim(), role: by[2] === '牵头' ? 'lead' : null });
      const helpers = s.slice(by.index! + by[0].length).match(/^[、，,]([^，,。；;]{2,40}?)(?:联合实施|共同实施|配合|参与|协助|协同)/);
      if (out.length && helpers) {
        const more = helpers[1].replace(/等(?:单位|部门)?$/, '').split(/[、和及]/);
        if (more.every(subjectName)) for (const n of more) out.push({ name: n.trim(), role: 'support' });
      }
    }
  }
  return out;
}

/** Units of a stretch of prose: each sentence's subjects; a stated 牵头 leads, else the first named. */
export function proseUnits(text: string): TaskUnit[] {
  const named: Named[] = [];
  for (const raw of text.split(/[。；;！!？?]/)) {
    // A bracket that is never closed is an annotation (or its cut start), the annotation reader's to
    // read, not prose; a closed one holding a clause ("（A牵头，B配合）") is one too.
    const sentence = raw.replace(/[（(〔【[][^（）()〔〕【】[\]]*$/, '').replace(/[（(〔【[][^（）()〔〕【】[\]]*[，,：:][^（）()〔〕【】[\]]*[）)〕】\]]/g, '');
    // Each clause may open with its units: "A牵头，B、C配合", "第一，完善物流网络，A要…".
    for (const clause of sentence.split(/[，,]/)) named.push(...sentenceSubjects(clause));
  }
  const anyLead = named.some((n) => n.role === 'lead');
  const out: TaskUnit[] = [];
  for (const n of named) {
    if (out.some((u) => u.name === n.name)) continue;
    const role = n.role === 'lead' || (!anyLead && out.length === 0 && n.role !== 'support') ? 'lead' : 'support';
    out.push({ name: n.name, role, collective: isCollective(n.name) });
  }
  return out;
}

/** Does a clause open with a body given the lead: (其中)A牵头… / 由A牵头… / A作为牵头单位…? */
function leadClause(clause: string): boolean {
  // (明确A作为牵头单位: subjectName takes 明确A for A's name; sentenceSubjects drops the verb.)
  const m = clause.trim().match(/^(?:其中)?由?([^，,。；;、]{2,24}?)(?:要|需|应|将)?(?:作为)?牵头/);
  return !!m && subjectName(m[1]);
}

/** Offsets of a paragraph's points 一是…二是… (一要…, 第一…, 首先…其次…), in order, or []. */
export function pointStarts(p: string): number[] {
  const marks: number[] = [];
  const kinds: [RegExp, (k: number) => string][] = [
    [/(?<=^|[。；;：:，,\s])([一二三四五六七八九十])(是|要)/g, (k) => NUM[k]],
    [/(?<=^|[。；;：:，,\s])第([一二三四五六七八九十])[，,、]/g, (k) => NUM[k]],
  ];
  for (const [re, want] of kinds) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const found: number[] = [];
    let k = 0;
    let verb: string | null = null;
    while ((m = re.exec(p))) {
      if (m[1] !== want(k) || (verb !== null && (m[2] ?? '') !== verb)) continue;
      verb = m[2] ?? '';
      found.push(m.index);
      k++;
    }
    if (found.length >= 2) return found;
  }
  // 首先…其次…(再次|最后)…
  const first = p.search(/(?<=^|[。；;：:，,\s])首先/);
  const next = p.search(/(?<=[。；;，,\s])其次/);
  if (first >= 0 && next > first) {
    const marks2 = [first, next];
    const then = p.slice(next).search(/(?<=[。；;，,\s])(?:再次|再者|最后)/);
    if (then > 0) marks2.push(next + then);
    return marks2;
  }
  return marks;
}

/**
 * Tasks read from prose, for a document where nothing else gave a task. `lines` are the
 * document's lines; each paragraph is read on its own.
 */
export function prosePointTasks(norm: string, lines: Line[], bodyEnd: number, docYear: number | null): Task[] {
  const out: Task[] = [];
  const push = (start: number, end: number, units: TaskUnit[], heading: HeadingMark | null = null) => {
    const text = norm.slice(start, end);
    const number = heading ? heading.number : String(out.length + 1);
    const words = heading ? text.slice(heading.markerLen) : text.replace(/^(?:[一二三四五六七八九十][是要]|第[一二三四五六七八九十]|首先|其次|再次|再者|最后)[，,、：:\s]*/, '');
    out.push({
      number,
      kind: 'task',
      title: headingTitle(words, true) || number,
      text: cleanBlock(text),
      section: null,
      sectionTitle: '',
      deadlines: findDeadlines(text, docYear),
      units,
      span: [start, end],
    });
  };
  for (const l of lines) {
    if (!l.content || l.cStart >= bodyEnd) continue;
    const p = norm.slice(l.cStart, l.cEnd);
    const starts = pointStarts(p);
    if (starts.length) {
      // The last point ends at a wide gap or a gap after a stop ("…服务。 青海局将…"): a new paragraph run on.
      const tail = p.slice(starts[starts.length - 1]).search(/[。；;]\s+|\s{2,}/);
      const lastEnd = tail >= 0 ? starts[starts.length - 1] + tail + 1 : p.length;
      const spans = starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] : lastEnd] as const);
      const units = spans.map(([s, e]) => proseUnits(p.slice(s, e)));
      if (units.some((u) => u.length)) {
        spans.forEach(([s, e], i) => push(l.cStart + s, l.cStart + e, units[i]));
        continue;
      }
    }
    // One sentence giving the paragraph's work to a unit: "A要会同有关部门做好三项重点工作。"
    const head = starts.length ? p.slice(0, starts[0]) : p;
    // The giving clause may stand inside the sentence, after a comma (…考核内容，A作为牵头部门负责… /
    // …等四项任务，其中A牵头…).
    const lead = head
      .split(/[。；;！!？?]/)
      .find((s) => /^(?:[^，,。；;：:]{0,12}(?:明确|要求|指出|提出|强调|规定|部署)[，,：:]\s*)?[^，,。；;]{2,40}?(?:要|需|应|将)?(?:会同|牵头)/.test(s.trim()) || s.split(/[，,]/).some(leadClause));
    if (!lead) {
      // "一、加快推进…园区建设。赣州经济技术开发区要加快建设…": a numbered item of work points whose
      // prose gives the work to a named body (A要… / A负责…) is that body's task, under its own
      // number. A call on bodies in general (各地要… / 各相关地方政府要…) names nobody in particular.
      const h = headingOf(p);
      if (!h || h.rank < 2 || h.rank > 5) continue;
      const named = proseUnits(p.slice(h.markerLen));
      if (named.some((u) => !u.collective)) push(l.cStart, l.cEnd, named, h);
      continue;
    }
    const units = proseUnits(lead);
    if (units.length) push(l.cStart, l.cEnd, units);
  }
  return out;
}
