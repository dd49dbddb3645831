// Kills the mutants of src/domain/cockpit/index.ts: every figure of the leaders' screen at its
// edges (month ends and windows, the widest zone's row and its tie-breaks, groups without a
// section, punctuality tie-breaks, notice multiplicities, rounding, the network's unplaced
// nodes and leg chains) and the whole screen assembled once with every module's `available`.
// Results are computed inside the tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOfDay,
  assembleCockpit,
  clearanceSeries,
  corridorByModeMonth,
  groupOf,
  indicatorTiles,
  monthsUpTo,
  network,
  noticeFigures,
  PERIOD_RE,
  periodEnd,
  primaryMode,
  punctualityRanking,
  taskGroups,
  type CockpitInput,
  type IndicatorRow,
} from '../../src/domain/cockpit/index';

describe('periods', () => {
  it('PERIOD_RE takes months 01–12 only, whole string', () => {
    for (const p of ['2026-01', '2026-09', '2026-10', '2026-12']) expect(PERIOD_RE.test(p)).toBe(true);
    for (const p of ['2026-00', '2026-13', '2026-1', '2026-20', 'x2026-01', '2026-01x', '226-01', '2026Q1']) expect(PERIOD_RE.test(p)).toBe(false);
  });
  it('month ends, and the day figures are taken on at the edge', () => {
    expect(['2026-01', '2025-02', '2026-04', '2026-11'].map(periodEnd)).toEqual(['2026-01-31', '2025-02-28', '2026-04-30', '2026-11-30']);
    expect(asOfDay('2026-10', '2026-10-31')).toBe('2026-10-31');
    expect(asOfDay('2026-10', '2026-11-01')).toBe('2026-10-31');
    expect(asOfDay('2026-10', '2026-10-30')).toBe('2026-10-30');
  });
  it('windows of months, oldest first, across year ends', () => {
    expect(monthsUpTo('2026-05', 1)).toEqual(['2026-05']);
    expect(monthsUpTo('2026-05', 0)).toEqual([]);
    expect(monthsUpTo('2026-12', 3)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsUpTo('2026-01', 13)[0]).toBe('2025-01');
    expect(monthsUpTo('2026-01', 2)).toEqual(['2025-12', '2026-01']);
  });
  it('property: a window is consecutive months ending with the period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 }), (y, m, n) => {
        const period = `${y}-${String(m).padStart(2, '0')}`;
        const w = monthsUpTo(period, n);
        expect(w).toHaveLength(n);
        expect(w.at(-1)).toBe(period);
        for (const p of w) expect(PERIOD_RE.test(p)).toBe(true);
        for (let i = 1; i < w.length; i++) expect(w[i] > w[i - 1]).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

const summary = (status: string, extra: Record<string, unknown> = {}) =>
  ({ status, latest: { period: '2025', value: 5 }, distanceCovered: 40, sparkline: [1, 2], target: { year: 2027, value: 9 }, milestones: [], covered: null, explanation: { zh: '', en: '' }, ...extra }) as never;
const row = (id: string, zoneLevel: string | null, zoneName: string | null, s: unknown, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  id,
  code: id.toUpperCase(),
  name: id,
  nameEn: null,
  unit: null,
  zoneName,
  zoneLevel,
  position: 1,
  summary: s as never,
  ...extra,
});

describe('indicatorTiles', () => {
  it('the widest zone with a summary: city, district, functional area, then others; a row with a summary beats any without', () => {
    const pick = (rows: IndicatorRow[]) => indicatorTiles(rows).tiles[0].zoneName;
    expect(pick([row('i', 'district', '区', summary('on_track')), row('i', 'city', '市', summary('on_track'))])).toBe('市');
    expect(pick([row('i', 'functional_area', '功能区', summary('on_track')), row('i', 'district', '区', summary('on_track'))])).toBe('区');
    expect(pick([row('i', 'street', '街道', summary('on_track')), row('i', 'functional_area', '功能区', summary('on_track'))])).toBe('功能区');
    expect(pick([row('i', null, '无级别', summary('on_track')), row('i', 'functional_area', '功能区', summary('on_track'))])).toBe('功能区');
    expect(pick([row('i', 'city', '市', null), row('i', 'functional_area', '功能区', summary('on_track'))])).toBe('功能区');
    expect(pick([row('i', 'functional_area', '功能区', summary('on_track')), row('i', 'city', '市', null)])).toBe('功能区');
    // Same rank: the smaller zone name, a missing name counting as ''.
    expect(pick([row('i', 'district', '乙区', summary('on_track')), row('i', 'district', '甲区', summary('on_track'))])).toBe('乙区');
    expect(pick([row('i', 'district', 'b', summary('on_track')), row('i', 'district', 'a', summary('on_track'))])).toBe('a');
    expect(pick([row('i', 'district', 'a', summary('on_track')), row('i', 'district', 'b', summary('on_track'))])).toBe('a');
    expect(pick([row('i', 'district', 'a', summary('on_track')), row('i', 'district', null, summary('on_track'))])).toBe(null);
  });

  it('order by position then code; every field of a tile; missing parts null or empty', () => {
    const r = indicatorTiles([
      row('b', 'city', '市', summary('achieved', { target: { year: 2030 } }), { position: 2, code: 'B', nameEn: 'Bee', unit: '吨' }),
      row('a', 'city', '市', summary('off_track', { latest: null, target: null, distanceCovered: null, sparkline: undefined }), { position: 2, code: 'A' }),
      row('c', 'city', '市', null, { position: 1, code: 'Z' }),
    ]);
    expect(r.tiles).toEqual([
      { id: 'c', code: 'Z', name: 'c', nameEn: null, unit: null, zoneName: '市', status: 'not_computed', latest: null, target: null, distanceCovered: null, sparkline: [] },
      { id: 'a', code: 'A', name: 'a', nameEn: null, unit: null, zoneName: '市', status: 'off_track', latest: null, target: null, distanceCovered: null, sparkline: [] },
      { id: 'b', code: 'B', name: 'b', nameEn: 'Bee', unit: '吨', zoneName: '市', status: 'achieved', latest: { period: '2025', value: 5 }, target: { year: 2030, value: null }, distanceCovered: 40, sparkline: [1, 2] },
    ]);
    expect(r.counts).toEqual({ achieved: 1, on_track: 0, moderate: 0, off_track: 1, deteriorating: 0, insufficient_data: 0, target_pending: 0, not_computed: 1 });
  });
});

describe('taskGroups', () => {
  it('groups without a section are named by their ref or 未归组, and come last in ref order', () => {
    const g = taskGroups([{ ref: '三', number: '三', title: '保障措施' }], {
      tasks: [
        { sectionRef: null, progress: 'in_progress', n: 1 },
        { sectionRef: '九/（一）/2', progress: 'done', n: 2 },
        { sectionRef: '三', progress: 'delayed', n: 1 },
        { sectionRef: '八', progress: 'not_reported', n: 1 },
      ],
      milestones: [],
    });
    expect(g.map((x) => [x.ref, x.number, x.title, x.total])).toEqual([
      ['三', '三', '保障措施', 1],
      ['', null, '未归组', 1],
      ['九/（一）', null, '九/（一）', 2],
      ['八', null, '八', 1],
    ]);
  });

  it('a group with only milestones stays; one with nothing counted goes; counts add up per progress', () => {
    const sections = [
      { ref: '二/（一）', number: '（一）', title: '甲' },
      { ref: '二/（二）', number: '（二）', title: '乙' },
      { ref: '二/（三）', number: '（三）', title: '丙' },
    ];
    const g = taskGroups(sections, {
      tasks: [
        { sectionRef: '二/（三）', progress: 'done', n: 0 },
        { sectionRef: '二/（一）/1', progress: 'delayed', n: 2 },
        { sectionRef: '二/（一）/2', progress: 'delayed', n: 3 },
      ],
      milestones: [
        { sectionRef: '二/（二）/4', total: 2, overdue: 1 },
        { sectionRef: '二/（二）', total: 1, overdue: 0 },
        { sectionRef: '二/（三）', total: 0, overdue: 0 },
      ],
    });
    expect(g.map((x) => x.ref)).toEqual(['二/（一）', '二/（二）']);
    expect(g[0].byProgress.delayed).toBe(5);
    expect(g[0].total).toBe(5);
    expect(g[1]).toMatchObject({ total: 0, milestones: { total: 3, overdue: 1 } });
    expect(Object.values(g[1].byProgress).every((n) => n === 0)).toBe(true);
  });
  it('groupOf keeps at most two levels', () => {
    expect(groupOf('二/（一）/1/2')).toBe('二/（一）');
    expect(groupOf('')).toBe('');
  });
});

describe('punctualityRanking', () => {
  it('ties on rate go to more reports due, then the name; nothing due last', () => {
    const r = punctualityRanking([
      {
        reports: [
          { unitId: 'z', unitName: '乙', due: 2, late: 0 },
          { unitId: 'y', unitName: '甲', due: 2, late: 0 },
          { unitId: 'x', unitName: '丙', due: 4, late: 0 },
          { unitId: 'w', unitName: '丁', due: 0, late: 0 },
          { unitId: 'v', unitName: '戊', due: 1, late: 1 },
        ],
      },
    ]);
    expect(r.map((u) => [u.unitId, u.rate])).toEqual([
      ['x', 100],
      ['y', 100],
      ['z', 100],
      ['v', 0],
      ['w', null],
    ]);
    expect(r.find((u) => u.unitId === 'v')).toEqual({ unitId: 'v', unitName: '戊', due: 1, onTime: 0, late: 1, rate: 0 });
    expect(punctualityRanking([])).toEqual([]);
  });
});

describe('noticeFigures', () => {
  it('n counts a row n times (1 when absent, none when 0); closed notices are not in byLevel', () => {
    const f = noticeFigures(
      [
        { unitId: 'a', unitName: '甲', level: 'reminder', status: 'issued', dueOn: '2026-11-01', n: 3 },
        { unitId: 'a', unitName: '甲', level: 'listed', status: 'closed', dueOn: '2026-09-01', n: 2 },
        { unitId: 'b', unitName: '乙', level: 'supervision', status: 'issued', dueOn: '2026-10-31', n: 0 },
        { unitId: 'b', unitName: '乙', level: 'supervision', status: 'issued', dueOn: '2026-10-30' },
      ],
      '2026-10-31',
    );
    expect(f.total).toEqual({ open: 4, overdue: 1, closed: 2 });
    expect(f.byUnit).toEqual([
      { unitId: 'b', unitName: '乙', open: 1, overdue: 1, closed: 0, byLevel: { reminder: 0, supervision: 1, listed: 0 } },
      { unitId: 'a', unitName: '甲', open: 3, overdue: 0, closed: 2, byLevel: { reminder: 3, supervision: 0, listed: 0 } },
    ]);
  });
});

describe('corridor figures', () => {
  it('first leg, rounding, months outside the window ignored, totals', () => {
    expect(primaryMode('sea>rail>road')).toBe('sea');
    const c = corridorByModeMonth(
      [
        { month: '2025-01', nodeId: 'n', mode: 'sea>rail', shipments: 1, tonnes: 0.0004, teu: 0.004, valueCny: 0.004 },
        { month: '2025-01', nodeId: 'n', mode: 'sea', shipments: 2, tonnes: 1.2341, teu: 1.235, valueCny: 2.346 },
        { month: '2025-02', nodeId: 'n', mode: 'air', shipments: 5, tonnes: 1, teu: 0, valueCny: 1 },
        { month: '2024-12', nodeId: 'n', mode: 'road', shipments: 9, tonnes: 9, teu: 9, valueCny: 9 },
      ],
      ['2025-01', '2025-02'],
    );
    expect(c.months).toEqual(['2025-01', '2025-02']);
    expect(c.modes).toEqual(['air', 'road', 'sea']);
    expect(c.series).toEqual([
      { month: '2025-01', mode: 'air', shipments: 0, tonnes: 0, teu: 0, valueCny: 0 },
      { month: '2025-01', mode: 'road', shipments: 0, tonnes: 0, teu: 0, valueCny: 0 },
      { month: '2025-01', mode: 'sea', shipments: 3, tonnes: 1.235, teu: 1.24, valueCny: 2.35 },
      { month: '2025-02', mode: 'air', shipments: 5, tonnes: 1, teu: 0, valueCny: 1 },
      { month: '2025-02', mode: 'road', shipments: 0, tonnes: 0, teu: 0, valueCny: 0 },
      { month: '2025-02', mode: 'sea', shipments: 0, tonnes: 0, teu: 0, valueCny: 0 },
    ]);
    expect(c.total).toEqual({ shipments: 8, tonnes: 2.235, valueCny: 3.35 });
  });

  it('clearance: a month with a zero count is empty, shares rounded to 4 places, latest month with data', () => {
    const k = clearanceSeries(
      [
        { month: '2025-01', count: 3, medianMinutes: 40.126, p90Minutes: 70.004, within60: 2 },
        { month: '2025-02', count: 0, medianMinutes: 0, p90Minutes: 0, within60: 0 },
        { month: '2024-12', count: 100, medianMinutes: 1, p90Minutes: 1, within60: 0 },
      ],
      ['2025-01', '2025-02', '2025-03'],
    );
    expect(k).toEqual({
      standardMinutes: 60,
      series: [
        { month: '2025-01', count: 3, medianMinutes: 40.13, p90Minutes: 70, shareWithin60: 0.6667 },
        { month: '2025-02', count: 0, medianMinutes: null, p90Minutes: null, shareWithin60: null },
        { month: '2025-03', count: 0, medianMinutes: null, p90Minutes: null, shareWithin60: null },
      ],
      latest: { month: '2025-01', count: 3, medianMinutes: 40.13, p90Minutes: 70, shareWithin60: 0.6667 },
      shareWithin60: 0.6667,
      count: 3,
    });
    const later = clearanceSeries(
      [
        { month: '2025-01', count: 1, medianMinutes: 1, p90Minutes: 1, within60: 1 },
        { month: '2025-02', count: 3, medianMinutes: 2, p90Minutes: 2, within60: 0 },
      ],
      ['2025-01', '2025-02'],
    );
    expect(later.latest?.month).toBe('2025-02');
    expect(later.shareWithin60).toBe(0.25);
    expect(clearanceSeries([], ['2025-01'])).toMatchObject({ latest: null, shareWithin60: null, count: 0 });
  });

  it('network: a node without latitude or without longitude is left out with its links; a link counts any leg of a chain at either end', () => {
    const node = (id: string, lat: number | null, lon: number | null) => ({ id, code: id.toUpperCase(), name: id, nameEn: `${id}-en`, kind: 'port', lat, lon });
    const n = network(
      [node('a', 1, 2), node('b', 3, 4), node('c', null, 5), node('d', 6, null)],
      [
        { fromNodeId: 'a', toNodeId: 'b', mode: 'sea' },
        { fromNodeId: 'b', toNodeId: 'a', mode: 'air' },
        { fromNodeId: 'a', toNodeId: 'c', mode: 'sea' },
        { fromNodeId: 'd', toNodeId: 'b', mode: 'sea' },
      ],
      [
        { month: 'm', nodeId: 'a', mode: 'rail>sea', shipments: 2, tonnes: 1.0004, teu: 0, valueCny: 1.005 },
        { month: 'm', nodeId: 'b', mode: 'sea', shipments: 3, tonnes: 2, teu: 0, valueCny: 2 },
        { month: 'm', nodeId: 'c', mode: 'sea', shipments: 7, tonnes: 7, teu: 0, valueCny: 7 },
        { month: 'm', nodeId: 'a', mode: 'seaair', shipments: 11, tonnes: 11, teu: 0, valueCny: 0 },
      ],
    );
    expect(n.nodes).toEqual([
      { id: 'a', code: 'A', name: 'a', nameEn: 'a-en', kind: 'port', lat: 1, lon: 2, shipments: 13, tonnes: 12, valueCny: 1.01 },
      { id: 'b', code: 'B', name: 'b', nameEn: 'b-en', kind: 'port', lat: 3, lon: 4, shipments: 3, tonnes: 2, valueCny: 2 },
    ]);
    expect(n.links).toEqual([
      { from: 'a', to: 'b', mode: 'sea', shipments: 5, tonnes: 3 },
      { from: 'b', to: 'a', mode: 'air', shipments: 0, tonnes: 0 },
    ]);
  });
});

describe('assembleCockpit', () => {
  const input = (extra: Partial<CockpitInput> = {}): CockpitInput => ({
    plan: { id: 'p', code: 'P', title: '方案' },
    period: '2026-03',
    today: '2026-12-01',
    indicators: [row('i', 'city', '市', summary('on_track'))],
    sections: [{ ref: '二/（一）', number: '（一）', title: '甲' }],
    rollups: [
      { period: '2026-03', computedAt: '2026-04-02T00:00:00Z', data: { tasks: [{ sectionRef: '二/（一）/1', progress: 'done', n: 2 }], milestones: [], reports: [{ unitId: 'u', unitName: '单位', due: 2, late: 1 }], notices: [{ unitId: 'u', unitName: '单位', level: 'reminder', status: 'issued', dueOn: '2026-03-15', n: 1 }] } },
      { period: '2026-02', computedAt: '2026-03-01T00:00:00Z', data: { tasks: [{ sectionRef: '二/（一）/1', progress: 'delayed', n: 9 }], milestones: [], reports: [{ unitId: 'u', unitName: '单位', due: 1, late: 0 }], notices: [] } },
      { period: '2026-04', computedAt: '2026-01-01T00:00:00Z', data: { tasks: [], milestones: [], reports: [{ unitId: 'u', unitName: '单位', due: 50, late: 50 }], notices: [] } },
      { period: '2025-12', computedAt: '2026-02-01T00:00:00Z', data: { tasks: [], milestones: [], reports: [{ unitId: 'u', unitName: '单位', due: 40, late: 40 }], notices: [] } },
    ],
    corridor: {
      months: ['2026-02', '2026-03'],
      rows: [{ month: '2026-03', nodeId: 'a', mode: 'rail', shipments: 1, tonnes: 2, teu: 0, valueCny: 3 }],
      clearance: [],
      routes: [{ country: 'JP', validFrom: null, validTo: null }],
      nodes: [],
      links: [],
    },
    ...extra,
  });

  it('the period’s own roll-up for groups and notices; the year to date (not later, not last year) for punctuality', () => {
    const c = assembleCockpit(input());
    expect(c.asOf).toBe('2026-03-31');
    expect(c.plan).toEqual({ id: 'p', code: 'P', title: '方案' });
    expect(c.period).toBe('2026-03');
    expect(c.computedAt).toBe('2026-01-01T00:00:00Z');
    expect(c.tasks).toEqual({ available: true, groups: [expect.objectContaining({ ref: '二/（一）', total: 2 })] });
    expect(c.units.punctuality).toEqual([{ unitId: 'u', unitName: '单位', due: 3, onTime: 2, late: 1, rate: 67 }]);
    expect(c.units.available).toBe(true);
    expect(c.notices).toMatchObject({ available: true, total: { open: 1, overdue: 1, closed: 0 } });
    expect(c.indicators).toMatchObject({ available: true, counts: { on_track: 1 } });
    expect(c.corridor).toMatchObject({ available: true, modes: ['rail'], total: { shipments: 1, tonnes: 2, valueCny: 3 } });
    expect(c.corridor.rcep).toMatchObject({ available: true, asOf: '2026-03-31', count: 1 });
    expect(c.corridor.clearance.series).toHaveLength(2);
    expect(c.corridor.network).toEqual({ nodes: [], links: [] });
  });

  it('a period still running is taken on today; nothing at all: every module unavailable', () => {
    const c = assembleCockpit(
      input({
        today: '2026-03-10',
        indicators: [row('i', 'city', '市', null)],
        rollups: [],
        corridor: { months: ['2026-03'], rows: [], clearance: [], routes: [], nodes: [], links: [] },
      }),
    );
    expect(c.asOf).toBe('2026-03-10');
    expect(c.computedAt).toBeNull();
    expect([c.indicators.available, c.tasks.available, c.units.available, c.notices.available, c.corridor.available, c.corridor.rcep.available]).toEqual([false, false, false, false, false, false]);
    expect(c.tasks.groups).toEqual([]);
  });

  it('available follows the figures: units with nothing due, tasks of zero, only closed notices', () => {
    const data = { tasks: [{ sectionRef: '二/（一）', progress: 'done' as const, n: 0 }], milestones: [{ sectionRef: '二/（一）', total: 1, overdue: 0 }], reports: [{ unitId: 'u', unitName: '单位', due: 0, late: 0 }], notices: [{ unitId: 'u', unitName: '单位', level: 'reminder' as const, status: 'closed', dueOn: '2026-01-01', n: 1 }] };
    const c = assembleCockpit(input({ rollups: [{ period: '2026-03', computedAt: 'x', data }] }));
    expect(c.tasks.available).toBe(false);
    expect(c.tasks.groups).toHaveLength(1);
    expect(c.units.available).toBe(false);
    expect(c.notices.available).toBe(true);
  });
});

describe('survivors of the Stryker run of 2026-12-01, 22:12 UTC', () => {
  it('the widest zone: a lower rank never loses to a smaller name; a missing name is "" on either side; an equal row does not replace the first', () => {
    const pick = (rows: IndicatorRow[]) => indicatorTiles(rows).tiles[0];
    // A district named before the city's name does not take the city's place.
    expect(pick([row('i', 'city', 'Z', summary('on_track')), row('i', 'district', 'A', summary('on_track'))]).zoneName).toBe('Z');
    // '' sorts before an upper-case name (a placeholder text would sort after 'A').
    expect(pick([row('i', 'district', 'A', summary('on_track')), row('i', 'district', null, summary('on_track'))]).zoneName).toBe(null);
    expect(pick([row('i', 'district', null, summary('on_track')), row('i', 'district', 'A', summary('on_track'))]).zoneName).toBe(null);
    // Same rank and same name: the first row stays.
    expect(pick([row('i', 'district', '区', summary('on_track')), row('i', 'district', '区', summary('off_track'))]).status).toBe('on_track');
  });

  it('punctuality: a unit with nothing due ranks below one with a rate of 0, whichever comes first', () => {
    const reports = [
      { unitId: 'n', unitName: '甲', due: 0, late: 0 },
      { unitId: 'z', unitName: '乙', due: 2, late: 2 },
    ];
    for (const list of [reports, [...reports].reverse()])
      expect(punctualityRanking([{ reports: list }]).map((u) => [u.unitId, u.rate])).toEqual([
        ['z', 0],
        ['n', null],
      ]);
  });

  it('clearance: the share within 60 minutes counts only the months shown, on both sides of the division', () => {
    const k = clearanceSeries(
      [
        { month: '2025-01', count: 4, medianMinutes: 30, p90Minutes: 70, within60: 2 },
        { month: '2024-12', count: 10, medianMinutes: 30, p90Minutes: 50, within60: 10 },
      ],
      ['2025-01'],
    );
    expect(k.shareWithin60).toBe(0.5);
    expect(k.count).toBe(4);
  });

  it('the screen takes the roll-up of its own period even when an earlier one comes first; indicators are available when some tile is computed', () => {
    const data = (n: number) => ({ tasks: [{ sectionRef: '二/（一）/1', progress: 'done' as const, n }], milestones: [], reports: [], notices: [] });
    const c = assembleCockpit({
      plan: { id: 'p', code: 'P', title: '方案' },
      period: '2026-03',
      today: '2026-12-01',
      indicators: [row('i', 'city', '市', summary('on_track')), row('j', 'city', '市', null)],
      sections: [{ ref: '二/（一）', number: '（一）', title: '甲' }],
      rollups: [
        { period: '2026-02', computedAt: '2026-03-01T00:00:00Z', data: data(9) },
        { period: '2026-03', computedAt: '2026-04-01T00:00:00Z', data: data(2) },
      ],
      corridor: { months: ['2026-03'], rows: [], clearance: [], routes: [], nodes: [], links: [] },
    });
    expect(c.tasks.groups.map((g) => [g.ref, g.total])).toEqual([['二/（一）', 2]]);
    expect(c.indicators.available).toBe(true);
    expect(c.indicators.counts).toMatchObject({ on_track: 1, not_computed: 1 });
  });
});
