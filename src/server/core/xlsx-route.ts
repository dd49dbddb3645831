// Excel export of a table screen, one pattern for every module: a JSON list route that declares
// `config.xlsx` gets a twin `GET <url>.xlsx` with the SAME access rule (policy, token scope, unit
// rule), the same path and query parameters (plus `lang`), and the same handler. The twin calls
// the JSON route's handler and writes what it returns through `addTableSheet`, so an export can
// never hold a row the JSON list would not show the caller: a liaison's export is their unit's.
//
//   r.get('/api/reports', { config: { access: LIST, xlsx: xlsxExport<Report>({ file: ['进展报告', 'reports'], columns: [...] }) }, schema }, handler)
//
// The web button is src/web/core/ExportButton.tsx (it points at `<url>.xlsx` with the page's filters).
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';
import { fileResponse, MIME } from '../../contracts/common';
import { labelOf, type LabelMap } from '../../contracts/labels';
import { addTableSheet, workbookBuffer, type ColumnKind } from './xlsx-table';

export interface XlsxExportColumn<R> {
  zh: string;
  en: string;
  kind?: ColumnKind;
  width?: number;
  value: (row: R) => string | number | Date | null | undefined;
  /** The value is a code (`on_track`, `lead` …): the sheet shows its word in the export's language (src/contracts/labels.ts). */
  labels?: LabelMap;
}
export interface XlsxExportSpec<R> {
  /** File and sheet name, Chinese and English. */
  file: [string, string];
  columns: XlsxExportColumn<R>[];
  /** The rows within what the JSON handler returns (default: the answer is the array). */
  rows?: (answer: never) => R[];
  /** Columns that depend on the answer (a header naming how it was computed), after `columns`. */
  moreColumns?: (answer: never) => XlsxExportColumn<R>[];
}
/** A spec with its row type erased, as route config holds it. */
export interface XlsxExport {
  file: [string, string];
  columns: XlsxExportColumn<unknown>[];
  rows?: (answer: unknown) => unknown[];
  moreColumns?: (answer: unknown) => XlsxExportColumn<unknown>[];
}
export const xlsxExport = <R>(spec: Omit<XlsxExportSpec<R>, 'rows' | 'moreColumns'> & { rows?: (answer: any) => R[]; moreColumns?: (answer: any) => XlsxExportColumn<R>[] }): XlsxExport =>
  spec as unknown as XlsxExport;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** This GET list route also answers as a workbook at `<url>.xlsx` (src/server/core/xlsx-route.ts). */
    xlsx?: XlsxExport;
  }
}

export const exportLang = z.enum(['zh-CN', 'en']).optional().describe('language of the column headers (default zh-CN)');
const attachment = (name: string) => `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A day (`2026-10-31`) or a timestamp as a date cell (kind 'date'), so Excel sorts and filters it as a date. */
export const asDate = (v: Date | string | null | undefined): Date | null => {
  if (v == null || v === '') return null;
  const d = v instanceof Date ? v : new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  return Number.isNaN(d.getTime()) ? null : d;
};
/** A timestamp's day (UTC), as a date cell. */
export const asDay = (v: Date | string | null | undefined): Date | null => {
  const d = asDate(v);
  return d && new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

/** What a column's cell holds for a row: the value, or for a code column the code's word in `lang`. */
export function columnValue<R>(c: XlsxExportColumn<R>, lang: 'zh-CN' | 'en'): (row: R) => string | number | Date | null | undefined {
  const labels = c.labels;
  if (!labels) return c.value;
  return (row) => {
    const v = c.value(row);
    return typeof v === 'string' ? labelOf(labels, v, lang) : v;
  };
}

/** The workbook of one export: the rows the JSON handler answered, as one sheet. */
export async function exportWorkbook(spec: XlsxExport, answer: unknown, lang: 'zh-CN' | 'en'): Promise<Buffer> {
  const rows = spec.rows ? spec.rows(answer) : Array.isArray(answer) ? answer : [];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hubline';
  const en = lang === 'en';
  addTableSheet(
    wb,
    en ? spec.file[1] : spec.file[0],
    [...spec.columns, ...(spec.moreColumns?.(answer) ?? [])].map((c) => ({ header: en ? c.en : c.zh, kind: c.kind, width: c.width, value: columnValue(c, lang) })),
    rows,
  );
  return workbookBuffer(wb);
}

/** Installs the twin routes; call on the root instance before the modules register. */
export function registerXlsxExports(app: FastifyInstance) {
  app.addHook('onRoute', function (route: RouteOptions & { custom?: { xlsxTwin?: boolean } }) {
    const spec = route.config?.xlsx;
    if (!spec || route.custom?.xlsxTwin) return;
    const methods = ([] as string[]).concat(route.method);
    if (methods.every((m) => m === 'HEAD')) return; // the HEAD route Fastify adds for each GET
    if (!methods.includes('GET')) throw new Error(`config.xlsx on ${route.url}: only a GET list can be exported`);
    const schema = (route.schema ?? {}) as { querystring?: unknown; params?: unknown; tags?: string[]; summary?: string };
    const base = schema.querystring instanceof z.ZodObject ? schema.querystring : z.object({});
    const handler = route.handler as (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) => unknown;
    const { xlsx: _omit, ...config } = route.config ?? {};
    this.route({
      method: 'GET',
      url: `${route.url}.xlsx`,
      custom: { xlsxTwin: true },
      config,
      schema: {
        tags: schema.tags,
        summary: `导出 Excel：${spec.file[0]} / Excel export: ${spec.file[1]}`,
        description: `The rows of GET ${route.url} (same filters, same unit scoping) as a workbook.`,
        ...(schema.params ? { params: schema.params } : {}),
        querystring: base.extend({ lang: exportLang }),
        response: { 200: fileResponse('xlsx', `${spec.file[0]} / ${spec.file[1]}`) },
      },
      handler: async function (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
        const answer = await handler.call(this, req, reply);
        const lang = (req.query as { lang?: 'zh-CN' | 'en' }).lang ?? 'zh-CN';
        const buffer = await exportWorkbook(spec, answer, lang);
        const day = new Date().toISOString().slice(0, 10);
        return reply.type(MIME.xlsx).header('content-disposition', attachment(`${lang === 'en' ? spec.file[1] : spec.file[0]}-${day}.xlsx`)).send(buffer);
      },
    } as RouteOptions);
  });
}
