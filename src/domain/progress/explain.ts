// One paragraph in Chinese and in English that says where the indicator stands and why,
// built only from the numbers the status came from, so a reader can check each step.
import { hublineStatus } from './status';
import { UNIT_EN } from './units';
import type { HublineStatus, IndicatorInput, StatusResult, TargetAssessment, YearToDate } from './types';

export const STATUS_ZH: Record<HublineStatus, string> = {
  achieved: '已达标',
  on_track: '进展良好',
  moderate: '进展缓慢',
  off_track: '进展滞后',
  deteriorating: '倒退',
  insufficient_data: '数据不足',
  target_pending: '目标待定',
};

export const STATUS_EN: Record<HublineStatus, string> = {
  achieved: 'target achieved',
  on_track: 'on track',
  moderate: 'progress made, acceleration needed',
  off_track: 'off track',
  deteriorating: 'deteriorating',
  insufficient_data: 'insufficient data',
  target_pending: 'target pending',
};

/** Numbers as people write them in a report: no thousands separators, few decimals. */
export function formatNumber(v: number): string {
  // Never "Infinity" or "NaN" in a sentence someone reads: inputs are bounded (calendar/limits.ts), this is the last guard.
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const digits = a >= 10000 ? 0 : a >= 100 ? 1 : 2;
  const s = v.toFixed(digits);
  const t = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  return t === '-0' ? '0' : t;
}

const pct = (r: number) => (Number.isFinite(r) ? `${(Math.abs(r) * 100).toFixed(1)}%` : '—');
const pp = (v: number) => formatNumber(Math.round(v * 10) / 10);

export function explain(r: Omit<StatusResult, 'explanation'>, ind: IndicatorInput): { zh: string; en: string } {
  const unit = (ind.unit ?? '').trim();
  const uZh = (v: number) => `${formatNumber(v)}${unit}`;
  const unitEn = UNIT_EN[unit] ?? unit;
  const uEn = (v: number) => (unitEn === '%' ? `${formatNumber(v)}%` : unitEn ? `${formatNumber(v)} ${unitEn}` : formatNumber(v));
  const zhStatus = STATUS_ZH[r.status];
  const enStatus = STATUS_EN[r.status];
  const t = r.targets.find((x) => r.target && x.year === r.target.year && x.kind === r.target.kind) ?? null;
  const ytd = r.yearToDate ? ytdSentence(r.yearToDate, ind, uZh, uEn) : null;
  const tail = (zh: string, en: string) => ({ zh: ytd ? `${zh}${ytd.zh}` : zh, en: ytd ? `${en} ${ytd.en}` : en });

  if (t?.kind === 'relative') return tail(...relativeSentence(r, t));

  const b = r.baseline;
  const c = r.current;
  if (r.status === 'insufficient_data' || !b || !c) {
    const why = r.gaps.map((g) => g.zh).join('；') || '数据不足';
    const whyEn = r.gaps.map((g) => g.en).join('; ') || 'not enough data';
    const later = b && c && c.year > b.year;
    const known = b ? `${b.year}年基期${uZh(b.value)}${later ? `，${c!.year}年实际${uZh(c!.value)}` : ''}` : '';
    const knownEn = b ? ` Baseline ${uEn(b.value)} in ${b.year}${later ? `; ${uEn(c!.value)} in ${c!.year}` : ''}.` : '';
    return tail(`数据不足：${why}。${known ? `${known}。` : ''}`, `Insufficient data: ${whyEn}.${knownEn}`);
  }

  const baseZh = `${b.year}年基期${uZh(b.value)}`;
  const baseEn = `Baseline ${uEn(b.value)} in ${b.year}`;
  const curZh = `${c.year}年实际${uZh(c.value)}${c.provisional ? '（初步数）' : ''}`;
  const curEn = `${uEn(c.value)} in ${c.year}${c.provisional ? ' (provisional)' : ''}`;
  let coverZh = '';
  let coverEn = '';
  if (t?.kind === 'coverage' && t.setSize) {
    const missing = r.missing ?? [];
    const names = ind.targets.find((x) => x.kind === 'coverage' && x.year === t.year)?.memberNames ?? {};
    coverZh = `（共${t.setSize}${/^[个条家项国]$/.test(unit) ? unit : '个'}${missing.length ? `，尚未覆盖：${missing.map((m) => names[m]?.zh || m).join('、')}` : ''}）`;
    coverEn = ` (of ${t.setSize}${missing.length ? `; not yet covered: ${missing.map((m) => names[m]?.en || m).join(', ')}` : ''})`;
  }
  const single = c.year === b.year;
  const trendZh = single ? '' : trendPhraseZh(r.observedRate, r.observedSlope, unit);
  const trendEn = single ? '' : trendPhraseEn(r.observedRate, r.observedSlope, uEn);
  const parts = (zh: (string | false)[], en: (string | false)[]) => ({ zh: zh.filter(Boolean).join('，'), en: en.filter(Boolean) });

  if (!t || t.kind === 'pending') {
    const lead = t ? `${t.year}年目标值待定，仅按趋势评估：` : '未设定目标，仅按趋势评估：';
    const leadEn = t ? `The ${t.year} target is pending; on the trend alone: ` : 'No target; on the trend alone: ';
    const trendStatus = r.sdgStatus ? STATUS_ZH[t ? hublineStatus(r.sdgStatus) : r.status] : '';
    const trendStatusEn = r.sdgStatus ? STATUS_EN[t ? hublineStatus(r.sdgStatus) : r.status] : '';
    const p = parts([baseZh, `${curZh}${coverZh}`, trendZh], [`b${baseEn.slice(1)}`, `${curEn}${coverEn}`]);
    const en = `${leadEn}${p.en.join('; ')}${trendEn ? `, ${trendEn}` : ''}`;
    if (t) return tail(`${lead}${p.zh}${trendStatus ? `（趋势${trendStatus}）` : ''}；目标待定。`, `${en}${trendStatusEn ? ` (trend: ${trendStatusEn})` : ''}; target pending.`);
    return tail(`${lead}${p.zh}，${zhStatus}。`, `${en}: ${enStatus}.`);
  }

  const goalZh = targetPhraseZh(t, uZh);
  const goalEn = targetPhraseEn(t, uEn);
  if (r.status === 'achieved') {
    const p = parts([baseZh, `${curZh}${coverZh}`, `已达到${goalZh.withValue}`], [baseEn, `${curEn}${coverEn}`]);
    return tail(`${p.zh}，${zhStatus}。`, `${p.en.join('; ')}, meeting ${goalEn.withValue}: ${enStatus}.`);
  }
  if (r.missed) {
    const p = parts([baseZh, `${curZh}${coverZh}`, trendZh, `未实现${goalZh.withValue}`], [baseEn, `${curEn}${coverEn}${trendEn ? `, ${trendEn}` : ''}`]);
    return tail(`${p.zh}，${zhStatus}。`, `${p.en.join('; ')}; ${goalEn.withValue} was missed: ${enStatus}.`);
  }
  // Say what is needed in the same terms as what was observed: a rate, or a change per year.
  const linear = r.observedRate === null && r.observedSlope !== null;
  const needZh = requiredPhraseZh(linear ? null : r.requiredRate, r.requiredSlope, unit);
  const needEn = requiredPhraseEn(linear ? null : r.requiredRate, r.requiredSlope, uEn);
  if (single) {
    // Only the baseline year: a pace cannot be measured yet.
    const p = parts([baseZh, `暂无基期之后的完整年度数据`], [baseEn, 'no complete year after the baseline yet']);
    return tail(`${p.zh}，${zhStatus}。`, `${p.en.join('; ')}: ${enStatus}.`);
  }
  const p = parts([baseZh, `${curZh}${coverZh}`, trendZh, needZh && `实现${goalZh.plain}所需${needZh}`], []);
  const en = `${baseEn}; ${curEn}${coverEn}${trendEn ? `, ${trendEn}` : ''}${needEn ? `; reaching ${goalEn.plain} needs ${needEn}` : ''}: ${enStatus}.`;
  return tail(`${p.zh}，${zhStatus}。`, en);
}

function trendPhraseZh(rate: number | null, slope: number | null, unit: string): string {
  if (rate !== null) return Math.abs(rate) < 0.0005 ? '与基期基本持平' : `年均${rate > 0 ? '增长' : '下降'}${pct(rate)}`;
  if (slope !== null) return slope === 0 ? '与基期持平' : `年均${slope > 0 ? '增加' : '减少'}${formatNumber(Math.abs(slope))}${unit}`;
  return '';
}

function trendPhraseEn(rate: number | null, slope: number | null, uEn: (v: number) => string): string {
  if (rate !== null) return Math.abs(rate) < 0.0005 ? 'flat since the baseline' : `${rate > 0 ? 'growing' : 'falling'} ${pct(rate)} a year`;
  if (slope !== null) return slope === 0 ? 'flat since the baseline' : `${slope > 0 ? 'adding' : 'losing'} ${uEn(Math.abs(slope))} a year`;
  return '';
}

function requiredPhraseZh(rate: number | null, slope: number | null, unit: string): string {
  if (rate !== null) return Math.abs(rate) < 0.0005 ? '保持现有水平' : `年均${rate > 0 ? '增长' : '下降'}${pct(rate)}`;
  if (slope !== null) return `年均${slope >= 0 ? '增加' : '减少'}${formatNumber(Math.abs(slope))}${unit}`;
  return '';
}

function requiredPhraseEn(rate: number | null, slope: number | null, uEn: (v: number) => string): string {
  if (rate !== null) return Math.abs(rate) < 0.0005 ? 'holding the current level' : rate > 0 ? `${pct(rate)} a year` : `a fall of ${pct(rate)} a year`;
  if (slope !== null) return `${slope >= 0 ? '' : 'a fall of '}${uEn(Math.abs(slope))} a year`;
  return '';
}

function targetPhraseZh(t: TargetAssessment, uZh: (v: number) => string): { plain: string; withValue: string } {
  const v = t.value as number;
  const p = t.input ?? 0;
  switch (t.kind) {
    case 'growth':
    case 'reduction': {
      const word = t.kind === 'growth' ? '增长' : '降低';
      const s = t.growthBasis === 'annual' ? `年均${word}${formatNumber(p)}%` : `较基期${word}${formatNumber(p)}%`;
      return { plain: `${t.year}年目标（${s}，即${uZh(v)}）`, withValue: `${t.year}年目标（${s}，即${uZh(v)}）` };
    }
    case 'max':
      return { plain: `${t.year}年目标（不高于${uZh(v)}）`, withValue: `${t.year}年目标（不高于${uZh(v)}）` };
    case 'min':
      return { plain: `${t.year}年目标（不低于${uZh(v)}）`, withValue: `${t.year}年目标（不低于${uZh(v)}）` };
    case 'coverage':
      return { plain: `${t.year}年全覆盖目标`, withValue: `${t.year}年全覆盖目标（${formatNumber(v)}个）` };
    default:
      return { plain: `${t.year}年目标`, withValue: `${t.year}年目标${uZh(v)}` };
  }
}

function targetPhraseEn(t: TargetAssessment, uEn: (v: number) => string): { plain: string; withValue: string } {
  const v = t.value as number;
  const p = t.input ?? 0;
  switch (t.kind) {
    case 'growth':
    case 'reduction': {
      const word = t.kind === 'growth' ? 'growth' : 'reduction';
      const s = t.growthBasis === 'annual' ? `${formatNumber(p)}% ${word} a year` : `${formatNumber(p)}% ${word} on the baseline`;
      const text = `the ${t.year} target (${s}, i.e. ${uEn(v)})`;
      return { plain: text, withValue: text };
    }
    case 'max':
      return { plain: `the ${t.year} target (at most ${uEn(v)})`, withValue: `the ${t.year} target (at most ${uEn(v)})` };
    case 'min':
      return { plain: `the ${t.year} target (at least ${uEn(v)})`, withValue: `the ${t.year} target (at least ${uEn(v)})` };
    case 'coverage':
      return { plain: `full coverage in ${t.year}`, withValue: `full coverage in ${t.year} (${formatNumber(v)})` };
    default:
      return { plain: `the ${t.year} target`, withValue: `the ${t.year} target of ${uEn(v)}` };
  }
}

function relativeSentence(r: Omit<StatusResult, 'explanation'>, t: TargetAssessment): [string, string] {
  const bench = t.benchmark ?? '全市';
  const benchEn = t.benchmark && /全市/.test(t.benchmark) ? 'the city' : t.benchmark ?? 'the benchmark';
  const row = r.relative?.[r.relative.length - 1];
  const zhStatus = STATUS_ZH[r.status];
  const enStatus = STATUS_EN[r.status];
  if (!row || t.value === null) {
    const why = r.gaps.map((g) => g.zh).join('；') || '缺少可比的增速';
    const whyEn = r.gaps.map((g) => g.en).join('; ') || 'no comparable growth';
    return [`数据不足：${why}。`, `Insufficient data: ${whyEn}.`];
  }
  const above = row.margin >= 0;
  const zh =
    `${row.year}年增速${pp(row.growth)}%，${bench}${pp(row.benchmarkGrowth)}%，` +
    `${above ? '高出' : '低于'}${pp(Math.abs(row.margin))}个百分点，` +
    `${t.year}年目标为高于${bench}${pp(t.value)}个百分点` +
    (r.status === 'achieved' ? '' : `（按${bench}当前增速需达到${pp(row.benchmarkGrowth + t.value)}%）`) +
    `，${zhStatus}。`;
  const en =
    `Growth ${pp(row.growth)}% in ${row.year} against ${pp(row.benchmarkGrowth)}% for ${benchEn}, ` +
    `${pp(Math.abs(row.margin))} points ${above ? 'above' : 'below'}; the ${t.year} target is ${pp(t.value)} points above ${benchEn}` +
    (r.status === 'achieved' ? '' : ` (${pp(row.benchmarkGrowth + t.value)}% at ${benchEn}'s current growth)`) +
    `: ${enStatus}.`;
  return [zh, en];
}

function ytdSentence(y: YearToDate, ind: IndicatorInput, uZh: (v: number) => string, uEn: (v: number) => string): { zh: string; en: string } {
  const how = ind.aggregation ?? 'last';
  const k = y.periodsObserved;
  const whenZh =
    how === 'last'
      ? y.frequency === 'monthly'
        ? `截至${y.year}年${k}月`
        : `截至${y.year}年第${k}季度`
      : y.frequency === 'monthly'
        ? k === 1
          ? `${y.year}年1月`
          : `${y.year}年1—${k}月`
        : k === 1
          ? `${y.year}年一季度`
          : `${y.year}年前${k}季度`;
  const whenEn = y.frequency === 'monthly' ? `${y.year} to month ${y.periodsObserved}` : `${y.year} to Q${y.periodsObserved}`;
  const aggZh = how === 'sum' ? `累计${uZh(y.actual)}` : how === 'average' ? `平均${uZh(y.actual)}` : `为${uZh(y.actual)}`;
  const aggEn = how === 'sum' ? `total ${uEn(y.actual)}` : how === 'average' ? `average ${uEn(y.actual)}` : `at ${uEn(y.actual)}`;
  const yoyZh = y.yearOnYear !== null ? `，同比${y.yearOnYear >= 0 ? '增长' : '下降'}${pct(y.yearOnYear)}` : '';
  const yoyEn = y.yearOnYear !== null ? `, ${y.yearOnYear >= 0 ? 'up' : 'down'} ${pct(y.yearOnYear)} year on year` : '';
  let expZh = '';
  let expEn = '';
  if (y.expected !== null) {
    const basisZh = y.profile === 'seasonal' ? `按往年季节规律（${y.profileYears.join('、')}年）` : '按时间进度';
    const basisEn = y.profile === 'seasonal' ? `by the seasonal profile of ${y.profileYears.join(', ')}` : 'pro rata';
    expZh = `，${basisZh}应达${uZh(y.expected)}（${y.year}年目标${uZh(y.milestone as number)}），${y.onCourse ? '符合进度' : '落后于进度'}`;
    expEn = `; ${basisEn} it should be ${uEn(y.expected)} (${y.year} milestone ${uEn(y.milestone as number)}): ${y.onCourse ? 'on schedule' : 'behind schedule'}`;
  }
  return {
    zh: `${whenZh}${aggZh}${y.provisional ? '（初步数）' : ''}${yoyZh}${expZh}。`,
    en: `Year to date (${whenEn}): ${aggEn}${y.provisional ? ' (provisional)' : ''}${yoyEn}${expEn}.`,
  };
}
