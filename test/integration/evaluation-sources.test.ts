// Where an evaluation's numbers come from on the platform: indicator values from approved or
// accepted observations only (a submitted, draft or returned value never counts), and deductions
// from the supervision record — notices by escalation level, alerts by colour — applied by the
// scheme's points per level and per repeat and listed with their source notices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { as, createTestApp, engines, type TestApp } from '../support/harness';
import { alerts, indicators, observations, supervisionNotices, units, zones } from '../../src/server/db/schema';
import { buildInput } from '../../src/server/evaluation/service';
import { runEvaluate } from '../../src/domain/evaluation/index';
import { DEMO_SCHEME } from '../../src/server/seed/demo-evaluation';

// A year no demo data reaches, so only what this test adds is there.
const YEAR = 2031;

for (const engine of engines()) {
  describe(`evaluation sources on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(engine);
    });
    afterAll(async () => t?.close());

    it('approved indicator values only; supervision points per level and per repeat, with their notices', async () => {
      const db = t.database.db;
      const office = await as(t, 'office');
      const [gulu] = await db.select().from(zones).where(eq(zones.code, 'yubei-gulu'));
      const [luoqi] = await db.select().from(zones).where(eq(zones.code, 'yubei-luoqi'));
      expect([gulu.hubType, luoqi.hubType]).toEqual(['dry_port', 'seaport']);
      const [guluUnit] = await db.select().from(units).where(eq(units.name, '古路镇'));
      const [indicator] = await db.select().from(indicators).limit(1);
      await db.update(indicators).set({ aggregation: 'sum' }).where(eq(indicators.id, indicator.id));

      // 古路镇: two counted months (10 + 20), and a submitted annual value and a returned month
      // that must not count. The other zone: only a draft — the criterion does not apply to it (N/A).
      await db.insert(observations).values([
        { indicatorId: indicator.id, zoneId: gulu.id, period: `${YEAR}-03`, value: 10, status: 'approved' },
        { indicatorId: indicator.id, zoneId: gulu.id, period: `${YEAR}-06`, value: 20, status: 'accepted' },
        { indicatorId: indicator.id, zoneId: gulu.id, period: `${YEAR}-09`, value: 500, status: 'returned' },
        { indicatorId: indicator.id, zoneId: gulu.id, period: String(YEAR), value: 999, status: 'submitted' },
        { indicatorId: indicator.id, zoneId: gulu.id, period: `${YEAR - 1}-12`, value: 700, status: 'approved' },
        { indicatorId: indicator.id, zoneId: luoqi.id, period: `${YEAR}-03`, value: 40, status: 'draft' },
      ]);

      // Supervision of 古路镇 in the year: one notice escalated to 挂牌督办, one 催办, two yellow alerts.
      const inYear = new Date(`${YEAR}-05-10T04:00:00Z`);
      const [listed] = await db.insert(supervisionNotices).values({ number: 'DB-2031-007', unitId: guluUnit.id, issue: '项目滞后', requirement: '整改', dueOn: `${YEAR}-06-30`, level: 'listed', escalationLevel: 2, status: 'rectifying', createdAt: inYear }).returning();
      const [reminder] = await db.insert(supervisionNotices).values({ number: 'DB-2031-008', unitId: guluUnit.id, issue: '报送迟缓', requirement: '按时报送', dueOn: `${YEAR}-06-30`, level: 'reminder', escalationLevel: 0, status: 'open', createdAt: inYear }).returning();
      const yellow = await db
        .insert(alerts)
        .values([1, 2].map((i) => ({ kind: 'manual', key: `test-${YEAR}-${i}`, level: 'yellow', entity: 'task', entityId: guluUnit.id, unitId: guluUnit.id, reason: `黄灯 ${i}`, createdAt: inYear })))
        .returning();

      const definition = structuredClone(DEMO_SCHEME);
      // Both zones' groups read the indicator as their first criterion.
      for (const id of ['dry_port', 'seaport']) {
        const group = definition.groups.find((g) => g.id === id)!;
        group.criteria[0] = { code: 'hub', name: '枢纽能级', weight: group.criteria[0].weight, source: 'indicator', indicatorId: indicator.id, rule: { kind: 'target_attainment', target: 60, cap: 1.2 } };
      }
      expect(definition.groups.find((g) => g.id === 'dry_port')!.criteria[0].weight).toBe(35);
      const created = await office.post('/api/evaluation/schemes', { year: YEAR, name: `${YEAR} 年度考核`, definition });
      expect(created.statusCode, created.body).toBe(200);

      const input = await buildInput(db, created.json().roundId);
      const zoneIn = (code: string) => input.zones.find((z) => z.id === code)!;
      expect(zoneIn('yubei-gulu').values.hub).toBe(30);
      expect(zoneIn(luoqi.code).values.hub).toBe('N/A');
      // The zone's view shows the same value and the periods it came from.
      const view = (await office.get(`/api/evaluation/rounds/${created.json().roundId}/zones/${gulu.id}`)).json();
      expect(view.criteria.find((c: { code: string }) => c.code === 'hub').data).toEqual({ value: 30, periods: [`${YEAR}-03`, `${YEAR}-06`] });

      expect(zoneIn('yubei-gulu').notices!.map((n) => [n.id, n.level]).sort()).toEqual(
        [[listed.id, 'listed'], [reminder.id, 'reminder'], ...yellow.map((a) => [a.id, 'yellow'])].sort(),
      );
      const out = runEvaluate(input);
      const g = out.zones.find((z) => z.id === 'yubei-gulu')!;
      // 30 ÷ 60 × 35 = 17.5 points for the indicator.
      expect(g.criteria.find((c) => c.code === 'hub')!.points).toBe(17.5);
      // perLevel listed 1 + reminder 0.2 + yellow 2 × 0.5, and the repeat "two yellow: −1".
      const by = Object.fromEntries(g.supervision.map((s) => [s.level, s]));
      expect(by.listed).toMatchObject({ count: 1, points: 1, notices: [{ id: listed.id, number: 'DB-2031-007' }] });
      expect(by.reminder).toMatchObject({ count: 1, points: 0.2 });
      expect(by.yellow).toMatchObject({ count: 2, perNotice: 0.5, repeatPoints: 1, points: 2 });
      expect(g.supervisionTotal).toBeCloseTo(3.2, 12);
      expect(out.zones.find((z) => z.id === luoqi.code)!.supervisionTotal).toBe(0);
    }, 120_000);
  });
}
