// Scoring rules: how an indicator's value becomes points. A criterion's weight is its full marks
// (weights of a group add up to 100), so "target attainment, cap 120 %" on a 30-point criterion
// gives at most 36 points. Rules that compare zones (rank points, ratio to the best) take the
// values of the whole peer group.
import { EvaluationError, competitionRanks } from './errors';

export type Better = 'higher' | 'lower';

export type ScoringRule =
  /** actual ÷ target × full marks, capped (e.g. 1.2); lower-is-better mirrors to target ÷ actual. */
  | { kind: 'target_attainment'; target: number; cap?: number; better?: Better }
  /** Full marks at target, ± points per whole step above/below, within [minPoints, maxPoints]. */
  | { kind: 'banded'; target: number; step: number; pointsAbove: number; pointsBelow: number; minPoints?: number; maxPoints?: number; better?: Better }
  /** 0 at the floor value, full marks at the target, linear between (and clamped). */
  | { kind: 'linear'; floor: number; target: number }
  /** points[rank − 1] by rank within the peer group (ties share the better rank). */
  | { kind: 'rank_points'; points: number[]; better?: Better }
  /** value ÷ best value in the group × full marks (lower-is-better: best ÷ value). */
  | { kind: 'ratio_to_best'; better?: Better }
  /** Done (true, or a value ≥ 1) gives full marks, otherwise 0. */
  | { kind: 'yes_no' }
  /** The value is already points (raters' unified score), held within [0, full marks]. */
  | { kind: 'points' };

export type RuleKind = ScoringRule['kind'];
export const RULE_KINDS: RuleKind[] = ['target_attainment', 'banded', 'linear', 'rank_points', 'ratio_to_best', 'yes_no', 'points'];

export interface RuleOutcome {
  points: number;
  /** How the points came about, in both languages, with the numbers used. */
  explainZh: string;
  explainEn: string;
}

const fmt = (x: number) => String(Math.round(x * 1e6) / 1e6);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
// Whole steps, tolerant of 0.1 + 0.2 style representation error.
const wholeSteps = (diff: number, step: number) => Math.floor(diff / step + 1e-9);

export function checkRule(rule: ScoringRule, path = 'rule'): void {
  const bad = (zh: string, en: string) => {
    throw new EvaluationError(zh, en, path);
  };
  switch (rule.kind) {
    case 'target_attainment':
      if (!(rule.target > 0)) bad('目标值应大于零', 'target must be greater than zero');
      if (rule.cap !== undefined && !(rule.cap >= 1)) bad('封顶比例应不小于 1（如 1.2 表示 120%）', 'cap must be at least 1 (1.2 means 120 %)');
      break;
    case 'banded':
      if (!(rule.step > 0)) bad('档距应大于零', 'step must be greater than zero');
      if (rule.pointsAbove < 0 || rule.pointsBelow < 0) bad('每档加减分不能为负', 'points per step must not be negative');
      if (rule.minPoints !== undefined && rule.maxPoints !== undefined && rule.minPoints > rule.maxPoints) bad('最低分不能高于最高分', 'minPoints must not exceed maxPoints');
      break;
    case 'linear':
      if (rule.floor === rule.target) bad('起评值与目标值不能相同', 'floor and target must differ');
      break;
    case 'rank_points':
      if (!rule.points.length || rule.points.some((p) => !(p >= 0))) bad('名次分值表应为非负数列表', 'points must be a list of non-negative numbers');
      break;
    default:
      break;
  }
}

/**
 * Points for one zone. `value` is the indicator value (boolean for yes/no);
 * `group` holds the values of every zone in the peer group where the rule compares.
 */
export function scoreRule(rule: ScoringRule, value: number | boolean, fullMarks: number, group: (number | boolean)[] = []): RuleOutcome {
  const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  switch (rule.kind) {
    case 'target_attainment': {
      const cap = rule.cap ?? 1;
      const lower = rule.better === 'lower';
      // Lower is better: reaching half the allowed value is twice the attainment.
      const ratio = lower ? (v <= 0 ? cap : rule.target / v) : v / rule.target;
      const r = clamp(ratio, 0, cap);
      return {
        points: fullMarks * r,
        explainZh: `${lower ? `目标 ${fmt(rule.target)} ÷ 实际 ${fmt(v)}` : `实际 ${fmt(v)} ÷ 目标 ${fmt(rule.target)}`} = ${fmt(ratio)}${ratio > cap ? `，封顶 ${fmt(cap)}` : ratio < 0 ? '，不低于 0' : ''}；× ${fmt(fullMarks)} 分 = ${fmt(fullMarks * r)}`,
        explainEn: `${lower ? `target ${fmt(rule.target)} ÷ actual ${fmt(v)}` : `actual ${fmt(v)} ÷ target ${fmt(rule.target)}`} = ${fmt(ratio)}${ratio > cap ? `, capped at ${fmt(cap)}` : ratio < 0 ? ', floored at 0' : ''}; × ${fmt(fullMarks)} = ${fmt(fullMarks * r)}`,
      };
    }
    case 'banded': {
      const lower = rule.better === 'lower';
      const diff = lower ? rule.target - v : v - rule.target;
      const steps = diff >= 0 ? wholeSteps(diff, rule.step) : -wholeSteps(-diff, rule.step);
      const raw = fullMarks + (steps >= 0 ? steps * rule.pointsAbove : steps * rule.pointsBelow);
      const lo = rule.minPoints ?? 0;
      const hi = rule.maxPoints ?? Infinity;
      const points = clamp(raw, lo, hi);
      return {
        points,
        explainZh: `${steps >= 0 ? `超目标 ${steps} 档，每档 +${fmt(rule.pointsAbove)}` : `低于目标 ${-steps} 档，每档 −${fmt(rule.pointsBelow)}`}：${fmt(fullMarks)} → ${fmt(raw)}${points !== raw ? `，限定在 [${fmt(lo)}, ${Number.isFinite(hi) ? fmt(hi) : '∞'}] 内为 ${fmt(points)}` : ''}`,
        explainEn: `${steps >= 0 ? `${steps} step(s) beyond target, +${fmt(rule.pointsAbove)} each` : `${-steps} step(s) short of target, −${fmt(rule.pointsBelow)} each`}: ${fmt(fullMarks)} → ${fmt(raw)}${points !== raw ? `, held within [${fmt(lo)}, ${Number.isFinite(hi) ? fmt(hi) : '∞'}] at ${fmt(points)}` : ''}`,
      };
    }
    case 'linear': {
      const r = clamp((v - rule.floor) / (rule.target - rule.floor), 0, 1);
      return {
        points: fullMarks * r,
        explainZh: `起评值 ${fmt(rule.floor)} 得 0 分、目标 ${fmt(rule.target)} 得满分，实际 ${fmt(v)} 得 ${fmt(r * 100)}% × ${fmt(fullMarks)} = ${fmt(fullMarks * r)}`,
        explainEn: `0 points at ${fmt(rule.floor)}, full marks at ${fmt(rule.target)}: ${fmt(v)} earns ${fmt(r * 100)} % × ${fmt(fullMarks)} = ${fmt(fullMarks * r)}`,
      };
    }
    case 'rank_points': {
      const nums = group.map((g) => (typeof g === 'boolean' ? (g ? 1 : 0) : g));
      const all = nums.length ? nums : [v];
      const rank = competitionRanks([v, ...all], rule.better !== 'lower')[0];
      const points = rule.points[rank - 1] ?? 0;
      return { points, explainZh: `组内第 ${rank} 名，得 ${fmt(points)} 分`, explainEn: `rank ${rank} in the group: ${fmt(points)} points` };
    }
    case 'ratio_to_best': {
      const nums = (group.length ? group : [v]).map((g) => (typeof g === 'boolean' ? (g ? 1 : 0) : g));
      const lower = rule.better === 'lower';
      const best = lower ? Math.min(...nums) : Math.max(...nums);
      let r: number;
      if (lower) r = v <= 0 ? 1 : clamp(best / v, 0, 1);
      else r = best <= 0 ? (v >= best ? 1 : 0) : clamp(v / best, 0, 1);
      return {
        points: fullMarks * r,
        explainZh: `${lower ? `组内最优 ${fmt(best)} ÷ 实际 ${fmt(v)}` : `实际 ${fmt(v)} ÷ 组内最优 ${fmt(best)}`} = ${fmt(r)}；× ${fmt(fullMarks)} = ${fmt(fullMarks * r)}`,
        explainEn: `${lower ? `best in group ${fmt(best)} ÷ actual ${fmt(v)}` : `actual ${fmt(v)} ÷ best in group ${fmt(best)}`} = ${fmt(r)}; × ${fmt(fullMarks)} = ${fmt(fullMarks * r)}`,
      };
    }
    case 'points': {
      const p = clamp(v, 0, fullMarks);
      return { points: p, explainZh: `评分 ${fmt(v)}${p !== v ? `，限定在 0–${fmt(fullMarks)} 内为 ${fmt(p)}` : ''}`, explainEn: `rated ${fmt(v)}${p !== v ? `, held within 0–${fmt(fullMarks)} at ${fmt(p)}` : ''}` };
    }
    case 'yes_no': {
      const done = v >= 1;
      return { points: done ? fullMarks : 0, explainZh: done ? `已完成，得满分 ${fmt(fullMarks)}` : '未完成，得 0 分', explainEn: done ? `done: full marks ${fmt(fullMarks)}` : 'not done: 0 points' };
    }
  }
}
