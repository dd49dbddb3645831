// From final scores to amounts (funds in 万元, land in 亩): weighted factor shares, base plus
// performance, thresholds and vetoes, rank tiers from a reserved pool, caps and floors with the
// excess redistributed in proportion, and largest-remainder rounding so that the parts add up to
// the pool exactly. Pure functions; every parameter is echoed in the result.
import { EvaluationError, competitionRanks, round } from './errors';
import type { ParsedAllocateInput } from './schemas';

export interface AllocationLine {
  id: string;
  exact: number;
  amount: number;
}
export interface AllocationStep {
  step: string;
  zh: string;
  en: string;
  values?: Record<string, number>;
}
export interface AllocationResult {
  allocations: AllocationLine[];
  total: number;
  undistributed: number;
  steps: AllocationStep[];
}

const fmt = (x: number) => String(round(x, 6));

/**
 * Largest-remainder (Hamilton) rounding to `decimals`: floor every part to the unit, then hand the
 * units still missing to the largest remainders (ties: the larger exact amount, then the higher
 * `priority` — the score, so a higher score never gets less — then input order).
 * The parts then add up to round(Σ exact) exactly, and a larger exact amount never gets less.
 */
export function largestRemainder(exact: number[], decimals: number, priority: number[] = []): number[] {
  const f = 10 ** decimals;
  const scaled = exact.map((x) => x * f);
  const units = scaled.map((x) => Math.floor(x + 1e-9));
  const target = Math.round(scaled.reduce((s, x) => s + x, 0));
  let missing = target - units.reduce((s, u) => s + u, 0);
  const order = scaled
    .map((x, i) => ({ i, r: x - units[i], x }))
    .sort((a, b) => b.r - a.r || b.x - a.x || (priority[b.i] ?? 0) - (priority[a.i] ?? 0) || a.i - b.i);
  for (let k = 0; missing > 0 && k < order.length; k++, missing--) units[order[k].i] += 1;
  return units.map((u) => u / f);
}

/**
 * Caps and floors: parts above the cap are held at the cap and parts below the floor raised to it;
 * what that frees or costs is spread over the others in proportion to their amounts, until nothing
 * moves (at most one pass per recipient). Only recipients with a positive amount take part.
 */
export function capAndFloor(exact: number[], opts: { cap?: number; floor?: number }): { amounts: number[]; capped: number[]; floored: number[]; passes: number } {
  const n = exact.length;
  const total = exact.reduce((s, x) => s + x, 0);
  const active = exact.map((x) => x > 0);
  const fixed = new Map<number, number>();
  const capped: number[] = [];
  const floored: number[] = [];
  const activeCount = active.filter(Boolean).length;
  if (opts.floor !== undefined && opts.floor * activeCount > total + 1e-9)
    throw new EvaluationError(
      `保底额 ${fmt(opts.floor)} × ${activeCount} 个对象超过可分配总额 ${fmt(total)}`,
      `floor ${fmt(opts.floor)} × ${activeCount} recipients exceeds the amount to distribute (${fmt(total)})`,
      'floor',
    );
  let amounts = [...exact];
  let passes = 0;
  for (; passes <= 2 * n + 1; passes++) {
    const fixedSum = [...fixed.values()].reduce((s, x) => s + x, 0);
    const free = exact.map((_, i) => i).filter((i) => active[i] && !fixed.has(i));
    const freeBase = free.reduce((s, i) => s + exact[i], 0);
    const distributable = total - fixedSum;
    amounts = exact.map((x, i) => (fixed.has(i) ? fixed.get(i)! : active[i] && freeBase > 0 ? (distributable * x) / freeBase : 0));
    // Caps first: holding a part down only raises the others, so floors are settled afterwards.
    const over = opts.cap !== undefined ? free.filter((i) => amounts[i] > opts.cap! + 1e-9) : [];
    if (over.length) {
      over.forEach((i) => {
        fixed.set(i, opts.cap!);
        capped.push(i);
      });
      continue;
    }
    const under = opts.floor !== undefined ? free.filter((i) => amounts[i] < opts.floor! - 1e-9) : [];
    if (under.length) {
      under.forEach((i) => {
        fixed.set(i, opts.floor!);
        floored.push(i);
      });
      continue;
    }
    break;
  }
  return { amounts, capped, floored, passes };
}

export function allocate(input: ParsedAllocateInput): AllocationResult {
  const { pool, decimals, rule, recipients } = input;
  const steps: AllocationStep[] = [];
  const unit = 10 ** decimals;
  if (Math.abs(pool * unit - Math.round(pool * unit)) > 1e-6)
    throw new EvaluationError(`总额 ${pool} 不是最小单位（${decimals} 位小数）的整数倍`, `the pool ${pool} is not a whole number of units at ${decimals} decimals`, 'pool');
  const ids = new Set<string>();
  recipients.forEach((r, i) => {
    if (ids.has(r.id)) throw new EvaluationError(`对象 ${r.id} 重复`, `recipient ${r.id} appears twice`, `recipients[${i}].id`);
    ids.add(r.id);
  });
  const needScore = rule !== 'factor_share' || input.threshold !== undefined;
  if (needScore)
    recipients.forEach((r, i) => {
      if (r.score === undefined && !r.veto) throw new EvaluationError(`对象 ${r.id} 缺少得分`, `recipient ${r.id} has no score`, `recipients[${i}].score`);
    });
  const vetoed = recipients.filter((r) => r.veto).map((r) => r.id);
  if (vetoed.length) steps.push({ step: 'veto', zh: `一票否决，不参与分配：${vetoed.join('、')}`, en: `vetoed, receive nothing: ${vetoed.join(', ')}` });
  const aboveThreshold = (r: (typeof recipients)[number]) => input.threshold === undefined || (r.score ?? -Infinity) >= input.threshold;
  const below = recipients.filter((r) => !r.veto && !aboveThreshold(r)).map((r) => r.id);
  if (below.length)
    steps.push({
      step: 'threshold',
      zh: `得分低于门槛 ${input.threshold}，${rule === 'base_plus_performance' ? '不参与绩效部分' : '不参与分配'}：${below.join('、')}`,
      en: `score below the threshold ${input.threshold}: ${rule === 'base_plus_performance' ? 'no performance share' : 'receive nothing'}: ${below.join(', ')}`,
    });

  let exact: number[];
  if (rule === 'factor_share') {
    const factors = input.factors;
    if (!factors?.length) throw new EvaluationError('按因素法分配需要 factors（因素及权重）', 'factor_share needs factors (name and weight)', 'factors');
    const eligible = recipients.map((r) => !r.veto && aboveThreshold(r));
    const sums = factors.map((f, fi) =>
      recipients.reduce((s, r, i) => {
        const v = f.name === 'score' && r.factors?.[f.name] === undefined ? r.score : r.factors?.[f.name];
        if (v === undefined && eligible[i]) throw new EvaluationError(`对象 ${r.id} 缺少因素 ${f.name}`, `recipient ${r.id} has no value for factor ${f.name}`, `recipients[${i}].factors.${f.name}`);
        if (v !== undefined && v < 0) throw new EvaluationError(`对象 ${r.id} 的因素 ${f.name} 为负`, `factor ${f.name} of ${r.id} is negative`, `recipients[${i}].factors.${f.name}`);
        void fi;
        return s + (eligible[i] ? (v ?? 0) : 0);
      }, 0),
    );
    // A factor nobody has cannot be shared out: its weight goes to the others.
    const live = factors.map((f, i) => f.weight > 0 && sums[i] > 0);
    const wSum = factors.reduce((s, f, i) => s + (live[i] ? f.weight : 0), 0);
    if (!(wSum > 0)) throw new EvaluationError('没有可用于分配的因素（权重或数值全为零）', 'no factor to share by (all weights or values are zero)', 'factors');
    const w = factors.map((f, i) => (live[i] ? f.weight / wSum : 0));
    steps.push({
      step: 'factors',
      zh: `因素法 a_i = P · Σ_f ω_f · F_if / Σ_k F_kf；ω = ${factors.map((f, i) => `${f.name} ${fmt(w[i])}`).join('，')}；因素合计 ${factors.map((f, i) => `${f.name} ${fmt(sums[i])}`).join('，')}`,
      en: `factor share a_i = P · Σ_f ω_f · F_if / Σ_k F_kf; ω = ${factors.map((f, i) => `${f.name} ${fmt(w[i])}`).join(', ')}; factor totals ${factors.map((f, i) => `${f.name} ${fmt(sums[i])}`).join(', ')}`,
    });
    exact = recipients.map((r, i) =>
      !eligible[i]
        ? 0
        : pool * factors.reduce((s, f, fi) => (live[fi] ? s + (w[fi] * ((f.name === 'score' && r.factors?.[f.name] === undefined ? r.score : r.factors?.[f.name]) ?? 0)) / sums[fi] : s), 0),
    );
  } else if (rule === 'base_plus_performance') {
    const beta = input.base ?? 0;
    const inBase = recipients.map((r) => !r.veto);
    const baseCount = inBase.filter(Boolean).length;
    const basePool = pool * beta;
    let baseParts: number[];
    if (input.baseFactor) {
      const key = input.baseFactor;
      const fsum = recipients.reduce((s, r, i) => s + (inBase[i] ? (r.factors?.[key] ?? 0) : 0), 0);
      if (!(fsum > 0)) throw new EvaluationError(`基础部分按因素 ${key} 分配，但该因素合计为零`, `the base share is split by ${key}, which adds up to zero`, 'baseFactor');
      baseParts = recipients.map((r, i) => (inBase[i] ? (basePool * (r.factors?.[key] ?? 0)) / fsum : 0));
    } else baseParts = recipients.map((_, i) => (inBase[i] && baseCount ? basePool / baseCount : 0));
    const inPerf = recipients.map((r) => !r.veto && aboveThreshold(r) && (r.score ?? 0) > 0);
    const scoreSum = recipients.reduce((s, r, i) => s + (inPerf[i] ? r.score! : 0), 0);
    const perfPool = pool - basePool;
    const perfParts = recipients.map((r, i) => (inPerf[i] && scoreSum > 0 ? (perfPool * r.score!) / scoreSum : 0));
    steps.push({
      step: 'base',
      zh: `基础部分 β = ${fmt(beta)}：${fmt(basePool)} ${input.baseFactor ? `按 ${input.baseFactor} 分配` : `由 ${baseCount} 个对象平均分配`}`,
      en: `base share β = ${fmt(beta)}: ${fmt(basePool)} ${input.baseFactor ? `split by ${input.baseFactor}` : `split equally among ${baseCount}`}`,
    });
    steps.push({
      step: 'performance',
      zh: `绩效部分 ${fmt(perfPool)} 按得分分配（得分合计 ${fmt(scoreSum)}）`,
      en: `performance share ${fmt(perfPool)} split by score (scores add up to ${fmt(scoreSum)})`,
    });
    exact = recipients.map((_, i) => baseParts[i] + perfParts[i]);
  } else {
    const tiers = input.tiers;
    if (!tiers?.length) throw new EvaluationError('按名次分配需要 tiers（名次档及每名额度）', 'rank_tiers needs tiers (ranks and amount each)', 'tiers');
    tiers.forEach((t, i) => {
      if (t.toRank < t.fromRank) throw new EvaluationError(`第 ${i + 1} 档的起止名次颠倒`, `tier ${i + 1} ends before it starts`, `tiers[${i}]`);
    });
    const amountAt = (pos: number) => tiers.find((t) => pos >= t.fromRank && pos <= t.toRank)?.amount ?? 0;
    const maxRank = Math.max(...tiers.map((t) => t.toRank));
    let demand = 0;
    for (let p = 1; p <= maxRank; p++) demand += amountAt(p);
    if (demand > pool + 1e-9)
      throw new EvaluationError(`名次档合计 ${fmt(demand)} 超过预留总额 ${fmt(pool)}`, `the tiers need ${fmt(demand)}, more than the reserved pool ${fmt(pool)}`, 'tiers');
    const idx = recipients.map((_, i) => i).filter((i) => !recipients[i].veto && aboveThreshold(recipients[i]));
    const ranks = competitionRanks(idx.map((i) => recipients[i].score!));
    exact = recipients.map(() => 0);
    idx.forEach((i, k) => {
      // Tied recipients share the amounts of the places they occupy together.
      const r = ranks[k];
      const tied = ranks.filter((x) => x === r).length;
      let s = 0;
      for (let p = r; p < r + tied; p++) s += amountAt(p);
      exact[i] = s / tied;
    });
    steps.push({
      step: 'tiers',
      zh: `按名次：${tiers.map((t) => `第 ${t.fromRank}${t.toRank > t.fromRank ? `–${t.toRank}` : ''} 名各 ${fmt(t.amount)}`).join('，')}；并列者平分所占名次的额度`,
      en: `by rank: ${tiers.map((t) => `${t.fromRank}${t.toRank > t.fromRank ? `–${t.toRank}` : ''}: ${fmt(t.amount)} each`).join(', ')}; tied recipients share the places they occupy`,
    });
  }

  if (input.cap !== undefined || input.floor !== undefined) {
    const capAmount = input.cap !== undefined ? input.cap * pool : undefined;
    const r = capAndFloor(exact, { cap: capAmount, floor: input.floor });
    if (r.capped.length || r.floored.length)
      steps.push({
        step: 'cap_floor',
        zh: `${r.capped.length ? `封顶 ${fmt(capAmount!)}：${r.capped.map((i) => recipients[i].id).join('、')}；` : ''}${r.floored.length ? `保底 ${fmt(input.floor!)}：${r.floored.map((i) => recipients[i].id).join('、')}；` : ''}差额按比例在其余对象间调剂（${r.passes} 轮）`,
        en: `${r.capped.length ? `capped at ${fmt(capAmount!)}: ${r.capped.map((i) => recipients[i].id).join(', ')}; ` : ''}${r.floored.length ? `raised to the floor ${fmt(input.floor!)}: ${r.floored.map((i) => recipients[i].id).join(', ')}; ` : ''}the difference spread over the others in proportion (${r.passes} passes)`,
      });
    exact = r.amounts;
  }

  const amounts = largestRemainder(exact, decimals, recipients.map((r) => (r.veto ? -Infinity : (r.score ?? 0))));
  const totalUnits = amounts.reduce((s, a) => s + Math.round(a * unit), 0);
  const total = totalUnits / unit;
  const undistributed = Math.round(pool * unit - totalUnits) / unit;
  steps.push({
    step: 'rounding',
    zh: `按最大余额法取整到 ${decimals} 位小数，合计 ${total}${undistributed ? `，未分配 ${undistributed}` : '，等于总额'}`,
    en: `rounded to ${decimals} decimals by the largest-remainder method: total ${total}${undistributed ? `, ${undistributed} not distributed` : ', equal to the pool'}`,
  });
  return { allocations: recipients.map((r, i) => ({ id: r.id, exact: exact[i], amount: amounts[i] })), total, undistributed, steps };
}

export interface AwardRule {
  title: string;
  /** The best N of each group. */
  topPerGroup?: number;
  /** The best N overall. */
  topOverall?: number;
  minScore?: number;
  /** Zones with a veto or a grade below this are not eligible. */
  minGrade?: 'excellent' | 'good' | 'pass';
}

const GRADE_ORDER = { excellent: 3, good: 2, pass: 1, fail: 0 } as const;

/** 评优评先: who gets which award, by rank and eligibility. */
export function awards(
  zones: { id: string; group: string; total: number; rankInGroup: number; rankOverall?: number | null; eligible: boolean; grade: keyof typeof GRADE_ORDER | null }[],
  rules: AwardRule[],
): { title: string; zoneIds: string[] }[] {
  return rules.map((rule) => {
    const ok = zones.filter(
      (z) => z.eligible && (rule.minScore === undefined || z.total >= rule.minScore) && (rule.minGrade === undefined || (z.grade !== null && GRADE_ORDER[z.grade] >= GRADE_ORDER[rule.minGrade])),
    );
    let picked = ok;
    if (rule.topPerGroup !== undefined) picked = picked.filter((z) => z.rankInGroup <= rule.topPerGroup!);
    if (rule.topOverall !== undefined) {
      // The official overall rank (the scheme's ranking method) when the results have one; under
      // weighted sum it is the rank of the total either way.
      const ranks = zones.every((z) => typeof z.rankOverall === 'number') ? zones.map((z) => z.rankOverall!) : competitionRanks(zones.map((z) => z.total));
      picked = picked.filter((z) => ranks[zones.indexOf(z)] <= rule.topOverall!);
    }
    return { title: rule.title, zoneIds: picked.map((z) => z.id) };
  });
}
