// The English of a unit word: one table for the explanations the engine writes and for the
// pages (src/web/indicators/format.ts), so "万吨" is "10k t" everywhere in English mode.
export const UNIT_EN: Readonly<Record<string, string>> = {
  万吨: '10k t',
  吨: 't',
  万人次: '10k passengers',
  人次: 'passengers',
  亿元: '100m yuan',
  万元: '10k yuan',
  元: 'yuan',
  万美元: '10k USD',
  亿美元: '100m USD',
  分钟: 'min',
  小时: 'h',
  天: 'days',
  条: 'routes',
  家: 'firms',
  个: '',
  标箱: 'TEU',
  万标箱: '10k TEU',
  列: 'trains',
  班: 'services',
  '%': '%',
  '％': '%',
  个百分点: 'pp',
  百分点: 'pp',
  '元/标箱': 'yuan/TEU',
  '元/吨': 'yuan/t',
  万人: '10k people',
  人: 'people',
  项: 'items',
  公里: 'km',
};

/** A unit as English readers see it; a unit with no entry stays as written. */
export function unitEn(unit: string | null | undefined): string {
  const u = (unit ?? '').trim();
  // Own entries only: a unit typed as "constructor" must not come back as Object's function.
  return Object.hasOwn(UNIT_EN, u) ? UNIT_EN[u] : u;
}
