// Excel and CSV in and out for indicator data: a unit downloads a pre-filled template,
// fills it offline and uploads it; the file is checked whole and applied all-or-nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rows as sqlRows, type Db, type DbOrTx } from '../db/index';
import { checkpointPglite } from '../db/copy';
import { attachments, importReceipts, indicatorMilestones, indicatorStatus, indicatorTargets, indicatorZones, indicators, observations, zones } from '../db/schema';
import { COLUMNS, SHEET } from './import-read';
import { readTableChunksInWorker } from '../core/worker';
import type { Actor } from '../core/audit';
import type { Scope } from '../core/access';
import { AppError, badRequest } from '../core/errors';
import { parsePeriod, periodDue, periodsOfYear, previousPeriod, type Frequency } from '../../domain/calendar/period';
import { owedPairs, owedUnit } from './queries';
import { scopeWhere } from '../core/access';
import { parallel } from '../db/parallel';
import { describeReading, readNumber } from '../../domain/input/number';
import { upsertObservations, type ObservationInput, type UpsertOptions } from './service';
import type { z } from 'zod';
import type { EntryView, entryRowOut } from '../../contracts/indicators';

export { COLUMNS, parseCsv, readTable, LIMITS } from './import-read';
type Key = (typeof COLUMNS)[number]['key'];
const FIELD_COLUMN: Record<string, Key> = { indicator: 'code', zone: 'zoneCode', period: 'period', value: 'value', covered: 'covered', comment: 'comment' };
const letter = (key: Key) => String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));

type FileProblem = { row: number; cell: string; field: string; message: string; messageEn: string };

/** The file's own problems (an unknown code, a value that is no number), every one with its cell. */
class FileProblems extends AppError {}
const fileProblems = (problems: FileProblem[]) =>
  new FileProblems(400, 'rows_invalid', `${problems.length} 处数据有误，未保存任何数据。${problems[0].message}`, `${problems.length} problem(s); nothing was saved. ${problems[0].messageEn}`, {
    row: problems[0].row,
    details: problems.slice(0, 1000),
  });

interface TemplateRow {
  code: string;
  name: string;
  unit: string | null;
  zoneCode: string;
  zone: string;
  period: string;
  previous: number | null;
  path: number | null;
  value: number | null;
}

/** A row of the entry form: the template's columns plus the stored observation's state (the API's shape). */
export type EntryRow = z.output<typeof entryRowOut>;

/** States in which a row of the form is handed in (its "done" tab). */
const REPORTED = ['submitted', 'approved', 'accepted'] as const;

/** Every period of `year` the caller's unit owes, with last period's value and the target path. */
export async function entryRows(db: DbOrTx, scope: Scope, year: number, unitId?: string): Promise<EntryRow[]> {
  const form = await entrySlots(db, scope, year, unitId);
  return form.slots.map(form.row);
}

/**
 * One page of the entry form under a view, with the rows per view (the page's tabs). The form's
 * slots (owed pair × period of the year) exist only in SQL: the tabs are counted by one aggregate
 * and the page is one ordered LIMIT, so a request no longer reads every owed row's observation
 * and the period before it into Node to count and slice them (issue 10: 3.35× its own SQL).
 */
export async function entryPage(db: DbOrTx, scope: Scope, q: { year: number; unitId?: string; view?: EntryView; page: number; pageSize: number }) {
  const owed = scope.all && q.unitId ? { all: false, unitId: q.unitId } : scope;
  const year = q.year;
  // Every frequency's periods of the year: the pairs' frequencies are not known before the query,
  // and a slot is a pair joined to its own frequency's periods.
  const periods = (['monthly', 'quarterly', 'yearly'] as const).flatMap((frequency) =>
    periodsOfYear(frequency, year).map((period, ord) => {
      const parsed = parsePeriod(period)!;
      return sql`(${frequency}, ${period}, ${previousPeriod(parsed)}, ${periodDue(parsed)}, ${ord}::int)`;
    }),
  );
  const reported = sql`coalesce(${inArray(observations.status, [...REPORTED])}, false)`;
  const slots = sql`from ${indicatorZones}
    join ${indicators} on ${indicators.id} = ${indicatorZones.indicatorId}
    join ${zones} on ${zones.id} = ${indicatorZones.zoneId}
    join (values ${sql.join(periods, sql`, `)}) as y(frequency, period, previous, due, ord) on y.frequency = ${indicators.frequency}
    left join ${observations} on ${observations.indicatorId} = ${indicatorZones.indicatorId} and ${observations.zoneId} = ${indicatorZones.zoneId} and ${observations.period} = y.period
    where ${scopeWhere(owed, owedUnit) ?? sql`true`}`;
  const view = q.view ?? 'all';
  const inView = view === 'all' ? sql`true` : view === 'done' ? reported : sql`not ${reported}`;
  type Slot = Omit<EntryRow, 'enginePath' | 'lastCovered'> & { milestones: unknown; statusCovered: unknown };
  const [[counts], page] = await parallel(
    db,
    () => sqlRows<{ all: number; done: number }>(db, sql`select count(*)::int as "all", (count(*) filter (where ${reported}))::int as "done" ${slots}`),
    // The page's slots first (ordered, limited), then only their previous value, path and status.
    () =>
      sqlRows<Slot>(
        db,
        sql`select s.code, s.name, s."nameEn", s.unit, s."zoneCode", s.zone, s.period, prev.value as previous,
            coalesce(ms.value, tg.value) as path, s.value, s."indicatorId", s."zoneId", s."referenceSetId", s.due,
            s."observationId", s.status, s.covered, s.comment, s."returnReason", s.version,
            st.summary->'milestones' as milestones, st.summary->'covered' as "statusCovered"
          from (
            select ${indicators.code} as code, ${indicators.name} as name, ${indicators.nameEn} as "nameEn", ${indicators.unit} as unit,
              ${zones.code} as "zoneCode", ${zones.name} as zone, y.period, y.previous as "previousPeriod", y.due, y.ord,
              ${indicators.id} as "indicatorId", ${indicatorZones.zoneId} as "zoneId", ${indicators.referenceSetId} as "referenceSetId",
              ${indicators.planId} as "planId", ${indicators.position} as position,
              ${observations.id} as "observationId", ${observations.value} as value, ${observations.status} as status, ${observations.covered} as covered,
              ${observations.comment} as comment, ${observations.returnReason} as "returnReason", ${observations.version} as version
            ${slots} and ${inView}
            order by "planId", position, code, "zoneCode", y.ord
            limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}
          ) s
          left join ${observations} prev on prev.indicator_id = s."indicatorId" and prev.zone_id = s."zoneId" and prev.period = s."previousPeriod"
          left join ${indicatorMilestones} ms on ms.indicator_id = s."indicatorId" and ms.year = ${year}
          left join ${indicatorTargets} tg on tg.indicator_id = s."indicatorId" and tg.year = ${year} and tg.kind = 'level'
          left join ${indicatorStatus} st on st.indicator_id = s."indicatorId" and st.zone_id = s."zoneId"
          order by s."planId", s.position, s.code, s."zoneCode", s.ord`,
      ),
  );
  return {
    rows: page.map(({ milestones, statusCovered, ...r }): EntryRow => {
      const enginePath = (Array.isArray(milestones) ? (milestones as { year: number; value: number }[]).find((m) => m.year === year)?.value : undefined) ?? null;
      const lastCovered = Array.isArray(statusCovered) && statusCovered.length ? (statusCovered as string[]) : null;
      return { ...r, enginePath, lastCovered };
    }),
    total: view === 'all' ? counts.all : view === 'done' ? counts.done : counts.all - counts.done,
    page: q.page,
    pageSize: q.pageSize,
    counts: { all: counts.all, open: counts.all - counts.done, done: counts.done },
  };
}

/** The form's rows as slots (a pair, a period, the stored observation) and how to build a row of one. */
async function entrySlots(db: DbOrTx, scope: Scope, year: number, unitId?: string) {
  const pairs = await owedPairs(db, scope.all && unitId ? { all: false, unitId } : scope);
  const ids = [...new Set(pairs.map((p) => p.indicatorId))];
  // The form shows the year's periods and the one before each: only those observations are read
  // (not every year of every owed series), and of the year's path only the year's value.
  const periodsOf = new Map<string, { period: string; previous: string; due: string }[]>();
  for (const frequency of new Set(pairs.map((p) => p.frequency)))
    periodsOf.set(
      frequency,
      periodsOfYear(frequency as Frequency, year).map((period) => {
        const parsed = parsePeriod(period)!;
        return { period, previous: previousPeriod(parsed), due: periodDue(parsed) };
      }),
    );
  const wanted = [...new Set([...periodsOf.values()].flatMap((list) => list.flatMap((x) => [x.period, x.previous])))];
  const [obs, ms, tg, st] = ids.length
    ? await Promise.all([
        db
          .select({
            id: observations.id,
            indicatorId: observations.indicatorId,
            zoneId: observations.zoneId,
            period: observations.period,
            value: observations.value,
            status: observations.status,
            covered: observations.covered,
            comment: observations.comment,
            returnReason: observations.returnReason,
            version: observations.version,
          })
          .from(observations)
          .where(and(inArray(observations.indicatorId, ids), inArray(observations.period, wanted))),
        db
          .select({ indicatorId: indicatorMilestones.indicatorId, value: indicatorMilestones.value })
          .from(indicatorMilestones)
          .where(and(inArray(indicatorMilestones.indicatorId, ids), eq(indicatorMilestones.year, year))),
        db
          .select({ indicatorId: indicatorTargets.indicatorId, value: indicatorTargets.value })
          .from(indicatorTargets)
          .where(and(inArray(indicatorTargets.indicatorId, ids), eq(indicatorTargets.year, year), eq(indicatorTargets.kind, 'level'))),
        // From each pair's status summary only the year's path value and the last covered set (the
        // form used to fetch the whole indicator list for these two).
        db
          .select({
            indicatorId: indicatorStatus.indicatorId,
            zoneId: indicatorStatus.zoneId,
            milestones: sql<{ year: number; value: number }[] | null>`${indicatorStatus.summary}->'milestones'`,
            covered: sql<string[] | null>`${indicatorStatus.summary}->'covered'`,
          })
          .from(indicatorStatus)
          .where(inArray(indicatorStatus.indicatorId, ids)),
      ])
    : [[], [], [], []];
  const byKey = new Map(obs.map((o) => [`${o.indicatorId}|${o.zoneId}|${o.period}`, o]));
  const statusOf = new Map(st.map((x) => [`${x.indicatorId}|${x.zoneId}`, x]));
  // One milestone and one target per indicator and year (their unique keys).
  const milestoneOf = new Map(ms.map((m) => [m.indicatorId, m.value]));
  const targetOf = new Map(tg.map((t) => [t.indicatorId, t.value]));
  type Pair = (typeof pairs)[number];
  type Slot = { p: Pair; period: string; previous: string; due: string; cur: (typeof obs)[number] | undefined };
  const slots: Slot[] = [];
  for (const p of pairs) {
    const pairKey = `${p.indicatorId}|${p.zoneId}|`;
    for (const x of periodsOf.get(p.frequency)!) slots.push({ p, period: x.period, previous: x.previous, due: x.due, cur: byKey.get(pairKey + x.period) });
  }
  const row = ({ p, period, previous, due, cur }: Slot): EntryRow => {
    const status = statusOf.get(`${p.indicatorId}|${p.zoneId}`);
    const enginePath = (Array.isArray(status?.milestones) ? status.milestones.find((m) => m.year === year)?.value : undefined) ?? null;
    const lastCovered = Array.isArray(status?.covered) && status.covered.length ? status.covered : null;
    return {
      code: p.code,
      name: p.name,
      nameEn: p.nameEn ?? null,
      unit: p.unit,
      zoneCode: p.zoneCode,
      zone: p.zoneName,
      period,
      previous: byKey.get(`${p.indicatorId}|${p.zoneId}|${previous}`)?.value ?? null,
      path: milestoneOf.get(p.indicatorId) ?? targetOf.get(p.indicatorId) ?? null,
      enginePath,
      lastCovered,
      value: cur?.value ?? null,
      indicatorId: p.indicatorId,
      zoneId: p.zoneId,
      referenceSetId: p.referenceSetId,
      due,
      observationId: cur?.id ?? null,
      status: cur?.status ?? null,
      covered: cur?.covered ?? null,
      comment: cur?.comment ?? null,
      returnReason: cur?.returnReason ?? null,
      version: cur?.version ?? null,
    };
  };
  return { slots, row };
}

export async function buildTemplate(rows: TemplateRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hubline 通道枢纽推进平台';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.zh, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };
  // Covered members go out as the codes the import reads back ("AU、JP"), not as a JSON array.
  const cellOf = (v: unknown) => (Array.isArray(v) ? v.join('、') : (v ?? null));
  for (const r of rows) ws.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, cellOf((r as unknown as Record<string, unknown>)[c.key])])));
  const valueCol = letter('value');
  for (let i = 2; i <= rows.length + 1; i++) {
    ws.getCell(`${valueCol}${i}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
    ws.getCell(`${valueCol}${i}`).dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [-1e15], showErrorMessage: true, errorTitle: '填报值', error: '请输入数字' };
  }
  const help = wb.addWorksheet('填报说明');
  [
    title,
    '只填写黄色“填报值”列（覆盖类指标在“覆盖成员”列填写国家代码，以“、”分隔），需要时在“说明”列注明口径或变化原因。',
    '不要修改指标编码、区域编码和期间；空白的填报值表示本期不报送。',
    '上传后系统整体校验：任一行有误则全部不保存，并列出出错的行和单元格。同一文件重复上传不会产生重复数据。',
    'Fill in the yellow Value column only; do not change codes or periods. The upload is checked as a whole and applied all-or-nothing.',
  ].forEach((t) => help.addRow([t]));
  help.getColumn(1).width = 120;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ImportResult {
  rows: number;
  saved: number;
  unchanged: number;
  skippedBlank: number;
  sha256: string;
}

/** Audited writes after which a stored import receipt no longer vouches for its file. */
const RECEIPT_ENTITIES = ['indicator', 'observation', 'plan', 'zone', 'unit', 'user'];
const HARMLESS_ACTIONS = ['login', 'logout', 'login_failed', 'change_password'];

/** The answer of an earlier import of the very same file, if nothing relevant changed since. */
async function receiptFor(db: DbOrTx, sha256: string, scopeKey: string): Promise<{ rows: number; inputs: number; skippedBlank: number } | null> {
  const [r] = await sqlRows<{ rows: number; inputs: number; skipped_blank: number }>(
    db,
    sql`select r.rows, r.inputs, r.skipped_blank from ${importReceipts} r
         where r.sha256 = ${sha256} and r.scope_key = ${scopeKey}
           and not exists (select 1 from audit_log a where a.seq > r.audit_seq
                            and a.entity in (${sql.join(RECEIPT_ENTITIES.map((e) => sql`${e}`), sql`, `)})
                            and a.action not in (${sql.join(HARMLESS_ACTIONS.map((e) => sql`${e}`), sql`, `)}))`,
  );
  return r ? { rows: r.rows, inputs: r.inputs, skippedBlank: r.skipped_blank } : null;
}

/** Checks every row of a file, then saves it in one transaction; a bad row rejects the file. */
export async function importObservations(
  db: Db,
  actor: Actor,
  scope: Scope,
  fileName: string,
  data: Buffer,
  requestId?: string,
  check: Pick<UpsertOptions, 'year' | 'revisions'> = {},
): Promise<ImportResult> {
  if (data.length === 0) throw badRequest('文件为空', 'The file is empty', { field: 'file' });
  const sha256 = createHash('sha256').update(data).digest('hex');
  const scopeKey = scope.all ? 'all' : (scope.unitId ?? 'none');
  // The same file again, with nothing relevant changed since it was applied: nothing to read.
  const receipt = await receiptFor(db, sha256, scopeKey);
  if (receipt) return { rows: receipt.rows, saved: 0, unchanged: receipt.inputs, skippedBlank: receipt.skippedBlank, sha256 };
  const tRead = performance.now();
  let readMs = 0;
  // The file is read in pieces in a worker; each piece is checked and written while the next is
  // read (issue 10: the read was 15–25 % of a 100,000-row import, all of it before the first write).
  const pieces = readTableChunksInWorker(fileName, data);
  const [indList, zoneList] = await Promise.all([db.select({ id: indicators.id, code: indicators.code, unit: indicators.unit }).from(indicators), db.select({ id: zones.id, code: zones.code }).from(zones)]);
  const inds = new Map(indList.map((i) => [i.code, i.id]));
  const unitOf = new Map(indList.map((i) => [i.code, i.unit]));
  const zs = new Map(zoneList.map((z) => [z.code, z.id]));
  const problems: FileProblem[] = [];
  let rowCount = 0;
  let inputCount = 0;
  let skippedBlank = 0;
  const bad = (row: number, key: Key, zh: string, en: string) =>
    problems.push({ row, cell: `${letter(key)}${row}`, field: key, message: `第${row}行（${letter(key)}${row}）：${zh}`, messageEn: `Row ${row} (${letter(key)}${row}): ${en}` });
  /** The file's rows as the service's inputs, piece by piece; a problem anywhere rejects the file. */
  async function* inputs(): AsyncGenerator<ObservationInput[]> {
    for await (const table of pieces) {
      const out: ObservationInput[] = [];
      const { code: codes, zoneCode: zoneCodes, period: periods, value: values, covered: covereds, comment: comments } = table.cells;
      rowCount += table.rows.length;
      for (let i = 0; i < table.rows.length; i++) {
        const row = table.rows[i];
        const code = codes[i];
        const indicatorId = inds.get(code);
        const zoneId = zs.get(zoneCodes[i]);
        if (!indicatorId) bad(row, 'code', `指标编码“${code}”不存在`, `no indicator with code "${code}"`);
        if (!zoneId) bad(row, 'zoneCode', `区域编码“${zoneCodes[i]}”不存在`, `no zone with code "${zoneCodes[i]}"`);
        const valueText = values[i];
        const covered = covereds[i] ? covereds[i].split(/[、,，;；\s]+/).filter(Boolean) : null;
        if (!valueText && !covered) {
          skippedBlank++;
          continue;
        }
        // Full-width digits and thousands separators are read; a unit in the cell is refused, with
        // the value it would be in the column's unit, because a file is not the place to guess.
        const unit = unitOf.get(code) ?? null;
        const reading = valueText ? readNumber(valueText, unit) : null;
        if (reading && !reading.ok) {
          // A plain non-number says how to write one, not "not a number" twice.
          const plain = reading.reason === 'not_number';
          bad(row, 'value', `填报值“${valueText}”不是数字（${plain ? '请填写阿拉伯数字，如 30.5' : describeReading(reading, unit)}）`, `value "${valueText}" is not a number (${plain ? 'enter digits, e.g. 30.5' : describeReading(reading, unit, true)})`);
          continue;
        }
        if (reading?.ok && reading.notes.some((n) => n.kind === 'unit_removed' || n.kind === 'unit_converted')) {
          bad(row, 'value', `填报值“${valueText}”含单位，请只填数字（按${unit}应填 ${reading.value}）`, `value "${valueText}" holds a unit; enter the number only (in ${unit}: ${reading.value})`);
          continue;
        }
        const value = reading?.ok ? reading.value : null;
        if (indicatorId && zoneId) out.push({ indicatorId, zoneId, period: periods[i], value, covered, comment: comments[i] || null, row });
      }
      inputCount += out.length;
      // Once the file has a problem, nothing more is checked against the database: only the
      // file's own problems are answered, every one of them (the rest of the file is still read).
      if (!problems.length && out.length) yield out;
    }
    readMs = performance.now() - tRead;
    if (problems.length) throw fileProblems(problems);
  }
  let attachmentId: string | null = null;
  const marks: Record<string, number> | undefined = process.env.HUBLINE_IMPORT_TIMING ? {} : undefined;
  try {
    const r = await upsertObservations(db, actor, scope, inputs(), {
      source: 'file',
      requestId,
      ...check,
      marks,
      beginEarly: true,
      // The file itself is kept with the change, so the audit trail can show exactly what came in.
      beforeWrite: async (tx) => {
        const [a] = await tx
          .insert(attachments)
          .values({ fileName: basename(fileName), mimeType: extname(fileName) === '.csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: data.length, sha256, content: data, uploadedBy: actor.id, unitId: scope.all ? null : scope.unitId })
          .returning({ id: attachments.id });
        attachmentId = a.id;
        return { fileName: basename(fileName), attachmentId: a.id, sha256 };
      },
      // Remember the answer for this file; the audit entry just written is the point it holds from.
      afterWrite: async (tx) => {
        const [{ seq }] = await sqlRows<{ seq: number }>(tx, sql`select max(seq)::bigint as seq from audit_log`);
        const receipt = { attachmentId, auditSeq: Number(seq), rows: rowCount, inputs: inputCount, skippedBlank };
        await tx
          .insert(importReceipts)
          .values({ sha256, scopeKey, ...receipt })
          .onConflictDoUpdate({ target: [importReceipts.sha256, importReceipts.scopeKey], set: { ...receipt, createdAt: new Date() } });
      },
    });
    // The bench reads where an import's time goes.
    // readMs: until the last piece was read (its checks and writes ran alongside); totalMs: the whole.
    if (process.env.HUBLINE_IMPORT_TIMING) console.error(JSON.stringify({ importTiming: { rows: rowCount, readMs: Math.round(readMs), totalMs: Math.round(performance.now() - tRead), marks: Object.fromEntries(Object.entries(marks ?? {}).map(([k, v]) => [k, Math.round(v - tRead)])) } }));
    return { rows: rowCount, saved: r.saved, unchanged: r.unchanged, skippedBlank, sha256 };
  } catch (e) {
    // Name the cell, not just the row, in what the service found (the file's own problems name theirs).
    if (e instanceof AppError && e.extra.details && !(e instanceof FileProblems))
      e.extra.details = e.extra.details.slice(0, 1000).map((d) => {
        const key = FIELD_COLUMN[d.field ?? ''] ?? 'value';
        return d.row ? { ...d, cell: `${letter(key)}${d.row}` } : d;
      });
    throw e;
  } finally {
    // The write's WAL (committed or rolled back) is recycled on PGlite only after a checkpoint.
    await checkpointPglite(db).catch(() => {});
  }
}

/** `hubline import-data FILE`: the office's bulk load, as the system actor with every unit's rights. */
export async function importObservationsFile(db: Db, file: string) {
  const actor: Actor = { id: null, name: 'cli:import-data' };
  return importObservations(db, actor, { all: true }, file, readFileSync(file));
}

