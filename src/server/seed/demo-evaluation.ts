// Demo evaluation (HUBLINE_DEMO=1 only): a 2025 scheme for the five hub types of the hub-zone
// guidance (seed 004: 陆港型、空港型、港口型、商贸服务型、生产服务型), with different criteria and
// weights per type as Chongqing's function-zone precedent does, walked through one completed year
// — summary, self-evaluation approved by the unit leaders, unified scores by two raters, results
// circulated, an appeal answered, final — and the funds and land quotas allocated by the results.
// The scores are illustrative, not an official evaluation.
import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { rows } from '../db/index';
import { evaluationSchemes, units, users } from '../db/schema';
import { createUser } from '../org/service';
import type { Actor } from '../core/audit';
import type { Scheme } from '../../domain/evaluation/index';
import * as s from '../evaluation/service';
import * as q from '../evaluation/queries';
import { SYSTEM_ACTOR } from './actor';

/** Zone users the evaluation screens need: a liaison and a unit leader of two functional areas. */
export const evaluationDemoUsers = [
  { username: 'liaison_gulu', displayName: '孙丽（古路镇联络员）', unit: '古路镇', roles: ['liaison' as const] },
  { username: 'leader_gulu', displayName: '吴军（古路镇负责人）', unit: '古路镇', roles: ['unit_leader' as const] },
  { username: 'liaison_luoqi', displayName: '郑洁（洛碛镇联络员）', unit: '洛碛镇', roles: ['liaison' as const] },
  { username: 'leader_luoqi', displayName: '冯涛（洛碛镇负责人）', unit: '洛碛镇', roles: ['unit_leader' as const] },
];

const rated = (code: string, name: string, weight: number) => ({ code, name, weight, source: 'rated' as const, rule: { kind: 'points' as const } });
const tasks = (weight: number) => ({
  code: 'tasks',
  name: '重点任务完成率（%）',
  weight,
  source: 'task_completion' as const,
  rule: { kind: 'banded' as const, target: 90, step: 5, pointsAbove: 1, pointsBelow: 2, maxPoints: weight + 3 },
});

export const DEMO_SCHEME: Omit<Scheme, 'name' | 'year'> = {
  groups: [
    { id: 'dry_port', name: '陆港型', criteria: [rated('hub', '枢纽能级（班列、多式联运）', 35), rated('industry', '产业集聚', 25), tasks(20), rated('reform', '改革创新', 10), rated('open', '开放合作', 10)] },
    { id: 'airport', name: '空港型', criteria: [rated('hub', '枢纽能级（航线、货邮）', 30), rated('industry', '产业集聚', 30), tasks(20), rated('reform', '改革创新', 10), rated('open', '开放合作', 10)] },
    { id: 'seaport', name: '港口型', criteria: [rated('hub', '枢纽能级（港口吞吐、江海联运）', 35), rated('industry', '产业集聚', 20), tasks(25), rated('reform', '改革创新', 10), rated('open', '开放合作', 10)] },
    { id: 'trade_service', name: '商贸服务型', criteria: [rated('hub', '供应链服务能级', 25), rated('industry', '商贸与总部集聚', 35), tasks(20), rated('reform', '改革创新', 10), rated('open', '开放合作', 10)] },
    { id: 'production_service', name: '生产服务型', criteria: [rated('hub', '生产服务能级', 25), rated('industry', '先进制造与研发集聚', 35), tasks(20), rated('reform', '改革创新', 10), rated('open', '开放合作', 10)] },
  ],
  deductionRules: { perLevel: { reminder: 0.2, supervision: 0.5, listed: 1, yellow: 0.5, red: 1 }, repeats: [{ level: 'yellow', count: 2, points: 1 }], max: 5 },
  maxBonus: 3,
  raterRule: 'trimmed_mean',
  rankAcrossGroups: true,
  awards: [
    { title: '枢纽经济区建设先进单位', topOverall: 2, minGrade: 'good' },
    { title: '分类考核优秀（各类型第一名）', topPerGroup: 1, minScore: 80 },
  ],
};

// Unified scores of two raters per zone code: hub, industry, reform, open (as shares of full marks).
const DEMO_RATINGS: Record<string, [number, number, number, number][]> = {
  'yubei-gulu': [[0.92, 0.85, 0.9, 0.8], [0.88, 0.8, 0.95, 0.85]],
  'yubei-linkong': [[0.95, 0.9, 0.85, 0.95], [0.9, 0.92, 0.8, 0.9]],
  'yubei-konggang': [[0.82, 0.88, 0.75, 0.8], [0.85, 0.84, 0.8, 0.78]],
  'yubei-luoqi': [[0.8, 0.7, 0.85, 0.75], [0.78, 0.72, 0.8, 0.7]],
  'yubei-xiantao': [[0.86, 0.93, 0.9, 0.85], [0.84, 0.9, 0.92, 0.88]],
  'yubei-corridor': [[0.75, 0.82, 0.7, 0.72], [0.8, 0.78, 0.75, 0.7]],
};
const SELF_BIAS = 1.06; // zones rate themselves a little higher than the panel, as usual

export async function seedDemoEvaluation(db: DbOrTx, log: (m: string) => void) {
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from evaluation_schemes`);
  if (n > 0) return;
  const userOf = async (username: string) => (await db.select({ id: users.id, name: users.username }).from(users).where(eq(users.username, username)))[0] ?? null;
  for (const u of evaluationDemoUsers) {
    if (await userOf(u.username)) continue;
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.name, u.unit));
    if (!unit) return;
    await createUser(db, SYSTEM_ACTOR, { username: u.username, displayName: u.displayName, unitId: unit.id, roles: u.roles, password: process.env.HUBLINE_DEMO_PASSWORD ?? 'Hubline-Demo-2026' });
  }
  const office = await userOf('office');
  const evaluator = await userOf('evaluator');
  if (!office || !evaluator) return;
  const d = db as Db; // the services open their own (nested) transactions
  const actor = (u: { id: string; name: string }): Actor => u;

  const scheme = await s.createScheme(d, actor(office), { year: 2025, name: '2025 年度枢纽经济区差异化考核', definition: { ...DEMO_SCHEME, name: '', year: 2025 } });
  const roundId = scheme.roundId;
  let version = 1;
  const step = async (action: Parameters<typeof s.transitionRound>[4], reason?: string) => {
    const r = await s.transitionRound(d, actor(office), roundId, version, action, reason);
    version = r.version;
  };
  await step('publish');
  await step('open_summary');
  const def = q.definitionOf((await q.getScheme(db, scheme.id))!);
  const zoneList = await q.zonesOf(db, def);
  for (const z of zoneList) {
    const [sub] = (await q.submissionsOf(db, roundId)).filter((x) => x.zoneId === z.id);
    await s.saveSummary(d, actor(office), roundId, z.id, sub.version, `${z.name}2025 年度工作总结（演示）：枢纽能级、产业集聚、改革创新和开放合作各项工作按计划推进。`);
  }
  await step('open_self_evaluation');
  const leaders: Record<string, string> = { 'yubei-gulu': 'leader_gulu', 'yubei-luoqi': 'leader_luoqi' };
  for (const z of zoneList) {
    const group = def.groups.find((g) => g.id === z.hubType)!;
    const ratings = DEMO_RATINGS[z.code];
    const codes = ['hub', 'industry', 'reform', 'open'];
    const read = (await q.submissionsOf(db, roundId)).find((x) => x.zoneId === z.id)!;
    await s.saveSelfScores(
      d,
      actor(office),
      roundId,
      z.id,
      read.version,
      codes.map((code, i) => ({ code, score: Math.min(1, ratings[0][i] * SELF_BIAS) * group.criteria.find((c) => c.code === code)!.weight, comment: '见年度总结及佐证材料（演示）' })),
    );
    const leader = leaders[z.code] ? await userOf(leaders[z.code]) : null;
    let sub = (await q.submissionsOf(db, roundId)).find((x) => x.zoneId === z.id)!;
    sub = await s.selfAction(d, actor(leader ?? office), roundId, z.id, sub.version, 'submit');
    await s.selfAction(d, actor(leader ?? office), roundId, z.id, sub.version, 'approve');
  }
  await step('open_unified_evaluation');
  for (const [k, rater] of [evaluator, office].entries())
    for (const z of zoneList) {
      const group = def.groups.find((g) => g.id === z.hubType)!;
      const shares = DEMO_RATINGS[z.code][k];
      await s.rate(d, rater, roundId, z.id, ['hub', 'industry', 'reform', 'open'].map((code, i) => ({ code, score: Math.round(shares[i] * group.criteria.find((c) => c.code === code)!.weight * 100) / 100 })));
    }
  const byCode = new Map(zoneList.map((z) => [z.code, z.id]));
  await s.computeResults(d, actor(office), roundId, [
    { zoneId: byCode.get('yubei-linkong')!, bonuses: [{ points: 2, reason: '获批国家物流枢纽经济示范区（演示）', evidence: '批复文件' }] },
    { zoneId: byCode.get('yubei-corridor')!, deductions: [{ points: 1, reason: '数据迟报两次（演示）' }] },
  ]);
  await step('circulate');
  await step('open_appeals');
  const gulu = byCode.get('yubei-gulu')!;
  const appeal = await s.fileAppeal(d, (await userOf('liaison_gulu')) ?? actor(office), { roundId, zoneId: gulu, criterionCode: 'open', text: '开放合作一项未计入中欧班列（渝新欧）新增线路，申请复核（演示）。' });
  await s.answerAppeal(d, actor(office), appeal.id, appeal.version, 'reject', '新增线路已在枢纽能级一项计分，不重复计入（演示）。');
  await step('finalize');
  await s.createAllocation(d, actor(office), {
    schemeId: scheme.id,
    kind: 'funding_allocation',
    name: '2026 年枢纽经济区发展专项资金',
    unit: '万元',
    rule: { pool: 5000, decimals: 0, rule: 'base_plus_performance', base: 0.3, threshold: 60, cap: 0.3 },
  });
  await s.createAllocation(d, actor(office), {
    schemeId: scheme.id,
    kind: 'land_quota',
    name: '2026 年新增建设用地计划指标（预留）',
    unit: '亩',
    rule: { pool: 5800, decimals: 0, rule: 'rank_tiers', tiers: [{ fromRank: 1, toRank: 1, amount: 1300 }, { fromRank: 2, toRank: 6, amount: 900 }] },
  });
  await s.createAwards(d, actor(office), { schemeId: scheme.id });
  await db.update(evaluationSchemes).set({ status: 'closed' }).where(eq(evaluationSchemes.id, scheme.id));
  log('demo data: evaluation 2025 (five hub types, final, allocated, awarded)');
}
