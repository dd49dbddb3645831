// How indicator numbers, periods and targets read on every page, in both languages.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unitEn } from '../../domain/progress/units';
import type { ObservationState, ResolvedTarget, Status, Target } from './types';

/**
 * Status colours: green for met, blue for on pace, then warmer as it slips; grey and purple when
 * it cannot be judged. Each is also the text colour of its badge, so each reaches WCAG AA (4.5:1)
 * on white and on its own light tint (the brighter antd shades — #52c41a green, #1677ff blue,
 * #d48806 gold — read 2.3 to 4.1:1).
 */
export const STATUS_COLORS: Record<Status, string> = {
  achieved: '#2a7a0c',
  on_track: '#1659b8',
  moderate: '#a05a00',
  off_track: '#c2410c',
  deteriorating: '#a8071a',
  insufficient_data: '#5f5f5f',
  target_pending: '#722ed1',
};

export const STATE_COLORS: Record<ObservationState, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'cyan',
  accepted: 'success',
  returned: 'error',
};

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/** Up to `digits` decimals, thousands grouped, no trailing zeros: 357.6167 → 357.62, 148000 → 148,000. */
export function formatNumber(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const abs = Math.abs(v);
  // Small values keep their significant digits (0.0278), large ones need no decimals.
  const d = abs >= 10000 ? 0 : abs >= 1 || abs === 0 ? digits : Math.max(digits, 3);
  const [int, frac] = trimZeros(v.toFixed(d)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A yearly rate given as a fraction (0.0278) as a percentage (2.8%). */
export const formatRate = (r: number | null | undefined) => (r === null || r === undefined || !Number.isFinite(r) ? '—' : `${trimZeros((r * 100).toFixed(1))}%`);

export const parsePeriod = (p: string): { year: number; month?: number; quarter?: number } | null => {
  const m = /^(\d{4})(?:-(\d{2})|[Qq]([1-4]))?$/.exec(p);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, quarter: m[3] ? Number(m[3]) : undefined };
};

export function useIndicatorFormat() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';

  const period = useCallback(
    (p: string) => {
      const x = parsePeriod(p);
      if (!x) return p;
      if (x.month) return t('indicators.period.month', { year: x.year, month: x.month });
      if (x.quarter) return t('indicators.period.quarter', { year: x.year, quarter: x.quarter });
      return t('indicators.period.year', { year: x.year });
    },
    [t],
  );

  /** The unit word in the reader's language, from the one table the explanations use too. */
  const unit = useCallback((u: string | null | undefined) => (en ? unitEn(u) : (u ?? '').trim()), [en]);

  const value = useCallback(
    (v: number | null | undefined, u?: string | null) => {
      if (v === null || v === undefined || !Number.isFinite(v)) return '—';
      const w = unit(u);
      if (!w) return formatNumber(v);
      return w === '%' ? `${formatNumber(v)}%` : `${formatNumber(v)} ${w}`;
    },
    [unit],
  );

  /**
   * What a target asks for, in words: "355 亿元", "较基期增长15%", "全覆盖（14个）",
   * "高于全市3个百分点", "待定（增长××%）". The resolved value, when the engine derived one, follows.
   */
  const target = useCallback(
    (tg: Target, unit?: string | null, resolved?: ResolvedTarget | null) => {
      const v = tg.value;
      let text: string;
      switch (tg.kind) {
        case 'level':
          text = value(v, unit);
          break;
        case 'max':
          text = t('indicators.targetText.max', { value: value(v, unit) });
          break;
        case 'min':
          text = t('indicators.targetText.min', { value: value(v, unit) });
          break;
        case 'growth':
          text = t(tg.growthBasis === 'annual' ? 'indicators.targetText.growthAnnual' : 'indicators.targetText.growth', { value: formatNumber(v) });
          break;
        case 'reduction':
          text = t(tg.growthBasis === 'annual' ? 'indicators.targetText.reductionAnnual' : 'indicators.targetText.reduction', { value: formatNumber(v) });
          break;
        case 'coverage':
          text = resolved?.value ? t('indicators.targetText.coverageOf', { count: resolved.value }) : t('indicators.targetText.coverage');
          break;
        case 'relative':
          text = t('indicators.targetText.relative', { value: formatNumber(v), benchmark: resolved?.benchmark ?? t('indicators.targetText.city') });
          break;
        case 'pending':
        default:
          text = tg.text ? t('indicators.targetText.pendingText', { text: tg.text }) : t('indicators.targetText.pending');
      }
      if ((tg.kind === 'growth' || tg.kind === 'reduction') && resolved?.value !== null && resolved?.value !== undefined)
        text += t('indicators.targetText.resolved', { value: value(resolved.value, unit) });
      return text;
    },
    [t, value],
  );

  const status = useCallback((s: Status | null | undefined) => t(`indicators.status.${s ?? 'insufficient_data'}`), [t]);
  const state = useCallback((s: ObservationState | null | undefined) => (s ? t(`indicators.state.${s}`) : t('indicators.state.none')), [t]);

  return useMemo(() => ({ en, period, unit, value, target, status, state, number: formatNumber, rate: formatRate }), [en, period, unit, value, target, status, state]);
}
