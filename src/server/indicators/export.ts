// One indicator as a workbook: its definition, targets, statuses and the data the caller may see.
import ExcelJS from 'exceljs';
import type { DbOrTx } from '../db/index';
import type { Scope } from '../core/access';
import { notFound } from '../core/errors';
import * as q from './queries';
import { LABELS, labelOf } from '../../contracts/labels';
import { NUMBER_FORMATS } from '../core/xlsx-table';

export async function indicatorWorkbook(db: DbOrTx, id: string, scope: Scope): Promise<{ code: string; buffer: Buffer }> {
  const ind = await q.getIndicatorRow(db, id);
  if (!ind) throw notFound('指标', 'indicator');
  const [{ targets, milestones }, obs, statuses, zoneNames] = await Promise.all([q.indicatorParts(db, ind.id), q.observationsOf(db, ind.id, scope), q.statusesOf(db, ind.id), q.zoneNames(db)]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标数据');
  ws.addRow([`${ind.code} ${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`]).font = { bold: true, size: 13 };
  ws.addRow(['基期 / Baseline', ind.baselineYear, ind.baselineValue]);
  // Codes as the web app words them (src/contracts/labels.ts); numbers as numbers with a format.
  const decimal = (row: ExcelJS.Row, ...cols: number[]) => cols.forEach((c) => typeof row.getCell(c).value === 'number' && (row.getCell(c).numFmt = NUMBER_FORMATS.decimal!));
  decimal(ws.lastRow!, 3);
  for (const t of targets) decimal(ws.addRow([`目标 ${t.year} / Target`, labelOf(LABELS.targetKind, t.kind), t.value, t.text]), 3);
  for (const m of milestones) decimal(ws.addRow([`年度里程碑 / Milestone ${m.year}`, m.value]), 2);
  for (const st of statuses) ws.addRow(['进展状态 / Status', zoneNames.get(st.zoneId), labelOf(LABELS.indicatorStatus, st.status), (st.result as { explanation?: { zh?: string } }).explanation?.zh]);
  ws.addRow([]);
  const head = ws.addRow(['区域 / Zone', '期间 / Period', '数值 / Value', '状态 / Status', '来源 / Source', '说明 / Comment']);
  head.font = { bold: true };
  for (const o of obs) decimal(ws.addRow([zoneNames.get(o.zoneId), o.period, o.value, labelOf(LABELS.observationState, o.status), labelOf(LABELS.observationSource, o.source), o.comment]), 3);
  ws.columns.forEach((c) => (c.width = 18));
  return { code: ind.code, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}
