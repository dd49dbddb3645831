// The cockpit's pure figures: periods, groups, punctuality, notices, corridor series, the network.
import { describe, expect, it } from 'vitest';
import { asOfDay, clearanceSeries, corridorByModeMonth, groupOf, indicatorTiles, monthsUpTo, network, noticeFigures, periodEnd, punctualityRanking, taskGroups } from '../../src/domain/cockpit/index';

describe('cockpit figures', () => {
  it('periods: month ends, the day figures are taken on, windows across a year end', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2026-12')).toBe('2026-12-31');
    expect(asOfDay('2026-10', '2026-12-01')).toBe('2026-10-31');
    expect(asOfDay('2026-12', '2026-12-01')).toBe('2026-12-01');
    expect(monthsUpTo('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('tasks fall in their second-level section; sections order the groups; empty ones are left out', () => {
    expect(groupOf('二/（三）/1')).toBe('二/（三）');
    expect(groupOf('三')).toBe('三');
    expect(groupOf(null)).toBe('');
    const sections = [
      { ref: '二', number: '二', title: '重点任务' },
      { ref: '二/（一）', number: '（一）', title: '基础设施' },
      { ref: '二/（二）', number: '（二）', title: '空港枢纽' },
      { ref: '三', number: '三', title: '保障措施' },
    ];
    const g = taskGroups(sections, {
      tasks: [
        { sectionRef: '二/（二）', progress: 'done', n: 2 },
        { sectionRef: '二/（一）/1', progress: 'delayed', n: 1 },
        { sectionRef: '二/（一）', progress: 'not_reported', n: 3 },
      ],
      milestones: [{ sectionRef: '二/（一）', total: 4, overdue: 2 }],
    });
    expect(g.map((x) => x.ref)).toEqual(['二/（一）', '二/（二）']);
    expect(g[0]).toMatchObject({ total: 4, byProgress: { delayed: 1, not_reported: 3, done: 0 }, milestones: { total: 4, overdue: 2 } });
  });

  it('punctuality sums the periods per unit and ranks by rate, nothing due last', () => {
    const r = punctualityRanking([
      { reports: [{ unitId: 'a', unitName: '甲', due: 4, late: 1 }, { unitId: 'b', unitName: '乙', due: 2, late: 0 }, { unitId: 'c', unitName: '丙', due: 0, late: 0 }] },
      { reports: [{ unitId: 'a', unitName: '甲', due: 4, late: 1 }] },
    ]);
    expect(r.map((u) => [u.unitId, u.due, u.onTime, u.rate])).toEqual([
      ['b', 2, 2, 100],
      ['a', 8, 6, 75],
      ['c', 0, 0, null],
    ]);
  });

  it('notices: open, overdue on the day, by unit and level', () => {
    const f = noticeFigures(
      [
        { unitId: 'a', unitName: '甲', level: 'listed', status: 'issued', dueOn: '2026-10-01', n: 2 },
        { unitId: 'a', unitName: '甲', level: 'reminder', status: 'closed', dueOn: '2026-09-01' },
        { unitId: 'b', unitName: '乙', level: 'supervision', status: 'rectifying', dueOn: '2026-11-30' },
      ],
      '2026-10-31',
    );
    expect(f.total).toEqual({ open: 3, overdue: 2, closed: 1 });
    expect(f.byUnit[0]).toMatchObject({ unitId: 'a', open: 2, overdue: 2, byLevel: { listed: 2, reminder: 0, supervision: 0 } });
    expect(f.byLevel.supervision).toEqual({ open: 1, overdue: 0, closed: 0 });
  });

  it('corridor: by first-leg mode per month, missing months zero; clearance against the 60-minute line', () => {
    const rows = [
      { month: '2025-01', nodeId: 'n1', mode: 'rail>sea', shipments: 3, tonnes: 1.5, teu: 2, valueCny: 100 },
      { month: '2025-01', nodeId: 'n2', mode: 'rail', shipments: 1, tonnes: 0.5, teu: 1, valueCny: 50 },
      { month: '2024-12', nodeId: 'n1', mode: 'air', shipments: 9, tonnes: 9, teu: 0, valueCny: 9 },
    ];
    const c = corridorByModeMonth(rows, ['2025-01', '2025-02']);
    expect(c.modes).toEqual(['air', 'rail']);
    expect(c.series.find((s) => s.month === '2025-01' && s.mode === 'rail')).toMatchObject({ shipments: 4, tonnes: 2, valueCny: 150 });
    expect(c.series.find((s) => s.month === '2025-02' && s.mode === 'rail')!.shipments).toBe(0);
    expect(c.total).toEqual({ shipments: 4, tonnes: 2, valueCny: 150 });
    const k = clearanceSeries([{ month: '2025-01', count: 10, medianMinutes: 40, p90Minutes: 70, within60: 8 }], ['2025-01', '2025-02']);
    expect(k.standardMinutes).toBe(60);
    expect(k.series[1].medianMinutes).toBeNull();
    expect(k.latest?.month).toBe('2025-01');
    expect(k.shareWithin60).toBe(0.8);
  });

  it('the network: freight at the nodes, a link carries its end nodes’ freight of its mode', () => {
    const nodes = [
      { id: 'g', code: 'GULU', name: '古路站', nameEn: null, kind: 'rail_station', lat: 29.79, lon: 106.78 },
      { id: 'q', code: 'QINZHOU', name: '钦州港', nameEn: null, kind: 'port', lat: 21.68, lon: 108.6 },
      { id: 'x', code: 'NOWHERE', name: '无坐标', nameEn: null, kind: 'port', lat: null, lon: null },
    ];
    const n = network(nodes, [{ fromNodeId: 'g', toNodeId: 'q', mode: 'rail' }, { fromNodeId: 'g', toNodeId: 'x', mode: 'road' }], [
      { month: '2025-01', nodeId: 'g', mode: 'rail>sea', shipments: 2, tonnes: 10, teu: 1, valueCny: 5 },
      { month: '2025-01', nodeId: 'g', mode: 'air', shipments: 1, tonnes: 1, teu: 0, valueCny: 5 },
    ]);
    expect(n.nodes.map((x) => x.code)).toEqual(['GULU', 'QINZHOU']);
    expect(n.nodes[0].tonnes).toBe(11);
    expect(n.links).toEqual([{ from: 'g', to: 'q', mode: 'rail', shipments: 2, tonnes: 10 }]);
  });

  it('indicators: the widest zone’s row per indicator, statuses counted, no status is “not computed”', () => {
    const summary = { status: 'on_track', latest: { period: '2025', value: 5 }, distanceCovered: 40, sparkline: [1, 2], target: { year: 2027, value: 9 }, milestones: [], covered: null, explanation: { zh: '', en: '' } };
    const r = indicatorTiles([
      { id: 'i1', code: 'A', name: '甲', nameEn: null, unit: '万吨', zoneName: '某功能区', zoneLevel: 'functional_area', position: 1, summary: { ...summary, status: 'off_track' } as never },
      { id: 'i1', code: 'A', name: '甲', nameEn: null, unit: '万吨', zoneName: '渝北区', zoneLevel: 'district', position: 1, summary: summary as never },
      { id: 'i2', code: 'B', name: '乙', nameEn: null, unit: null, zoneName: null, zoneLevel: null, position: 0, summary: null },
    ]);
    expect(r.tiles.map((t) => [t.id, t.status, t.zoneName])).toEqual([
      ['i2', 'not_computed', null],
      ['i1', 'on_track', '渝北区'],
    ]);
    expect(r.counts.on_track).toBe(1);
    expect(r.counts.not_computed).toBe(1);
    expect(r.counts.off_track).toBe(0);
  });
});
