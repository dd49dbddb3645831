// A scheme that publishes TOPSIS (vector normalisation) as its ranking method and allocation by the
// rank score, on PGlite and PostgreSQL: a bad ranking field is refused by name; the results rank
// each group by the method and store its score next to the total; the stored input carries the
// method, so `hubline evaluate` re-computes the same ranks; the allocation takes the rank score.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { hubline } from '../support/processes';
import { users } from '../../src/server/db/schema';
import * as s from '../../src/server/evaluation/service';
import * as q from '../../src/server/evaluation/queries';
import { competitionRanks, runEvaluate, type EvaluateInput, type EvaluationResult } from '../../src/domain/evaluation/index';
import { DEMO_SCHEME } from '../../src/server/seed/demo-evaluation';

const tmp = mkdtempSync(join(tmpdir(), 'hubline-eval-ranking-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RANKING = { method: 'topsis', normalization: 'vector', allocateBy: 'rank_score' } as const;

for (const engine of engines()) {
  describe(`evaluation ranked by TOPSIS on ${engine}`, () => {
    let t: TestApp;
    let office: Client;
    beforeAll(async () => {
      t = await createTestApp(engine);
      office = await as(t, 'office');
    });
    afterAll(async () => t?.close());

    it('publishes the method, ranks by it, re-computes offline and allocates by the rank score', async () => {
      const body = (ranking: unknown) => ({ year: 2027, name: '2027 年度考核（TOPSIS）', definition: { ...DEMO_SCHEME, ranking } });
      // Refused by name, in Chinese, nothing created.
      const rhoForTopsis = (await office.post('/api/evaluation/schemes', body({ method: 'topsis', rho: 0.5 }))).json().error;
      expect(rhoForTopsis).toMatchObject({ field: 'definition.ranking.rho', message: '排名方法：分辨系数 ρ 只用于灰色关联分析' });
      const unknownMethod = await office.post('/api/evaluation/schemes', body({ method: 'vikor' }));
      expect(unknownMethod.statusCode).toBe(400);
      // The request schema refuses it first (its field names the body, as for every request).
      expect(unknownMethod.json().error).toMatchObject({ field: 'body.definition.ranking.method', message: expect.stringMatching(/^输入有误：.*ranking\.method.*weighted_sum.*topsis.*gra/) });
      expect((await office.get('/api/evaluation/schemes')).json().some((x: { year: number }) => x.year === 2027)).toBe(false);

      const created = await office.post('/api/evaluation/schemes', body(RANKING));
      expect(created.statusCode, created.body).toBe(200);
      const { id: schemeId, roundId } = created.json();
      const listed = (await office.get('/api/evaluation/schemes')).json().find((x: { id: string }) => x.id === schemeId);
      expect(listed.definition.ranking).toEqual(RANKING);

      // The workflow up to the unified evaluation, through the services as the demo seed does.
      const db = t.database.db;
      const [officeUser] = await db.select({ id: users.id, name: users.username }).from(users).where(eq(users.username, 'office'));
      const [evaluatorUser] = await db.select({ id: users.id, name: users.username }).from(users).where(eq(users.username, 'evaluator'));
      let version = 1;
      const step = async (action: Parameters<typeof s.transitionRound>[4]) => (version = (await s.transitionRound(db, officeUser, roundId, version, action, undefined)).version);
      await step('publish');
      await step('open_summary');
      await step('open_self_evaluation');
      for (const sub of await q.submissionsOf(db, roundId)) {
        const after = await s.selfAction(db, officeUser, roundId, sub.zoneId, sub.version, 'submit');
        await s.selfAction(db, officeUser, roundId, sub.zoneId, after.version, 'approve');
      }
      await step('open_unified_evaluation');
      const def = q.definitionOf((await q.getScheme(db, schemeId))!);
      const zoneList = await q.zonesOf(db, def);
      // Shares of full marks that differ by criterion, so the methods have something to weigh.
      const shares = [[0.95, 0.6, 0.9, 0.7], [0.7, 0.95, 0.6, 0.9], [0.85, 0.8, 0.75, 0.8], [0.6, 0.9, 0.95, 0.65], [0.9, 0.7, 0.7, 0.95], [0.75, 0.85, 0.8, 0.6]];
      for (const [k, rater] of [evaluatorUser, officeUser].entries())
        for (const [i, z] of zoneList.entries()) {
          const group = def.groups.find((g) => g.id === z.hubType)!;
          await s.rate(db, rater, roundId, z.id, ['hub', 'industry', 'reform', 'open'].map((code, j) => ({ code, score: Math.round((shares[i % shares.length][j] - 0.02 * k) * group.criteria.find((c) => c.code === code)!.weight * 100) / 100 })));
        }
      const computed = await office.post(`/api/evaluation/rounds/${roundId}/results`, {});
      expect(computed.statusCode, computed.body).toBe(200);

      const results = (await office.get(`/api/evaluation/rounds/${roundId}/results`)).json();
      const out = results.output as EvaluationResult;
      expect(out.ranking).toEqual({ method: 'topsis', normalization: 'vector', rho: null, allocateBy: 'rank_score' });
      // Each group ranked by its rank score (TOPSIS closeness ×100 plus adjustments), not by the total.
      for (const g of out.groups) {
        const members = out.zones.filter((z) => z.group === g.id);
        expect(members.map((m) => m.rankInGroup)).toEqual(competitionRanks(members.map((m) => m.rankScore)));
        for (const m of members) expect(m.methodScore).toBeGreaterThanOrEqual(0);
      }
      // Across groups (the demo scheme ranks across types) TOPSIS runs once on every zone.
      expect(out.zones.map((z) => z.rankOverall)).toEqual(competitionRanks(out.zones.map((z) => z.rankScoreOverall!)));
      const byTotal = competitionRanks(out.zones.map((z) => z.total));
      expect(out.zones.map((z) => z.rankOverall)).not.toEqual(byTotal);

      // The Excel export shows the scores the ranks follow, the method named in the header; read back.
      const sheetOf = async (lang: string) => {
        const res = await office.get(`/api/evaluation/rounds/${roundId}/results.xlsx?lang=${lang}`);
        expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as never);
        const ws = wb.worksheets[0];
        const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
        const rowsRead = Array.from({ length: ws.rowCount - 1 }, (_, i) => (ws.getRow(i + 2).values as unknown[]).slice(1));
        return { header, rowsRead };
      };
      const zh = await sheetOf('zh-CN');
      const col = (h: string) => zh.header.indexOf(h);
      expect(zh.header).toContain('排名得分（组内，TOPSIS（逼近理想解），向量归一化）');
      expect(zh.header).toContain('排名得分（总排名，TOPSIS（逼近理想解），向量归一化）');
      expect(zh.header).toContain('方法得分（TOPSIS（逼近理想解），向量归一化，0–1）');
      expect(zh.rowsRead).toHaveLength(out.zones.length);
      for (const row of zh.rowsRead) {
        const z = out.zones.find((x) => x.name === row[col('区域')])!;
        expect(row[col('总排名')]).toBe(z.rankOverall);
        expect(row[col('总分')]).toBe(z.total);
        expect(row[col('排名得分（组内，TOPSIS（逼近理想解），向量归一化）')]).toBe(z.rankScore);
        expect(row[col('排名得分（总排名，TOPSIS（逼近理想解），向量归一化）')]).toBe(z.rankScoreOverall);
        expect(row[col('方法得分（TOPSIS（逼近理想解），向量归一化，0–1）')]).toBe(z.methodScore);
      }
      expect((await sheetOf('en')).header).toContain('Rank score (overall, TOPSIS, vector normalisation)');

      // The stored input carries the method; the CLI re-computes the same result, ranks included.
      const input = (await office.get(`/api/evaluation/rounds/${roundId}/results/input`)).json() as EvaluateInput;
      expect(input.scheme.ranking).toEqual(RANKING);
      writeFileSync(join(tmp, `${engine}-topsis.json`), JSON.stringify(input));
      const r = await hubline(['evaluate', join(tmp, `${engine}-topsis.json`)], {});
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(out);
      // Without the method the same input ranks by the total: the method is what changed the ranks.
      const { ranking: _dropped, ...plainScheme } = input.scheme;
      expect(runEvaluate({ ...input, scheme: plainScheme }).zones.map((z) => z.rankOverall)).toEqual(byTotal);

      // Final, then an allocation: the scheme says allocate by the rank score.
      await step('circulate');
      await step('open_appeals');
      await step('finalize');
      const alloc = await office.post('/api/evaluation/allocations', { schemeId, kind: 'funding_allocation', name: '专项资金', unit: '万元', rule: { pool: 1000, decimals: 1, rule: 'base_plus_performance', base: 0.2 } });
      expect(alloc.statusCode, alloc.body).toBe(200);
      const ain = (await office.get(`/api/evaluation/allocations/${alloc.json().id}/input`)).json();
      expect(ain.recipients.map((x: { id: string; score: number }) => [x.id, x.score])).toEqual(out.zones.map((z) => [z.id, z.rankScore]));
      writeFileSync(join(tmp, `${engine}-alloc.json`), JSON.stringify(ain));
      const ar = await hubline(['allocate', join(tmp, `${engine}-alloc.json`)], {});
      expect(ar.code, ar.stderr).toBe(0);
      expect(JSON.parse(ar.stdout)).toEqual((await office.get(`/api/evaluation/allocations/${alloc.json().id}`)).json().output);
    }, 120_000);
  });
}
