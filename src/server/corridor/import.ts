// Shipment imports, all or nothing, streaming: records are validated one by one (domain),
// valid ones are copied in batches into shipment_staging (COPY on both engines), then one
// transaction applies the whole import set-based — new rows inserted, changed rows updated
// with their previous version kept, identical resends left alone — recomputes the roll-up
// for the months it touched and feeds the computed indicator values. A killed import never
// reaches that transaction, so the ledger stays as it was.
import type { Readable } from 'node:stream';
import { once } from 'node:events';
import { eq, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db/index';
import { rows } from '../db/index';
import { checkpointPglite } from '../db/copy';
import { shipmentImports, shipmentStaging } from '../db/schema';
import { audit, type Actor } from '../core/audit';
import { AppError } from '../core/errors';
import type { Scope } from '../core/access';
import { CsvError, hash53, readHeader, recordContent, validateRow, type CsvRecord, type Header, type RowError, type ShipmentRecord } from '../../domain/corridor/index';
import { recordsOf, type FileKind } from './read-file';
import { rollUpMonths } from './rollup';
import { feedIndicators } from './feed';

export interface ImportProgress {
  /** reading: checking and staging; applying: inside the import's one transaction (ledger rows being written); rollup: same transaction, ledger rows written, months being summed; done: committed. */
  phase: 'reading' | 'applying' | 'rollup' | 'done';
  bytes: number;
  rows: number;
}
export interface ImportResult {
  importId: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  months: string[];
}
export interface ImportOptions {
  source: 'file' | 'api' | 'cli' | 'demo';
  fileName?: string | null;
  requestId?: string;
  onProgress?: (p: ImportProgress) => void;
  /** Rows per COPY batch. */
  batchSize?: number;
}

// One import applies at a time, so two imports never interleave their roll-ups.
const IMPORT_LOCK = 727_013;
/** Details listed in an error body; the count of all of them is in the message. */
const MAX_DETAILS = 1000;

const STAGING_COLUMNS = [
  'import_id', 'line', 'operator', 'reference', 'mode', 'origin', 'destination', 'origin_country', 'destination_country', 'via_corridor', 'node', 'direction',
  'weight_kg', 'teu', 'value_cny', 'currency', 'declared_value', 'fx_rate', 'hs_code', 'commodity_class', 'fresh', 'passed_at', 'month', 'arrived_at', 'released_at', 'inspected', 'content_hash',
];

const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const ts = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
const num = (n: number | null) => (n === null ? '' : String(n));

function stagingLine(importId: string, line: number, r: ShipmentRecord): string {
  return [
    importId, line, q(r.operator), q(r.shipmentId), r.legs.join('>'), r.origin, r.destination, r.originCountry, r.destinationCountry, r.corridor ? 't' : 'f', q(r.node), r.direction,
    r.weightKg, num(r.teu), r.valueCny, r.currency ?? '', num(r.declaredValue), num(r.fxRate), r.hsCode, r.commodityClass, r.fresh ? 't' : 'f', ts(r.passedAt), r.month, ts(r.arrivedAt), ts(r.releasedAt), r.inspected ? 't' : 'f',
    hash53(recordContent(r)).toString(36),
  ].join(',');
}

const STAGING_COPY = `COPY shipment_staging (${STAGING_COLUMNS.join(',')}) FROM STDIN WITH (FORMAT csv)`;

/** Where an import's checked rows go: shipment_staging, by COPY, batch after batch. */
interface StagingCopy {
  write(text: string): Promise<void>;
  /** Ends the COPY and waits until the database has every row. */
  end(): Promise<void>;
  /** Gives up (the import is refused or failed); the rows written are deleted with the import. */
  abort(): Promise<void>;
}

/**
 * PostgreSQL: one COPY for the whole import on one connection, written to as batches are
 * checked, so the database takes in one batch while the next is being checked (one COPY per
 * batch made each wait for the other: issue 13). PGlite runs in this thread: a COPY per batch
 * from a blob.
 */
async function openStagingCopy(database: Database): Promise<StagingCopy> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    const pglite = client as { query: (q: string, p: unknown[], o: { blob: Blob }) => Promise<unknown> };
    return {
      write: async (text) => void (await pglite.query(STAGING_COPY.replace('STDIN', "'/dev/blob'"), [], { blob: new Blob([text]) })),
      end: async () => {},
      abort: async () => {},
    };
  }
  const { from } = await import('pg-copy-streams');
  const conn = await (client as import('pg').Pool).connect();
  const stream = conn.query(from(STAGING_COPY));
  let failure: Error | null = null;
  let released = false;
  const release = (e?: Error) => {
    if (released) return;
    released = true;
    conn.release(e);
  };
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', (e: Error) => {
      failure = e;
      reject(e);
    });
  });
  finished.catch(() => {});
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), finished]);
      if (failure) throw failure;
    },
    async end() {
      stream.end();
      try {
        await finished;
        release();
      } catch (e) {
        release(e as Error);
        throw e;
      }
    },
    async abort() {
      // A COPY cannot be taken back half-way on its connection: the connection is dropped
      // (the server then aborts the COPY), the pool opens a new one when it needs one.
      stream.destroy(new Error('import abandoned'));
      await finished.catch(() => {});
      release(failure ?? new Error('import abandoned'));
    },
  };
}

const reject = (errors: RowError[], total: number) =>
  new AppError(
    400,
    'import_rejected',
    `文件有 ${total} 处错误，未导入任何数据：${errors[0].message}`,
    `The file has ${total} error(s); nothing was imported: ${errors[0].messageEn}`,
    { row: errors[0].line, field: errors[0].column, details: errors.slice(0, MAX_DETAILS).map((e) => ({ row: e.line, field: e.column, message: e.message, messageEn: e.messageEn })) },
  );

export async function importShipments(database: Database, actor: Actor, scope: Scope, stream: Readable, kind: FileKind, opts: Omit<ImportOptions, 'source'> & { source?: ImportOptions['source'] }) {
  // Reading starts only after the import row is written: an error before then (an upload cut
  // off early) must not go uncaught; the reading loop still sees it and rejects the import.
  stream.on('error', () => {});
  let bytes = 0;
  return importRecords(database, actor, scope, recordsOf(stream, kind, (b) => (bytes = b)), { source: opts.source ?? 'file', ...opts }, () => bytes);
}

/** The import itself, from batches of records (a file or an API body). */
export async function importRecords(
  database: Database,
  actor: Actor,
  scope: Scope,
  batches: AsyncIterable<CsvRecord[]> | Iterable<CsvRecord[]>,
  opts: ImportOptions,
  bytesRead: () => number = () => 0,
): Promise<ImportResult> {
  const { db } = database;
  await cleanStaleStaging(db);
  const [imp] = await db.insert(shipmentImports).values({ source: opts.source, fileName: opts.fileName ?? null, actorName: actor.name }).returning({ id: shipmentImports.id });
  const importId = imp.id;
  const batchSize = opts.batchSize ?? 5000;
  const errors: RowError[] = [];
  let errorCount = 0;
  let header: Header | null = null;
  let badHeader = false;
  let dataRows = 0;
  let pending: string[] = [];
  let staging: StagingCopy | null = null;
  const note = (e: RowError[]) => {
    errorCount += e.length;
    for (const x of e) if (errors.length < MAX_DETAILS) errors.push(x);
  };
  const flush = async () => {
    if (!pending.length) return;
    const text = pending.join('\n') + '\n';
    pending = [];
    staging ??= await openStagingCopy(database);
    await staging.write(text);
  };
  try {
    try {
      for await (const batch of batches) {
        for (const r of batch) {
          if (!header && !badHeader) {
            const h = readHeader(r.fields, r.line);
            if (h.ok) header = h.header;
            else {
              badHeader = true;
              note(h.errors);
            }
            continue;
          }
          if (badHeader) continue;
          dataRows++;
          const v = validateRow(r.fields, header!, r.line);
          if (!v.ok) note(v.errors);
          // Once a row is bad the file will be refused: stop copying, keep reading to name every row.
          else if (errorCount === 0) pending.push(stagingLine(importId, r.line, v.record));
        }
        if (pending.length >= batchSize) await flush();
        opts.onProgress?.({ phase: 'reading', bytes: bytesRead(), rows: dataRows });
      }
    } catch (e) {
      if (e instanceof CsvError) note([{ line: e.line, column: '(row)', message: `第${e.line}行：${e.messageZh}`, messageEn: `Line ${e.line}: ${e.messageEn}` }]);
      else throw e;
    }
    if (!header && !badHeader) note([{ line: 1, column: '(header)', message: '第1行 (header)：文件为空', messageEn: 'Line 1, (header): the file is empty' }]);
    if (errorCount === 0) await flush();
    if (staging && errorCount === 0) {
      const s = staging as StagingCopy;
      staging = null;
      await s.end();
    }
    if (errorCount === 0) note(await stagingProblems(db, importId, scope));
    if (errorCount > 0) throw reject(errors, errorCount);
    await checkpointPglite(db);

    const phase = (p: 'applying' | 'rollup') => opts.onProgress?.({ phase: p, bytes: bytesRead(), rows: dataRows });
    const result = await db.transaction((tx) => applyImport(tx, importId, actor, { source: opts.source, fileName: opts.fileName ?? null, rows: dataRows, requestId: opts.requestId }, phase));
    opts.onProgress?.({ phase: 'done', bytes: bytesRead(), rows: dataRows });
    await checkpointPglite(db);
    return result;
  } catch (e) {
    if (staging) await (staging as StagingCopy).abort();
    await db.execute(sql`delete from shipment_staging where import_id = ${importId}`).catch(() => {});
    await db.update(shipmentImports).set({ status: 'rejected', rows: dataRows }).where(eq(shipmentImports.id, importId)).catch(() => {});
    throw e;
  }
}

/** The one transaction of an import: upsert, roll-up, indicators, audit. */
export async function applyImport(
  tx: DbOrTx,
  importId: string,
  actor: Actor,
  meta: { source: string; fileName: string | null; rows: number; requestId?: string },
  phase: (p: 'applying' | 'rollup') => void = () => {},
): Promise<ImportResult> {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
  phase('applying');
  const counts = await applyStaging(tx, importId);
  phase('rollup');
  await rollUpMonths(tx, counts.months);
  const fed = await feedIndicators(tx, counts.months);
  await tx.update(shipmentImports).set({ status: 'applied', rows: meta.rows, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, months: counts.months }).where(eq(shipmentImports.id, importId));
  await tx.execute(sql`delete from shipment_staging where import_id = ${importId}`);
  const after = { importId, source: meta.source, fileName: meta.fileName, rows: meta.rows, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, months: counts.months, observations: fed };
  await audit(tx, actor, { action: 'import', entity: 'shipment', entityId: importId, after }, meta.requestId);
  return { importId, rows: meta.rows, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, months: counts.months };
}

/**
 * Inside an open transaction (seeding): records go to staging by INSERT, then the same apply.
 * Records must be valid and known to refer to existing operators and nodes.
 */
export async function importRecordsInTx(tx: DbOrTx, actor: Actor, records: ShipmentRecord[], source: ImportOptions['source']): Promise<ImportResult> {
  const [imp] = await tx.insert(shipmentImports).values({ source, actorName: actor.name }).returning({ id: shipmentImports.id });
  for (let i = 0; i < records.length; i += 1000) {
    const values = records.slice(i, i + 1000).map((r, j) => stagingValues(imp.id, i + j + 2, r));
    await tx.insert(shipmentStaging).values(values);
  }
  return applyImport(tx, imp.id, actor, { source, fileName: null, rows: records.length });
}

function stagingValues(importId: string, line: number, r: ShipmentRecord): typeof shipmentStaging.$inferInsert {
  return {
    importId, line, operator: r.operator, reference: r.shipmentId, mode: r.legs.join('>'), origin: r.origin, destination: r.destination,
    originCountry: r.originCountry, destinationCountry: r.destinationCountry, viaCorridor: r.corridor, node: r.node, direction: r.direction,
    weightKg: r.weightKg, teu: r.teu, valueCny: r.valueCny, currency: r.currency, declaredValue: r.declaredValue, fxRate: r.fxRate,
    hsCode: r.hsCode, commodityClass: r.commodityClass, fresh: r.fresh, passedAt: new Date(r.passedAt), month: r.month,
    arrivedAt: r.arrivedAt === null ? null : new Date(r.arrivedAt), releasedAt: r.releasedAt === null ? null : new Date(r.releasedAt),
    inspected: r.inspected, contentHash: hash53(recordContent(r)).toString(36),
  };
}

/** Staging rows of imports that died (killed process) are garbage after a day. */
async function cleanStaleStaging(db: DbOrTx) {
  await db.execute(sql`delete from shipment_staging where import_id in (select id from shipment_imports where status = 'staging' and created_at < now() - interval '1 day')`);
}

/** What only the database can tell: changed duplicates in the file, unknown operators and nodes, operators of another unit. */
async function stagingProblems(db: DbOrTx, importId: string, scope: Scope): Promise<RowError[]> {
  const out: RowError[] = [];
  const dups = await rows<{ operator: string; reference: string; lines: number[] }>(
    db,
    sql`select operator, reference, array_agg(line order by line) as lines from shipment_staging where import_id = ${importId}
        group by operator, reference having count(distinct content_hash) > 1 order by min(line) limit ${MAX_DETAILS}`,
  );
  for (const d of dups) {
    const [first, ...rest] = d.lines.map(Number);
    for (const l of rest)
      out.push({ line: l, column: 'shipment_id', message: `第${l}行 shipment_id：承运商 ${d.operator} 的运单“${d.reference}”已在第${first}行出现，内容不同`, messageEn: `Line ${l}, shipment_id: operator ${d.operator}'s shipment "${d.reference}" is also on line ${first} with different content` });
  }
  const unknownOps = await rows<{ line: number; operator: string }>(
    db,
    sql`select st.line, st.operator from shipment_staging st left join operators o on o.code = st.operator where st.import_id = ${importId} and o.id is null order by st.line limit ${MAX_DETAILS}`,
  );
  for (const u of unknownOps) out.push({ line: u.line, column: 'operator', message: `第${u.line}行 operator：承运商“${u.operator}”未登记`, messageEn: `Line ${u.line}, operator: operator "${u.operator}" is not registered` });
  const unknownNodes = await rows<{ line: number; node: string }>(
    db,
    sql`select st.line, st.node from shipment_staging st left join corridor_nodes n on n.code = st.node where st.import_id = ${importId} and n.id is null order by st.line limit ${MAX_DETAILS}`,
  );
  for (const u of unknownNodes) out.push({ line: u.line, column: 'node', message: `第${u.line}行 node：节点“${u.node}”不存在`, messageEn: `Line ${u.line}, node: there is no node "${u.node}"` });
  if (!scope.all) {
    const foreign = await rows<{ line: number; operator: string }>(
      db,
      sql`select st.line, st.operator from shipment_staging st join operators o on o.code = st.operator
          where st.import_id = ${importId} and o.unit_id is distinct from ${scope.unitId} order by st.line limit ${MAX_DETAILS}`,
    );
    for (const u of foreign) out.push({ line: u.line, column: 'operator', message: `第${u.line}行 operator：承运商“${u.operator}”不属于本单位`, messageEn: `Line ${u.line}, operator: operator "${u.operator}" is not your unit's` });
  }
  return out.sort((a, b) => a.line - b.line);
}

// The staging rows of this import, one per operator + id (identical resends collapse), with ids resolved.
const STAGED = (importId: string) => sql`(
  select distinct on (st.operator, st.reference) st.*, o.id as operator_id, n.id as node_id, n.zone_id
  from shipment_staging st join operators o on o.code = st.operator join corridor_nodes n on n.code = st.node
  where st.import_id = ${importId} order by st.operator, st.reference, st.line)`;

/** Set-based upsert by operator + id; the previous content of a changed row goes to shipment_versions. */
async function applyStaging(tx: DbOrTx, importId: string) {
  // Materialised once, indexed and analysed: the planner then joins a million rows by hash, not by guesswork.
  await tx.execute(sql`create temp table import_staged on commit drop as select * from ${STAGED(importId)} x`);
  await tx.execute(sql`create index on import_staged (operator_id, reference)`);
  await tx.execute(sql`analyze import_staged`);
  const [{ n: distinct }] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from import_staged`);
  const oldMonths = await rows<{ month: string }>(
    tx,
    sql`with v as (
          insert into shipment_versions (shipment_id, version, data, replaced_by)
          select s.id, s.version, to_jsonb(s) - 'id', ${importId}::uuid
          from shipments s join import_staged st on st.operator_id = s.operator_id and st.reference = s.reference
          where s.content_hash is distinct from st.content_hash
          returning (data->>'month') as month)
        select distinct month from v where month is not null`,
  );
  const [{ n: updated }] = await rows<{ n: number }>(
    tx,
    sql`with u as (
          update shipments s set mode = st.mode, origin = st.origin, destination = st.destination, origin_country = st.origin_country,
            destination_country = st.destination_country, via_corridor = st.via_corridor, node_id = st.node_id, zone_id = st.zone_id,
            direction = st.direction, weight_kg = st.weight_kg, tonnes = st.weight_kg / 1000, teu = st.teu, value_cny = st.value_cny,
            currency = st.currency, declared_value = st.declared_value, fx_rate = st.fx_rate, hs_code = st.hs_code,
            commodity_class = st.commodity_class, fresh = st.fresh, passed_at = st.passed_at, month = st.month,
            arrived_at = st.arrived_at, released_at = st.released_at, inspected = st.inspected, content_hash = st.content_hash,
            import_id = ${importId}::uuid, version = s.version + 1, updated_at = now()
          from import_staged st
          where st.operator_id = s.operator_id and st.reference = s.reference and s.content_hash is distinct from st.content_hash
          returning 1)
        select count(*)::int as n from u`,
  );
  const [{ n: inserted }] = await rows<{ n: number }>(
    tx,
    sql`with i as (
          insert into shipments (operator_id, reference, mode, origin, destination, origin_country, destination_country, via_corridor, node_id, zone_id,
            direction, weight_kg, tonnes, teu, value_cny, currency, declared_value, fx_rate, hs_code, commodity_class, fresh, passed_at, month,
            arrived_at, released_at, inspected, content_hash, import_id)
          select st.operator_id, st.reference, st.mode, st.origin, st.destination, st.origin_country, st.destination_country, st.via_corridor, st.node_id, st.zone_id,
            st.direction, st.weight_kg, st.weight_kg / 1000, st.teu, st.value_cny, st.currency, st.declared_value, st.fx_rate, st.hs_code, st.commodity_class, st.fresh,
            st.passed_at, st.month, st.arrived_at, st.released_at, st.inspected, st.content_hash, ${importId}::uuid
          from import_staged st
          on conflict (operator_id, reference) do nothing
          returning 1)
        select count(*)::int as n from i`,
  );
  const newMonths = await rows<{ month: string }>(tx, sql`select distinct month from import_staged`);
  const months = [...new Set([...newMonths, ...oldMonths].map((m) => m.month))].sort();
  return { inserted, updated, unchanged: distinct - inserted - updated, months };
}
