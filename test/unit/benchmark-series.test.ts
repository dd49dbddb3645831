// A relative target's benchmark is one zone's series: never the data of several zones mixed.
import { describe, expect, it } from 'vitest';
import { benchmarkSeries, type Counted } from '../../src/server/indicators/service';

const obs = (zoneId: string, period: string, value: number): Counted => ({ indicatorId: 'B', zoneId, period, value, covered: null });
const parentOf = new Map<string, string | null>([
  ['city', null],
  ['district', 'city'],
  ['area', 'district'],
  ['other', null],
]);

describe('benchmarkSeries', () => {
  const city = [obs('city', '2024', 5)];
  const district = [obs('district', '2024', 7)];
  it('takes the same zone first, then the nearest enclosing zone', () => {
    const series = new Map([
      ['B|city', city],
      ['B|district', district],
    ]);
    expect(benchmarkSeries(series, parentOf, 'B', 'district')).toBe(district);
    expect(benchmarkSeries(series, parentOf, 'B', 'area')).toBe(district);
    expect(benchmarkSeries(new Map([['B|city', city]]), parentOf, 'B', 'area')).toBe(city);
  });
  it('uses the only zone with data, and never mixes unrelated zones', () => {
    expect(benchmarkSeries(new Map([['B|other', city]]), parentOf, 'B', 'area')).toBe(city);
    const two = new Map([
      ['B|other', city],
      ['B|x', district],
    ]);
    expect(benchmarkSeries(two, parentOf, 'B', 'area')).toEqual([]);
    expect(benchmarkSeries(new Map([['A|area', city]]), parentOf, 'B', 'area')).toEqual([]);
  });
});
