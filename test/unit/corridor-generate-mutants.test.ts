// Kills the mutants of src/domain/corridor/generate.ts and reference.ts: the PRNG's exact
// sequence, the day weight at every Spring Festival edge, the first generated rows of a seed
// pinned whole, the CSV line, the HS sections at both ends of each, the country names.
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvLine, dayWeight, generateShipments, prng } from '../../src/domain/corridor/generate';
import { commodityClass, countryZh } from '../../src/domain/corridor/reference';

describe('prng (mulberry32)', () => {
  it('gives the reference sequence of mulberry32; the seed is taken as an unsigned 32-bit integer', () => {
    const r = prng(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(prng(0)()).toBe(0.26642920868471265);
    expect(prng(2 ** 32)()).toBe(0.26642920868471265);
    expect(prng(-1)()).toBe(0.8964226141106337);
  });
});

describe('dayWeight', () => {
  const start = Date.parse('2025-01-01T00:00:00+08:00');
  const at = (s: string, growth = 0.25) => dayWeight(Date.parse(`${s}+08:00`), start, growth);
  const trend = (s: string) => 1.25 ** ((Date.parse(`${s}+08:00`) - start) / (365.25 * 86_400_000));
  it('the month, the trend, and the Spring Festival (2025-01-29) from 3 days before to 7 after, then 7 days of restart', () => {
    expect(at('2025-01-01T00:00:00')).toBe(0.92);
    expect(at('2025-01-25T23:59:00')).toBeCloseTo(0.92 * trend('2025-01-25T23:59:00'), 12);
    expect(at('2025-01-26T00:00:00')).toBeCloseTo(0.92 * trend('2025-01-26T00:00:00') * 0.3, 12);
    expect(at('2025-02-04T23:59:00')).toBeCloseTo(0.82 * trend('2025-02-04T23:59:00') * 0.3, 12);
    expect(at('2025-02-05T00:00:00')).toBeCloseTo(0.82 * trend('2025-02-05T00:00:00') * 0.7, 12);
    expect(at('2025-02-11T23:59:00')).toBeCloseTo(0.82 * trend('2025-02-11T23:59:00') * 0.7, 12);
    expect(at('2025-02-12T00:00:00')).toBeCloseTo(0.82 * trend('2025-02-12T00:00:00'), 12);
    // a year with no Spring Festival date on file, without growth: the month alone
    expect(at('2030-03-01T00:00:00', 0)).toBe(0.98);
    expect(at('2030-12-31T23:00:00', 0)).toBe(1.07);
  });
});

describe('generateShipments', () => {
  it('the first rows of a seed, whole, and the CSV line', () => {
    const rows = [...generateShipments({ from: '2025-01', to: '2025-01', perDay: 3, seed: 7 })];
    expect(rows.length).toBe(73);
    expect(rows.slice(0, 3)).toEqual([
      { shipment_id: 'GEN-2025-0000001', operator: 'GENAIR', legs: 'air', origin: 'SGSIN', destination: 'CNCKG', corridor: '1', node: 'CKG-AIRPORT', direction: 'import', weight_kg: '2124', teu: '', value_cny: '1803237', hs_code: '8542', fresh: '0', passed_at: '2025-01-01T11:11:22+08:00', arrived_at: '2025-01-01T09:43:47+08:00', released_at: '2025-01-02T09:37:47+08:00', inspected: '0' },
      { shipment_id: 'GEN-2025-0000002', operator: 'GENAIR', legs: 'air', origin: 'KRICN', destination: 'CNCKG', corridor: '1', node: 'CKG-AIRPORT', direction: 'import', weight_kg: '853', teu: '', value_cny: '706879', hs_code: '8542', fresh: '0', passed_at: '2025-01-01T07:02:16+08:00', arrived_at: '2025-01-01T04:23:56+08:00', released_at: '2025-01-02T11:43:56+08:00', inspected: '0' },
      { shipment_id: 'GEN-2025-0000003', operator: 'GENRIVER', legs: 'river>sea', origin: 'CNCKG', destination: 'DEHAM', corridor: '0', node: 'LUOQI', direction: 'export', weight_kg: '14474', teu: '2', value_cny: '296463', hs_code: '8481', fresh: '0', passed_at: '2025-01-01T13:08:58+08:00', arrived_at: '', released_at: '', inspected: '' },
    ]);
    expect(CSV_HEADER).toBe('shipment_id,operator,legs,origin,destination,corridor,node,direction,weight_kg,teu,value_cny,hs_code,fresh,passed_at,arrived_at,released_at,inspected');
    expect(csvLine(rows[0])).toBe('GEN-2025-0000001,GENAIR,air,SGSIN,CNCKG,1,CKG-AIRPORT,import,2124,,1803237,8542,0,2025-01-01T11:11:22+08:00,2025-01-01T09:43:47+08:00,2025-01-02T09:37:47+08:00,0');
  });
  it('a container of exactly 14 000 kg is one TEU (more is two)', () => {
    const row = [...generateShipments({ from: '2025-03', to: '2025-03', perDay: 40, seed: 18 })][637];
    expect([row.shipment_id, row.legs, row.weight_kg, row.teu]).toEqual(['GEN-2025-0000638', 'rail', '14000', '1']);
  });
  it('a December end month runs to the last day of the year', () => {
    const rows = [...generateShipments({ from: '2025-12', to: '2025-12', perDay: 2, seed: 1 })];
    expect([rows.length, rows[0].passed_at, rows[rows.length - 1].passed_at]).toEqual([68, '2025-12-01T14:42:29+08:00', '2025-12-31T05:24:30+08:00']);
  });
});

describe('reference data', () => {
  it('the commodity class of each HS chapter, at both ends of every section', () => {
    const sections: [number, number, string][] = [
      [1, 5, 'animal'], [6, 14, 'vegetable'], [15, 15, 'fats'], [16, 24, 'food'], [25, 27, 'mineral'], [28, 38, 'chemical'], [39, 40, 'plastics'],
      [41, 43, 'hides'], [44, 46, 'wood'], [47, 49, 'paper'], [50, 63, 'textiles'], [64, 67, 'footwear'], [68, 70, 'stone_glass'], [71, 71, 'precious'],
      [72, 83, 'metals'], [84, 85, 'machinery'], [86, 89, 'vehicles'], [90, 92, 'instruments'], [93, 93, 'arms'], [94, 96, 'miscellaneous'], [97, 99, 'art_other'],
    ];
    for (const [a, b, code] of sections)
      for (const ch of [a, b]) expect([ch, commodityClass(`${String(ch).padStart(2, '0')}0617`)?.code]).toEqual([ch, code]);
    expect(commodityClass('030617')).toEqual({ code: 'animal', zh: '活动物；动物产品' });
    expect(commodityClass('8542')).toEqual({ code: 'machinery', zh: '机电产品' });
    expect(commodityClass('00')).toBeNull();
    expect(commodityClass('77')).toEqual({ code: 'metals', zh: '贱金属及制品' });
  });
  it('country names: RCEP members, a few others, else the code', () => {
    expect(countryZh('VN')).toBe('越南');
    expect(countryZh('CN')).toBe('中国');
    expect(countryZh('US')).toBe('美国');
    expect(countryZh('HK')).toBe('中国香港');
    expect(countryZh('XZ')).toBe('XZ');
  });
});
