// Both seed documents come in through the document importer, exactly as an office
// would import them, then the office's configuration of their indicators is applied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsFolder } from '../core/paths';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { indicatorZones, indicators, plans, referenceSets, units, zones } from '../db/schema';
import { audit } from '../core/audit';
import { prepareImport, commitImport } from '../plans/service';
import { commitSchema } from '../../contracts/plans';
import { SYSTEM_ACTOR } from './actor';

const seedFile = (name: string) => join(seedsFolder, name);

export const SEED_DOCUMENTS = [
  { file: 'documents/yubei-corridor-plan-2023.txt', code: 'YB-CORRIDOR-2023', zone: 'yubei' },
  { file: 'documents/chongqing-hub-zones-guidance-draft.txt', code: 'CQ-HUBZONE-DRAFT', zone: 'chongqing' },
];

/** The office's set-up of the Yubei plan's seven indicators (definitions from ../shared/data caveats). */
export const YUBEI_INDICATOR_SETUP: Record<
  string,
  { owner: string; frequency: 'yearly' | 'monthly'; aggregation: 'sum' | 'average' | 'last'; name?: string; nameEn: string; unit?: string; definition: string; dataSource: string; baseline?: { year: number; value: number } }
> = {
  '1': { owner: '区交通局', frequency: 'yearly', aggregation: 'last', nameEn: 'Airport cargo and mail capacity', definition: '江北国际机场设计货邮保障能力（非实际吞吐量）。', dataSource: '重庆机场集团' },
  '2': { owner: '区交通局', frequency: 'yearly', aggregation: 'last', nameEn: 'Airport passenger capacity', definition: '江北国际机场设计旅客保障能力（非实际吞吐量）。', dataSource: '重庆机场集团' },
  // What is counted is countries reached, not routes: one counter word (个) in every sentence about it.
  '3': { owner: '区商务委', frequency: 'yearly', aggregation: 'last', nameEn: 'RCEP countries (regions) with passenger or cargo flights', unit: '个', definition: '已开通客货运航线覆盖的RCEP成员国（不含中国，共14国）。', dataSource: '重庆机场集团、区商务委' },
  // 4 and 5 keep the plan's own names and unit: they are growth rates (…增长率, %), and what units
  // report each month is the rate itself (1月至当月累计), so no page says a 增长率 is collected in
  // 标箱 (issue 15: the seed does not redefine a document's indicator by hand).
  '4': {
    nameEn: 'Growth of freight volume via the New Land-Sea Corridor',
    owner: '区商务委',
    frequency: 'monthly',
    aggregation: 'last',
    definition: '经西部陆海新通道三种主要模式（铁海联运、国际铁路联运、跨境公路）运输的集装箱量（标箱）的同比增长率，按发运月份计、1月至当月累计；年度值为12月的全年增长率。目标15%为每年的增长率。演示数据采用全市口径。',
    dataSource: '市口岸物流办、陆海新通道运营平台',
  },
  '5': {
    nameEn: 'Growth of goods value via the New Land-Sea Corridor',
    owner: '区商务委',
    frequency: 'monthly',
    aggregation: 'last',
    definition: '经西部陆海新通道运输的货值（亿元）的同比增长率，按发运月份计、1月至当月累计；年度值为12月的全年增长率。目标15%为每年的增长率。演示数据采用全市口径。',
    dataSource: '市口岸物流办、陆海新通道运营平台',
  },
  '6': { owner: '机场海关', frequency: 'yearly', aggregation: 'average', nameEn: 'Clearance time for imported fresh goods (not inspected)', definition: '国际进口鲜货（非查验）从申报到放行的平均用时，越短越好。', dataSource: '机场海关' },
  '7': { owner: '区商务委', frequency: 'yearly', aggregation: 'last', nameEn: 'Foreign trade with ASEAN', definition: '渝北区与东盟国家的外贸进出口总额。', dataSource: '区商务委（海关统计）' },
};

/** The office's reading of the hub-zone guidance's five 2027 goals: what is measured, in what unit. */
export const HUB_GOAL_SETUP: Record<string, { nameEn: string; unit: string; aggregation: 'sum' | 'average' | 'last'; definition: string }> = {
  G1: { nameEn: 'Multimodal volume through the hubs', unit: '万吨', aggregation: 'sum', definition: '枢纽经济区通道枢纽多式联运量；增长目标值待定（××%）。' },
  G2: { nameEn: 'Industrial output growth (enterprises above designated size)', unit: '%', aggregation: 'last', definition: '枢纽经济区规模以上工业总产值增速，与全市增速比较（高于全市3个百分点）。' },
  G3: { nameEn: 'Foreign trade contributed', unit: '亿元', aggregation: 'sum', definition: '枢纽经济区贡献的外贸进出口额，较基期增长10%。基期待定。' },
  G4: { nameEn: 'Overall logistics cost', unit: '元/标箱', aggregation: 'average', definition: '基准线路单位标箱综合物流成本，较基期降低5%（宏观“社会物流总费用/GDP”不适用于单个枢纽）。基期待定。' },
  G5: { nameEn: 'Regional headquarters of supply-chain firms', unit: '家', aggregation: 'last', definition: '累计吸引入驻的供应链企业区域总部数量。' },
};
export const CITY_BENCHMARK = { code: 'CQ-BENCH-INDUSTRY-GROWTH', name: '全市规上工业总产值增速', unit: '%', definition: '重庆市规模以上工业总产值同比增速（市统计局），作为“高于全市×个百分点”目标的对比基准。' };

async function seedReferenceSets(tx: DbOrTx) {
  const [exists] = await tx.select({ id: referenceSets.id }).from(referenceSets).where(eq(referenceSets.code, 'rcep_members'));
  if (exists) return;
  const lines = readFileSync(seedFile('rcep-members.csv'), 'utf8').trim().split('\n').slice(1);
  const members = lines
    .map((l) => l.match(/^("[^"]*"|[^,]*),([A-Z]{2}),(yes|no),(yes|no)/))
    .filter((m): m is RegExpMatchArray => !!m && m[4] === 'yes')
    .map((m) => ({ code: m[2], name: m[1].replace(/"/g, ''), nameEn: m[1].replace(/"/g, '') }));
  const zh: Record<string, string> = { AU: '澳大利亚', BN: '文莱', KH: '柬埔寨', ID: '印度尼西亚', JP: '日本', KR: '韩国', LA: '老挝', MY: '马来西亚', MM: '缅甸', NZ: '新西兰', PH: '菲律宾', SG: '新加坡', TH: '泰国', VN: '越南' };
  await tx.insert(referenceSets).values({ code: 'rcep_members', name: 'RCEP成员国（不含中国）', members: members.map((m) => ({ ...m, name: zh[m.code] ?? m.name })) });
}

export async function seedPlans(db: DbOrTx, log: (m: string) => void) {
  await seedReferenceSets(db);
  for (const doc of SEED_DOCUMENTS) {
    const [exists] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, doc.code));
    if (exists) continue;
    const text = readFileSync(seedFile(doc.file), 'utf8');
    const draft = await prepareImport(db as Db, SYSTEM_ACTOR, { fileName: doc.file.split('/').pop(), text });
    // The office's review, scripted: every unit the importer did not know is created with its guessed type.
    const decisions = draft.extraction.units
      .filter((u) => !u.known)
      .map((u) => ({ name: u.name, action: 'create' as const, type: u.type, collective: u.collective }));
    // Every indicator owned or explicitly committed without an owner: the Yubei plan's from the
    // office's set-up below; the guidance's goals get theirs (a zone) in configureIndicators.
    const extraction = {
      ...draft.extraction,
      indicators: draft.extraction.indicators.map((ind) => {
        const owner = doc.zone === 'yubei' ? YUBEI_INDICATOR_SETUP[ind.number]?.owner : undefined;
        return { ...ind, owners: owner ? [owner] : [], ownerless: !owner };
      }),
    };
    const input = commitSchema.parse({ extraction, code: doc.code, units: decisions });
    const { planId } = await commitImport(db as Db, SYSTEM_ACTOR, draft.id, input);
    await configureIndicators(db, planId, doc);
    log(`seed plan ${doc.code}: ${draft.extraction.tasks.length} tasks, ${draft.extraction.indicators.length} indicators`);
  }
}

async function configureIndicators(db: DbOrTx, planId: string, doc: (typeof SEED_DOCUMENTS)[number]) {
  const [zone] = await db.select().from(zones).where(eq(zones.code, doc.zone));
  const list = await db.select().from(indicators).where(eq(indicators.planId, planId));
  let benchmarkId: string | null = null;
  if (doc.zone === 'chongqing') {
    const [b] = await db
      .insert(indicators)
      .values({ planId, code: CITY_BENCHMARK.code, number: 'B1', name: CITY_BENCHMARK.name, nameEn: 'City-wide industrial output growth', unit: CITY_BENCHMARK.unit, category: '对比基准', definition: CITY_BENCHMARK.definition, dataSource: '市统计局', aggregation: 'last', position: 99 })
      .returning();
    await db.insert(indicatorZones).values({ indicatorId: b.id, zoneId: zone.id, unitId: null });
    await audit(db, SYSTEM_ACTOR, { action: 'create', entity: 'indicator', entityId: b.id, after: b });
    benchmarkId = b.id;
  }
  for (const ind of list) {
    const hub = doc.zone === 'chongqing' ? HUB_GOAL_SETUP[ind.number ?? ''] : undefined;
    if (hub) {
      const patch = { ...hub, ...(ind.number === 'G2' ? { benchmarkIndicatorId: benchmarkId } : {}) };
      await db.update(indicators).set(patch).where(eq(indicators.id, ind.id));
      await db.insert(indicatorZones).values({ indicatorId: ind.id, zoneId: zone.id, unitId: null }).onConflictDoNothing();
      await audit(db, SYSTEM_ACTOR, { action: 'configure', entity: 'indicator', entityId: ind.id, before: ind, after: { ...patch, zone: doc.zone } });
      continue;
    }
    const setup = doc.zone === 'yubei' ? YUBEI_INDICATOR_SETUP[ind.number ?? ''] : undefined;
    const [owner] = setup ? await db.select({ id: units.id }).from(units).where(eq(units.name, setup.owner)) : [];
    const patch = setup
      ? {
          ownerUnitId: owner?.id ?? null,
          ...(setup.name ? { name: setup.name } : {}),
          nameEn: setup.nameEn,
          frequency: setup.frequency,
          aggregation: setup.aggregation,
          definition: setup.definition,
          dataSource: setup.dataSource,
          ...(setup.unit ? { unit: setup.unit } : {}),
          ...(setup.baseline ? { baselineYear: setup.baseline.year, baselineValue: setup.baseline.value } : {}),
        }
      : {};
    if (Object.keys(patch).length) await db.update(indicators).set(patch).where(eq(indicators.id, ind.id));
    await db.insert(indicatorZones).values({ indicatorId: ind.id, zoneId: zone.id, unitId: null }).onConflictDoNothing();
    await audit(db, SYSTEM_ACTOR, { action: 'configure', entity: 'indicator', entityId: ind.id, before: ind, after: { ...patch, zone: doc.zone } });
  }
}
