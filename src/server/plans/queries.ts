import { and, asc, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { parallel } from '../db/parallel';
import { indicatorTargets, indicators, planSections, plans, sourceDocuments, taskAssignments, tasks, units } from '../db/schema';
import { inScope, scopeWhere, type Scope } from '../core/access';
import { notFound } from '../core/errors';
import { headingNumber, type PlanTaskFilter, type PlanTaskRow } from '../../contracts/plans';

export async function listPlans(db: DbOrTx, scope: Scope) {
  const all = await db
    .select({
      id: plans.id,
      code: plans.code,
      kind: plans.kind,
      title: plans.title,
      docNumber: plans.docNumber,
      issuer: plans.issuer,
      issuedDate: plans.issuedDate,
      status: plans.status,
      public: plans.public,
      horizonYears: plans.horizonYears,
      version: plans.version,
      taskCount: sql<number>`(select count(*)::int from tasks t where t.plan_id = "plans"."id")`,
      indicatorCount: sql<number>`(select count(*)::int from indicators i where i.plan_id = "plans"."id")`,
      myTaskCount: scope.all
        ? sql<number>`0`
        : sql<number>`(select count(distinct t.id)::int from tasks t join task_assignments a on a.task_id = t.id where t.plan_id = "plans"."id" and ${scopeWhere(scope, sql`a.unit_id`)})`,
    })
    .from(plans)
    .orderBy(asc(plans.createdAt));
  return all;
}

/** A task as the plan detail lists it, its units as one JSON column (see taskUnitsJson). */
const taskSummary = () => ({
  id: tasks.id,
  sectionId: tasks.sectionId,
  kind: tasks.kind,
  number: tasks.number,
  title: tasks.title,
  text: tasks.text,
  deadlines: tasks.deadlines,
  status: tasks.status,
  spanStart: tasks.spanStart,
  spanEnd: tasks.spanEnd,
  version: tasks.version,
  units: taskUnitsJson,
});

/** The reads of a plan detail besides its tasks: the plan, its sections, indicators and their targets. */
const planReads = (db: DbOrTx, id: string) =>
  [
    () => db.select().from(plans).where(eq(plans.id, id)),
    () => db.select().from(planSections).where(eq(planSections.planId, id)).orderBy(asc(planSections.position)),
    () => db.select().from(indicators).where(eq(indicators.planId, id)).orderBy(asc(indicators.position)),
    () =>
      db
        .select({ target: indicatorTargets })
        .from(indicatorTargets)
        .innerJoin(indicators, eq(indicators.id, indicatorTargets.indicatorId))
        .where(eq(indicators.planId, id))
        .orderBy(asc(indicatorTargets.year)),
  ] as const;

type Read<I extends 0 | 1 | 2 | 3> = Awaited<ReturnType<ReturnType<typeof planReads>[I]>>;
/** The plan detail from planReads' answers and the tasks to send; null when there is no such plan. */
function planOf<T>([[plan], sections, indicatorRows, targets]: [Read<0>, Read<1>, Read<2>, Read<3>], taskRows: T[]) {
  if (!plan) return null;
  const targetsOf = groupBy(targets.map((t) => t.target), (t) => t.indicatorId);
  return { ...plan, sections, tasks: taskRows, indicators: indicatorRows.map((i) => ({ ...i, targets: targetsOf.get(i.id) ?? [] })) };
}

/** A plan with its structure; a unit-scoped caller gets only the tasks its unit is assigned to. */
export async function getPlan(db: DbOrTx, id: string, scope: Scope) {
  // Five independent reads keyed by the plan id, at once rather than one after another. Each
  // task comes with its units as one JSON column, built by the database: mapping a thousand
  // assignment rows in JavaScript and grouping them cost more than the SQL itself (issue 10).
  const [plan, sections, indicatorRows, targets, taskRows] = await parallel(db, ...planReads(db, id), () =>
    db.select(taskSummary()).from(tasks).where(eq(tasks.planId, id)).orderBy(asc(tasks.position)),
  );
  return planOf([plan, sections, indicatorRows, targets], scope.all ? taskRows : taskRows.filter((t) => t.units.some((u) => inScope(scope, u.unitId))));
}

/**
 * A plan with one page of its tasks under the task list's filter, and what the page shows around
 * the page: the tasks the caller sees by kind, and each unit with its lead and support counts
 * (the unit filter's options). Filtering, counting and paging are SQL: the plan page no longer
 * gets 500 tasks with their units to filter and count in the browser (issue 10: 4.4× own SQL).
 */
export async function getPlanPage(db: DbOrTx, id: string, scope: Scope, q: PlanTaskFilter & { page: number; pageSize: number }) {
  // A unit-scoped caller sees the tasks its unit is assigned to (as getPlan filters them).
  const seen = scope.all ? sql`true` : scope.unitId ? sql`exists (select 1 from ${taskAssignments} a where a.task_id = ${tasks.id} and a.unit_id = ${scope.unitId})` : sql`false`;
  const words = q.q?.trim();
  // The same conditions as the task list's Excel export (listPlanTasks): substring, case as typed.
  const filter = sql.join(
    [
      sql`true`,
      q.kind ? sql`${tasks.kind} = ${q.kind}` : undefined,
      q.status ? sql`${tasks.status} = ${q.status}` : undefined,
      q.unitId
        ? sql`exists (select 1 from ${taskAssignments} a where a.task_id = ${tasks.id} and a.unit_id = ${q.unitId}${q.leadOnly === 'true' ? sql` and a.role = 'lead'` : sql``})`
        : undefined,
      words ? sql`(strpos(${tasks.title}, ${words}) > 0 or strpos(${tasks.text}, ${words}) > 0 or ${tasks.number} = ${words})` : undefined,
    ].filter((c) => c !== undefined),
    sql` and `,
  );
  const [plan, sections, indicatorRows, targets, taskRows, kinds, unitRows] = await parallel(
    db,
    ...planReads(db, id),
    () =>
      db
        .select(taskSummary())
        .from(tasks)
        .where(and(eq(tasks.planId, id), seen, filter))
        .orderBy(asc(tasks.position))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
    () =>
      db
        .select({ kind: tasks.kind, all: sql<number>`count(*)::int`, shown: sql<number>`(count(*) filter (where ${filter}))::int` })
        .from(tasks)
        .where(and(eq(tasks.planId, id), seen))
        .groupBy(tasks.kind)
        // In the order the kinds first appear in the plan, as the kind filter lists them.
        .orderBy(sql`min(${tasks.position})`),
    () =>
      db
        .select({
          unitId: taskAssignments.unitId,
          unitName: units.name,
          lead: sql<number>`(count(*) filter (where ${taskAssignments.role} = 'lead'))::int`,
          support: sql<number>`(count(*) filter (where ${taskAssignments.role} = 'support'))::int`,
          all: sql<number>`count(*)::int`,
        })
        .from(taskAssignments)
        .innerJoin(tasks, eq(tasks.id, taskAssignments.taskId))
        .innerJoin(units, eq(units.id, taskAssignments.unitId))
        .where(and(eq(tasks.planId, id), seen))
        .groupBy(taskAssignments.unitId, units.name)
        // Most-leading units first, as the unit filter lists them.
        .orderBy(sql`count(*) filter (where ${taskAssignments.role} = 'lead') desc`, sql`count(*) desc`, units.name),
  );
  const detail = planOf([plan, sections, indicatorRows, targets], taskRows);
  if (!detail) return null;
  return {
    ...detail,
    taskPage: {
      page: q.page,
      pageSize: q.pageSize,
      total: kinds.reduce((n, k) => n + k.shown, 0),
      byKind: Object.fromEntries(kinds.map((k) => [k.kind, k.all])),
      units: unitRows,
    },
  };
}

export async function getPlanPageOr404(db: DbOrTx, id: string, scope: Scope, q: PlanTaskFilter & { page: number; pageSize: number }) {
  const plan = await getPlanPage(db, id, scope, q);
  if (!plan) throw notFound('计划', 'plan');
  return plan;
}

/** A task's units in their order, as the plan detail lists them. */
const taskUnitsJson = sql<{ unitId: string; role: string; unitName: string; collective: boolean }[]>`coalesce((
  select json_agg(json_build_object('unitId', a.unit_id, 'role', a.role, 'unitName', u.name, 'collective', u.collective) order by a.position)
    from ${taskAssignments} a join ${units} u on u.id = a.unit_id
   where a.task_id = "tasks"."id"), '[]'::json)`;

function groupBy<T>(list: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export async function getPlanOr404(db: DbOrTx, id: string, scope: Scope) {
  const plan = await getPlan(db, id, scope);
  if (!plan) throw notFound('计划', 'plan');
  return plan;
}

export async function taskUnits(db: DbOrTx, taskId: string): Promise<(string | null)[] | null> {
  const [t] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, taskId));
  if (!t) return null;
  const a = await db.select({ unitId: taskAssignments.unitId }).from(taskAssignments).where(eq(taskAssignments.taskId, taskId));
  return a.map((x) => x.unitId);
}

export const getImport = async (db: DbOrTx, id: string) => (await db.select().from(sourceDocuments).where(eq(sourceDocuments.id, id)))[0] ?? null;
export async function getImportOr404(db: DbOrTx, id: string) {
  const d = await getImport(db, id);
  if (!d) throw notFound('导入记录', 'import');
  return d;
}

/** The plan a document revises: same document number, or same title. */
export async function findPlanFor(db: DbOrTx, docNumber: string | null | undefined, title: string | null | undefined) {
  const conds = [docNumber ? eq(plans.docNumber, docNumber) : undefined, title ? eq(plans.title, title) : undefined].filter(Boolean);
  if (!conds.length) return null;
  const [p] = await db.select().from(plans).where(or(...conds)).limit(1);
  return p ?? null;
}

export const planTasksWithUnits = async (db: DbOrTx, planId: string) => {
  const t = await db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.position));
  const a = t.length
    ? await db
        .select({ taskId: taskAssignments.taskId, role: taskAssignments.role, name: units.name, collective: units.collective })
        .from(taskAssignments)
        .innerJoin(units, eq(units.id, taskAssignments.unitId))
        .where(inArray(taskAssignments.taskId, t.map((x) => x.id)))
        .orderBy(asc(taskAssignments.position))
    : [];
  return t.map((x) => ({ ...x, units: a.filter((y) => y.taskId === x.id).map(({ role, name, collective }) => ({ role: role as 'lead' | 'support', name, collective })) }));
};

export const unitByName = async (db: DbOrTx, name: string) => (await db.select().from(units).where(and(eq(units.name, name))))[0] ?? null;

/** The text a plan was imported from (empty for a plan made by hand). */
export async function planSource(db: DbOrTx, planId: string) {
  const [p] = await db.select({ sourceDocumentId: plans.sourceDocumentId }).from(plans).where(eq(plans.id, planId));
  if (!p) return null;
  const [d] = p.sourceDocumentId ? await db.select({ text: sourceDocuments.text, fileName: sourceDocuments.fileName }).from(sourceDocuments).where(eq(sourceDocuments.id, p.sourceDocumentId)) : [];
  return { text: d?.text ?? '', fileName: d?.fileName ?? null };
}
export async function planSourceOr404(db: DbOrTx, planId: string) {
  const source = await planSource(db, planId);
  if (!source) throw notFound('计划', 'plan');
  return source;
}

/**
 * A plan's tasks as the plan page's task list shows them (same filters, same unit scoping as the
 * plan detail), one row each with its headings and units by name: the rows of its Excel export.
 */
export async function listPlanTasks(db: DbOrTx, planId: string, scope: Scope, f: PlanTaskFilter): Promise<PlanTaskRow[]> {
  const plan = await getPlan(db, planId, scope);
  if (!plan) throw notFound('计划', 'plan');
  const sections = new Map(plan.sections.map((s) => [s.id, s]));
  const headings = (sectionId: string | null) => {
    const chain: string[] = [];
    for (let s = sectionId ? sections.get(sectionId) : undefined; s; s = s.parentId ? sections.get(s.parentId) : undefined) chain.unshift(`${headingNumber(s.number)}${s.title}`.trim());
    return chain.length ? chain.join(' › ') : null;
  };
  const q = f.q?.trim();
  return plan.tasks
    .filter(
      (t) =>
        (!f.kind || t.kind === f.kind) &&
        (!f.status || t.status === f.status) &&
        (!f.unitId || t.units.some((u) => u.unitId === f.unitId && (f.leadOnly !== 'true' || u.role === 'lead'))) &&
        (!q || t.title.includes(q) || t.text.includes(q) || t.number === q),
    )
    .map((t) => {
      const deadlines = (t.deadlines ?? []) as { text: string; date: string | null }[];
      const dates = deadlines.map((d) => d.date).filter((d): d is string => !!d).sort();
      return {
        id: t.id,
        number: t.number,
        section: headings(t.sectionId),
        kind: t.kind,
        title: t.title,
        status: t.status,
        leadUnits: t.units.filter((u) => u.role === 'lead').map((u) => u.unitName),
        supportUnits: t.units.filter((u) => u.role !== 'lead').map((u) => u.unitName),
        deadlineText: deadlines.length ? deadlines.map((d) => d.text).join('；') : null,
        dueOn: dates[0] ?? null,
      };
    });
}
