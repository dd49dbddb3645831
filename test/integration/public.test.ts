// The public portal (no login): published plans only, accepted values only, no unit-internal
// report text and no people's names, in every page and file it serves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { indicators, observations, plans, progressReports, users } from '../../src/server/db/schema';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

const YB = 'YB-CORRIDOR-2023';
const DRAFT = 'CQ-HUBZONE-DRAFT';

describe.each(engines())('public portal on %s', (engine) => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ method: 'GET', url });
  /** Every public page and file, in both languages, as one text to search for leaks. */
  async function everything(): Promise<string> {
    const catalogue = (await get('/public/data.json')).json();
    const urls = ['/public', '/public/en', `/public/plans/${YB}`, `/public/en/plans/${YB}`, '/public/data.json'];
    for (const d of catalogue.datasets) urls.push(`/public/indicators/${d.code}`, `/public/en/indicators/${d.code}`, d.csv, d.json);
    const bodies = await Promise.all(urls.map(async (u) => (await get(u)).body));
    return bodies.join('\n');
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('serves the published plan without a login, with its indicator and task-group tables', async () => {
    const index = await get('/public');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('渝北区深入推进西部陆海新通道建设工作方案');
    const page = await get(`/public/plans/${YB}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toMatch(/<table id="indicators"[\s\S]*机场货邮保障能力[\s\S]*<\/table>/);
    // The five task groups of seed 000, each with an aggregate status.
    const groups = /<table id="groups"[\s\S]*?<\/table>/.exec(page.body)![0];
    expect(groups.match(/<tr><th scope="row">/g)).toHaveLength(5);
    expect(groups.match(/class="badge b-/g)).toHaveLength(5);
    const en = await get(`/public/en/plans/${YB}`);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Goals and indicators');
  });

  it('lists every dataset of the published plan in data.json, with csv and json that answer', async () => {
    const cat = (await get('/public/data.json')).json();
    expect(cat.datasets).toHaveLength(7);
    for (const d of cat.datasets) expect(Object.keys(d)).toEqual(expect.arrayContaining(['code', 'name', 'unit', 'plan', 'csv', 'json', 'updated']));
    const four = cat.datasets.find((d: { code: string }) => d.code === `${YB}-4`);
    const csv = await get(four.csv);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('record,period,zone,value,target_kind,code,name,unit,definition,source');
    const accepted = (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from observations o join indicators i on i.id = o.indicator_id where i.code = ${`${YB}-4`} and o.status = 'accepted'`))[0].n;
    expect(lines.filter((l) => l.startsWith('observation,'))).toHaveLength(accepted);
    expect(lines.some((l) => l.startsWith('target,2027,'))).toBe(true);
    const json = (await get(four.json)).json();
    expect(json).toMatchObject({ code: `${YB}-4`, unit: '%', plan: { code: YB } });
    expect(json.definition).toBeTruthy();
    expect(json.source).toBeTruthy();
    expect(json.targets.length).toBeGreaterThan(0);
    expect(json.observations).toHaveLength(accepted);
  });

  it('never shows a value that is not accepted', async () => {
    const [ind] = await t.database.db.select().from(indicators).where(eq(indicators.code, `${YB}-7`));
    const [zone] = await rows<{ zone_id: string }>(t.database.db, sql`select zone_id from indicator_zones where indicator_id = ${ind.id} limit 1`);
    // An approved (not yet accepted) value for a new year, and an accepted one sent back.
    await t.database.db.insert(observations).values({ indicatorId: ind.id, zoneId: zone.zone_id, period: '2026', value: 97531.246, status: 'approved', comment: 'unit-internal note 内部备注' });
    await t.database.db.update(observations).set({ status: 'returned', value: 86420.135 }).where(and(eq(observations.indicatorId, ind.id), eq(observations.period, '2025')));
    const all = await everything();
    expect(all).not.toMatch(/97[,]?531/);
    expect(all).not.toMatch(/86[,]?420/);
    expect(all).not.toContain('内部备注');
    const json = (await get(`/public/indicators/${YB}-7.json`)).json();
    expect(json.observations.map((o: { period: string }) => o.period)).toEqual(['2023', '2024']);
    // Accepted, it appears.
    await t.database.db.update(observations).set({ status: 'accepted' }).where(and(eq(observations.indicatorId, ind.id), eq(observations.period, '2026')));
    expect((await get(`/public/indicators/${YB}-7.json`)).json().observations.map((o: { period: string }) => o.period)).toEqual(['2023', '2024', '2026']);
  });

  it('shows no report text and no person', async () => {
    const [r] = await t.database.db.select({ id: progressReports.id }).from(progressReports).where(eq(progressReports.status, 'accepted')).limit(1);
    await t.database.db.update(progressReports).set({ text: '内部报告正文甲乙丙', problems: '内部问题丁戊己', coordination: '协调事项庚辛壬', nextSteps: '下一步癸子丑' }).where(eq(progressReports.id, r.id));
    const all = await everything();
    for (const s of ['内部报告正文甲乙丙', '内部问题丁戊己', '协调事项庚辛壬', '下一步癸子丑']) expect(all).not.toContain(s);
    const people = await t.database.db.select({ username: users.username, displayName: users.displayName }).from(users);
    expect(people.length).toBeGreaterThan(3);
    for (const p of people) {
      expect(all).not.toContain(p.displayName);
      // Plain-word user names (admin, office, leader) are also English words on the pages.
      if (p.username.includes('_')) expect(all).not.toContain(p.username);
    }
  });

  it('keeps unpublished and draft plans out, and follows the office’s publish switch', async () => {
    const [draft] = await t.database.db.select().from(plans).where(eq(plans.code, DRAFT));
    const draftIndicators = await t.database.db.select({ code: indicators.code }).from(indicators).where(eq(indicators.planId, draft.id));
    expect(draftIndicators.length).toBeGreaterThan(0);
    expect((await get(`/public/plans/${DRAFT}`)).statusCode).toBe(404);
    expect((await get(`/public/en/plans/${DRAFT}`)).statusCode).toBe(404);
    for (const i of draftIndicators) {
      expect((await get(`/public/indicators/${i.code}`)).statusCode).toBe(404);
      expect((await get(`/public/indicators/${i.code}.json`)).statusCode).toBe(404);
      expect((await get(`/public/indicators/${i.code}.csv`)).statusCode).toBe(404);
    }
    let all = await everything();
    expect(all).not.toContain(draft.title);
    const office = await as(t, 'office');
    // Marked public while still a draft for comment: still not shown.
    const marked = await office.patch(`/api/plans/${draft.id}`, { public: true, version: draft.version });
    expect(marked.statusCode).toBe(200);
    expect((await get(`/public/plans/${DRAFT}`)).statusCode).toBe(404);
    expect((await get('/public/data.json')).json().datasets.every((d: { plan: string }) => d.plan === YB)).toBe(true);
    // The office withdraws seed 000: gone from every page and file, and the switch is audited.
    const [yb] = await t.database.db.select().from(plans).where(eq(plans.code, YB));
    expect((await office.patch(`/api/plans/${yb.id}`, { public: false, version: yb.version })).statusCode).toBe(200);
    expect((await get(`/public/plans/${YB}`)).statusCode).toBe(404);
    expect((await get(`/public/indicators/${YB}-1.json`)).statusCode).toBe(404);
    expect((await get('/public/data.json')).json().datasets).toEqual([]);
    all = await everything();
    expect(all).not.toContain('渝北区深入推进西部陆海新通道建设工作方案');
    const audited = await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = 'plan' and entity_id = ${yb.id} and action = 'update'`);
    expect(audited[0].n).toBeGreaterThanOrEqual(1);
    // A liaison cannot flip the switch.
    const liaison = await as(t, 'liaison_commerce');
    expect((await liaison.patch(`/api/plans/${yb.id}`, { public: true, version: yb.version + 1 })).statusCode).toBe(403);
  });

  it('answers a malformed code with 400 and an unknown one with 404', async () => {
    expect((await get('/public/plans/NO-SUCH-PLAN')).statusCode).toBe(404);
    expect((await get('/public/indicators/%3Cscript%3E')).statusCode).toBe(400);
  });
});
