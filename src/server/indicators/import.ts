// Excel and CSV in and out for indicator data: a unit downloads a pre-filled template,
// fills it offline and uploads it; the file is checked whole and applied all-or-nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/index';
import { attachments, indicatorMilestones, indicatorTargets, indicators, observations, zones } from '../db/schema';
import type { Actor } from '../core/audit';
import type { Scope } from '../core/access';
import { AppError, badRequest } from '../core/errors';
import { parsePeriod, periodDue, periodsOfYear, previousPeriod, type Frequency } from '../../domain/calendar/period';
import { owedPairs } from './queries';
import { upsertObservations, type ObservationInput } from './service';

/** Columns of the template; headers are matched in Chinese or English on upload. */
export const COLUMNS = [
  { key: 'code', zh: '指标编码', en: 'Indicator code', width: 16 },
  { key: 'name', zh: '指标名称', en: 'Indicator', width: 40 },
  { key: 'unit', zh: '计量单位', en: 'Unit', width: 10 },
  { key: 'zoneCode', zh: '区域编码', en: 'Zone code', width: 16 },
  { key: 'zone', zh: '区域', en: 'Zone', width: 14 },
  { key: 'period', zh: '期间', en: 'Period', width: 10 },
  { key: 'previous', zh: '上期值', en: 'Previous', width: 12 },
  { key: 'path', zh: '目标路径值', en: 'Target path', width: 12 },
  { key: 'value', zh: '填报值', en: 'Value', width: 12 },
  { key: 'covered', zh: '覆盖成员', en: 'Covered members', width: 24 },
  { key: 'comment', zh: '说明', en: 'Comment', width: 30 },
] as const;
type Key = (typeof COLUMNS)[number]['key'];
const FIELD_COLUMN: Record<string, Key> = { indicator: 'code', zone: 'zoneCode', period: 'period', value: 'value', covered: 'covered', comment: 'comment' };
const letter = (key: Key) => String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));
const SHEET = '填报数据';

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

/** A row of the entry form: the template's columns plus the stored observation's state. */
export interface EntryRow extends TemplateRow {
  indicatorId: string;
  zoneId: string;
  referenceSetId: string | null;
  due: string;
  observationId: string | null;
  status: string | null;
  covered: string[] | null;
  comment: string | null;
  returnReason: string | null;
  version: number | null;
}

/** Every period of `year` the caller's unit owes, with last period's value and the target path. */
export async function entryRows(db: DbOrTx, scope: Scope, year: number, unitId?: string): Promise<EntryRow[]> {
  const pairs = await owedPairs(db, scope.all && unitId ? { all: false, unitId } : scope);
  const ids = [...new Set(pairs.map((p) => p.indicatorId))];
  if (!ids.length) return [];
  const [obs, ms, tg] = await Promise.all([
    db.select().from(observations).where(inArray(observations.indicatorId, ids)),
    db.select().from(indicatorMilestones).where(inArray(indicatorMilestones.indicatorId, ids)),
    db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, ids)),
  ]);
  const byKey = new Map(obs.map((o) => [`${o.indicatorId}|${o.zoneId}|${o.period}`, o]));
  const out: EntryRow[] = [];
  for (const p of pairs) {
    const path = ms.find((m) => m.indicatorId === p.indicatorId && m.year === year)?.value ?? tg.find((t) => t.indicatorId === p.indicatorId && t.year === year && t.kind === 'level')?.value ?? null;
    for (const period of periodsOfYear(p.frequency as Frequency, year)) {
      const parsed = parsePeriod(period)!;
      const prev = byKey.get(`${p.indicatorId}|${p.zoneId}|${previousPeriod(parsed)}`);
      const cur = byKey.get(`${p.indicatorId}|${p.zoneId}|${period}`);
      out.push({
        code: p.code,
        name: p.name,
        unit: p.unit,
        zoneCode: p.zoneCode,
        zone: p.zoneName,
        period,
        previous: prev?.value ?? null,
        path,
        value: cur?.value ?? null,
        indicatorId: p.indicatorId,
        zoneId: p.zoneId,
        referenceSetId: p.referenceSetId,
        due: periodDue(parsed),
        observationId: cur?.id ?? null,
        status: cur?.status ?? null,
        covered: cur?.covered ?? null,
        comment: cur?.comment ?? null,
        returnReason: cur?.returnReason ?? null,
        version: cur?.version ?? null,
      });
    }
  }
  return out;
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

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), out.push(row);
  return out;
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.result !== undefined) return cellText(o.result);
    if (o.text !== undefined) return String(o.text);
  }
  return String(v).trim();
};

interface RawRow {
  row: number;
  cells: Partial<Record<Key, string>>;
}

export async function readTable(fileName: string, data: Buffer): Promise<RawRow[]> {
  const ext = extname(fileName).toLowerCase();
  let table: string[][];
  if (ext === '.csv') {
    const text = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
    table = parseCsv(text);
  } else if (ext === '.xlsx') {
    if (data.subarray(0, 4).toString('latin1') !== 'PK\x03\x04') throw badRequest('不是有效的 .xlsx 文件', 'Not a valid .xlsx file', { field: 'file' });
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch (e) {
      throw badRequest(`无法读取 Excel 文件：${(e as Error).message}`, `Cannot read the Excel file: ${(e as Error).message}`, { field: 'file' });
    }
    const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
    if (!ws) throw badRequest('Excel 文件中没有工作表', 'The workbook has no sheet', { field: 'file' });
    table = [];
    ws.eachRow({ includeEmpty: true }, (r, n) => {
      const vals: string[] = [];
      for (let c = 1; c <= COLUMNS.length + 2; c++) vals.push(cellText(r.getCell(c).value));
      table[n - 1] = vals;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
  } else throw badRequest(`不支持的文件类型“${ext || fileName}”，请上传 .xlsx 或 .csv`, `Unsupported file type "${ext || fileName}"; upload .xlsx or .csv`, { field: 'file' });
  const header = (table[0] ?? []).map((h) => h.trim());
  const index = new Map<Key, number>();
  for (const c of COLUMNS) {
    const at = header.findIndex((h) => h === c.zh || h.toLowerCase() === c.en.toLowerCase() || h === c.key);
    if (at >= 0) index.set(c.key, at);
  }
  const missing = (['code', 'zoneCode', 'period', 'value'] as Key[]).filter((k) => !index.has(k));
  if (missing.length) {
    const names = missing.map((k) => COLUMNS.find((c) => c.key === k)!.zh).join('、');
    throw badRequest(`第1行缺少表头：${names}。请使用系统下载的模板`, `Row 1 lacks the headers: ${missing.join(', ')}. Use the downloaded template`, { row: 1 });
  }
  const rows: RawRow[] = [];
  table.slice(1).forEach((vals, i) => {
    const cells: Partial<Record<Key, string>> = {};
    for (const [k, at] of index) cells[k] = (vals[at] ?? '').trim();
    if (Object.values(cells).every((v) => !v)) return;
    rows.push({ row: i + 2, cells });
  });
  return rows;
}

export interface ImportResult {
  rows: number;
  saved: number;
  unchanged: number;
  skippedBlank: number;
  sha256: string;
}

/** Checks every row of a file, then saves it in one transaction; a bad row rejects the file. */
export async function importObservations(db: Db, actor: Actor, scope: Scope, fileName: string, data: Buffer, requestId?: string): Promise<ImportResult> {
  if (data.length === 0) throw badRequest('文件为空', 'The file is empty', { field: 'file' });
  const raw = await readTable(fileName, data);
  const inds = new Map((await db.select({ id: indicators.id, code: indicators.code }).from(indicators)).map((i) => [i.code, i.id]));
  const zs = new Map((await db.select({ id: zones.id, code: zones.code }).from(zones)).map((z) => [z.code, z.id]));
  const problems: { row: number; cell: string; field: string; message: string; messageEn: string }[] = [];
  const inputs: ObservationInput[] = [];
  let skippedBlank = 0;
  for (const { row, cells } of raw) {
    const bad = (key: Key, zh: string, en: string) =>
      problems.push({ row, cell: `${letter(key)}${row}`, field: key, message: `第${row}行（${letter(key)}${row}）：${zh}`, messageEn: `Row ${row} (${letter(key)}${row}): ${en}` });
    const indicatorId = inds.get(cells.code ?? '');
    const zoneId = zs.get(cells.zoneCode ?? '');
    if (!indicatorId) bad('code', `指标编码“${cells.code}”不存在`, `no indicator with code "${cells.code}"`);
    if (!zoneId) bad('zoneCode', `区域编码“${cells.zoneCode}”不存在`, `no zone with code "${cells.zoneCode}"`);
    const valueText = (cells.value ?? '').replace(/,/g, '');
    const covered = cells.covered ? cells.covered.split(/[、,，;；\s]+/).filter(Boolean) : null;
    if (!valueText && !covered) {
      skippedBlank++;
      continue;
    }
    const value = valueText ? Number(valueText) : null;
    if (valueText && !Number.isFinite(value)) {
      bad('value', `填报值“${cells.value}”不是数字`, `value "${cells.value}" is not a number`);
      continue;
    }
    if (indicatorId && zoneId) inputs.push({ indicatorId, zoneId, period: cells.period ?? '', value, covered, comment: cells.comment || null, row });
  }
  if (problems.length)
    throw new AppError(400, 'rows_invalid', `${problems.length} 处数据有误，未保存任何数据。${problems[0].message}`, `${problems.length} problem(s); nothing was saved. ${problems[0].messageEn}`, {
      row: problems[0].row,
      details: problems,
    });
  const sha256 = createHash('sha256').update(data).digest('hex');
  try {
    const r = await upsertObservations(db, actor, scope, inputs, {
      source: 'file',
      requestId,
      // The file itself is kept with the change, so the audit trail can show exactly what came in.
      beforeWrite: async (tx) => {
        const [a] = await tx
          .insert(attachments)
          .values({ fileName: basename(fileName), mimeType: extname(fileName) === '.csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: data.length, sha256, content: data, uploadedBy: actor.id, unitId: scope.all ? null : scope.unitId })
          .returning({ id: attachments.id });
        return { fileName: basename(fileName), attachmentId: a.id, sha256 };
      },
    });
    return { rows: raw.length, saved: r.saved, unchanged: r.unchanged, skippedBlank, sha256 };
  } catch (e) {
    // Name the cell, not just the row, in what the service found.
    if (e instanceof AppError && e.extra.details)
      e.extra.details = e.extra.details.map((d) => {
        const key = FIELD_COLUMN[d.field ?? ''] ?? 'value';
        return d.row ? { ...d, cell: `${letter(key)}${d.row}` } : d;
      });
    throw e;
  }
}

/** `hubline import-data FILE`: the office's bulk load, as the system actor with every unit's rights. */
export async function importObservationsFile(db: Db, file: string) {
  const actor: Actor = { id: null, name: 'cli:import-data' };
  return importObservations(db, actor, { all: true }, file, readFileSync(file));
}

