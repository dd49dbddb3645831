// A general reader of goal clauses. The clause readers in indicators.ts were written one form of
// sentence at a time, and each batch of documents not seen before brought forms they did not know
// (first contacts of 30–70 % on indicator names). This reader knows one shape only —
// NAME + verb of reaching + NUMBER + UNIT, or a verb of making + NUMBER + UNIT + what is counted —
// and reads every occurrence of it in a clause, so that a list (A达到1亿吨、B2000万标箱、C超过135条)
// or a sentence of a new form still yields the targets it states. It is used where the specific
// readers find nothing, so what they read stays as it was.
import type { Target, TargetKind } from './types';

// Units of a target. A number without one (a year, a rank written 第N, a code) is no target.
const UNIT =
  '(?:个工作日|工作日|个百分点|%|％|(?:万亿|万|亿|千)?(?:标准箱|标箱|TEU|家|个|美元|元|吨公里|人公里|吨|人次|条|项|列|班|公里|平方公里|亩|座|艘|架|台|户|人|次|批|所|件|辆|处|平方米|微克/立方米|立方米|斤|组|位|名|分钟|小时|天))';
const NUM = '(\\d+(?:\\.\\d+)?)';
// Verbs that put a number to a name, with the kind of target each makes.
const FLOOR = '不低于|不少于|超过|突破|高于|大于|多于|超|逾';
const CEILING = '不高于|不超过|控制在|压缩至|压缩到|缩短至|缩短到|降至|降低至|降低到|下降至|下降到|低于|小于|少于|以内';
const LEVEL = '达到|达|保持在|保持|稳定在|维持在|提高到|提升到|提高至|提升至|增至|增加到|增长到|实现|为|进入前|前';
const GROWTH = '年均增长|同比增长|增长|提高|提升';
// (净增: a net gain, 工业开票销售净增150亿元.)
const CHANGE = '较(?:19|20)\\d{2}年(?:增加|增长|提高|减少|下降|降低)|(?:增加|减少|新增|净增)';
const VERB = `(?:${CHANGE}|${GROWTH}|${FLOOR}|${CEILING}|${LEVEL})`;
// Whole-verb tests, built once (they ran for every target read).
const CEILING_VERB = new RegExp(`^(?:${CEILING})$`);
const CEILING_OR_RANK_VERB = new RegExp(`^(?:${CEILING}|进入前|前)$`);
const FLOOR_VERB = new RegExp(`^(?:${FLOOR})$`);
const CORE = new RegExp(`(${VERB})?\\s*(?:约|近|共)?${NUM}(?:\\s?[-—–~～至到]\\s?(\\d+(?:\\.\\d+)?))?\\s*(${UNIT})(及以上|以上|以下|以内|左右)?`, 'g');
// Verbs of making before a count (建成200个…): the count comes before what is counted.
const TIME = /^(?:个工作日|工作日|分钟|小时|天)$/;
const COUNT_UNIT = /^(?:万|千)?(?:家|个|条|项|列|班|座|艘|架|台|户|所|件|辆|处|批|组)$/;
// (发展 / 开辟 / 构建 N条…航线 likewise: 发展50条国内全货机航线.)
const MAKING = /(?:新建|建成|建设|打造|培育|引进|新增|开通|新开通|布局|创建|争创|形成|认定|推出|实施|完成|改造|支持建设|建|开行|新开|购置|迁建|发展|开辟|新开辟|构建|开展|设立)$/;
// A verb opening the next item of a list of works (…、搭建冷链大数据平台).
const NEXT_WORK = /^(?:新建|建成|建设|打造|培育|引进|新增|开通|布局|创建|推出|实施|完成|改造|搭建|购置|建立|推进|开展|推动|加快)/;
// Measures of size a verb of making may put before what it makes (建成5600公里高等级公路, 建设120万吨冷库库容).
const MADE_MEASURE = /^(?:万|亿|千)?(?:公里|吨|立方米|平方米)$/;
// Works of clearing, named with what they clear: 拆除…违法建筑, 整治…农房 (not 建成: what is made names itself).
const CLEARING = /^(?:拆除|清理|清退|腾退|整治)/;
const WORK_HEAD = /^(?:试点)?(?:工作|任务)$/;
// What a count after 的 counts (…的6条国际铁路干线通道和…): to a clause mark, 、, or a joining 和 / 及 / 以及.
const OF_COUNTED = /^[\u4e00-\u9fa5A-Za-z“”"]{2,20}?(?=$|[，,；;。、]|和|及|以及)/;
// What is made or cleared after its size, alone to the end of its clause or list item (not …的…).
const MADE_THING = /^((?:(?!的)[\u4e00-\u9fa5A-Za-z“”"]){2,20})(?=$|[，,；;。、])/;
// What opens a clause without being part of a name: a horizon, a scope, intent, a joining word.
const LEAD = new RegExp(
  [
    '^[、，,；;：:）)」』\\s]+',
    '^(?:其中|同时|并且|并|且|以及|和|及|与|即)(?=[\\u4e00-\\u9fa5A-Za-z“"]|$)',
    '^(?:力争|确保|争取|努力|预计|计划|将|要|基本|初步|实现|推动|促进|进一步|全面|加快|负责|保证|做到|完成(?=[\\u4e00-\\u9fa5A-Za-z“"]{3}))+(?=[\\u4e00-\\u9fa5A-Za-z“"])',
    '^(?:(?:到|至)\\s?)?(?:19|20)\\d{2}\\s?年(?:底|末|前|底前)?[，,]?',
    '^(?:今年|明年|全年|年内|当年)[，,]?',
    '^在?(?:全国|全省|全市|全区|全县|全州|全盟|本市|本省|本区|该省|该市|我省|我市|我区)(?:范围内|域内)?',
    // (Not the 共 of 共同: 共同配送.)
    '^(?:累计|合计|共计|共(?!同))(?=[\\u4e00-\\u9fa5A-Za-z“"])',
    // The goal word closing a target before the next one (…80万吨的目标和冷藏车…) is no part of the next name.
    '^的(?:工作|发展)?目标',
  ].join('|'),
);
// What a name may not end with: a function word, or a verb that leaves the thing unnamed.
const BAD_END = /(?:[的了在到将和及与或等是有把被从向对于以而并且也都就还再又很更最其该此这那要能会可使让把]|建设|推进|实施|开展|完成|实现|提升|加快|推动|发展|形成|建立|建成|新建|培育|打造|引进|开通|布局|创建|达到|超过|突破|增长|增加|提高|降低|下降|减少|累计|年均|同比|力争|确保|争取|计划|预计|约|近|超)$/;
const REPORTED = /(?:已|已经|共有|现有|拥有|截至|同比增长了|完成了|达到了|实现了)/;

export interface ReadTarget {
  name: string;
  target: Target;
}

function trimLead(s: string): string {
  let out = s;
  for (let next = out.replace(LEAD, ''); next !== out; next = out.replace(LEAD, '')) out = next;
  return out.trim();
}

function trimName(s: string): string {
  let n = trimLead(s)
    // "…比率(剔除…影响,下同)": a bracket gloss is not part of the name.
    .replace(/[（(][^（()）]*[)）]$/, '')
    // "…较2020年…": the base of a comparison belongs to the target.
    .replace(/(?:较|比)\s?(?:19|20)\d{2}\s?年.*$/, '')
    .replace(/(?:目标(?:值)?(?:为|是)?)$/, '')
    .trim();
  // "建成村级物流服务站300个": a verb of making before the name is not part of it.
  // (Not 建成和在建规模: a state joined to another by 和 / 或 is part of the name.)
  n = n.replace(/^(?:新建|建成|建设|打造|培育|引进|新增|开通|新开通|布局|创建|推出|支持建设)(?![和或及与])(?=[\u4e00-\u9fa5A-Za-z“"]{2})/, '');
  // A list of examples closed by 等 before the name proper keeps only its class and what follows.
  // An adverb of degree before the verb (同比大幅增长80%) names nothing either.
  n = n.replace(/(?:累计|年均|同比|分别|力争|确保|将|要|均|约|近|逾|超|大幅度?|稳步|较快|快速)+$/, '').trim();
  return n;
}

function kindOf(verb: string, qual: string, ranged: boolean): TargetKind {
  if (/^较|^(?:增加|减少|新增)$/.test(verb) && !/新增/.test(verb)) return 'pending';
  if (CEILING_OR_RANK_VERB.test(verb) || /以下|以内/.test(qual)) return 'max';
  if (FLOOR_VERB.test(verb) || /以上/.test(qual) || ranged) return 'min';
  return 'level';
}

/**
 * Every NAME + verb + NUMBER + UNIT (and verb of making + NUMBER + UNIT + what is counted) of one
 * clause of a goal, in order. `prev` is the name read last before the clause: a growth or share
 * with no name of its own (…2亿件、年均增长30%以上) is that indicator's.
 */
/** How many brackets (full or half width) are open at the end of `s`. */
function bracketDepth(s: string): number {
  let depth = 0;
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth;
}

export function readGoalClause(clause: string, year: number | null, prev: string | null = null): ReadTarget[] {
  // "…突破20亿元的目标", "…实现100%的工作目标": the goal word closing a list is not part of it.
  // "规模突破万亿元": a magnitude with no digit before it is one of it.
  const c = clause.replace(/的(?:工作|发展|主要|预期)?目标(?:任务)?[。；;]?\s*$/, '').replace(/(?<=突破|超过|达到|达)(?=(?:万亿|亿)元)/g, '1');
  const out: ReadTarget[] = [];
  let last = 0;
  let lastName = prev;
  let sharedMaking = false;
  CORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE.exec(c))) {
    const [whole, verb = '', value, upper, unit, qual = ''] = m;
    const after = c.slice(m.index + whole.length);
    const before = c.slice(0, m.index);
    // A number inside a bracket (…100万吨（其中公路60万吨，铁路40万吨）) breaks down or glosses the
    // target before it; it is no target of its own.
    if (bracketDepth(before) > 0) continue;
    // A class of size (25万吨级航道), an ordinal (第3), a line or code number, a date: no target.
    if (/^(?:级|号|线|期|型|倍)/.test(after) || /[第第]\s*$/.test(before) || /\d$/.test(before)) continue;
    // A sum granted (给予100万元奖励) is a subsidy, not a quantity the plan reaches.
    if (/给予(?:最高|一次性|不超过)*\s*$/.test(before)) continue;
    // "在今年底里程1300公里的基础上新增通车里程1800公里": the base (a number inside a phrase, so no
    // target, see below) and what builds on it name nothing of the next target.
    let region = c.slice(last, m.index).replace(/^.*基础上/, '');
    // Only the part after the last clause mark or 、 names this target.
    // (A colon ends a lead-in: 包括5项主要任务：培育3家以上…)
    const cut = Math.max(region.lastIndexOf('、'), region.lastIndexOf('，'), region.lastIndexOf(','), region.lastIndexOf('；'), region.lastIndexOf('：'), region.lastIndexOf(':'));
    // lastIndexOf gives -1 without a mark, and slice(0) keeps the whole region.
    region = region.slice(cut + 1);
    let name = trimName(region);
    let end = m.index + whole.length;
    // "疏港铁路12条195公里": a count of lines followed by their length is one target, the count; the
    // length restates its size and is read past.
    const length = COUNT_UNIT.test(unit) ? after.match(/^\d+(?:\.\d+)?(?:万|千)?(?:公里|千米|米)(?=$|[、，,；;。])/) : null;
    const past = length ? after.slice(length[0].length) : after;
    if (length) end += length[0].length;
    // Only counts (个, 家, 条 …) come before what they count: "培育50万吨以上的海运骨干企业" gives
    // the size class of the things, not how many are to be. A count with nothing before it
    // (…和3家以上5A级物流企业) shares the verb of making of a count before it in the clause.
    const countFirst = COUNT_UNIT.test(unit) && (name === '' ? sharedMaking : MAKING.test(name) || MAKING.test(region.trim()));
    if (countFirst) {
      // "建成200个农产品产地冷藏保鲜设施", "建成2至3个营业额超100亿元的大型物流园区": what is
      // counted follows the count, up to the next clause mark; an attribute before 的 (with its own
      // numbers or a list in 、) describes it, and the head after the last 的 names it; without 的,
      // a 、 or 和 before a number ends it.
      // A starred class matches (maybe empty) at 0, so no anchor is needed.
      const rest = after.match(/[^，,；;。]*/)![0];
      const of = rest.indexOf('的');
      const sep = /[、]|[和及](?=\d)/g;
      sep.lastIndex = Math.max(0, of);
      const q = sep.exec(rest);
      const span = rest.slice(0, q ? q.index : rest.length);
      const headAt = span.lastIndexOf('的') + 1;
      // "3个大容量存储交易一级节点(以下简称一级节点)": a bracket closing what is counted glosses it.
      // "3-5个乡镇农村交通物流站的试点工作": where what follows the last 的 is a work (工作 / 任务), the
      // count is of the places it is done in, and the whole span names the target.
      const head = (WORK_HEAD.test(span.slice(headAt)) ? span : span.slice(headAt)).replace(/[（(][^（()）]*[)）]$/, '').replace(/等$/, '');
      // "…和5个快递服务制造业、农业金银牌项目": a 、 with no number after it joins kinds inside one
      // counted thing; the name cannot be cut from it, so none is guessed.
      // (和 and 及 are separators only before a number, so only 、 can have none after it.)
      // A 、 before a verb of making (…、搭建…平台) starts the next item of the list, not a kind.
      // (A count written N个 — a number not yet set — is a count after it too.)
      const joinsKinds = q !== null && !/\d|N个/.test(rest.slice(q.index)) && !NEXT_WORK.test(rest.slice(q.index + 1));
      if (!joinsKinds && head.length >= 2 && /^[\u4e00-\u9fa5A-Za-z0-9“”"]+$/.test(head) && !/\d/.test(head.replace(/^\d+[A-Za-z]/, ''))) {
        name = trimName(head);
        const headEnd = span.length;
        end += headEnd;
        sharedMaking = true;
      } else name = '';
    } else if (COUNT_UNIT.test(unit) && /的$/.test(region.trim()) && OF_COUNTED.test(after)) {
      // "打造直达国外枢纽城市(…)的6条国际铁路干线通道和至日本、韩国的2条江海直航通道": a count right after
      // an attribute closed by 的 counts what follows it, up to a clause mark, 、 or a joining 和 / 及.
      const thing = after.match(OF_COUNTED)![0];
      name = trimName(thing);
      end += thing.length;
    } else if (CLEARING.test(name) && MADE_MEASURE.test(unit) && MADE_THING.test(after)) {
      // "拆除150万平方米违法建筑", "拆除新山路沿线10万平方米违法建筑": an area or length cleared, then
      // what is cleared: the work names the target (the verb, a place maybe, and the thing).
      name = trimName(name + after.match(MADE_THING)![1]);
    } else if (MAKING.test(name)) {
      // "建成5600公里高等级公路", "建设120万吨冷冻冷藏库容": a measure of size right after the verb,
      // then what is made, alone to the end of its clause or list item; not a size class
      // (…以上的…, 25万吨级…).
      const made = MADE_MEASURE.test(unit) && !qual ? after.match(/^((?:(?!的)[\u4e00-\u9fa5A-Za-z“”"]){2,20})(?=$|[，,；;。、])/) : null;
      // (What is made ends at a clause mark or 、, which the next target's name is cut at: the reading
      // need not move past it.)
      name = made ? trimName(made[1]) : '';
    }
    // "全省58%的县(市、区)以高速公路连通": a share with no name before it (a scope at most) is the
    // share of what follows 的, to the end of the clause.
    // (在 alone before it opens the share: 在70%以上的乡镇建成农村物流站.)
    else if ((name === '' || name === '在') && /[%％]/.test(unit) && /^的[^，,；;。]{2,30}(?:$|[，,；;。])/.test(after)) {
      const what = after.slice(1).match(/^[^，,；;。]*/)![0];
      name = what;
      end += 1 + what.length;
    }
    // "2024年，70%以上县域商业迈入“增强型”方阵": a share opening its clause with no verb (a scope at
    // most before it) is the share of what follows, to the end of the clause, when that is no verb
    // of doing (…100%完成 / 达标 / 覆盖 is done, not named).
    else if (name === '' && !verb && /[%％]/.test(unit) && /^[\u4e00-\u9fa5“”"]{4,30}$/.test(past) && !/^(?:达标|覆盖|完成|落实|到位|联网|接入|通达|上线|实现)/.test(past)) {
      name = past;
      end = c.length;
    }
    // A number inside a phrase (推动跨境寄递实现48小时仓到仓服务, …实现100%达标) is no target of the
    // name before it: the target ends its clause, or a list item (、 / 和 / 的目标).
    // (A bracket glossing the target, 新增3个(甲县、乙县), may stand between.)
    else if (!/^\s*(?:$|[、，,；;。）)]|[和及](?=\s*[\u4e00-\u9fa5]{0,12}\d)|的(?:工作|发展)?目标|分别|左右|以上|[（(][^（()）\d]*[)）]\s*(?:$|[、，,；;。]))/.test(past)) name = '';
    last = end;
    CORE.lastIndex = end;
    const growth = /增长|提高|提升/.test(verb) && /[%％]/.test(unit);
    // "快递年业务量2亿件、年均增长30%以上": a growth with no name is that of the indicator before.
    // "…的县市新增3个、达到98个": a level with no name right after a target of a thing is that thing's.
    if (!name && /^(?:达到|达|增至|增加到)$/.test(verb) && region.trim() === '' && out.length > 0) name = out[out.length - 1].name;
    const derived = !name && growth && lastName !== null;
    if (derived) name = lastName + (region.match(/(?:年均|同比|累计)(?=\s*$)/)?.[0] ?? '') + verb;
    // "在全球评价体系中进入前15名": a rank within a scope (在…中) ranks in that scope; the name is the
    // scope's ranking.
    if (/^(?:进入前|前)$/.test(verb) && /^(?:名|位)$/.test(unit)) {
      const scope = name.match(/^在?(.{2,})[中里]$/);
      if (scope && /在/.test(region)) name = `${scope[1]}排名`;
    }
    if (!derived && BAD_END.test(name)) continue;
    // "给予企业50万元", "奖励每家企业10万元": a grant, not a sum the plan reaches. The guard above
    // looks just before the number; here the granting verb opens the name (with no verb of reaching).
    if (/元$/.test(unit) && (/给予/.test(region) || (!verb && /^(?:奖励|补助|补贴|资助|奖补)/.test(name)))) continue;
    // "每个乡镇达到5个": each of a kind of place is where the target holds, not what it counts.
    if (/^每[个家座条所户]/.test(name)) continue;
    if (name.length < 2 || name.length > 30 || /^\d+(?:[^\dA-Za-z]|$)/.test(name) || REPORTED.test(region)) continue;
    // "物流园区服务24小时", "提供24小时服务": a time is a target only as a ceiling (以内, 不超过 …) or
    // of a name that is a time (…平均用时, …时限).
    if (TIME.test(unit) && !/以内|以下/.test(qual) && !CEILING_VERB.test(verb) && !/(?:时间|时长|用时|时限|周期|时效)$/.test(name)) continue;
    const ranged = upper !== undefined;
    const pct = /[%％]/.test(unit);
    const isGrowth = growth && !/率|比重|占比|比例|增速/.test(name);
    const kind: TargetKind = isGrowth ? 'growth' : kindOf(verb, qual, ranged);
    const target: Target = {
      year,
      kind,
      value: kind === 'pending' ? null : Number(value),
      text: whole,
      unit: pct ? '%' : unit,
      ...(isGrowth ? { growthBasis: /年均/.test(verb) ? ('annual' as const) : ('cumulative' as const), direction: 'increase' as const, directionBy: 'wording' as const } : {}),
    };
    out.push({ name, target });
    lastName = name;
  }
  // "码头通过能力适应度大于1.1": a degree, coefficient or index has no unit; its number is read when
  // it ends a clause after a verb of reaching.
  for (const part of c.split(/[，,；;、。]/)) {
    const r = part.match(UNITLESS);
    if (!r) continue;
    // (The name holds at least its two-character measure word, and a clause with a unit is not
    // matched here, so no name is too short and none was read above.)
    if (REPORTED.test(part)) continue;
    out.push({ name: trimName(r[1]), target: { year, kind: kindOf(r[2], r[4], false), value: Number(r[3]), text: part.slice(r[1].length).trim(), unit: '' } });
  }
  return out;
}

const UNITLESS = new RegExp(`^(.*?(?:适应度|系数|指数))(${FLOOR}|${CEILING}|达到|保持在|稳定在)\\s*(\\d+(?:\\.\\d+)?)((?:以上|以下|以内|左右)?)\\s*$`);

/** Whether a sentence states at least one target this reader can name. */
export function statesTarget(sentence: string, year: number | null): boolean {
  return readGoalClause(sentence, year).length > 0;
}

// Not a horizon: a policy that runs to a year (延续到2030年底), a date of a report (截至2023年底).
const HORIZON_ANYWHERE = /(?<!延续|延长|持续|截|有效期|执行|实施)(?:到|至)\s?((?:19|20)\d{2})\s?年(?:底|末)?(?![的以期])/g;
const GOAL_WORD_AFTER_TARGET = new RegExp(`\\d(?:\\.\\d+)?\\s*${UNIT}(?:以上|左右)?的(?:工作|发展|主要|预期)?目标`);

/**
 * Goals the specific openings in tasks.ts did not find in a line, each from where it opens to the
 * end of its sentence: a horizon anywhere in a sentence (确保到2020年全省实现…; the specific
 * openings want it at the start of a clause or after a verb of quoting) and a sentence that names
 * what it states as a goal (…实现100%的工作目标), of the horizon it gives, else the latest year
 * written before it, else the document's. Only a sentence from which this reader names a target
 * opens a goal: a horizon in "…延续到2030年的政策" or a sentence with no measured target opens
 * nothing.
 */
export function generalGoalOpenings(c: string, before: string, docYear: number | null): { at: number; year: number; end: number }[] {
  const out: { at: number; year: number; end: number }[] = [];
  const sentenceEnd = (from: number) => {
    const stop = c.slice(from).search(/[。；;！!？?]/);
    return stop >= 0 ? from + stop : c.length;
  };
  HORIZON_ANYWHERE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HORIZON_ANYWHERE.exec(c))) {
    const end = sentenceEnd(m.index);
    const year = Number(m[1]);
    if (out.some((o) => o.end >= m!.index)) continue;
    if (statesTarget(c.slice(m.index + m[0].length, end), year)) out.push({ at: m.index, year, end });
  }
  if (out.length) return out;
  const sentences = c.split(/(?<=[。；;！!？?])/);
  let at = 0;
  for (const s of sentences) {
    if (GOAL_WORD_AFTER_TARGET.test(s)) {
      const years = [...(before + c.slice(0, at)).matchAll(/((?:19|20)\d{2})\s?年|今年/g)].map((y) => (y[1] ? Number(y[1]) : docYear)).filter((y): y is number => y !== null);
      const year = years.length ? years[years.length - 1] : docYear;
      if (year !== null && statesTarget(s, year)) out.push({ at, year, end: at + s.replace(/[。；;！!？?]$/, '').length });
    }
    at += s.length;
  }
  return out;
}

/**
 * Whether a name read by another reader is unusable as a name: it ends with a function word or a
 * verb that leaves the thing unnamed (这个省将建设), or inside a range of numbers (建成2至).
 */
const IMPLAUSIBLE_END = /(?:[的了在到将和及与或等是有把被从向对于以而并且也都就还再又要能会可]|包括|建设|推进|实施|开展|完成|实现|建成|新建|培育|打造|引进|开通|布局|创建|达到|超过|突破|力争|确保|争取|计划|预计)$/;
export function implausibleName(name: string): boolean {
  // A scope alone (全省) names where, not what.
  return IMPLAUSIBLE_END.test(name) || /\d\s*(?:[至到~～—–-])?$/.test(name) || /^(?:全国|全省|全市|全区|全县|本省|本市|我省|我市|我区|该省|该市)$/.test(name);
}
