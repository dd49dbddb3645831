import type { DocumentMeta, EvaluationLevel, EvaluationLink, HubType } from './types';
import { chineseNumber, isoDate, type Line } from './text';
import { headingOf } from './sections';
import { mergeLevelWords } from './units';

const DOC_NUMBER = /^([\u4e00-\u9fa5A-Za-z]{1,16}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)/;
const ISSUER_TAIL =
  /(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|领导小组|管理委员会|管委会|局|厅|委|部|署)$/;
const TITLE_SUFFIX =
  /(方案|意见|规划|计划|办法|要点|纲要|通知|清单|措施|细则|决定|规定|条例|政策|指南|标准|意见稿|分工|安排)([（(][^）)]{0,20}[）)])?$/;

export function parseChineseDate(s: string): string | null {
  const t = s.replace(/\s+/g, '');
  let m = t.match(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = t.match(/([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/);
  if (m) return isoDate(chineseNumber(m[1]), chineseNumber(m[2]), chineseNumber(m[3]));
  return null;
}

function isDateLine(c: string): boolean {
  const t = c.replace(/\s+/g, '').replace(/^[（(]|[）)]$/g, '');
  return /^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/.test(t);
}

function isIssuerLine(c: string): boolean {
  const t = c.replace(/\s+/g, '').replace(/文件$/, '');
  return t.length >= 4 && t.length <= 40 && ISSUER_TAIL.test(t) && !/[，。：:、《》]/.test(t) && !/^(关于|附件)/.test(t);
}

function isPublicMark(c: string): boolean {
  return /^[（(]\s*此件/.test(c) || /公开(方式|属性|选项)[：:]/.test(c);
}

/** Lines at the end of the text that close the document: signature, date, 印发, 抄送. */
export function findBodyEnd(lines: Line[]): number {
  let k = lines.length - 1;
  while (k >= 0) {
    const l = lines[k];
    const c = l.content;
    if (!c) {
      k--;
      continue;
    }
    if (headingOf(c)) break;
    const trailer =
      /印发$/.test(c.replace(/\s+/g, '')) ||
      /^抄送[：:]/.test(c) ||
      /^(主送|抄报)[：:]/.test(c) ||
      isPublicMark(c) ||
      isDateLine(c) ||
      (isIssuerLine(c) && k > 0);
    if (!trailer) break;
    k--;
  }
  return k >= 0 ? lines[k].cEnd : 0;
}

interface FrontResult {
  docNumber: string | null;
  issuer: string | null;
  issuedDate: string | null;
  addressees: string[];
  title: string;
  /** Line index where the body (first heading or first paragraph after the title) starts. */
  titleLine: number;
}

function frontMatter(lines: Line[], firstHeadingLine: number): FrontResult {
  const limit = Math.min(lines.length, firstHeadingLine >= 0 ? firstHeadingLine : 60, 80);
  let docNumber: string | null = null;
  let issuer: string | null = null;
  let issuedDate: string | null = null;
  let addressees: string[] = [];
  let nonEmpty = 0;
  for (let i = 0; i < limit; i++) {
    const c = lines[i].content;
    if (!c) continue;
    nonEmpty++;
    if (!docNumber && nonEmpty <= 20) {
      const m = c.replace(/\s+/g, '').match(DOC_NUMBER);
      if (m) docNumber = m[1];
    }
    if (!issuedDate && isDateLine(c)) issuedDate = parseChineseDate(c);
    if (!addressees.length && /[：:]$/.test(c) && c.length <= 200 && !/[《。]/.test(c) && !/^(附件|责任单位|牵头单位|配合单位|抄送)/.test(c) &&
      /各|有关|部门|单位|政府|委|局/.test(c) && !headingOf(c)) {
      // 各省、自治区、直辖市人民政府 is one addressee: levels sharing one body.
      addressees = c
        .replace(/[：:]$/, '')
        .split(/[，,；;]/)
        .flatMap((part) => mergeLevelWords(part.split('、')))
        .map((s) => s.trim())
        .filter(Boolean);
    }
  }
  // Issuer: the header line above the title, else the signature above the date, else the
  // closing 印发 line.
  for (let i = 0; i < Math.min(limit, 12) && !issuer; i++) {
    const c = lines[i].content;
    if (!c || DOC_NUMBER.test(c.replace(/\s+/g, ''))) continue;
    if (/^附件\d*$/.test(c)) continue;
    if (isIssuerLine(c)) issuer = c.replace(/\s+/g, '').replace(/文件$/, '');
    else if (/关于|《/.test(c)) break;
  }
  if (!issuer) {
    for (let i = 0; i < lines.length; i++) {
      if (!isDateLine(lines[i].content)) continue;
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const c = lines[k].content;
        if (!c) continue;
        if (isIssuerLine(c)) issuer = c.replace(/\s+/g, '');
        break;
      }
      if (issuer) break;
    }
  }
  if (!issuer) {
    // "咸阳市人民政府办公室关于印发…的通知": the issuer opens the notice's title.
    for (let i = 0; i < Math.min(limit, 12) && !issuer; i++) {
      const m = lines[i].content.replace(/\s+/g, '').match(/^(.{4,30}?)关于/);
      if (m && isIssuerLine(m[1])) issuer = m[1];
    }
  }
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) {
    const c = lines[i].content.replace(/\s+/g, ' ');
    const m = c.match(/^(.{2,40}?)\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)印发$/);
    if (m) {
      if (!issuer && isIssuerLine(m[1].trim())) issuer = m[1].replace(/\s+/g, '');
      if (!issuedDate) issuedDate = parseChineseDate(m[2]);
    }
  }
  if (!issuedDate) {
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) {
      if (isDateLine(lines[i].content)) {
        issuedDate = parseChineseDate(lines[i].content);
        break;
      }
    }
  }
  const { title, titleLine } = findTitle(lines, limit);
  return { docNumber, issuer, issuedDate, addressees, title, titleLine };
}

function findTitle(lines: Line[], limit: number): { title: string; titleLine: number } {
  // A 通知 wrapping the plan names it: 关于印发《X》的通知 (possibly broken over lines).
  // Only the lines above the first body paragraph: a body sentence may cite another
  // 关于印发…的通知 as its basis.
  let joined = '';
  for (let i = 0; i < Math.min(limit, 40); i++) {
    const c = lines[i].content;
    if (/。/.test(c) && c.length > 40) break;
    joined += c.replace(/\s+/g, '');
  }
  const wrap = joined.match(/关于印发([^，。：:]{4,160}?)的通知/);
  if (wrap) {
    let t = wrap[1];
    if (/^《[^《》]+》$/.test(t)) t = t.slice(1, -1);
    return { title: t, titleLine: -1 };
  }
  // First a line group that ends like a title (…方案/…意见); failing that the first short
  // line group, so a document with an unusual title still gets one.
  let fallback: { title: string; titleLine: number } | null = null;
  for (let i = 0; i < limit; i++) {
    const c = lines[i].content;
    if (!c) continue;
    const t = c.replace(/\s+/g, '');
    if (/^附件\d*[：:]?$/.test(t) || DOC_NUMBER.test(t) || isDateLine(c) || isPublicMark(c) || /^[（(](征求意见稿|送审稿|讨论稿|草案)[）)]$/.test(t)) continue;
    if (isIssuerLine(c) && !TITLE_SUFFIX.test(t)) continue;
    if (/[。：:]/.test(t) || t.length > 60 || headingOf(c)) continue;
    let title = t;
    let k = i + 1;
    while (!TITLE_SUFFIX.test(title) && k < limit && k <= i + 4) {
      const n = lines[k].content.replace(/\s+/g, '');
      if (!n) {
        k++;
        continue;
      }
      if (/[。：:]/.test(n) || n.length > 40 || headingOf(lines[k].content) || isDateLine(lines[k].content) || /^[（(](征求意见稿|送审稿|讨论稿|草案)[）)]$/.test(n)) break;
      title += n;
      k++;
    }
    while (k < limit && !lines[k].content) k++;
    // （2021—2025年） and （2021年—2025年） both occur under titles.
    if (k < limit && /^[（(](?:19|20)\d{2}年?\s*[—–\-－~～至]+\s*(?:19|20)\d{2}年?[）)]$/.test(lines[k].content.replace(/\s+/g, ''))) {
      title += lines[k].content.replace(/\s+/g, '');
    }
    if (TITLE_SUFFIX.test(title)) return { title, titleLine: i };
    if (!fallback && title.length >= 6) fallback = { title, titleLine: i };
    i = Math.max(i, k - 1);
  }
  return fallback ?? { title: '', titleLine: -1 };
}

const HUB_TYPES: [RegExp, HubType][] = [
  [/陆港型/, 'dry_port'],
  [/空港型/, 'airport'],
  [/港口型/, 'seaport'],
  [/商贸服务型/, 'trade_service'],
  [/生产服务型/, 'production_service'],
  [/陆上边境口岸型|边境口岸型/, 'land_border'],
];

function sentences(text: string): { s: string; at: number }[] {
  const out: { s: string; at: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '。' || ch === '\n' || ch === '；') {
      if (i > start) out.push({ s: text.slice(start, i), at: start });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ s: text.slice(start), at: start });
  return out;
}

function findBasis(norm: string, ownTitle: string): string[] {
  const out: string[] = [];
  for (const { s } of sentences(norm)) {
    if (!/《/.test(s)) continue;
    const kw = /(根据|按照|依据|贯彻落实|贯彻|落实|遵照)/g;
    let m: RegExpExecArray | null;
    while ((m = kw.exec(s))) {
      // The list must follow the keyword closely: 根据《A》 / 贯彻落实国务院《A》和《B》.
      let p = m.index + m[0].length;
      const gap = s.slice(p, p + 16);
      const open = gap.indexOf('《');
      if (open < 0 || /[，,。；]/.test(gap.slice(0, open))) continue;
      p += open;
      while (p < s.length && s[p] === '《') {
        const close = s.indexOf('》', p);
        if (close < 0) break;
        const t = s.slice(p + 1, close).trim();
        if (t && t !== ownTitle && !out.includes(t)) out.push(t);
        p = close + 1;
        // skip 文号 "(国发〔2016〕76号)" and joiners 、 和 及 以及 与
        const rest = s.slice(p, p + 30);
        const j = rest.match(/^(?:[（(][^）)]{0,24}[）)])?\s*(?:、|和|及|以及|与|，)?\s*(?=《)/);
        if (!j) break;
        p += j[0].length;
      }
    }
  }
  return out;
}

function findLeadingGroup(norm: string): DocumentMeta['leadingGroup'] | undefined {
  let name: string | undefined;
  const m = norm.match(/(?:建立|成立|组建|设立|调整|在)([\u4e00-\u9fa5“”（）()]{2,40}?领导小组)/);
  if (m && !/^各/.test(m[1])) name = m[1];
  const o = norm.match(/(?:领导小组|专班)?办公室设在([^，,。；;、（(）)\n]{2,20})/);
  const officeUnit = o ? o[1].replace(/(，|。)$/, '').trim() : undefined;
  if (!name && !officeUnit) return undefined;
  const out: { name?: string; officeUnit?: string } = {};
  if (name) out.name = name;
  if (officeUnit) out.officeUnit = officeUnit;
  return out;
}

function findEvaluation(norm: string): DocumentMeta['evaluation'] | undefined {
  const texts: string[] = [];
  const levels = new Set<EvaluationLevel>();
  const linked = new Set<EvaluationLink>();
  for (const { s } of sentences(norm)) {
    if (!/考核|评价|评估|考评/.test(s)) continue;
    const lv = /自评|统评|总结\s*[+＋、和]/.test(s);
    const link = /挂钩/.test(s);
    if (!lv && !link) continue;
    if (/自评|统评/.test(s) && /总结/.test(s)) levels.add('summary');
    if (/自评/.test(s)) levels.add('self_evaluation');
    if (/统评/.test(s)) levels.add('unified_evaluation');
    if (link) {
      if (/资金/.test(s)) linked.add('funding');
      if (/土地指标|用地指标|用地计划/.test(s)) linked.add('land_quota');
      if (/评优评先|评先评优|表彰|奖励|评优/.test(s)) linked.add('award');
    }
    texts.push(s.trim());
  }
  if (!levels.size && !linked.size) return undefined;
  const levelOrder: EvaluationLevel[] = ['summary', 'self_evaluation', 'unified_evaluation'];
  const linkOrder: EvaluationLink[] = ['funding', 'land_quota', 'award'];
  return {
    levels: levelOrder.filter((l) => levels.has(l)),
    linkedTo: linkOrder.filter((l) => linked.has(l)),
    text: texts.join('。') + '。',
  };
}

export function extractMeta(norm: string, lines: Line[], firstHeadingLine: number): DocumentMeta {
  const front = frontMatter(lines, firstHeadingLine);
  const head = norm.slice(0, Math.min(norm.length, 4000));
  const tail = norm.slice(Math.max(0, norm.length - 2000));
  const publicMark = /[（(]\s*此件(公开发布|主动公开|公开)\s*[）)]|公开(方式|属性|选项)[：:]\s*主动公开/;
  const isPublic = (publicMark.test(head) || publicMark.test(tail)) && !/[（(]\s*此件不(予)?公开/.test(head + tail);
  const draft = /征求意见稿|送审稿|讨论稿|[（(]草案[）)]/.test(head) || /征求意见稿/.test(front.title);
  const hubTypes: HubType[] = HUB_TYPES.filter(([re]) => re.test(norm)).map(([, h]) => h);
  const meta: DocumentMeta = {
    title: front.title,
    docNumber: front.docNumber,
    issuer: front.issuer,
    issuedDate: front.issuedDate,
    addressees: front.addressees,
    public: isPublic,
    draft,
    basis: findBasis(norm, front.title),
    horizonYears: [],
    hubTypes,
    kind: /意见(?!稿)/.test(front.title) ? 'guidance' : 'plan',
  };
  const lg = findLeadingGroup(norm);
  if (lg) meta.leadingGroup = lg;
  const ev = findEvaluation(norm);
  if (ev) meta.evaluation = ev;
  return meta;
}
