// The evaluation module on PGlite and PostgreSQL: the demo year is complete and re-computable
// offline; the workflow from scheme to allocation; permissions (a zone cannot see another zone's
// self-evaluation before circulation, a rater never rates their own unit, a locked result cannot
// be changed); every result and allocation re-computed by the CLI to the same numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { hubline } from '../support/processes';
import { createUser } from '../../src/server/org/service';
import { auditLog, evaluationRuns, incentives, supervisionNotices, units } from '../../src/server/db/schema';
import { rows } from '../../src/server/db/index';
import { awards } from '../../src/domain/evaluation/index';
import { DEMO_SCHEME } from '../../src/server/seed/demo-evaluation';

const DEMO_SCHEME_BAD_WEIGHT = { ...DEMO_SCHEME, groups: DEMO_SCHEME.groups.map((g, i) => (i === 4 ? { ...g, criteria: g.criteria.map((c, j) => (j === 0 ? { ...c, weight: c.weight + 1 } : c)) } : g)) };
const tmp = mkdtempSync(join(tmpdir(), 'hubline-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const engine of engines()) {
  describe(`evaluation on ${engine}`, () => {
    let t: TestApp;
    let office: Client;
    beforeAll(async () => {
      t = await createTestApp(engine);
      office = await as(t, 'office');
    });
    afterAll(async () => t?.close());

    it('demo: the 2025 year is final for the five hub types, its results and allocations re-computed offline', async () => {
      const schemes = (await office.get('/api/evaluation/schemes')).json();
      const demo = schemes.find((x: { year: number }) => x.year === 2025);
      expect(demo.state).toBe('final');
      expect(demo.definition.groups.map((g: { id: string }) => g.id)).toEqual(['dry_port', 'airport', 'seaport', 'trade_service', 'production_service']);
      const results = (await office.get(`/api/evaluation/rounds/${demo.roundId}/results`)).json();
      expect(results.output.zones).toHaveLength(6);
      const input = (await office.get(`/api/evaluation/rounds/${demo.roundId}/results/input`)).json();
      writeFileSync(join(tmp, `${engine}-eval.json`), JSON.stringify(input));
      const r = await hubline(['evaluate', join(tmp, `${engine}-eval.json`)], {});
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(results.output);
      const allocations = (await office.get(`/api/evaluation/allocations?schemeId=${demo.id}`)).json();
      expect(allocations.map((a: { unit: string }) => a.unit).sort()).toEqual(['万元', '亩']);
      for (const a of allocations) {
        const full = (await office.get(`/api/evaluation/allocations/${a.id}`)).json();
        const ain = (await office.get(`/api/evaluation/allocations/${a.id}/input`)).json();
        writeFileSync(join(tmp, `${engine}-alloc.json`), JSON.stringify(ain));
        const ar = await hubline(['allocate', join(tmp, `${engine}-alloc.json`)], {});
        expect(ar.code, ar.stderr).toBe(0);
        expect(JSON.parse(ar.stdout)).toEqual(full.output);
        expect(full.output.total).toBe(ain.pool);
      }
      // The demo's awards follow the rules published with the scheme.
      const demoAwards = (await office.get(`/api/evaluation/awards?schemeId=${demo.id}`)).json();
      expect(demoAwards).toHaveLength(1);
      expect(demoAwards[0].awards.map((a: { title: string; zones: { code: string }[] }) => ({ title: a.title, zoneIds: a.zones.map((z) => z.code) }))).toEqual(awards(results.output.zones, DEMO_SCHEME.awards!));
      expect(demoAwards[0].awards.every((a: { zones: unknown[] }) => a.zones.length > 0)).toBe(true);
    }, 120_000);

    it('the workflow from scheme to allocation, with its permissions', async () => {
      const db = t.database.db;
      const [gulu] = await db.select().from(units).where(eq(units.name, '古路镇'));
      // An expert rater who works for 古路镇: may rate every zone but that one.
      await createUser(db, { id: null, name: 'test' }, { username: 'expert_gulu', displayName: '专家（古路镇）', unitId: gulu.id, roles: ['evaluator'], password: 'Expert-Gulu-2026!' });
      const expert = await as(t, 'expert_gulu', 'Expert-Gulu-2026!');
      const evaluator = await as(t, 'evaluator');
      const liaisonGulu = await as(t, 'liaison_gulu');
      const leaderGulu = await as(t, 'leader_gulu');
      const liaisonLuoqi = await as(t, 'liaison_luoqi');
      const leaderLuoqi = await as(t, 'leader_luoqi');

      // A zone cannot create schemes; the office can.
      const body = { year: 2026, name: '2026 年度考核', definition: DEMO_SCHEME };
      expect((await liaisonGulu.post('/api/evaluation/schemes', body)).statusCode).toBe(403);
      const bad = await office.post('/api/evaluation/schemes', { ...body, definition: { ...DEMO_SCHEME, groups: [{ ...DEMO_SCHEME.groups[0], criteria: DEMO_SCHEME.groups[0].criteria.slice(1) }] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.messageEn).toMatch(/add up to 65, not 100/);
      // The form's check runs on the server too: the group, the indicator and the field named in Chinese.
      expect(bad.json().error).toMatchObject({ field: 'definition.groups[0].criteria', message: '陆港型：各项指标权重合计 65，应为 100' });
      const noName = structuredClone(DEMO_SCHEME);
      noName.groups[1].criteria[0].rule = { kind: 'banded', target: 90, step: 0, pointsAbove: 1, pointsBelow: 1 };
      const noNameRes = (await office.post('/api/evaluation/schemes', { ...body, definition: noName })).json().error;
      expect(noNameRes.field).toBe('definition.groups[1].criteria[0].rule.step');
      expect(noNameRes.message).toBe('空港型 第 1 项指标“枢纽能级（航线、货邮）”：评分规则的每档步长应大于 0');
      const created = await office.post('/api/evaluation/schemes', body);
      expect(created.statusCode, created.body).toBe(200);
      // A draft is edited in the form (PATCH with its version); the same check applies.
      const patchBad = await office.request('PATCH', `/api/evaluation/schemes/${created.json().id}`, { name: '2026 年度考核', definition: DEMO_SCHEME_BAD_WEIGHT, version: 1 });
      expect(patchBad.statusCode).toBe(400);
      expect(patchBad.json().error.field).toBe('definition.groups[4].criteria');
      const patched = await office.request('PATCH', `/api/evaluation/schemes/${created.json().id}`, { name: '2026 年度考核（修订）', definition: DEMO_SCHEME, version: 1 });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json().version).toBe(2);
      expect((await office.request('PATCH', `/api/evaluation/schemes/${created.json().id}`, { name: 'stale', version: 1 })).statusCode).toBe(409);
      const { roundId } = created.json();
      let version = 1;
      const step = async (action: string, extra: object = {}) => {
        const res = await office.post(`/api/evaluation/rounds/${roundId}/transition`, { action, version, ...extra });
        if (res.statusCode === 200) version = res.json().version;
        return res;
      };
      // Skipping a step is refused with 409 and says which stage is needed.
      const skip = await step('circulate');
      expect(skip.statusCode).toBe(409);
      expect(skip.json().error.message).toContain('统评');
      expect((await step('publish')).statusCode).toBe(200);
      expect((await step('open_summary')).statusCode).toBe(200);

      // 总结: the draft is written from 古路镇's approved reports of the year and its supervision
      // notices; the office edits it before saving; the save is audited with the draft's sources.
      // A notice to 古路镇 this year (escalated to 督办, being rectified) to be drafted from.
      await db.insert(supervisionNotices).values({ number: 'DB-TEST-2026-001', unitId: gulu.id, issue: '多式联运项目开工滞后', requirement: '月底前开工', dueOn: '2026-12-31', level: 'supervision', escalationLevel: 1, status: 'rectifying' });
      const zones0 = (await office.get(`/api/evaluation/rounds/${roundId}`)).json().zones as { id: string; code: string }[];
      const gulu0 = zones0.find((z) => z.code === 'yubei-gulu')!;
      let draftedReports = 0;
      let draftedNotices = 0;
      for (const z of zones0.filter((x) => x.code === 'yubei-gulu' || x.code === 'yubei-luoqi')) {
        const view = (await office.get(`/api/evaluation/rounds/${roundId}/zones/${z.id}`)).json();
        expect(view.submission.narrative).toBe('');
        const reportsOfYear = await rows<{ id: string; text: string; status: string }>(
          db,
          sql`select pr.id, pr.text, pr.status from progress_reports pr join units u on u.id = pr.unit_id where u.zone_id = ${z.id} and pr.period like '2026-%'`,
        );
        const countedIds = new Set(reportsOfYear.filter((r) => r.status === 'approved' || r.status === 'accepted').map((r) => r.id));
        expect(view.draft.sources.reports.length).toBe(countedIds.size - view.draft.omitted);
        for (const id of view.draft.sources.reports) {
          expect(countedIds.has(id)).toBe(true);
          const text = reportsOfYear.find((r) => r.id === id)!.text.replace(/\s+/g, ' ').trim().replace(/[。；;，,\s]+$/, '');
          if (text) expect(view.draft.text).toContain(text);
        }
        const noticesOfYear = await rows<{ id: string; number: string }>(
          db,
          sql`select n.id, n.number from supervision_notices n join units u on u.id = n.unit_id where u.zone_id = ${z.id} order by n.number`,
        );
        expect(view.draft.sources.notices.slice().sort()).toEqual(noticesOfYear.map((n) => n.id).sort());
        for (const n of noticesOfYear) expect(view.draft.text).toContain(n.number);
        if (z.code === 'yubei-gulu') expect(view.draft.text).toContain('- DB-TEST-2026-001（督办）：多式联运项目开工滞后。整改中。');
        expect(view.draft.text).toContain(noticesOfYear.length ? `本年度收到督办通知 ${noticesOfYear.length} 件` : '本年度未收到督办通知');
        draftedReports += view.draft.sources.reports.length;
        draftedNotices += noticesOfYear.length;
      }
      // The delivery demo gives these zones approved reports and notices, so both parts are exercised.
      expect(draftedReports).toBeGreaterThan(0);
      expect(draftedNotices).toBeGreaterThan(0);
      const zoneView = (await office.get(`/api/evaluation/rounds/${roundId}/zones/${gulu0.id}`)).json();
      const narrative = `${zoneView.draft.text}\n四、下一步打算：加快多式联运项目建设。`;
      const guluSub = zoneView.submission.version;
      const luoqiLiaison = await as(t, 'liaison_luoqi');
      expect((await luoqiLiaison.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${gulu0.id}/summary`, { narrative: 'x', version: guluSub })).statusCode).toBe(403);
      const savedSummary = await office.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${gulu0.id}/summary`, { narrative, version: guluSub });
      expect(savedSummary.statusCode, savedSummary.body).toBe(200);
      expect((await office.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${gulu0.id}/summary`, { narrative: 'stale', version: guluSub })).statusCode).toBe(409);
      expect((await office.get(`/api/evaluation/rounds/${roundId}/zones/${gulu0.id}`)).json().submission.narrative).toBe(narrative);
      const [summaryAudit] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'update_summary'), eq(auditLog.entityId, savedSummary.json().id)));
      const prefill = (summaryAudit.after as { prefill: { sources: unknown; editedFromDraft: boolean } }).prefill;
      expect(prefill).toEqual({ sources: zoneView.draft.sources, editedFromDraft: true });
      expect(summaryAudit.actorName).toBeTruthy();
      expect((await step('open_self_evaluation')).statusCode).toBe(200);

      const board = (await office.get(`/api/evaluation/rounds/${roundId}`)).json();
      const zone = (code: string) => board.zones.find((z: { code: string }) => z.code === code);
      const guluZone = zone('yubei-gulu');
      const luoqiZone = zone('yubei-luoqi');

      // Self-evaluation: 古路镇 scores itself; 洛碛镇 cannot write 古路镇's.
      const zoneVersion = async (zoneId: string) => (await office.get(`/api/evaluation/rounds/${roundId}`)).json().zones.find((z: { id: string }) => z.id === zoneId).submissionVersion as number;
      const read = await zoneVersion(guluZone.id);
      const selfScores = { scores: [{ code: 'hub', score: 33, comment: '班列开行 420 列' }, { code: 'industry', score: 22 }], version: read };
      expect((await liaisonLuoqi.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${guluZone.id}/self`, selfScores)).statusCode).toBe(403);
      const saved = await liaisonGulu.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${guluZone.id}/self`, selfScores);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(await zoneVersion(guluZone.id)).toBe(read + 1);
      // Saving again from the same read answers 409 and leaves the saved scores as they are.
      const stale = await liaisonGulu.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${guluZone.id}/self`, { scores: [{ code: 'hub', score: 1 }], version: read });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('version_conflict');
      expect(await zoneVersion(guluZone.id)).toBe(read + 1);
      expect((await liaisonLuoqi.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${luoqiZone.id}/self`, { scores: [{ code: 'hub', score: 30 }], version: await zoneVersion(luoqiZone.id) })).statusCode).toBe(200);

      // Before circulation a zone cannot see another zone's self-evaluation, by any door.
      expect((await liaisonLuoqi.get(`/api/evaluation/rounds/${roundId}/zones/${guluZone.id}`)).statusCode).toBe(403);
      const seen = (await liaisonLuoqi.get(`/api/evaluation/rounds/${roundId}/scores`)).json();
      expect(seen.self.every((x: { zoneId: string }) => x.zoneId === luoqiZone.id)).toBe(true);
      expect(seen.self).toHaveLength(1);
      expect((await liaisonLuoqi.get(`/api/evaluation/rounds/${roundId}/scores?zoneId=${guluZone.id}`)).json().self).toEqual([]);
      expect((await liaisonGulu.get(`/api/evaluation/rounds/${roundId}/zones/${guluZone.id}`)).json().criteria.find((c: { code: string }) => c.code === 'hub').self.score).toBe(33);
      expect((await office.get(`/api/evaluation/rounds/${roundId}/scores`)).json().self.length).toBe(3);

      // Submit and approve: only the zone's own unit leader approves.
      const sub = async (c: Client, zoneId: string, action: string) => {
        const zv = (await office.get(`/api/evaluation/rounds/${roundId}`)).json().zones.find((z: { id: string }) => z.id === zoneId).submissionVersion;
        return c.post(`/api/evaluation/rounds/${roundId}/zones/${zoneId}/self`, { action, version: zv });
      };
      expect((await sub(liaisonGulu, guluZone.id, 'submit')).statusCode).toBe(200);
      expect((await sub(liaisonGulu, guluZone.id, 'approve')).statusCode).toBe(403);
      expect((await sub(leaderLuoqi, guluZone.id, 'approve')).statusCode).toBe(403);
      expect((await liaisonGulu.request('PUT', `/api/evaluation/rounds/${roundId}/zones/${guluZone.id}/self`, { ...selfScores, version: await zoneVersion(guluZone.id) })).statusCode).toBe(409);
      expect((await sub(leaderGulu, guluZone.id, 'approve')).statusCode).toBe(200);
      // Unified evaluation waits for every zone's approval.
      const early = await step('open_unified_evaluation');
      expect(early.statusCode).toBe(409);
      expect(early.json().error.messageEn).toMatch(/5 zone\(s\) still lack/);
      for (const z of board.zones) if (z.id !== guluZone.id) {
        const leader = z.id === luoqiZone.id ? leaderLuoqi : null;
        // zones without demo users: the office cannot approve for them, so sign in their leader is impossible; use the service path
        if (leader) {
          expect((await sub(liaisonLuoqi, z.id, 'submit')).statusCode).toBe(200);
          expect((await sub(leader, z.id, 'approve')).statusCode).toBe(200);
        }
      }
      const { selfAction } = await import('../../src/server/evaluation/service');
      const { submissionsOf } = await import('../../src/server/evaluation/queries');
      for (const s of await submissionsOf(db, roundId))
        if (s.selfState === 'draft') {
          const after = await selfAction(db, { id: null, name: 'test' }, roundId, s.zoneId, s.version, 'submit');
          await selfAction(db, { id: null, name: 'test' }, roundId, s.zoneId, after.version, 'approve');
        }
      expect((await step('open_unified_evaluation')).statusCode).toBe(200);

      // Raters: a rater never rates their own unit; zones cannot rate.
      const rate = (c: Client, zoneId: string, score = 30) => c.post(`/api/evaluation/rounds/${roundId}/scores`, { zoneId, scores: [{ code: 'hub', score }, { code: 'industry', score: 20 }] });
      const own = await rate(expert, guluZone.id);
      expect(own.statusCode).toBe(403);
      expect(own.json().error.messageEn).toBe('a rater never rates their own unit');
      expect((await rate(liaisonGulu, luoqiZone.id)).statusCode).toBe(403);
      expect((await rate(expert, luoqiZone.id, 28)).statusCode).toBe(200);
      expect((await rate(evaluator, luoqiZone.id, 32)).statusCode).toBe(200);
      expect((await rate(evaluator, guluZone.id, 31)).statusCode).toBe(200);
      expect((await rate(evaluator, guluZone.id, 99)).statusCode).toBe(400);

      // Results, before circulation only for the office and the zone itself.
      const computed = await office.post(`/api/evaluation/rounds/${roundId}/results`, { adjustments: [{ zoneId: luoqiZone.id, bonuses: [{ points: 1, reason: '试点' }] }] });
      expect(computed.statusCode, computed.body).toBe(200);
      const mine = (await liaisonGulu.get(`/api/evaluation/rounds/${roundId}/results`)).json();
      expect(mine.output.zones.map((z: { id: string }) => z.id)).toEqual(['yubei-gulu']);
      expect((await liaisonGulu.get(`/api/evaluation/rounds/${roundId}/results/input`)).statusCode).toBe(403);
      const all = (await office.get(`/api/evaluation/rounds/${roundId}/results`)).json();
      const luoqiResult = all.output.zones.find((z: { id: string }) => z.id === 'yubei-luoqi');
      // hub: trimmed mean of two raters = mean (28 + 32)/2 = 30; industry 20; task completion comes
      // from the delivery demo's reports on 洛碛镇's tasks (so it applies); reform and open are N/A
      // → rescaled by 100/80; the bonus adds 1 and the supervision record (notices and alerts of
      // the delivery demo) takes its points off.
      const crit = (code: string) => luoqiResult.criteria.find((c: { code: string }) => c.code === code);
      expect(crit('hub').value).toBe(30);
      expect(crit('industry').points).toBe(20);
      expect(crit('tasks').applicable).toBe(true);
      expect([crit('reform').applicable, crit('open').applicable]).toEqual([false, false]);
      expect(luoqiResult.applicableWeight).toBe(80);
      const supervision = luoqiResult.supervision.reduce((a: number, x: { points: number }) => a + x.points, 0);
      expect(luoqiResult.supervisionTotal).toBeCloseTo(supervision, 9);
      expect(luoqiResult.total).toBeCloseTo(((50 + crit('tasks').points) * 100) / 80 + 1 - supervision, 9);

      // The board's self-vs-result gap per zone: 古路镇 sees its own, not 洛碛镇's, before circulation.
      const boardGap = async (c: Client, code: string) => (await c.get(`/api/evaluation/rounds/${roundId}`)).json().zones.find((z: { code: string }) => z.code === code).selfGap;
      expect(await boardGap(liaisonGulu, 'yubei-luoqi')).toBeNull();
      const guluResult = all.output.zones.find((z: { id: string }) => z.id === 'yubei-gulu');
      const guluPoints = (code: string) => guluResult.criteria.find((c: { code: string }) => c.code === code).points;
      const guluGap = { criteria: 2, self: 55, unified: guluPoints('hub') + guluPoints('industry'), gap: 55 - guluPoints('hub') - guluPoints('industry') };
      expect(guluPoints('hub')).toBe(31);
      expect(await boardGap(liaisonGulu, 'yubei-gulu')).toEqual(guluGap);
      expect(await boardGap(office, 'yubei-gulu')).toEqual(guluGap);
      expect((await step('circulate')).statusCode).toBe(200);
      // After circulation: self-evaluations and results are visible to all zones, with the gap.
      expect(await boardGap(liaisonLuoqi, 'yubei-gulu')).toEqual(guluGap);
      expect((await liaisonLuoqi.get(`/api/evaluation/rounds/${roundId}/scores?zoneId=${guluZone.id}`)).json().self).toHaveLength(2);
      expect((await liaisonLuoqi.get(`/api/evaluation/rounds/${roundId}/results`)).json().output.zones).toHaveLength(6);
      // Appeals only during the window, only for one's own zone.
      const appeal = { roundId, zoneId: luoqiZone.id, criterionCode: 'hub', text: '吞吐量口径有误' };
      expect((await liaisonLuoqi.post('/api/evaluation/appeals', appeal)).statusCode).toBe(409);
      expect((await step('open_appeals')).statusCode).toBe(200);
      expect((await liaisonGulu.post('/api/evaluation/appeals', appeal)).statusCode).toBe(403);
      const filed = await liaisonLuoqi.post('/api/evaluation/appeals', appeal);
      expect(filed.statusCode, filed.body).toBe(200);
      expect((await step('finalize')).statusCode).toBe(409);
      // Accepted: re-scored during the window.
      expect((await office.post(`/api/evaluation/appeals/${filed.json().id}/answer`, { decision: 'accept', answer: '已复核，予以调整', version: 1 })).statusCode).toBe(200);
      expect((await rate(evaluator, luoqiZone.id, 35)).statusCode).toBe(200);
      expect((await office.post(`/api/evaluation/rounds/${roundId}/results`, {})).statusCode).toBe(200);
      // 古路镇 sees its own appeals (the demo year's), never 洛碛镇's.
      const guluAppeals = (await liaisonGulu.get('/api/evaluation/appeals')).json();
      expect(guluAppeals.length).toBeGreaterThan(0);
      expect(guluAppeals.every((a: { zoneId: string }) => a.zoneId === guluZone.id)).toBe(true);
      expect((await office.get(`/api/evaluation/appeals?schemeId=${created.json().id}`)).json().map((a: { status: string }) => a.status)).toEqual(['accepted']);
      // No awards before the results are final.
      expect((await office.post('/api/evaluation/awards', { schemeId: created.json().id })).statusCode).toBe(409);
      expect((await step('finalize')).statusCode).toBe(200);

      // Locked: no new results, no ratings; a correction is a new version with a reason.
      const finalRun = (await office.get(`/api/evaluation/rounds/${roundId}/results`)).json();
      const locked = await office.post(`/api/evaluation/rounds/${roundId}/results`, {});
      expect(locked.statusCode).toBe(409);
      expect((await rate(evaluator, luoqiZone.id, 10)).statusCode).toBe(409);
      expect((await step('correct')).statusCode).toBe(409);
      const corrected = await step('correct', { reason: '复核更正：加分项依据补正' });
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json().correction).toBe(1);
      const after = (await office.get(`/api/evaluation/rounds/${roundId}/results`)).json();
      expect(after.run.correction).toBe(1);
      expect(after.runs.map((x: { correction: number }) => x.correction)).toEqual([0, 0, 1]);
      // The correction is audited with its reason; the final run it corrects is still there, unchanged.
      const [correctAudit] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'round_correct'), eq(auditLog.entityId, roundId)));
      expect((correctAudit.after as { reason: string; correction: number })).toMatchObject({ reason: '复核更正：加分项依据补正', correction: 1 });
      expect(after.runs).toHaveLength(3);
      const [kept] = await db.select().from(evaluationRuns).where(eq(evaluationRuns.id, finalRun.run.id));
      expect(kept.output).toEqual(finalRun.output);
      expect(after.run.id).not.toBe(finalRun.run.id);

      // Allocation by the final results; the CLI re-computes it to the same numbers.
      const scheme = (await office.get('/api/evaluation/schemes')).json().find((x: { roundId: string }) => x.roundId === roundId);
      const alloc = await office.post('/api/evaluation/allocations', { schemeId: scheme.id, kind: 'funding_allocation', name: '专项资金', unit: '万元', rule: { pool: 1000, decimals: 1, rule: 'base_plus_performance', base: 0.2 } });
      expect(alloc.statusCode, alloc.body).toBe(200);
      const full = (await office.get(`/api/evaluation/allocations/${alloc.json().id}`)).json();
      expect(full.output.total).toBe(1000);
      const ain = (await office.get(`/api/evaluation/allocations/${alloc.json().id}/input`)).json();
      writeFileSync(join(tmp, `${engine}-a2.json`), JSON.stringify(ain));
      const ar = await hubline(['allocate', join(tmp, `${engine}-a2.json`)], {});
      expect(JSON.parse(ar.stdout)).toEqual(full.output);
      expect((await liaisonGulu.post('/api/evaluation/allocations', { schemeId: scheme.id, kind: 'land_quota', name: 'x', unit: '亩', rule: { pool: 10, decimals: 0, rule: 'factor_share' } })).statusCode).toBe(403);

      // Land quotas by factors given per zone (score and area, weights 0.7 / 0.3) with a floor and a
      // cap, as the web form sends them; the CLI re-computes the stored input to the same numbers.
      const codes = after.output.zones.map((z: { id: string }) => z.id) as string[];
      const area = Object.fromEntries(codes.map((c, i) => [c, { area: 10 + 7 * i }]));
      const landRule = { pool: 3000, decimals: 0, rule: 'factor_share', factors: [{ name: 'score', weight: 0.7 }, { name: 'area', weight: 0.3 }], floor: 300, cap: 0.3 };
      const land = await office.post('/api/evaluation/allocations', { schemeId: scheme.id, kind: 'land_quota', name: '用地指标', unit: '亩', rule: landRule, factors: area });
      expect(land.statusCode, land.body).toBe(200);
      const landFull = (await office.get(`/api/evaluation/allocations/${land.json().id}`)).json();
      const landIn = (await office.get(`/api/evaluation/allocations/${land.json().id}/input`)).json();
      expect(landIn).toMatchObject({ ...landRule });
      expect(landIn.recipients.map((r: { id: string; factors: unknown }) => [r.id, r.factors])).toEqual(codes.map((c) => [c, area[c]]));
      writeFileSync(join(tmp, `${engine}-a3.json`), JSON.stringify(landIn));
      const lr = await hubline(['allocate', join(tmp, `${engine}-a3.json`)], {});
      expect(lr.code, lr.stderr).toBe(0);
      expect(JSON.parse(lr.stdout)).toEqual(landFull.output);
      expect(landFull.output.total).toBe(3000);
      const eligibleIds = new Set(after.output.zones.filter((z: { eligible: boolean }) => z.eligible).map((z: { id: string }) => z.id));
      for (const a of landFull.output.allocations as { id: string; amount: number }[]) {
        if (eligibleIds.has(a.id)) expect(a.amount).toBeGreaterThanOrEqual(300);
        expect(a.amount).toBeLessThanOrEqual(900);
      }
      // Bad factor input is refused naming the zone and the factor.
      const badLand = async (extra: object) => (await office.post('/api/evaluation/allocations', { schemeId: scheme.id, kind: 'land_quota', name: 'x', unit: '亩', rule: landRule, factors: area, ...extra })).json().error;
      expect((await badLand({ factors: { ...area, 'no-such-zone': { area: 1 } } })).field).toBe('factors.no-such-zone');
      expect((await badLand({ factors: { ...area, [codes[0]]: { area: 1, depth: 2 } } })).field).toBe(`factors.${codes[0]}.depth`);
      const { [codes[1]]: _dropped, ...missing } = area;
      void _dropped;
      const missingErr = await badLand({ factors: missing });
      if (eligibleIds.has(codes[1])) {
        expect(missingErr.field).toBe(`factors.${codes[1]}.area`);
        expect(missingErr.message).toContain(codes[1]);
      }
      const floorErr = await badLand({ rule: { ...landRule, floor: 2000 } });
      expect(floorErr.field).toBe('floor');
      expect(floorErr.message).toContain('保底额');

      // 评优评先 by the rules published with the scheme, then by rules the office gives; each
      // decision equals the domain's awards() over the final results and replaces the zones' awards.
      const rules = [{ title: '先进单位', topOverall: 1 }, { title: '类型第一', topPerGroup: 1, minScore: 1 }];
      expect((await liaisonGulu.post('/api/evaluation/awards', { schemeId: scheme.id, rules })).statusCode).toBe(403);
      expect((await office.post('/api/evaluation/awards', { schemeId: scheme.id, rules: [{ title: '', topOverall: 1 }] })).statusCode).toBe(400);
      const codesOf = (x: { awards: { title: string; zones: { code: string }[] }[] }) => x.awards.map((a) => ({ title: a.title, zoneIds: a.zones.map((z) => z.code) }));
      const byScheme = await office.post('/api/evaluation/awards', { schemeId: scheme.id });
      expect(byScheme.statusCode, byScheme.body).toBe(200);
      expect(codesOf(byScheme.json())).toEqual(awards(after.output.zones, DEMO_SCHEME.awards!));
      const given = await office.post('/api/evaluation/awards', { schemeId: scheme.id, rules });
      expect(given.statusCode, given.body).toBe(200);
      const expected = awards(after.output.zones, rules);
      expect(codesOf(given.json())).toEqual(expected);
      expect(expected[0].zoneIds).toHaveLength(1);
      const groupsWithEligible = new Set(after.output.zones.filter((z: { eligible: boolean; total: number }) => z.eligible && z.total >= 1).map((z: { group: string }) => z.group));
      expect(expected[1].zoneIds).toHaveLength(groupsWithEligible.size);
      const listed = (await liaisonGulu.get(`/api/evaluation/awards?schemeId=${scheme.id}`)).json();
      expect(listed.map((a: { id: string }) => a.id)).toEqual([given.json().id, byScheme.json().id]);
      const stored = await db.select().from(incentives).where(and(eq(incentives.schemeId, scheme.id), eq(incentives.kind, 'award')));
      expect(stored.map((x) => x.note).sort()).toEqual(expected.flatMap((a) => a.zoneIds.map(() => a.title)).sort());
      // Award decisions are not allocations.
      expect((await office.get(`/api/evaluation/allocations?schemeId=${scheme.id}`)).json().map((a: { kind: string }) => a.kind).sort()).toEqual(['funding_allocation', 'land_quota']);
      expect((await office.get(`/api/evaluation/allocations/${given.json().id}`)).statusCode).toBe(404);
    }, 180_000);
  });
}
