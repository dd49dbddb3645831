// Reads of the evaluation module. Values come only from data the platform has accepted:
// observations approved or accepted, progress reports approved or accepted (the delivery module
// writes them; read here directly), supervision notices and alerts of the year.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { rows } from '../db/index';
import {
  appeals,
  evaluationAllocations,
  evaluationCriteria,
  evaluationRatings,
  evaluationRounds,
  evaluationRuns,
  evaluationSchemes,
  evaluationScores,
  evaluationSubmissions,
  indicators,
  observations,
  units,
  users,
  zones,
} from '../db/schema';
import { draftSummary, schemeSchema, type AllocateInput, type AllocationResult, type AwardRuleInput, type Scheme, type SummaryDraft, type SupervisionLevel } from '../../domain/evaluation/index';
import type { Scope } from '../core/access';

export const COUNTED = ['approved', 'accepted'];

export async function listSchemes(db: DbOrTx) {
  const list = await db
    .select({
      id: evaluationSchemes.id,
      planId: evaluationSchemes.planId,
      year: evaluationSchemes.year,
      name: evaluationSchemes.name,
      status: evaluationSchemes.status,
      version: evaluationSchemes.version,
      definition: evaluationSchemes.definition,
      roundId: evaluationRounds.id,
      state: evaluationRounds.state,
    })
    .from(evaluationSchemes)
    .leftJoin(evaluationRounds, eq(evaluationRounds.schemeId, evaluationSchemes.id))
    .orderBy(desc(evaluationSchemes.year), asc(evaluationSchemes.name));
  // The column is JSON; what is stored was checked with schemeSchema on every write.
  return list as (Omit<(typeof list)[number], 'definition'> & { definition: Scheme })[];
}

export async function getScheme(db: DbOrTx, id: string) {
  const [s] = await db.select().from(evaluationSchemes).where(eq(evaluationSchemes.id, id));
  return s ?? null;
}

export const definitionOf = (s: { definition: unknown }): Scheme => schemeSchema.parse(s.definition);

export async function getRound(db: DbOrTx, id: string) {
  const [r] = await db
    .select({ round: evaluationRounds, scheme: evaluationSchemes })
    .from(evaluationRounds)
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
    .where(eq(evaluationRounds.id, id));
  return r ?? null;
}

/** The zones a scheme evaluates: functional areas whose hub type is one of its peer groups. */
export async function zonesOf(db: DbOrTx, scheme: Scheme) {
  const groups = scheme.groups.map((g) => g.id);
  if (!groups.length) return [];
  return db
    .select({ id: zones.id, code: zones.code, name: zones.name, nameEn: zones.nameEn, hubType: zones.hubType })
    .from(zones)
    .where(and(eq(zones.level, 'functional_area'), inArray(zones.hubType, groups)))
    .orderBy(asc(zones.code));
}

/** The zone a unit-scoped caller belongs to (through their unit). */
export async function zoneOfUnit(db: DbOrTx, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  const [u] = await db.select({ zoneId: units.zoneId }).from(units).where(eq(units.id, unitId));
  return u?.zoneId ?? null;
}

export async function unitsOfZone(db: DbOrTx, zoneId: string): Promise<string[]> {
  return (await db.select({ id: units.id }).from(units).where(eq(units.zoneId, zoneId))).map((u) => u.id);
}

/** The units that own a zone's evaluation; null when the zone does not exist. */
export async function zoneOwners(db: DbOrTx, zoneId: string): Promise<string[] | null> {
  const [z] = await db.select({ id: zones.id }).from(zones).where(eq(zones.id, zoneId));
  return z ? unitsOfZone(db, zoneId) : null;
}

export async function zoneOfUser(db: DbOrTx, userId: string): Promise<string | null> {
  const [u] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, userId));
  return zoneOfUnit(db, u?.unitId ?? null);
}

export async function criteriaOf(db: DbOrTx, schemeId: string) {
  return db.select().from(evaluationCriteria).where(eq(evaluationCriteria.schemeId, schemeId)).orderBy(asc(evaluationCriteria.code));
}

export async function submissionsOf(db: DbOrTx, roundId: string) {
  return db.select().from(evaluationSubmissions).where(eq(evaluationSubmissions.roundId, roundId));
}

export async function selfScores(db: DbOrTx, schemeId: string, zoneIds?: string[]) {
  const conds = [eq(evaluationScores.schemeId, schemeId), eq(evaluationScores.level, 'self_evaluation')];
  if (zoneIds) {
    if (!zoneIds.length) return [];
    conds.push(inArray(evaluationScores.zoneId, zoneIds));
  }
  return db
    .select({ id: evaluationScores.id, zoneId: evaluationScores.zoneId, criterionId: evaluationScores.criterionId, code: evaluationCriteria.code, score: evaluationScores.score, comment: evaluationScores.comment, version: evaluationScores.version })
    .from(evaluationScores)
    .innerJoin(evaluationCriteria, eq(evaluationCriteria.id, evaluationScores.criterionId))
    .where(and(...conds));
}

export async function ratingsOf(db: DbOrTx, roundId: string, zoneIds?: string[]) {
  const conds = [eq(evaluationRatings.roundId, roundId)];
  if (zoneIds) {
    if (!zoneIds.length) return [];
    conds.push(inArray(evaluationRatings.zoneId, zoneIds));
  }
  return db
    .select({ zoneId: evaluationRatings.zoneId, code: evaluationCriteria.code, raterId: evaluationRatings.raterId, rater: users.displayName, score: evaluationRatings.score, comment: evaluationRatings.comment })
    .from(evaluationRatings)
    .innerJoin(evaluationCriteria, eq(evaluationCriteria.id, evaluationRatings.criterionId))
    .innerJoin(users, eq(users.id, evaluationRatings.raterId))
    .where(and(...conds));
}

/** Indicator value of a zone for a year, from approved data only: the annual value, else the periods aggregated. */
export async function indicatorValues(db: DbOrTx, indicatorIds: string[], zoneIds: string[], year: number) {
  if (!indicatorIds.length || !zoneIds.length) return new Map<string, { value: number; periods: string[] }>();
  const list = await db
    .select({ indicatorId: observations.indicatorId, zoneId: observations.zoneId, period: observations.period, value: observations.value, aggregation: indicators.aggregation })
    .from(observations)
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .where(
      and(
        inArray(observations.indicatorId, indicatorIds),
        inArray(observations.zoneId, zoneIds),
        inArray(observations.status, COUNTED),
        sql`(${observations.period} = ${String(year)} or ${observations.period} like ${`${year}-%`} or ${observations.period} like ${`${year}Q%`})`,
      ),
    )
    .orderBy(asc(observations.period));
  const out = new Map<string, { value: number; periods: string[] }>();
  const groups = new Map<string, typeof list>();
  for (const o of list) {
    if (o.value === null) continue;
    const k = `${o.indicatorId}|${o.zoneId}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  for (const [k, g] of groups) {
    const annual = g.find((o) => o.period === String(year));
    if (annual) {
      out.set(k, { value: annual.value!, periods: [annual.period] });
      continue;
    }
    const agg = g[0].aggregation;
    const vals = g.map((o) => o.value!);
    const value = agg === 'sum' ? vals.reduce((a, b) => a + b, 0) : agg === 'average' ? vals.reduce((a, b) => a + b, 0) / vals.length : vals[vals.length - 1];
    out.set(k, { value, periods: g.map((o) => o.period) });
  }
  return out;
}

/**
 * Task completion of a zone's units in a year: the mean latest percent done of their approved or
 * accepted progress reports. Null (N/A) when there are none.
 */
export async function taskCompletion(db: DbOrTx, zoneId: string, year: number): Promise<{ value: number; reports: number } | null> {
  const r = await rows<{ value: number | null; reports: number }>(
    db,
    sql`select avg(latest.percent_done)::float8 as value, count(*)::int as reports from (
          select distinct on (pr.task_id, pr.unit_id) pr.percent_done
          from progress_reports pr join units u on u.id = pr.unit_id
          where u.zone_id = ${zoneId} and pr.status in ('approved', 'accepted') and pr.percent_done is not null
            and (pr.period = ${String(year)} or pr.period like ${`${year}-%`} or pr.period like ${`${year}Q%`})
          order by pr.task_id, pr.unit_id, pr.period desc) latest`,
  );
  return r[0]?.value === null || r[0]?.value === undefined ? null : { value: r[0].value, reports: r[0].reports };
}

const LADDER: SupervisionLevel[] = ['reminder', 'supervision', 'listed'];

/**
 * Supervision record of a zone's units in a year: notices by escalation level (0 催办, 1 督办,
 * 2+ 挂牌督办) and alerts by colour (yellow, red).
 */
export async function supervisionRecord(db: DbOrTx, zoneId: string, year: number) {
  const notices = await rows<{ id: string; number: string; level: number; issue: string; status: string }>(
    db,
    sql`select n.id, n.number, n.escalation_level as level, n.issue, n.status from supervision_notices n join units u on u.id = n.unit_id
        where u.zone_id = ${zoneId} and extract(year from n.created_at at time zone 'Asia/Shanghai') = ${year} order by n.number`,
  );
  const alerts = await rows<{ id: string; level: string; reason: string }>(
    db,
    sql`select a.id, a.level, a.reason from alerts a join units u on u.id = a.unit_id
        where u.zone_id = ${zoneId} and extract(year from a.created_at at time zone 'Asia/Shanghai') = ${year} order by a.created_at`,
  );
  return [
    ...notices.map((n) => ({ id: n.id, number: n.number, level: LADDER[Math.min(Math.max(n.level, 0), 2)], title: n.issue })),
    ...alerts.filter((a) => a.level === 'yellow' || a.level === 'red').map((a) => ({ id: a.id, level: a.level as SupervisionLevel, title: a.reason })),
  ];
}

export async function latestRun(db: DbOrTx, roundId: string) {
  const [r] = await db.select().from(evaluationRuns).where(eq(evaluationRuns.roundId, roundId)).orderBy(desc(evaluationRuns.createdAt), desc(evaluationRuns.correction)).limit(1);
  return r ?? null;
}

export async function runsOf(db: DbOrTx, roundId: string) {
  return db
    .select({ id: evaluationRuns.id, correction: evaluationRuns.correction, reason: evaluationRuns.reason, createdAt: evaluationRuns.createdAt })
    .from(evaluationRuns)
    .where(eq(evaluationRuns.roundId, roundId))
    .orderBy(asc(evaluationRuns.createdAt));
}

export async function listAppeals(db: DbOrTx, f: { schemeId?: string; zoneIds?: string[] }) {
  const conds = [];
  if (f.schemeId) conds.push(eq(appeals.schemeId, f.schemeId));
  if (f.zoneIds) {
    if (!f.zoneIds.length) return [];
    conds.push(inArray(appeals.zoneId, f.zoneIds));
  }
  return db
    .select({
      id: appeals.id,
      schemeId: appeals.schemeId,
      zoneId: appeals.zoneId,
      zoneName: zones.name,
      criterionCode: appeals.criterionCode,
      text: appeals.text,
      status: appeals.status,
      answer: appeals.answer,
      answeredAt: appeals.answeredAt,
      createdAt: appeals.createdAt,
      version: appeals.version,
    })
    .from(appeals)
    .innerJoin(zones, eq(zones.id, appeals.zoneId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(appeals.createdAt));
}

export async function getAppeal(db: DbOrTx, id: string) {
  const [a] = await db.select().from(appeals).where(eq(appeals.id, id));
  return a ?? null;
}

export async function listAllocations(db: DbOrTx, schemeId?: string) {
  return db
    .select({ id: evaluationAllocations.id, schemeId: evaluationAllocations.schemeId, kind: evaluationAllocations.kind, name: evaluationAllocations.name, unit: evaluationAllocations.unit, createdAt: evaluationAllocations.createdAt })
    .from(evaluationAllocations)
    // Award decisions share the table (kind 'award') but have their own list.
    .where(and(ne(evaluationAllocations.kind, 'award'), schemeId ? eq(evaluationAllocations.schemeId, schemeId) : undefined))
    .orderBy(desc(evaluationAllocations.createdAt));
}

export async function getAllocation(db: DbOrTx, id: string) {
  const [a] = await db.select().from(evaluationAllocations).where(and(eq(evaluationAllocations.id, id), ne(evaluationAllocations.kind, 'award')));
  // JSON columns: createAllocation stores the checked input and the domain's result.
  return (a as (typeof a & { input: AllocateInput; output: AllocationResult }) | undefined) ?? null;
}

export const scopeZone = async (db: DbOrTx, scope: Scope): Promise<string | null | 'all'> => (scope.all ? 'all' : zoneOfUnit(db, scope.unitId));

/** Award decisions (评优评先), newest first, with the zones named. */
export async function listAwards(db: DbOrTx, schemeId?: string) {
  const rows = await db
    .select()
    .from(evaluationAllocations)
    .where(and(eq(evaluationAllocations.kind, 'award'), schemeId ? eq(evaluationAllocations.schemeId, schemeId) : undefined))
    .orderBy(desc(evaluationAllocations.createdAt));
  const names = new Map<string, { id: string; name: string }>();
  for (const schemeIdOf of new Set(rows.map((r) => r.schemeId))) {
    const scheme = await getScheme(db, schemeIdOf);
    if (scheme) for (const z of await zonesOf(db, definitionOf(scheme))) names.set(`${schemeIdOf}|${z.code}`, { id: z.id, name: z.name });
  }
  return rows.map((r) => {
    const input = r.input as { rules: AwardRuleInput[]; zones: { id: string; group: string; total: number; rankInGroup: number; grade: string | null }[] };
    const output = r.output as { awards: { title: string; zoneIds: string[] }[] };
    const zone = (code: string) => {
      const z = input.zones.find((x) => x.id === code)!;
      const n = names.get(`${r.schemeId}|${code}`);
      return { id: n?.id ?? '', code, name: n?.name ?? code, group: z.group, total: z.total, rankInGroup: z.rankInGroup, grade: z.grade };
    };
    return { id: r.id, schemeId: r.schemeId, createdAt: r.createdAt, rules: input.rules, awards: output.awards.map((a) => ({ title: a.title, zones: a.zoneIds.map(zone) })) };
  });
}

/**
 * What the zone's summary (总结) is drafted from: the approved or accepted progress reports of its
 * units in the year (with their task), and its units' supervision notices of the year with their
 * state. Alerts come from supervisionRecord.
 */
export async function summarySources(db: DbOrTx, zoneId: string, year: number) {
  const reports = await rows<{ id: string; taskNumber: string; taskTitle: string; role: string; period: string; text: string; problems: string; percentDone: number | null }>(
    db,
    sql`select pr.id, t.number as "taskNumber", t.title as "taskTitle", pr.role, pr.period, pr.text, pr.problems, pr.percent_done as "percentDone"
        from progress_reports pr join units u on u.id = pr.unit_id join tasks t on t.id = pr.task_id
        where u.zone_id = ${zoneId} and pr.status in ('approved', 'accepted')
          and (pr.period = ${String(year)} or pr.period like ${`${year}-%`} or pr.period like ${`${year}Q%`} or pr.period like ${`${year}H%`})
        order by t.position, pr.period, pr.id`,
  );
  const notices = await rows<{ id: string; number: string; level: number; title: string; status: string }>(
    db,
    sql`select n.id, n.number, n.escalation_level as level, n.issue as title, n.status from supervision_notices n join units u on u.id = n.unit_id
        where u.zone_id = ${zoneId} and extract(year from n.created_at at time zone 'Asia/Shanghai') = ${year} order by n.number`,
  );
  return { reports, notices: notices.map((n) => ({ ...n, level: LADDER[Math.min(Math.max(n.level, 0), 2)] })) };
}

/**
 * The draft of a zone's summary (总结) for a scheme's year: written by draftSummary from the
 * approved reports, the indicator values and task completion the zone's peer group reads, and the
 * supervision record.
 */
export async function summaryDraft(db: DbOrTx, zone: { id: string; name: string; hubType: string | null }, def: Scheme, year: number): Promise<SummaryDraft> {
  const group = def.groups.find((g) => g.id === zone.hubType);
  const criteria = group?.criteria ?? [];
  const sourceOf = (c: (typeof criteria)[number]) => c.source ?? (c.indicatorId ? 'indicator' : 'rated');
  const ids = criteria.filter((c) => sourceOf(c) === 'indicator' && c.indicatorId).map((c) => c.indicatorId!);
  const values = await indicatorValues(db, ids, [zone.id], year);
  const indicatorLines: { name: string; value: number; periods?: string[] }[] = [];
  for (const c of criteria) {
    if (sourceOf(c) === 'indicator' && c.indicatorId) {
      const v = values.get(`${c.indicatorId}|${zone.id}`);
      if (v) indicatorLines.push({ name: c.name, value: v.value, periods: v.periods });
    } else if (sourceOf(c) === 'task_completion') {
      const v = await taskCompletion(db, zone.id, year);
      if (v) indicatorLines.push({ name: c.name, value: v.value });
    }
  }
  const { reports, notices } = await summarySources(db, zone.id, year);
  const alerts = (await supervisionRecord(db, zone.id, year)).filter((x): x is typeof x & { level: 'yellow' | 'red' } => x.level === 'yellow' || x.level === 'red').map((a) => ({ level: a.level, title: a.title }));
  return draftSummary({ zoneName: zone.name, year, reports, indicators: indicatorLines, notices, alerts });
}
