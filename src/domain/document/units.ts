import type { KnownUnit, TaskUnit, UnitRole, UnitType } from './types';
import { matchBracket, splitOutsideBrackets } from './text';

// ---------------------------------------------------------------------------
// Names: matching against the organisation, guessing a type for unknown ones
// ---------------------------------------------------------------------------

import { UNIT_ABBREVIATIONS as ABBREVIATIONS } from './unit-abbreviations';

/** Every spelling (keys included) with its key, longest first, for a greedy left-to-right fold. */
const FOLD: [string, string][] = (() => {
  const pairs: [string, string][] = [];
  for (const row of ABBREVIATIONS) for (const v of row) pairs.push([v, row[0]]);
  return pairs.sort((a, b) => b[0].length - a[0].length);
})();

function squash(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

// A place name is known by the body after it: a word full names start with (政府, 发展, 商务 …)
// or any spelling of the table, short ones included (黄浦区发改委, 梁平区住建委).
const PLACE_BEFORE_BODY = new RegExp(
  `^(?:[\u4e00-\u9fa5]{1,6}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{2,9}?(自治)(县|旗)|[\u4e00-\u9fa5]{2,4}?(市|区|县|旗))(?=(?:人民)?(?:政府|发展|经济|商务|交通|财政|农业|市场|规划|住房|生态|科技|科学|教育|卫生|国资|国有|文化|医疗|应急|城市|退役|大数据|人力|公安|统计|审计|税务|水利|民政|司法|林业|体育|金融|口岸|物流|招商|投资|政务|行政|外事|网信|工业|经信)|${FOLD.map(([v]) => v).join('|')})`,
);

/** Fold a unit name to the key the abbreviation table compares on. */
export function canonicalUnitKey(name: string): string {
  let s = squash(name);
  // A district document calls its own bodies 区X; the issuing district's prefix adds nothing.
  // Not when what follows 重庆市 is itself a body of the table (重庆市临空经济区办公室: the 区 is
  // part of the body's name, not a district).
  s = s.replace(/^重庆市[\u4e00-\u9fa5]{1,4}?区(?=[\u4e00-\u9fa5]{2})/, (m, _at, all: string) => (FOLD.some(([v]) => all.startsWith(v, 3)) ? m : '区'));
  s = s.replace(/^重庆市/, '市');
  s = s.replace(/^(渝北|渝中|江北|南岸|沙坪坝|九龙坡|大渡口|北碚|巴南|两江新)区(?=[\u4e00-\u9fa5]{2})/, '区');
  // Any district's, county's or city's own body: 黄浦区商务委员会, 梁平区发展和改革委员会,
  // 遵义市发展改革委. The place name (2–4 characters) goes; the level stays.
  s = s.replace(PLACE_BEFORE_BODY, (_m, _auto, autoLevel, level) => autoLevel ?? level);
  s = s.replace(/^(区|市|县)人民政府/, '$1政府');
  // Greedy longest match from the left, so a key already present (区政府外办) is kept
  // whole instead of having its tail (外办) expanded again.
  let out = '';
  let i = 0;
  while (i < s.length) {
    let hit: [string, string] | undefined;
    for (const pair of FOLD) {
      if (s.startsWith(pair[0], i)) {
        hit = pair;
        break;
      }
    }
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else out += s[i++];
  }
  s = out;
  if (s.endsWith('委员会')) s = s.slice(0, -3) + '委';
  return s;
}

export function matchUnitName(
  name: string,
  known: KnownUnit[],
): { unit: KnownUnit; how: 'exact' | 'alias' | 'abbreviation' } | null {
  if (!name || !Array.isArray(known) || known.length === 0) return null;
  const n = squash(name);
  for (const u of known) if (u && typeof u.name === 'string' && squash(u.name) === n) return { unit: u, how: 'exact' };
  for (const u of known) {
    if (!u || !Array.isArray(u.aliases)) continue;
    for (const a of u.aliases) if (typeof a === 'string' && squash(a) === n) return { unit: u, how: 'alias' };
  }
  const key = canonicalUnitKey(n);
  if (!key) return null;
  for (const u of known) {
    if (!u || typeof u.name !== 'string') continue;
    if (canonicalUnitKey(u.name) === key) return { unit: u, how: 'abbreviation' };
    for (const a of u.aliases ?? []) if (typeof a === 'string' && canonicalUnitKey(a) === key) return { unit: u, how: 'abbreviation' };
  }
  return null;
}

/**
 * `issuerLevel` lets the parser say a document was issued by a city body, in which case
 * 市…局 are the issuer's own departments rather than agencies outside the district.
 */
export function guessUnitTypeIn(name: string, issuerLevel: 'district' | 'city' | 'national' = 'district'): UnitType {
  // 重庆市渝北区商务委员会 is the district's own body spelled in full, not a city agency.
  const n = squash(name).replace(/^重庆市[\u4e00-\u9fa5]{1,4}?[区县](?=[\u4e00-\u9fa5]{2})/, '区');
  if (!n) return 'department';
  if (/指挥部$/.test(n)) return 'project_hq';
  if (/海关$/.test(n) || /海关[\u4e00-\u9fa5]{0,4}(处|科)$/.test(n)) return 'external_agency';
  if (/分局$/.test(n)) return 'external_agency';
  if (/(公司|集团|集团相关单位|集团有限公司|股份有限公司)$/.test(n) || /集团|公司/.test(n)) return 'company';
  if (/(镇|乡|街道|街道办事处|镇人民政府|乡人民政府|镇街)$/.test(n)) return 'town';
  if (issuerLevel === 'district' && /^(重庆)?市/.test(n) && /(局|委|办|厅|署|中心|管理局|委员会|办公室|部)$/.test(n)) {
    return 'external_agency';
  }
  if (/^(国家|国务院|中国|中央|省|自治区)/.test(n) && issuerLevel !== 'national' && !/^(省|自治区)/.test(n)) return 'external_agency';
  if (/(铁路局|民航局|邮政管理局|税务局|气象局|通信管理局|海事局|国铁集团|电力公司)$/.test(n) && !/^区/.test(n)) {
    return 'external_agency';
  }
  if (/(局|委|办|部|室|厅|署|院|政府|委员会|办公室|管委会|工委|中心|队|所|站|处|科)$/.test(n)) return 'department';
  if (/(大学|学院|学校|医院|银行|协会|商会|联合会|研究院|企业|平台|园区|事务所|机构)$/.test(n)) return 'enterprise';
  if (/(有关|相关|各)(部门|单位)$/.test(n) || /^各/.test(n)) return 'department';
  return 'enterprise';
}

export function guessUnitType(name: string): UnitType {
  return guessUnitTypeIn(typeof name === 'string' ? name : '');
}

const COLLECTIVE_PREFIX =
  /^(国务院|省|省级|省政府|市|市级|市政府|区|区级|区政府|县|县级|县政府|全区|全市|全县|全省)?(各|有关|相关|其他|其它|所有|全体)/;

export function isCollective(name: string): boolean {
  const n = squash(name);
  if (COLLECTIVE_PREFIX.test(n)) return true;
  if (/^(全区|全市|全县|全省)/.test(n) && /各/.test(n)) return true;
  if (/^(区县|镇街|各区县)/.test(n)) return true;
  // 区直各部门 / 市直有关单位: a level prefix, then a plural
  if (/^(区直|市直|县直|省直|区属|市属|县属)(各|有关|相关)/.test(n)) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Annotations: （责任单位：…） （A牵头，B配合） 牵头单位：/配合单位： lines, …
// ---------------------------------------------------------------------------

type LabelRole = 'lead' | 'support' | 'resp';

const LABELS: [RegExp, LabelRole][] = [
  [/^(牵头单位|牵头部门|主责单位|主办单位|主责部门|牵头责任单位)$/, 'lead'],
  [/^(配合单位|配合部门|协办单位|参与单位|协同单位|协助单位|协作单位|支持单位)$/, 'support'],
  [/^(责任单位|责任部门|实施单位|责任主体|落实单位|承办单位)$/, 'resp'],
];

const LABEL_WORDS =
  '牵头责任单位|牵头单位|牵头部门|主责单位|主办单位|主责部门|配合单位|配合部门|协办单位|参与单位|协同单位|协助单位|协作单位|支持单位|责任单位|责任部门|实施单位|责任主体|落实单位|承办单位';
const LABEL_SPLIT = new RegExp(`(${LABEL_WORDS})\\s*[：:]`, 'g');
const LABEL_AT_START = new RegExp(`^\\s*(${LABEL_WORDS})\\s*[：:]`);
const LABEL_ANYWHERE = new RegExp(LABEL_WORDS);

function labelRole(label: string): LabelRole {
  for (const [re, role] of LABELS) if (re.test(label)) return role;
  return 'resp';
}

export interface UnitSegment {
  label: LabelRole | null;
  content: string;
}

type ClauseRole = 'lead' | 'support' | 'neutral' | null;

const LEAD_SUFFIX = /(分别|共同|联合)?(牵头负责|牵头抓总|牵头落实|牵头实施|牵头推进|牵头)$/;
// 参加 (take part) says what 参与 does: "B、C等有关部门参加".
const SUPPORT_SUFFIX = /(等(?:有关|相关)?(单位|部门)?)?(分别|共同|积极|协同)?(配合实施|参与实施|配合落实|配合|参与|参加|协助|协同|协办|支持)$/;
const NEUTRAL_SUFFIX =
  /(等(?:多个?|相关|有关)?(单位|部门)?)?(分别|共同)?(共同推进落实|推进落实|按职责分工负责|按职责分工落实|按职责分工抓好落实|按职能职责负责|按职能分工负责|按职责负责|按职责落实|按职责|分工负责|负责落实|抓好落实|负责实施|共同推进|负责|落实|实施)$/;

const STOP_FIELD =
  /[。\n]|\s{2,}|\s*(完成时限|时间节点|完成时间|时限要求|完成期限|时间要求|牵头领导|责任领导|分管领导|联系领导|责任人|联系人|联系电话)\s*[：:]/;

/** Things that sit in an annotation clause but are not units: time limits, work notes. */
const NOT_A_UNIT = /\d{4}年|\d月|年底|年末|季度|上半年|下半年|前完成|持续|长期|完成$|不再|下同|涉及|具体任务|分工$|时限|以下|以上/;

function cleanUnitName(s: string): string {
  let t = s.replace(/^[\s，,、；;：:。.\-—]+|[\s，,、；;：:。.]+$/g, '');
  // Joiners may stack (并请区交通局…).
  t = t.replace(/^(?:由|会同|并由|并|请|和|与|及|以及)+(?=[\u4e00-\u9fa5]{2})/, '');
  t = t.replace(/(等(相关|有关)?(单位|部门)|等)$/, '');
  t = t.replace(/(分别|共同)$/, '');
  return t.trim();
}

function looksLikeUnit(s: string): boolean {
  if (s.length < 2 || s.length > 40) return false;
  // "分管副省长、协管副秘书长负责": officials by their post are persons, not units.
  if (/(?:[省市区县州]长|秘书长|书记)$/.test(s)) return false;
  if (/[。！？!?]/.test(s)) return false;
  if (NOT_A_UNIT.test(s)) return false;
  if (!/[\u4e00-\u9fa5A-Za-z]/.test(s)) return false;
  return true;
}

/** "县" "自治县" "区（市）": a bare administrative level, not yet a unit. */
const LEVEL_WORD = /^各?(省|自治区|直辖市|市|州|地区|盟|区|县|自治县|旗|自治旗|乡|镇|街道|市（州）|区（市）|县（市、区）|区县|县（区）)$/;

/** 各县、自治县、区（市）人民政府 lists levels before the body they share; keep it whole. */
export function mergeLevelWords(parts: string[]): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (LEVEL_WORD.test(t)) {
      pending.push(t);
      continue;
    }
    // "各街道、区直各部门": a part that is a plural body of its own shares nothing with the levels
    // before it; those levels are units of their own.
    if (pending.length && /^(?:各|有关|相关|区直|市直|县直|省直)/.test(t)) {
      out.push(...pending);
      pending = [];
    }
    if (pending.length) {
      out.push([...pending, t].join('、'));
      pending = [];
    } else out.push(p);
  }
  if (pending.length) out.push(...pending);
  return out;
}

/**
 * "银川市、石嘴山市、吴忠市人民政府": places named bare before the one that carries the body share
 * that body (each city's 人民政府), as the levels do in mergeLevelWords; places with no body after
 * them are left as they are.
 */
export function sharePlaceBody(parts: string[]): string[] {
  const PLACE = /^[\u4e00-\u9fa5]{1,6}(?:市|县|縣|区|區|州|盟|旗)$/;
  const out = parts.map((p) => p.trim());
  let run: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (PLACE.test(t) && !LEVEL_WORD.test(t) && !/^(?:各|有关|有關|相关|相關)/.test(t)) {
      run.push(i);
      continue;
    }
    const body = run.length ? t.match(/^[\u4e00-\u9fa5]{1,6}(?:市|县|縣|区|區|州|盟|旗)(人民政府|政府)$/) : null;
    if (body) for (const k of run) out[k] = out[k] + body[1];
    run = [];
  }
  return out;
}

interface RawUnit {
  name: string;
  role: ClauseRole;
}

function unitsOfClause(clause: string): { units: RawUnit[]; role: ClauseRole } {
  let c = clause.trim().replace(/^(由|会同)/, '');
  // "由A会同B负责": A leads, B supports.
  const with_ = c.indexOf('会同');
  if (with_ > 0) {
    const lead = unitsOfClause(c.slice(0, with_));
    const rest = unitsOfClause(c.slice(with_ + 2));
    return {
      units: [...lead.units.map((u) => ({ ...u, role: u.role ?? ('lead' as ClauseRole) })), ...rest.units.map((u) => ({ ...u, role: u.role ?? ('support' as ClauseRole) }))],
      role: rest.role === 'lead' ? 'lead' : null,
    };
  }
  let role: ClauseRole = null;
  let m: RegExpMatchArray | null;
  if ((m = c.match(LEAD_SUFFIX))) {
    role = 'lead';
    c = c.slice(0, m.index);
  } else if ((m = c.match(SUPPORT_SUFFIX))) {
    role = 'support';
    c = c.slice(0, m.index);
  } else if ((m = c.match(NEUTRAL_SUFFIX))) {
    role = 'neutral';
    c = c.slice(0, m.index);
  }
  const units: RawUnit[] = [];
  // 及/以及 join units the same way 、 does; 和 does not (区人力资源和社会保障局).
  const parts = sharePlaceBody(mergeLevelWords(splitOutsideBrackets(c.replace(/以及/g, '及'), '、/／及')));
  for (const p of parts) {
    let name = p.trim();
    let own: ClauseRole = null;
    const tag = name.match(/[（(](牵头|主责|配合|参与|协办)[）)]$/);
    if (tag) {
      own = tag[1] === '牵头' || tag[1] === '主责' ? 'lead' : 'support';
      name = name.slice(0, tag.index);
    }
    name = cleanUnitName(name);
    if (!looksLikeUnit(name)) continue;
    units.push({ name, role: own });
  }
  return { units, role };
}

/**
 * Turn one task's annotation segments into units with roles. Where the text names no roles
 * the first unit listed leads and the rest support, as the product rules require.
 */
export function resolveUnits(segments: UnitSegment[]): TaskUnit[] {
  const hasLeadLabel = segments.some((s) => s.label === 'lead');
  type Item = { name: string; role: ClauseRole };
  const items: Item[] = [];
  for (const seg of segments) {
    let content = seg.content;
    // A segment ends at the sentence, the line, a wide gap or the next non-unit field
    // ("责任单位：区商务委    完成时限：2023年12月底", "牵头单位：A  责任领导：张三").
    const stop = content.search(STOP_FIELD);
    if (stop >= 0) content = content.slice(0, stop);
    const segDefault: ClauseRole =
      seg.label === 'lead' ? 'lead' : seg.label === 'support' ? 'support' : seg.label === 'resp' && hasLeadLabel ? 'support' : null;
    const clauses = splitOutsideBrackets(content, '，,；;').map(unitsOfClause);
    for (let i = 0; i < clauses.length; i++) {
      const cl = clauses[i];
      let role: ClauseRole = cl.role;
      if (role === null) {
        // "A牵头，B、C，D配合": a clause without a role word takes the next stated role;
        // but "A、B，C配合" with no lead stated before it names A and B as the ones who lead.
        // A 负责 clause before ("A负责，B，C配合") already names who is responsible.
        const leadBefore = clauses.slice(0, i).some((c) => c.role === 'lead' || c.role === 'neutral');
        for (let j = i + 1; j < clauses.length; j++) {
          if (clauses[j].role === 'lead' || clauses[j].role === 'support') {
            role = clauses[j].role === 'support' && !leadBefore ? 'lead' : clauses[j].role;
            break;
          }
          if (clauses[j].role === 'neutral') break;
        }
      }
      // Under a 牵头单位 / 配合单位 label the label decides, unless the clause states its own
      // role ("牵头单位：区商务委，区交通局配合").
      const stated = cl.role === 'lead' || cl.role === 'support' ? cl.role : null;
      for (const u of cl.units) {
        const r = u.role ?? (seg.label === 'lead' || seg.label === 'support' ? stated ?? segDefault : role ?? segDefault);
        items.push({ name: u.name, role: r });
      }
    }
  }
  const anyLead = items.some((i) => i.role === 'lead');
  const out: TaskUnit[] = [];
  const seen = new Set<string>();
  let leadGiven = anyLead;
  for (const it of items) {
    if (seen.has(it.name)) continue;
    seen.add(it.name);
    let role: UnitRole;
    if (it.role === 'lead') role = 'lead';
    else if (it.role === 'support') role = 'support';
    else if (anyLead) role = 'support';
    else if (!leadGiven) {
      role = 'lead';
      leadGiven = true;
    } else role = 'support';
    out.push({ name: it.name, role, collective: isCollective(it.name) });
  }
  return out;
}

export const UNIT_SUFFIX =
  /(委|局|办|厅|部|署|院|司|公司|集团|政府|镇|街道|海关|指挥部|中心|单位|部门|管委会|办公室|分局|委员会|银行|总队|支队|专班|工作组)$/;

/** Does a bracketed remark read as a responsibility annotation? */
function isAnnotation(inner: string, atParagraphEnd: boolean): boolean {
  const t = inner.trim();
  if (!t || t.length > 400) return false;
  if (LABEL_AT_START.test(t)) return true;
  if (/^\d/.test(t)) return false;
  // "（本文来源：北京市邮政管理局）" "（作者：…）": a bracket led by a label that gives no role is a note
  // of the page (its source, its author), even where the name after it is a body's.
  const label = t.match(/^([\u4e00-\u9fa5]{1,6})[：:]/);
  if (label && !/牵头|责任|配合|协办|主办|参与|单位|部门/.test(label[1])) return false;
  const first = t.split(/[。]/)[0];
  if (/(牵头|配合|按职责分工负责|分工负责|按职责负责|按职能职责负责|参与|负责|协助|落实)$/.test(first.replace(/[。；;，,\s]+$/, ''))) {
    // "（2023年底前完成）" ends with 完成, not a role word; a role word plus a unit-looking
    // first item is required so "（市场主体参与）"-style prose is not read as units.
    const clauses = splitOutsideBrackets(first, '，,；;');
    return clauses.some((c) => unitsOfClause(c).units.some((u) => UNIT_SUFFIX.test(u.name) || isCollective(u.name)));
  }
  if (/牵头[，,；;]/.test(first)) return true;
  if (atParagraphEnd) {
    // Bare list "（市发展改革委、市财政局）" closing a task paragraph.
    const parts = mergeLevelWords(splitOutsideBrackets(first, '、，,'));
    return parts.length > 0 && parts.every((p) => {
      const n = cleanUnitName(p);
      return looksLikeUnit(n) && (UNIT_SUFFIX.test(n) || (isCollective(n) && /(政府|部门|单位|区县|镇街)$/.test(n)));
    });
  }
  return false;
}

/**
 * "…能取消的一律取消。（省口岸办、省财政厅牵头，省发改委、…、相关地方政府配合" then the next item: a
 * copy that lost the bracket's close. A bracket left open to the end of its line is still the
 * item's annotation when what it holds ends with a role word (牵头 / 配合 / 负责 …): the role word
 * shows the list is whole. (A labelled one, 责任单位：…, is the label reader's.) Returns where the
 * annotation ends and what it holds, or null.
 */
function unclosedAnnotation(text: string, open: number): { end: number; inner: string } | null {
  const nl = text.indexOf('\n', open);
  const end = nl < 0 ? text.length : nl;
  const inner = text.slice(open + 1, end).replace(/[。；;.\s]+$/, '');
  if (/[（()）〔〕【】[\]]/.test(inner) || LABEL_AT_START.test(inner)) return null;
  if (/(?:牵头|配合|负责|参与|协助|落实)$/.test(inner)) return isAnnotation(inner, false) ? { end, inner } : null;
  // "…鼓励物流企业网络化经营布局。(省交通运输厅、省工商局、省": the copy itself ends inside the bracket.
  // The name after the last separator is cut (省, 省……); those before it are whole and are read as
  // a closed bracket's would be.
  if (text.slice(end).trim()) return null;
  if (LABEL_ANYWHERE.test(inner)) return null;
  const cut = inner.search(/[、，,；;][^、，,；;]*$/);
  if (cut <= 0) return null;
  const whole = inner.slice(0, cut);
  return isAnnotation(whole, true) ? { end, inner: whole } : null;
}

/**
 * A note marked 下同 ("the same below") tells how to read the list it sits in, and names no unit:
 * "各区人民政府〈含开发区管委会，下同〉" (what a name covers), "A、B、C。排名第一的为牵头单位，下同" (who
 * leads). Returns the list without its notes, and whether a note said the first listed leads: the
 * names are then units by the document's own word, whatever they end with (…直属库).
 */
export function withoutNotes(inner: string): { list: string; firstLeads: boolean } {
  const list = inner.replace(/[〈<（(][^〈〉<>（）()]{0,40}下同[〉>）)]/g, '');
  // The note runs from the last stop before 下同 (a list of names has none inside it).
  const note = list.match(/(?:^|[。；;])([^。；;]{0,40})下同$/);
  if (!note) return { list, firstLeads: false };
  return { list: list.slice(0, note.index), firstLeads: /第一[^，,。；;]{0,6}为?牵头/.test(note[1]) };
}

/** A bare list whose every part reads as a name. */
function listOfNames(s: string): boolean {
  const parts = splitOutsideBrackets(s, '、，,');
  return parts.every((p) => looksLikeUnit(cleanUnitName(p)));
}

const LABEL_SCAN = new RegExp(`(?:${LABEL_WORDS.replace(/[^|]+/g, (w) => `【${w}】`)}|(?:${LABEL_WORDS})\\s*[：:])`, 'g');

export interface FoundAnnotation {
  start: number;
  end: number;
  segments: UnitSegment[];
}

function segmentsOf(content: string): UnitSegment[] {
  const segs: UnitSegment[] = [];
  LABEL_SPLIT.lastIndex = 0;
  const marks: { label: string; at: number; after: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = LABEL_SPLIT.exec(content))) marks.push({ label: m[1], at: m.index, after: m.index + m[0].length });
  if (marks.length === 0) return [{ label: null, content }];
  if (marks[0].at > 0) {
    const pre = content.slice(0, marks[0].at).replace(/[；;，,。\s]+$/, '');
    if (pre.trim()) segs.push({ label: null, content: pre });
  }
  for (let i = 0; i < marks.length; i++) {
    const end = i + 1 < marks.length ? marks[i + 1].at : content.length;
    segs.push({ label: labelRole(marks[i].label), content: content.slice(marks[i].after, end).replace(/[；;，,\s]+$/, '') });
  }
  return segs;
}

/**
 * Every responsibility annotation in a task's text, in order. `text` is the (normalised)
 * task text; offsets returned are relative to it.
 */
const TAG_BEFORE_LABEL = new RegExp(`^\\s*([^，,；;：:（）()]{1,8})[，,；;]\\s*(?=(?:${LABEL_WORDS})\\s*[：:])`);

export function findAnnotations(text: string): FoundAnnotation[] {
  const found: FoundAnnotation[] = [];
  const masked: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '（' && ch !== '(' && ch !== '〔' && ch !== '【' && ch !== '[') continue;
    const close = matchBracket(text, i, 420);
    if (close < 0) {
      const open = unclosedAnnotation(text, i);
      if (open) {
        found.push({ start: i, end: open.end, segments: segmentsOf(open.inner) });
        masked.push([i, open.end]);
        i = open.end;
      }
      continue;
    }
    // "（预期性指标，牵头单位：…；责任单位：…）": a short tag saying what the item is, before the
    // labels, is not a unit and does not stop the bracket from being an annotation.
    const { list: raw, firstLeads } = withoutNotes(text.slice(i + 1, close));
    const tag = raw.match(TAG_BEFORE_LABEL);
    const inner = tag && !UNIT_SUFFIX.test(tag[1]) ? raw.slice(tag[0].length) : raw;
    const after = text.slice(close + 1, Math.min(text.length, close + 4));
    const atEnd = /^[。；;.\s]*($|\n)/.test(after) || close + 1 >= text.length;
    if (isAnnotation(inner, atEnd) || (firstLeads && listOfNames(inner))) {
      found.push({ start: i, end: close + 1, segments: segmentsOf(inner) });
      masked.push([i, close + 1]);
      i = close;
    } else if (inner.length > 0 && !/[（(]/.test(inner)) {
      i = close;
    }
  }
  // Labels outside brackets: "责任单位：A、B" (or "【责任单位】A、B") on its own line or after
  // the last sentence.
  let m: RegExpExecArray | null;
  const re = LABEL_SCAN;
  re.lastIndex = 0;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (masked.some(([s, e]) => at >= s && at < e)) continue;
    // A run of labels on one line ("牵头单位：A；配合单位：B") is one annotation.
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // "[牵头单位:县发改局(粮食局)、县农业农" at the end of the text: a bracket opened before the label
    // and never closed is an annotation the copy cut off; its last name is cut, so none is read.
    // When the copy ends right after a separator ("…省環保廳、省住建廳、") every name written is
    // whole, and they are read.
    const opened = text.slice(0, at).match(/[（(〔【[]\s*$/);
    // (The labels after it in the same bracket go with it.)
    const cutAfterSeparator = end === text.length && /[、，,；;]\s*$/.test(text);
    if (opened && end === text.length && !cutAfterSeparator && matchBracket(text, at - opened[0].length, 420) < 0) {
      re.lastIndex = end;
      continue;
    }
    const body = text.slice(at, end).replace(/^【([^】]{2,8})】/, '$1：');
    found.push({ start: at, end, segments: segmentsOf(body) });
    masked.push([at, end]);
    re.lastIndex = end;
  }
  // Units named only in prose, as a sentence of their own: "由区商务委牵头，区交通局、区发展
  // 改革委配合。" "各区县（自治县）政府负责。" "市级有关部门按职责分工负责。"
  const sent = /[^。；;\n]+[。；;]?/g;
  while ((m = sent.exec(text))) {
    const at = m.index;
    const end = at + m[0].length;
    if (masked.some(([s, e]) => at < e && end > s)) continue;
    const body = m[0].replace(/[。；;]$/, '').trim();
    if (body.length < 4 || body.length > 200 || /[（(〔【]/.test(body.replace(/[（(][^（()）]{1,12}[）)]/g, ''))) continue;
    // Every clause must be units followed by a role word; prose that merely mentions a
    // department ("加强与区商务委的沟通") is not an annotation.
    const allUnits = (content: string) =>
      splitOutsideBrackets(content, '，,').every((c) => {
        const r = unitsOfClause(c);
        return r.role !== null && r.units.length > 0 && r.units.every((u) => UNIT_SUFFIX.test(u.name) || isCollective(u.name));
      });
    const content = body.replace(/^(并|同时|具体)?由/, '');
    if (allUnits(content)) {
      found.push({ start: at, end, segments: [{ label: null, content }] });
      masked.push([at, end]);
      continue;
    }
    // "…作为2022年重点工作安排，此项工作将由A牵头负责，B、C等多部门共同推进落实": the units
    // close the sentence after a clause that opens with 由; what comes before is the work.
    const by = m[0].search(/[，,](?:此项工作|该项工作|这项工作|此项任务|该项任务)?(?:将|拟|应)?由(?=[\u4e00-\u9fa5])/);
    if (by < 0) continue;
    const tail = m[0].slice(by + 1).replace(/[。；;]$/, '').trim();
    const tailContent = tail.replace(/^(?:此项工作|该项工作|这项工作|此项任务|该项任务)?(?:将|拟|应)?由/, '');
    if (!allUnits(tailContent)) continue;
    found.push({ start: at + by + 1, end, segments: [{ label: null, content: tailContent }] });
    masked.push([at + by + 1, end]);
  }
  found.sort((a, b) => a.start - b.start);
  return found;
}

/** All units of a task, merging every annotation so 牵头单位/责任单位 lines pair up. */
export function unitsOfText(text: string): { units: TaskUnit[]; annotations: FoundAnnotation[] } {
  const annotations = findAnnotations(text);
  const segments = annotations.flatMap((a) => a.segments);
  return { units: segments.length ? resolveUnits(segments) : [], annotations };
}
