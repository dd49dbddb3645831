// A scheme definition checked the way a person reads it: every problem names the group, the
// indicator and the field in Chinese (and English), with the path of the field in the definition
// (`groups[0].criteria[1].weight`) so the scheme form can mark it. The server runs the same check
// before the calculator's own, so the form and the API say the same thing.
import { ALLOCATE_BY, RANKING_METHODS, RANKING_NORMALIZATIONS } from './ranking';
import { RULE_KINDS } from './rules';

export interface SchemeProblem {
  /** Path in the definition, e.g. groups[0].criteria[1].rule.target. */
  path: string;
  messageZh: string;
  messageEn: string;
}

const RULE_PARAMS: Record<string, { key: string; zh: string; en: string; required?: boolean; positive?: boolean; nonZero?: boolean }[]> = {
  target_attainment: [
    { key: 'target', zh: '目标值', en: 'target', required: true, nonZero: true },
    { key: 'cap', zh: '封顶倍数', en: 'cap', positive: true },
  ],
  banded: [
    { key: 'target', zh: '目标值', en: 'target', required: true },
    { key: 'step', zh: '每档步长', en: 'step', required: true, positive: true },
    { key: 'pointsAbove', zh: '每档加分', en: 'points per step above', required: true },
    { key: 'pointsBelow', zh: '每档减分', en: 'points per step below', required: true },
    { key: 'minPoints', zh: '最低得分', en: 'minimum points' },
    { key: 'maxPoints', zh: '最高得分', en: 'maximum points' },
  ],
  linear: [
    { key: 'floor', zh: '零分值', en: 'floor value', required: true },
    { key: 'target', zh: '目标值', en: 'target', required: true },
  ],
  rank_points: [],
  ratio_to_best: [],
  yes_no: [],
  points: [],
};

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const str = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Every problem of a scheme definition (empty when it can be saved). */
export function checkSchemeDefinition(def: unknown): SchemeProblem[] {
  const out: SchemeProblem[] = [];
  const add = (path: string, zh: string, en: string) => out.push({ path, messageZh: zh, messageEn: en });
  const d = (def ?? {}) as { groups?: unknown; ranking?: unknown };
  checkRanking(d.ranking, add);
  if (!Array.isArray(d.groups) || d.groups.length === 0) {
    add('groups', '方案至少需要一个评价组', 'the scheme needs at least one peer group');
    return out;
  }
  const groupIds = new Map<string, number>();
  d.groups.forEach((gRaw, gi) => {
    const g = (gRaw ?? {}) as { id?: unknown; name?: unknown; criteria?: unknown };
    const gp = `groups[${gi}]`;
    const id = str(g.id);
    const label = str(g.name) || id || `第 ${gi + 1} 组`;
    const labelEn = str(g.name) || id || `group ${gi + 1}`;
    if (!id) add(`${gp}.id`, `第 ${gi + 1} 组：类型（id）未填`, `group ${gi + 1}: the type (id) is missing`);
    else if (groupIds.has(id)) add(`${gp}.id`, `第 ${gi + 1} 组：类型 ${id} 与第 ${groupIds.get(id)! + 1} 组重复`, `group ${gi + 1}: the type ${id} repeats group ${groupIds.get(id)! + 1}`);
    else groupIds.set(id, gi);
    if (!str(g.name)) add(`${gp}.name`, `第 ${gi + 1} 组：组名未填`, `group ${gi + 1}: the name is missing`);
    if (!Array.isArray(g.criteria) || g.criteria.length === 0) {
      add(`${gp}.criteria`, `${label}：至少需要一项指标`, `${labelEn}: at least one indicator is needed`);
      return;
    }
    const codes = new Map<string, number>();
    let sum = 0;
    let sumOk = true;
    g.criteria.forEach((cRaw, ci) => {
      const c = (cRaw ?? {}) as { code?: unknown; name?: unknown; weight?: unknown; rule?: unknown; source?: unknown; indicatorId?: unknown };
      const cp = `${gp}.criteria[${ci}]`;
      const code = str(c.code);
      const cl = `${label} 第 ${ci + 1} 项指标${str(c.name) ? `“${str(c.name)}”` : code ? `（${code}）` : ''}`;
      const clEn = `${labelEn}, indicator ${ci + 1}${str(c.name) ? ` "${str(c.name)}"` : code ? ` (${code})` : ''}`;
      if (!code) add(`${cp}.code`, `${cl}：代码未填`, `${clEn}: the code is missing`);
      else if (/[\s|]/.test(code)) add(`${cp}.code`, `${cl}：代码 ${code} 不能含空格或竖线`, `${clEn}: the code ${code} cannot contain spaces or |`);
      else if (codes.has(code)) add(`${cp}.code`, `${cl}：代码 ${code} 与第 ${codes.get(code)! + 1} 项重复`, `${clEn}: the code ${code} repeats indicator ${codes.get(code)! + 1}`);
      else codes.set(code, ci);
      if (!str(c.name)) add(`${cp}.name`, `${cl}：名称未填`, `${clEn}: the name is missing`);
      if (!isNum(c.weight) || c.weight < 0) {
        add(`${cp}.weight`, `${cl}：权重应为不小于 0 的数`, `${clEn}: the weight must be a number of 0 or more`);
        sumOk = false;
      } else sum += c.weight;
      const source = c.source ?? (c.indicatorId ? 'indicator' : 'rated');
      if (source === 'indicator' && !str(c.indicatorId)) add(`${cp}.indicatorId`, `${cl}：数据来源为指标库，须选定指标`, `${clEn}: the value comes from an indicator: choose the indicator`);
      const rule = (c.rule ?? {}) as Record<string, unknown>;
      const kind = rule.kind;
      if (typeof kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(kind)) {
        add(`${cp}.rule.kind`, `${cl}：请选择评分规则`, `${clEn}: choose a scoring rule`);
        return;
      }
      for (const p of RULE_PARAMS[kind] ?? []) {
        const v = rule[p.key];
        if (v === undefined || v === null) {
          if (p.required) add(`${cp}.rule.${p.key}`, `${cl}：评分规则的${p.zh}未填`, `${clEn}: the rule's ${p.en} is missing`);
          continue;
        }
        if (!isNum(v)) add(`${cp}.rule.${p.key}`, `${cl}：评分规则的${p.zh}应为数字`, `${clEn}: the rule's ${p.en} must be a number`);
        else if (p.positive && !(v > 0)) add(`${cp}.rule.${p.key}`, `${cl}：评分规则的${p.zh}应大于 0`, `${clEn}: the rule's ${p.en} must be above 0`);
        else if (p.nonZero && v === 0) add(`${cp}.rule.${p.key}`, `${cl}：评分规则的${p.zh}不能为 0`, `${clEn}: the rule's ${p.en} cannot be 0`);
      }
      if (kind === 'linear' && isNum(rule.floor) && isNum(rule.target) && rule.floor === rule.target)
        add(`${cp}.rule.target`, `${cl}：线性规则的目标值不能等于零分值`, `${clEn}: the linear rule's target cannot equal its floor`);
      if (kind === 'banded' && isNum(rule.minPoints) && isNum(rule.maxPoints) && rule.minPoints > rule.maxPoints)
        add(`${cp}.rule.maxPoints`, `${cl}：评分规则的最高得分小于最低得分`, `${clEn}: the rule's maximum points are below its minimum`);
      if (kind === 'rank_points') {
        const pts = rule.points;
        if (!Array.isArray(pts) || pts.length === 0) add(`${cp}.rule.points`, `${cl}：评分规则的各名次得分未填`, `${clEn}: the rule's points per rank are missing`);
        else if (!pts.every(isNum)) add(`${cp}.rule.points`, `${cl}：评分规则的各名次得分应为数字，用逗号分隔`, `${clEn}: the rule's points per rank must be numbers`);
      }
    });
    if (sumOk && Math.abs(sum - 100) > 1e-6)
      add(`${gp}.criteria`, `${label}：各项指标权重合计 ${r6(sum)}，应为 100`, `the weights of group ${labelEn} add up to ${r6(sum)}, not 100`);
  });
  return out;
}

const RANKING_KEYS = ['method', 'normalization', 'rho', 'allocateBy'];

/** The published ranking method: absent means weighted sum; each field named when it is wrong. */
function checkRanking(raw: unknown, add: (path: string, zh: string, en: string) => void): void {
  if (raw === undefined || raw === null) return;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    add('ranking', '排名方法应为一个对象（method 等字段）', 'the ranking must be an object (method, …)');
    return;
  }
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!RANKING_KEYS.includes(k)) add(`ranking.${k}`, `排名方法：没有字段 ${k}（拼写是否有误？）`, `ranking: there is no field ${k} (misspelt?)`);
  if (typeof r.method !== 'string' || !(RANKING_METHODS as readonly string[]).includes(r.method))
    add('ranking.method', `排名方法：方法应为 ${RANKING_METHODS.join(' | ')}（加权求和 / TOPSIS / 灰色关联分析）`, `ranking: the method must be ${RANKING_METHODS.join(' | ')}`);
  if (r.normalization !== undefined && !(RANKING_NORMALIZATIONS as readonly unknown[]).includes(r.normalization))
    add('ranking.normalization', `排名方法：归一化方式应为 minmax（极差）或 vector（向量）`, 'ranking: the normalisation must be minmax or vector');
  if (r.rho !== undefined && !(isNum(r.rho) && r.rho > 0 && r.rho <= 1))
    add('ranking.rho', '排名方法：分辨系数 ρ 应为大于 0 且不大于 1 的数', 'ranking: the distinguishing coefficient ρ must be a number in (0, 1]');
  if (r.rho !== undefined && r.method !== 'gra' && isNum(r.rho))
    add('ranking.rho', '排名方法：分辨系数 ρ 只用于灰色关联分析', 'ranking: ρ applies to grey relational analysis only');
  if (r.normalization !== undefined && r.method === 'weighted_sum')
    add('ranking.normalization', '排名方法：加权求和不用归一化方式（指标得分已按评分规则折算）', 'ranking: the weighted sum takes no normalisation (the scoring rules already scale each indicator)');
  if (r.allocateBy !== undefined && !(ALLOCATE_BY as readonly unknown[]).includes(r.allocateBy))
    add('ranking.allocateBy', '排名方法：分配依据应为 total（加权总分）或 rank_score（排名得分）', 'ranking: allocateBy must be total or rank_score');
}
