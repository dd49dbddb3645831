import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { affectedRows, copyField, copyRows, openCopy, type CopyValue, type CopyWriter } from '../db/copy';
import { parallel } from '../db/parallel';
import type { Db, DbOrTx, Tx } from '../db/index';
import { indicatorMilestones, indicatorStatus, indicatorStatusHistory, indicatorTargets, indicatorZones, indicators, observationRevisions, observations, periodLocks, referenceSets, zones } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { AppError, badRequest, conflict, forbidden, notFound } from '../core/errors';
import { inScope, type Scope } from '../core/access';
import type { Aggregation, IndicatorPatch, TargetInput, Transition } from '../../contracts/indicators';
import { LABELS, wordsOf } from '../../contracts/labels';
import { parsePeriod, previousPeriod, type Frequency } from '../../domain/calendar/period';
import { MAX_MAGNITUDE, isValueInRange } from '../../domain/calendar/limits';
import { computeIndicatorStatus, statusInputChanges, summarizeStatus } from '../../domain/progress/index';
import { COUNTED, indicatorParts, owedPairs, referenceSetOf } from './queries';
import { alertInputsChanged } from '../jobs/queue';
import { updateVersioned } from '../core/versioned';

export interface ObservationInput {
  indicatorId: string;
  zoneId: string;
  period: string;
  value: number | null;
  covered?: string[] | null;
  comment?: string | null;
  /** Where the row came from in a file, for messages. */
  row?: number;
  /** The version the editor read (form edits); 409 when the stored row has moved on. */
  version?: number;
}

export interface RowProblem {
  row?: number;
  field: string;
  message: string;
  messageEn: string;
}

type Source = 'form' | 'file' | 'api' | 'computed';

const FREQ_ZH = wordsOf(LABELS.frequency, 'zh') as Record<Frequency, string>;
const STATUS_ZH = wordsOf(LABELS.observationState, 'zh');

/**
 * A value's change is implausible when it lies outside what its own history makes likely:
 * mean ± 3σ of past period-over-period changes, never narrower than ±50 %.
 */
export function plausibleBand(history: number[]): { low: number; high: number } | null {
  const clean = history.filter((v) => Number.isFinite(v));
  if (clean.length === 0) return null;
  const last = clean[clean.length - 1];
  const changes: number[] = [];
  for (let i = 1; i < clean.length; i++) if (clean[i - 1] !== 0) changes.push(clean[i] / clean[i - 1] - 1);
  let spread = 1; // ±100 % with little history
  if (changes.length >= 3) {
    const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
    const sd = Math.sqrt(changes.reduce((a, b) => a + (b - mean) ** 2, 0) / (changes.length - 1));
    spread = Math.max(0.5, Math.abs(mean) + 3 * sd);
  }
  const a = last * (1 - spread);
  const b = last * (1 + spread);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

export interface UpsertOptions {
  source: Source;
  requestId?: string;
  revisionReason?: string;
  /** The year being entered (uploads): a period of another year is refused, naming the row. */
  year?: number;
  /**
   * How a value that already counts may be changed: 'reason' (form and API: with a reason),
   * 'refuse' (uploads never revise approved data; that is its own explicit action).
   */
  revisions?: 'reason' | 'refuse';
  auditExtra?: Record<string, unknown>;
  /** Runs in the transaction before the first write, when something is to be written. */
  beforeWrite?: (tx: Tx) => Promise<Record<string, unknown>>;
  /**
   * Run `beforeWrite` at once, while the rows are still coming (an upload: the database is idle
   * while the first piece is read); if nothing is to be written after all, the transaction rolls
   * back what it wrote.
   */
  beginEarly?: boolean;
  /** Runs in the transaction after the audit entry, when something was written. */
  afterWrite?: (tx: Tx) => Promise<void>;
  /** Filled with the milliseconds (performance.now()) at which each step began, for the bench's import timing. */
  marks?: Record<string, number>;
}

/** Past values of one series, sorted by period, for the plausibility check. */
type Series = { periods: string[]; values: number[] };

/** The last `n` values of a sorted series before `period` (binary search: imports can be 100,000 rows). */
export function historyBefore(series: Series, period: string, n = 12): number[] {
  let lo = 0;
  let hi = series.periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (series.periods[mid] < period) lo = mid + 1;
    else hi = mid;
  }
  return series.values.slice(Math.max(0, lo - n), lo);
}

// Long checks give the event loop back now and then, so other requests keep being answered.
const YIELD_EVERY = 5000;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Rows per set-based statement from the staging table (PGlite runs a statement without yielding). */
const WRITE_CHUNK = 25_000;
const concurrentChange = () => new AppError(409, 'concurrent_change', '其他人同时保存了其中部分数据，请刷新后重试', 'Someone else saved some of these values meanwhile; reload and try again');


/** Rolls back a batch that wrote something before it knew it had nothing to change; carries its answer. */
class NothingWritten {
  constructor(readonly answer: { saved: number; unchanged: number; ids: string[] }) {}
}

/**
 * Saves a batch of values as drafts (or submitted, for API providers) in one transaction.
 * Every row is checked first; one bad row rejects the whole batch with every problem listed.
 * Writes are set-based: new rows are COPY'd into observations; rows replacing a stored value
 * into a staging table, then one INSERT … ON CONFLICT DO UPDATE and one INSERT of the revision
 * rows per chunk. `rows` may come in pieces (an upload still being read, issue 10): each piece is
 * checked and written as it comes, and a problem in any piece still rejects the whole batch.
 */
export async function upsertObservations(db: Db, actor: Actor, scope: Scope, rows: ObservationInput[] | AsyncIterable<ObservationInput[]>, opts: UpsertOptions) {
  const mark = (name: string) => {
    if (opts.marks) opts.marks[name] ??= performance.now();
  };
  return db.transaction(async (tx) => {
    mark('tx');
    const pairs = await owedPairs(tx, { all: true });
    const pairOf = new Map(pairs.map((p) => [`${p.indicatorId}|${p.zoneId}`, p]));
    // Each problem with the position of its row in the batch: the plausibility check comes last
    // (below), and the list is answered in the batch's order.
    const problems: (RowProblem & { at: number })[] = [];
    const stale: RowProblem[] = [];
    const seen = new Set<string>();
    const planIds = [...new Set(pairs.map((p) => p.planId).filter(Boolean))] as string[];
    const locks = planIds.length ? await tx.select().from(periodLocks).where(inArray(periodLocks.planId, planIds)) : [];
    const lockedKeys = new Set(locks.map((l) => `${l.planId}|${l.period}`));
    type Stored = { id: string; indicatorId: string; zoneId: string; period: string; value: number | null; covered: string[] | null; status: string; version: number };
    const existingOf = new Map<string, Stored>();
    // Indicators whose stored values were read: those of the rows so far.
    const read = new Set<string>();
    const sets = new Map((await tx.select().from(referenceSets)).map((s) => [s.id, new Set(s.members.map((m) => m.code))]));
    const planned: { id: string; input: ObservationInput; unitId: string | null; before: Stored | undefined; at: number; frequency: Frequency }[] = [];

    // Past values per series (stored values, then this batch's new periods), each sorted once.
    const raw = new Map<string, Map<string, number>>();
    const addToSeries = (indicatorId: string, zoneId: string, period: string, value: number | null | undefined) => {
      const pp = parsePeriod(period);
      if (!pp || value === null || value === undefined || !Number.isFinite(value)) return;
      const k = `${indicatorId}|${zoneId}|${pp.frequency}`;
      let m = raw.get(k);
      if (!m) raw.set(k, (m = new Map()));
      if (!m.has(pp.text)) m.set(pp.text, value);
    };
    const thisYear = new Date().getFullYear();

    // Every check but the plausibility one, which needs the whole batch's history (see below).
    const check = (r: ObservationInput, i: number) => {
      const row = r.row ?? i + 1;
      const bad = (field: string, zh: string, en: string) => problems.push({ row, field, message: `第${row}行：${zh}`, messageEn: `Row ${row}: ${en}`, at: i });
      const pair = pairOf.get(`${r.indicatorId}|${r.zoneId}`);
      if (!pair) return bad('indicator', '该指标在此区域不需填报', 'this indicator is not reported for this zone');
      if (!inScope(scope, pair.unitId)) return bad('indicator', `指标“${pair.name}”不由本单位填报`, `indicator "${pair.code}" is not your unit's to report`);
      const p = parsePeriod(r.period);
      if (!p) return bad('period', `期间“${r.period}”格式不正确（应为 2024、2024Q1 或 2024-03）`, `period "${r.period}" is not 2024, 2024Q1 or 2024-03`);
      const freq = pair.frequency as Frequency;
      if (p.frequency !== freq && p.frequency !== 'yearly')
        return bad('period', `指标“${pair.name}”按${FREQ_ZH[freq]}填报，期间“${r.period}”不符`, `indicator "${pair.code}" is reported ${freq}; "${r.period}" does not fit`);
      if (p.year > thisYear) return bad('period', `期间“${r.period}”尚未到来`, `period "${r.period}" is in the future`);
      if (opts.year !== undefined && p.year !== opts.year)
        return bad('period', `期间“${r.period}”不在正在填报的 ${opts.year} 年内，请核对期间（修改其他年份的数据请切换年份）`, `period "${r.period}" is not in ${opts.year}, the year being entered; check the period (switch the year to change other years)`);
      const key = `${r.indicatorId}|${r.zoneId}|${p.text}`;
      if (seen.has(key)) return bad('period', `同一指标、区域、期间重复出现（${pair.name} ${p.text}）`, `duplicate indicator, zone and period (${pair.code} ${p.text})`);
      seen.add(key);
      if (pair.planId && (lockedKeys.has(`${pair.planId}|${p.text}`) || lockedKeys.has(`${pair.planId}|${p.year}`)))
        return bad('period', `期间“${p.text}”已锁定，不能再修改`, `period "${p.text}" is locked`);
      let value = r.value;
      let covered: string[] | null = r.covered ?? null;
      if (pair.referenceSetId) {
        if (covered) {
          const members = sets.get(pair.referenceSetId) ?? new Set<string>();
          const unknown = covered.filter((c) => !members.has(c));
          if (unknown.length) return bad('covered', `“${unknown.join('、')}”不在参照集合中`, `"${unknown.join(', ')}" are not members of the reference set`);
          covered = [...new Set(covered)].sort();
          value = covered.length;
        }
      }
      if (value === null || value === undefined || !Number.isFinite(value)) return bad('value', '数值缺失或不是数字', 'the value is missing or not a number');
      if (!isValueInRange(value)) return bad('value', `数值 ${value} 超出可接受范围（绝对值不超过 ${MAX_MAGNITUDE.toExponential()}）`, `the value ${value} is beyond ±${MAX_MAGNITUDE.toExponential()}`);
      if (value < 0 && !/%|百分点/.test(pair.unit ?? '')) return bad('value', `数值不能为负（${value}）`, `the value cannot be negative (${value})`);
      if (pair.naturalLimit !== null && value > pair.naturalLimit) return bad('value', `数值超过上限 ${pair.naturalLimit}`, `the value exceeds the limit ${pair.naturalLimit}`);
      const before = existingOf.get(key);
      // An edit names the version it read: a value changed by someone else since is not overwritten.
      if (before && r.version !== undefined && r.version !== before.version) {
        stale.push({ row, field: 'version', message: `第${row}行：${p.text} 的数据已被他人修改（当前版本 ${before.version}），请刷新后重试`, messageEn: `Row ${row}: ${p.text} was changed by someone else (now version ${before.version}); reload and try again` });
        return;
      }
      // Stored members may be in any order (seeded ones are); the incoming ones are sorted above.
      if (before && before.value === value && JSON.stringify(before.covered ? [...before.covered].sort() : null) === JSON.stringify(covered)) return; // unchanged: nothing to do
      if (before?.status === 'submitted' && opts.source !== 'api')
        return bad('value', '该数据已提交待审批，请先退回后再修改', 'this value awaits approval; have it returned before changing it');
      if (before && (COUNTED as readonly string[]).includes(before.status) && opts.revisions === 'refuse')
        return bad(
          'value',
          `${p.text} 的数据已${STATUS_ZH[before.status]}，上传文件不会修改已审批的数据；确需修改请在数据填报中点“修改已审批数据”，填写原因后单独提交`,
          `${p.text} is already ${before.status}; an upload never changes approved data. To revise it, use "Revise approved value" on the entry page and give a reason`,
        );
      if (before && (COUNTED as readonly string[]).includes(before.status) && !(r.comment || opts.revisionReason))
        return bad('comment', '修改已审批的数据须填写修改原因', 'give a reason to revise an approved value');
      const input: ObservationInput = { indicatorId: r.indicatorId, zoneId: r.zoneId, period: p.text, value, covered, comment: r.comment, row: r.row, version: r.version };
      planned.push({ id: before?.id ?? randomUUID(), input, unitId: pair.unitId, before, at: i, frequency: p.frequency });
    };

    // New rows go to COPY while the rows after them are still being checked (and, for an upload,
    // read), so the database works on them meanwhile (issue 10). Whatever check fails later aborts
    // it; the transaction then rolls back, so a rejected batch still leaves nothing behind.
    const status = opts.source === 'api' ? 'submitted' : 'draft';
    const freshTail = `\t${copyField(status)}\t${copyField(opts.source)}\t${copyField(actor.id)}\t${copyField(status === 'submitted' ? actor.id : null)}\t1\n`;
    let writer: CopyWriter | null = null;
    let began = false;
    let writeError: unknown = null;
    const begin = async () => {
      began = true;
      if (opts.beforeWrite) opts.auditExtra = { ...opts.auditExtra, ...(await opts.beforeWrite(tx)) };
    };
    let total = 0;
    if (opts.beginEarly) await begin();
    try {
      for await (const chunk of Array.isArray(rows) ? [rows] : rows) {
        mark('firstPiece');
        // The stored values of the indicators this piece brings first: whether a row is new or
        // replaces one, and the series' history.
        const fresh = [...new Set(chunk.map((r) => r.indicatorId))].filter((id) => !read.has(id));
        if (fresh.length) {
          for (const id of fresh) read.add(id);
          // A COPY under way on PostgreSQL holds the transaction's connection, and ending it for
          // this query would make the checks of each piece wait for the database's work on the one
          // before: the query goes through another connection then. It sees what this transaction
          // would (read committed): the transaction has written no row of these indicators yet.
          const stored = await (writer?.holdsConnection ? db : tx)
            .select({ id: observations.id, indicatorId: observations.indicatorId, zoneId: observations.zoneId, period: observations.period, value: observations.value, covered: observations.covered, status: observations.status, version: observations.version })
            .from(observations)
            .where(inArray(observations.indicatorId, fresh));
          for (const o of stored) {
            existingOf.set(`${o.indicatorId}|${o.zoneId}|${o.period}`, o);
            addToSeries(o.indicatorId, o.zoneId, o.period, o.value);
          }
        }
        for (const r of chunk) if (!existingOf.has(`${r.indicatorId}|${r.zoneId}|${parsePeriod(r.period)?.text}`)) addToSeries(r.indicatorId, r.zoneId, r.period, r.value);
        for (const r of chunk) {
          const i = total++;
          const n = planned.length;
          check(r, i);
          if (planned.length > n && !planned[n].before && !problems.length && !stale.length && !writeError) {
            const { id, input, unitId } = planned[n];
            try {
              if (!writer) {
                if (!began) await begin();
                mark('copyOpen');
                writer = openCopy(tx, 'observations', ['id', 'indicator_id', 'zone_id', 'unit_id', 'period', 'value', 'covered', 'comment', 'status', 'source', 'entered_by', 'submitted_by', 'version']);
              }
              const wait = writer.row(`${id}\t${input.indicatorId}\t${input.zoneId}\t${copyField(unitId)}\t${copyField(input.period)}\t${copyField(input.value)}\t${copyField(input.covered ?? null)}\t${copyField(input.comment ?? null)}${freshTail}`);
              if (wait) await wait;
            } catch (e) {
              writeError = e;
            }
          }
          if (i % YIELD_EVERY === YIELD_EVERY - 1) await breathe();
        }
      }
    } catch (e) {
      // The rows could not all be had (an upload whose reading failed): nothing is kept.
      await writer?.abort();
      throw e;
    }

    mark('lastPiece');
    // Plausibility against each series' own history (stored values and the batch's rows of
    // earlier periods), once every row is in: a row may come before the rows of earlier periods.
    const seriesOf = new Map<string, Series>();
    for (const [k, m] of raw) {
      const periods = [...m.keys()].sort();
      seriesOf.set(k, { periods, values: periods.map((p) => m.get(p)!) });
    }
    if (!stale.length)
      for (const { input: r, at, frequency } of planned) {
        const series = seriesOf.get(`${r.indicatorId}|${r.zoneId}|${frequency}`);
        const history = series ? historyBefore(series, r.period) : [];
        const band = plausibleBand(history);
        const value = r.value!;
        if (band && (value < band.low || value > band.high) && !r.comment) {
          const row = r.row ?? at + 1;
          problems.push({
            row,
            field: 'comment',
            message: `第${row}行：数值 ${value} 与上期 ${history[history.length - 1]} 相比变化异常（合理范围 ${band.low.toFixed(2)}–${band.high.toFixed(2)}），请核实并填写说明`,
            messageEn: `Row ${row}: value ${value} changes implausibly from ${history[history.length - 1]} (plausible ${band.low.toFixed(2)}–${band.high.toFixed(2)}); check it and add a comment`,
            at,
          });
        }
      }
    problems.sort((x, y) => x.at - y.at);

    mark('copyEnd');
    if (writer && !writeError && !problems.length && !stale.length) await (writer as CopyWriter).end().catch((e: unknown) => (writeError = e));
    else if (writer) await (writer as CopyWriter).abort();
    mark('copyDone');
    if (stale.length) throw new AppError(409, 'version_conflict', stale[0].message, stale[0].messageEn, { field: 'version', row: stale[0].row, details: stale });
    if (problems.length) {
      const details = problems.map(({ at: _, ...p }) => p);
      throw new AppError(400, 'rows_invalid', `${problems.length} 处数据有误，未保存任何数据。${problems[0].message}`, `${problems.length} problem(s); nothing was saved. ${problems[0].messageEn}`, {
        row: problems[0].row,
        field: problems[0].field,
        details,
      });
    }

    const changed: { id: string; indicatorId: string; zoneId: string; period: string; old: number | null; value: number | null }[] = [];
    // A row someone else inserted since we read breaks the unique key: the same 409 as below.
    if (writeError) throw (writeError as { code?: string }).code === '23505' ? concurrentChange() : writeError;
    if (!planned.length) {
      const none = { saved: 0, unchanged: total, ids: [] as string[] };
      // What an early beforeWrite wrote goes: nothing changed, so nothing is kept.
      if (began) throw new NothingWritten(none);
      return none;
    }
    if (!began) await begin();
    // Ids are chosen here, so the write needs no RETURNING; an existing row keeps its own. New
    // rows (most of a first import) go straight into observations with COPY; only rows that
    // replace a stored value go through the staging table and INSERT … ON CONFLICT (issue 10).
    const staged: CopyValue[][] = [];
    for (const { id, input, unitId, before } of planned) {
      changed.push({ id, indicatorId: input.indicatorId, zoneId: input.zoneId, period: input.period, old: before?.value ?? null, value: input.value });
      if (before) staged.push([staged.length, id, 't', input.indicatorId, input.zoneId, unitId, input.period, input.value, input.covered ?? null, input.comment ?? null, before.value ?? null, input.comment ?? opts.revisionReason ?? null, before.version ?? null, before.status ?? null, before.covered ?? null]);
    }
    if (staged.length) {
      await tx.execute(
        sql.raw(
          'create temp table observation_stage (ord int, id uuid, revised boolean, indicator_id uuid, zone_id uuid, unit_id uuid, period text, value double precision, covered jsonb, comment text, old_value double precision, reason text, old_version int, old_status text, old_covered jsonb) on commit drop',
        ),
      );
      await copyRows(tx, 'observation_stage', ['ord', 'id', 'revised', 'indicator_id', 'zone_id', 'unit_id', 'period', 'value', 'covered', 'comment', 'old_value', 'reason', 'old_version', 'old_status', 'old_covered'], staged);
    }
    for (let from = 0; from < staged.length; from += WRITE_CHUNK) {
      const to = from + WRITE_CHUNK;
      // A row someone else changed since we read (another id under the same key, or another
      // version) is not overwritten: the WHERE leaves it alone and the count below turns that
      // into a 409.
      const res = await tx.execute(sql`
        insert into observations (id, indicator_id, zone_id, unit_id, period, value, covered, comment, status, source, entered_by, submitted_by, version)
        select id, indicator_id, zone_id, unit_id, period, value, covered, comment, ${status}, ${opts.source}, ${actor.id}::uuid,
               ${status === 'submitted' ? actor.id : null}::uuid, coalesce(old_version, 1)
          from observation_stage where ord >= ${from} and ord < ${to}
        on conflict (indicator_id, zone_id, period) do update set
          value = excluded.value, covered = excluded.covered, comment = coalesce(excluded.comment, observations.comment),
          status = excluded.status, source = excluded.source, return_reason = null, entered_by = excluded.entered_by,
          submitted_by = excluded.submitted_by, version = observations.version + 1, updated_at = now()
        where observations.id = excluded.id and observations.version = excluded.version`);
      if (affectedRows(res) !== Math.min(to, staged.length) - from) throw concurrentChange();
      await tx.execute(sql`
        insert into observation_revisions (observation_id, old_value, old_status, old_covered, new_value, reason, changed_by)
        select id, old_value, old_status, old_covered, value, reason, ${actor.id}::uuid from observation_stage where revised and ord >= ${from} and ord < ${to}`);
      if (to < staged.length) await breathe();
    }
    // Very large imports keep the file itself (attachment id and hash in opts.auditExtra) instead of every row.
    const detail = changed.length <= 5000 ? { changes: changed } : { changesOmitted: true };
    await audit(tx, actor, { action: `observations_${opts.source}`, entity: 'observation', entityId: changed.length === 1 ? changed[0].id : null, after: { count: changed.length, ...opts.auditExtra, ...detail } }, opts.requestId);
    if (opts.afterWrite) await opts.afterWrite(tx);
    // A revised value that had counted no longer does: the status must follow.
    const revisedCounted = planned.filter((p) => p.before && (COUNTED as readonly string[]).includes(p.before.status));
    await recomputeStatuses(tx, revisedCounted.map((p) => ({ indicatorId: p.input.indicatorId, zoneId: p.input.zoneId })));
    mark('written'); // the last statement before the commit
    return { saved: changed.length, unchanged: total - changed.length, ids: changed.map((c) => c.id) };
  }).catch((e: unknown) => {
    if (e instanceof NothingWritten) return e.answer;
    throw e;
  });
}

/** The observations (of `list`) whose period, or its year, the office has locked. */
async function lockedPeriodsOf(tx: Tx, list: { id: string; indicatorId: string; period: string }[]): Promise<Set<string>> {
  const plansOf = new Map((await tx.select({ id: indicators.id, planId: indicators.planId }).from(indicators).where(inArray(indicators.id, [...new Set(list.map((o) => o.indicatorId))]))).map((i) => [i.id, i.planId]));
  const planIds = [...new Set([...plansOf.values()].filter((x): x is string => !!x))];
  const locks = planIds.length ? await tx.select().from(periodLocks).where(inArray(periodLocks.planId, planIds)) : [];
  const keys = new Set(locks.map((l) => `${l.planId}|${l.period}`));
  return new Set(list.filter((o) => { const plan = plansOf.get(o.indicatorId); return plan && (keys.has(`${plan}|${o.period}`) || keys.has(`${plan}|${o.period.slice(0, 4)}`)); }).map((o) => o.id));
}

const FROM: Record<Transition, string[]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  accept: ['approved'],
  return: ['submitted', 'approved'],
  withdraw: ['submitted'],
  unapprove: ['approved'],
  unaccept: ['accepted'],
};
const TO: Record<Transition, string> = { submit: 'submitted', approve: 'approved', accept: 'accepted', return: 'returned', withdraw: 'draft', unapprove: 'submitted', unaccept: 'approved' };
/** What an undo takes back: only the step the caller (or their unit, or the office) took. */
const UNDOES: Partial<Record<Transition, 'submittedBy' | 'approvedBy' | 'acceptedBy'>> = { withdraw: 'submittedBy', unapprove: 'approvedBy', unaccept: 'acceptedBy' };

/**
 * Moves observations along draft → submitted → approved → accepted (or back to returned).
 * Who may call each step, and that every observation is of the caller's unit, the route's
 * access rule has checked; `roles` only decides who may return what is already approved.
 */
export async function transition(db: Db, actor: Actor, roles: readonly string[], ids: string[], action: Transition, reason?: string, requestId?: string, opts: { separationOfDuties?: boolean } = {}) {
  if (action === 'return' && !reason?.trim()) throw badRequest('退回须填写原因', 'Give a reason to return', { field: 'reason' });
  const office = roles.includes('office') || roles.includes('admin');
  return db.transaction(async (tx) => {
    const list = await tx.select().from(observations).where(inArray(observations.id, ids)).for('update');
    if (list.length !== new Set(ids).size) throw notFound('数据', 'observation');
    const problems: RowProblem[] = [];
    for (const o of list) {
      if (!FROM[action].includes(o.status))
        problems.push({ field: 'status', message: `${o.period} 当前状态为“${STATUS_ZH[o.status]}”，不能执行此操作`, messageEn: `${o.period} is ${o.status}; cannot ${action}` });
      // A unit leader returns what was submitted; once approved, only the office can send it back.
      if (action === 'return' && o.status === 'approved' && !office) problems.push({ field: 'status', message: `${o.period} 已审批，只能由办公室退回`, messageEn: `${o.period} is approved; only the office can return it` });
    }
    // An undo is the taker's own: a unit leader takes back their approval, not another leader's (the office may take back any).
    const by = UNDOES[action];
    if (by && !office && actor.id)
      for (const o of list)
        if (o[by] && o[by] !== actor.id) problems.push({ field: 'ids', message: `${o.period} 不是您办理的，不能撤销`, messageEn: `${o.period} was not your step to undo` });
    if (action === 'unaccept') {
      const locked = await lockedPeriodsOf(tx, list);
      for (const o of list) if (locked.has(o.id)) problems.push({ field: 'period', message: `${o.period} 已锁定，不能撤销审核通过`, messageEn: `${o.period} is locked; the acceptance cannot be undone` });
    }
    if (problems.length) throw new AppError(409, 'wrong_state', problems[0].message, problems[0].messageEn, { details: problems });
    // Four eyes: whoever entered or submitted a value never approves or accepts it, whatever
    // roles they hold (a liaison who is also unit leader; the office entering its own data).
    if ((opts.separationOfDuties ?? true) && actor.id && (action === 'approve' || action === 'accept')) {
      const own = list.filter((o) => o.enteredBy === actor.id || o.submittedBy === actor.id);
      if (own.length) {
        const verb = action === 'approve' ? { zh: '审批', en: 'approve' } : { zh: '审核通过', en: 'accept' };
        const other = action === 'approve' ? { zh: '本单位另一位负责人（或办公室）', en: "another of the unit's leaders (or the office)" } : { zh: '办公室另一位人员', en: 'another office user' };
        const details = own.map((o) => ({
          field: 'ids',
          message: `不能${verb.zh}本人录入或报送的数据（${o.period}），请交由${other.zh}处理`,
          messageEn: `You cannot ${verb.en} data you entered or submitted yourself (${o.period}); ${other.en} must`,
        }));
        throw new AppError(403, 'separation_of_duties', details[0].message, details[0].messageEn, { details });
      }
    }
    const set: Record<string, unknown> = { status: TO[action], version: sql`${observations.version} + 1`, updatedAt: new Date() };
    if (action === 'approve') set.approvedBy = actor.id;
    if (action === 'accept') set.acceptedBy = actor.id;
    if (action === 'return') set.returnReason = reason;
    if (action === 'submit') {
      set.returnReason = null;
      set.submittedBy = actor.id;
    }
    if (action === 'withdraw') set.submittedBy = null;
    if (action === 'unapprove') set.approvedBy = null;
    if (action === 'unaccept') set.acceptedBy = null;
    await tx.update(observations).set(set).where(inArray(observations.id, ids));
    await audit(tx, actor, { action, entity: 'observation', entityId: ids.length === 1 ? ids[0] : null, before: list.map((o) => ({ id: o.id, status: o.status })), after: { status: TO[action], ids, reason } }, requestId);
    const touched = list.filter((o) => action === 'approve' || action === 'accept' || action === 'unapprove' || action === 'unaccept' || (action === 'return' && o.status === 'approved'));
    await recomputeStatuses(tx, touched.map((o) => ({ indicatorId: o.indicatorId, zoneId: o.zoneId })));
    return { updated: list.length, status: TO[action] };
  });
}

/**
 * Discards drafts (or returned values) the caller may edit. A first entry is deleted; a draft
 * that revises a value which had counted puts that value and its state back, so abandoning a
 * revision never leaves approved data missing.
 */
export async function discardDrafts(db: Db, actor: Actor, ids: string[], requestId?: string) {
  return db.transaction(async (tx) => {
    const list = await tx.select().from(observations).where(inArray(observations.id, ids)).for('update');
    if (list.length !== new Set(ids).size) throw notFound('数据', 'observation');
    const problems: RowProblem[] = list
      .filter((o) => o.status !== 'draft' && o.status !== 'returned')
      .map((o) => ({ field: 'status', message: `${o.period} 当前状态为“${STATUS_ZH[o.status]}”，只能放弃草稿或已退回的数据`, messageEn: `${o.period} is ${o.status}; only drafts and returned values can be discarded` }));
    if (problems.length) throw new AppError(409, 'wrong_state', problems[0].message, problems[0].messageEn, { details: problems });
    const revs = await tx.select().from(observationRevisions).where(inArray(observationRevisions.observationId, ids)).orderBy(observationRevisions.changedAt);
    const lastCounted = new Map<string, typeof observationRevisions.$inferSelect>();
    // The latest revision away from a counted state is the value to go back to.
    for (const r of revs) if (r.oldStatus && (COUNTED as readonly string[]).includes(r.oldStatus)) lastCounted.set(r.observationId, r);
    const restored: typeof list = [];
    const deleted: typeof list = [];
    for (const o of list) {
      const back = lastCounted.get(o.id);
      if (back) {
        await tx
          .update(observations)
          .set({ value: back.oldValue, covered: back.oldCovered ?? null, status: back.oldStatus!, returnReason: null, version: sql`${observations.version} + 1`, updatedAt: new Date() })
          .where(eq(observations.id, o.id));
        await tx.insert(observationRevisions).values({ observationId: o.id, oldValue: o.value, oldStatus: o.status, oldCovered: o.covered, newValue: back.oldValue, reason: '放弃修改草稿 / revision draft discarded', changedBy: actor.id });
        restored.push(o);
      } else {
        await tx.delete(observations).where(eq(observations.id, o.id));
        deleted.push(o);
      }
    }
    await audit(
      tx,
      actor,
      { action: 'discard', entity: 'observation', entityId: ids.length === 1 ? ids[0] : null, before: list.map((o) => ({ id: o.id, period: o.period, value: o.value, status: o.status })), after: { deleted: deleted.map((o) => o.id), restored: restored.map((o) => o.id) } },
      requestId,
    );
    await recomputeStatuses(tx, restored.map((o) => ({ indicatorId: o.indicatorId, zoneId: o.zoneId })));
    return { discarded: deleted.length, restored: restored.length };
  });
}

export type StatusInput = Parameters<typeof computeIndicatorStatus>[0];

/** The JSON the status is computed from: what `hubline indicator-status` re-runs offline. */
type IndicatorRow = typeof indicators.$inferSelect;
export type Counted = { indicatorId: string; zoneId: string; period: string; value: number | null; covered: string[] | null };

/**
 * The benchmark's series for a zone: its own, else the nearest enclosing zone's (a district
 * measured against the city), else the only zone the benchmark has data for. Several
 * unrelated zones are never mixed into one series: then there is no benchmark.
 */
export function benchmarkSeries(series: Map<string, Counted[]>, parentOf: Map<string, string | null>, benchmarkId: string, zoneId: string): Counted[] {
  const seen = new Set<string>();
  for (let z: string | null | undefined = zoneId; z && !seen.has(z); z = parentOf.get(z)) {
    seen.add(z);
    const own = series.get(`${benchmarkId}|${z}`);
    if (own) return own;
  }
  const zonesWithData = [...series.keys()].filter((k) => k.startsWith(`${benchmarkId}|`));
  return zonesWithData.length === 1 ? series.get(zonesWithData[0])! : [];
}

/** Everything the status of many indicator × zone pairs depends on, in a handful of queries. */
async function loadStatusInputs(db: DbOrTx, pairs: { indicatorId: string; zoneId: string }[]): Promise<Map<string, StatusInput>> {
  const ids = [...new Set(pairs.map((p) => p.indicatorId))];
  const out = new Map<string, StatusInput>();
  if (!ids.length) return out;
  const inds = await db.select().from(indicators).where(inArray(indicators.id, ids));
  const benchIds = [...new Set(inds.map((i) => i.benchmarkIndicatorId).filter((x): x is string => !!x))];
  const allIds = [...new Set([...ids, ...benchIds])];
  const [targets, milestones, sets, counted, zoneRows] = await parallel(
    db,
    () => db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, ids)),
    () => db.select().from(indicatorMilestones).where(inArray(indicatorMilestones.indicatorId, ids)),
    () => db.select().from(referenceSets),
    () =>
      db
      .select({ indicatorId: observations.indicatorId, zoneId: observations.zoneId, period: observations.period, value: observations.value, covered: observations.covered })
      .from(observations)
      .where(and(inArray(observations.indicatorId, allIds), inArray(observations.status, [...COUNTED])))
      .orderBy(observations.period),
    () => (benchIds.length ? db.select({ id: zones.id, parentId: zones.parentId }).from(zones) : Promise.resolve([])),
  );
  const series = new Map<string, Counted[]>();
  const parentOf = new Map(zoneRows.map((z) => [z.id, z.parentId]));
  const push = <K>(m: Map<K, Counted[]>, k: K, o: Counted) => {
    const list = m.get(k);
    if (list) list.push(o);
    else m.set(k, [o]);
  };
  for (const o of counted) {
    push(series, `${o.indicatorId}|${o.zoneId}`, o);
  }
  const byId = new Map(inds.map((i) => [i.id, i]));
  for (const p of pairs) {
    const ind = byId.get(p.indicatorId);
    if (!ind) continue;
    out.set(
      `${p.indicatorId}|${p.zoneId}`,
      buildStatusInput(
        ind,
        targets.filter((t) => t.indicatorId === ind.id).sort((a, b) => a.year - b.year),
        milestones.filter((m) => m.indicatorId === ind.id).sort((a, b) => a.year - b.year),
        sets.find((x) => x.id === ind.referenceSetId) ?? null,
        series.get(`${p.indicatorId}|${p.zoneId}`) ?? [],
        ind.benchmarkIndicatorId ? benchmarkSeries(series, parentOf, ind.benchmarkIndicatorId, p.zoneId) : null,
      ),
    );
  }
  return out;
}

/** The JSON a status is computed from: what `hubline indicator-status` re-runs offline. */
export function buildStatusInput(
  ind: IndicatorRow,
  targets: (typeof indicatorTargets.$inferSelect)[],
  milestones: { year: number; value: number }[],
  set: (typeof referenceSets.$inferSelect) | null,
  counted: Counted[],
  benchmark: Counted[] | null,
): StatusInput {
  const latestCovered = [...counted].reverse().find((o) => o.covered)?.covered ?? undefined;
  return {
    indicator: {
      name: ind.name,
      unit: ind.unit ?? undefined,
      direction: ind.direction as 'increase' | 'decrease',
      limit: ind.naturalLimit,
      aggregation: ind.aggregation as Aggregation,
      baseline: ind.baselineYear !== null && ind.baselineValue !== null ? { year: ind.baselineYear, value: ind.baselineValue } : null,
      targets: targets.map((t) => ({
        year: t.year,
        kind: t.kind as never,
        value: t.value,
        ...(t.growthBasis ? { growthBasis: t.growthBasis as never } : {}),
        ...(t.kind === 'coverage' && set
          ? { set: set.members.map((m) => m.code), memberNames: Object.fromEntries(set.members.map((m) => [m.code, { zh: m.name, en: m.nameEn ?? m.name }])) }
          : {}),
      })),
      milestones: milestones.map((m) => ({ year: m.year, value: m.value })),
    },
    observations: counted.filter((o) => o.value !== null).map((o) => ({ period: o.period, value: o.value as number })),
    ...(benchmark ? { benchmark: benchmark.filter((x) => x.value !== null).map((x) => ({ period: x.period, value: x.value as number })) } : {}),
    ...(latestCovered ? { covered: latestCovered } : {}),
  } as StatusInput;
}

export async function statusInput(db: DbOrTx, indicatorId: string, zoneId: string): Promise<StatusInput | null> {
  return (await loadStatusInputs(db, [{ indicatorId, zoneId }])).get(`${indicatorId}|${zoneId}`) ?? null;
}
export async function statusInputOr404(db: DbOrTx, indicatorId: string, zoneId: string): Promise<StatusInput> {
  const input = await statusInput(db, indicatorId, zoneId);
  if (!input) throw notFound('指标', 'indicator');
  return input;
}

/** Re-computes the roll-up row of each indicator × zone from its counted data. */
export async function recomputeStatuses(db: DbOrTx, pairs: { indicatorId: string; zoneId: string }[]) {
  const unique = [...new Map(pairs.map((p) => [`${p.indicatorId}|${p.zoneId}`, p])).values()];
  const inputs = await loadStatusInputs(db, unique);
  const now = new Date();
  // The statuses as they stand, to keep a history of every change and what caused it.
  const ids = [...new Set(unique.map((p) => p.indicatorId))];
  const previous = new Map<string, { status: string; input: StatusInput | null }>();
  for (let i = 0; i < ids.length; i += 1000)
    for (const r of await db
      .select({ indicatorId: indicatorStatus.indicatorId, zoneId: indicatorStatus.zoneId, status: indicatorStatus.status, input: sql<StatusInput | null>`${indicatorStatus.result} -> 'input'` })
      .from(indicatorStatus)
      .where(inArray(indicatorStatus.indicatorId, ids.slice(i, i + 1000))))
      previous.set(`${r.indicatorId}|${r.zoneId}`, { status: r.status, input: r.input });
  const history: (typeof indicatorStatusHistory.$inferInsert)[] = [];
  const rowsOut = unique.flatMap((p) => {
    const input = inputs.get(`${p.indicatorId}|${p.zoneId}`);
    if (!input) return [];
    const result = computeIndicatorStatus(input);
    const before = previous.get(`${p.indicatorId}|${p.zoneId}`);
    if (!before || before.status !== result.status)
      history.push({ indicatorId: p.indicatorId, zoneId: p.zoneId, previousStatus: before?.status ?? null, status: result.status, changes: statusInputChanges(before?.input, input), changedAt: now });
    return [{ indicatorId: p.indicatorId, zoneId: p.zoneId, status: result.status, result: { ...result, input }, summary: summarizeStatus(result, input), computedAt: now }];
  });
  for (let i = 0; i < history.length; i += 500) await db.insert(indicatorStatusHistory).values(history.slice(i, i + 500));
  // A status that changed is an input of the indicator alerts.
  if (history.length) await alertInputsChanged(db);
  for (let i = 0; i < rowsOut.length; i += 200)
    await db
      .insert(indicatorStatus)
      .values(rowsOut.slice(i, i + 200))
      .onConflictDoUpdate({
        target: [indicatorStatus.indicatorId, indicatorStatus.zoneId],
        set: { status: sql`excluded.status`, result: sql`excluded.result`, summary: sql`excluded.summary`, computedAt: sql`excluded.computed_at` },
      });
}

export async function recomputeAll(db: DbOrTx) {
  const pairs = await owedPairs(db, { all: true });
  await recomputeStatuses(db, pairs.map((p) => ({ indicatorId: p.indicatorId, zoneId: p.zoneId })));
  return pairs.length;
}

/** The office's 重算: every status again, in one transaction with its audit entry. */
export async function recomputeAllAudited(db: Db, actor: Actor, requestId?: string) {
  return db.transaction(async (tx) => {
    const pairs = await recomputeAll(tx);
    await audit(tx, actor, { action: 'recompute', entity: 'indicator_status', after: { pairs } }, requestId);
    return { pairs };
  });
}

export async function lockPeriod(db: Db, actor: Actor, planId: string, period: string, locked: boolean, requestId?: string) {
  if (!parsePeriod(period)) throw badRequest(`期间“${period}”格式不正确`, `period "${period}" is not valid`, { field: 'period' });
  return db.transaction(async (tx) => {
    if (locked) await tx.insert(periodLocks).values({ planId, period, lockedBy: actor.id }).onConflictDoNothing();
    else await tx.delete(periodLocks).where(and(eq(periodLocks.planId, planId), eq(periodLocks.period, period)));
    await audit(tx, actor, { action: locked ? 'lock_period' : 'unlock_period', entity: 'plan', entityId: planId, after: { period } }, requestId);
    return { planId, period, locked };
  });
}


async function zonesOf(tx: DbOrTx, indicatorId: string) {
  return (await indicatorParts(tx, indicatorId)).zones.map((z) => ({ indicatorId, zoneId: z.zoneId }));
}

export async function updateIndicator(db: Db, actor: Actor, id: string, version: number, patch: IndicatorPatch, requestId?: string) {
  if (patch.benchmarkIndicatorId === id)
    throw badRequest('指标不能以自身为对标指标', 'An indicator cannot be its own benchmark', { field: 'benchmarkIndicatorId' });
  return db.transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx, indicators, id, version, { ...patch }, ['指标', 'indicator']);
    await audit(tx, actor, { action: 'update', entity: 'indicator', entityId: id, before, after }, requestId);
    await recomputeStatuses(tx, await zonesOf(tx, id));
    return after;
  });
}

/**
 * The indicator's targets, milestones or zones replaced as a whole: version-checked on the
 * indicator (the version the editor read; 404 if it is gone), audited, statuses recomputed.
 */
async function replaceParts<T>(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  what: 'targets' | 'milestones' | 'zones',
  write: (tx: Tx) => Promise<{ before: unknown; after: T }>,
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const { after: indicator } = await updateVersioned(tx, indicators, id, version, {}, ['指标', 'indicator']);
    const { before, after } = await write(tx);
    await audit(tx, actor, { action: `update_${what}`, entity: 'indicator', entityId: id, before, after }, requestId);
    await recomputeStatuses(tx, await zonesOf(tx, id));
    return { ok: true as const, version: indicator.version };
  });
}

export async function replaceTargets(db: Db, actor: Actor, id: string, version: number, list: TargetInput[], requestId?: string) {
  if (new Set(list.map((t) => t.year)).size !== list.length) throw badRequest('每个目标年份只能有一个目标', 'One target per horizon year', { field: 'targets' });
  return replaceParts(db, actor, id, version, 'targets', async (tx) => {
    const before = await tx.select().from(indicatorTargets).where(eq(indicatorTargets.indicatorId, id));
    await tx.delete(indicatorTargets).where(eq(indicatorTargets.indicatorId, id));
    if (list.length)
      await tx.insert(indicatorTargets).values(list.map((t) => ({ indicatorId: id, year: t.year, kind: t.kind, value: t.value, growthBasis: t.kind === 'growth' ? (t.growthBasis ?? 'cumulative') : null, text: t.text ?? null })));
    return { before, after: list };
  }, requestId);
}

export async function replaceMilestones(db: Db, actor: Actor, id: string, version: number, list: { year: number; value: number }[], requestId?: string) {
  if (new Set(list.map((m) => m.year)).size !== list.length) throw badRequest('每年只能有一个里程碑', 'One milestone per year', { field: 'milestones' });
  return replaceParts(db, actor, id, version, 'milestones', async (tx) => {
    const before = await tx.select().from(indicatorMilestones).where(eq(indicatorMilestones.indicatorId, id));
    await tx.delete(indicatorMilestones).where(eq(indicatorMilestones.indicatorId, id));
    if (list.length) await tx.insert(indicatorMilestones).values(list.map((m) => ({ indicatorId: id, ...m })));
    return { before, after: list };
  }, requestId);
}

export async function replaceZones(db: Db, actor: Actor, id: string, version: number, list: { zoneId: string; unitId: string | null }[], requestId?: string) {
  if (new Set(list.map((z) => z.zoneId)).size !== list.length) throw badRequest('每个区域只能出现一次', 'Each zone once', { field: 'zones' });
  return replaceParts(db, actor, id, version, 'zones', async (tx) => {
    const before = await tx.select().from(indicatorZones).where(eq(indicatorZones.indicatorId, id));
    await tx.delete(indicatorZones).where(eq(indicatorZones.indicatorId, id));
    if (list.length) await tx.insert(indicatorZones).values(list.map((z) => ({ indicatorId: id, ...z })));
    return { before, after: list };
  }, requestId);
}
