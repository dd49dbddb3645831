// Plan files in the formats offices send, built in the test from a task table: a .docx with a
// real Word table (a merged 牵头单位 cell, the header row repeated), an .xlsx, a .csv, a saved web
// page, and a PDF printed by Chromium. Shared by the reader tests and the browser test.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType, WidthType } from 'docx';

export const TABLE_HEADER = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
export const TABLE_ROWS = [
  ['1', '建设陆港型国家物流枢纽', '区发展改革委', '区交通局、区商务委', '2025年底前'],
  ['2', '开通东盟国际货运航线', '区发展改革委', '区商务委', '2024年6月底前'],
  ['3', '推进铁海联运班列常态化开行', '区交通局', '各镇街', '2024年12月底前'],
];
/** What the importer must read from any of the files. */
export const EXPECTED_UNITS = [
  ['1', ['区发展改革委:lead', '区交通局:support', '区商务委:support']],
  ['2', ['区发展改革委:lead', '区商务委:support']],
  ['3', ['区交通局:lead', '各镇街:support*']],
];

export async function docxWithTable(): Promise<Buffer> {
  const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.LEFT })], ...extra });
  const header = new TableRow({ tableHeader: true, children: TABLE_HEADER.map((h) => cell(h)) });
  const rows = TABLE_ROWS.map(
    (r, i) =>
      new TableRow({
        children: r.map((c, k) =>
          // Rows 1 and 2 share one merged 牵头单位 cell.
          k === 2 && i === 0 ? cell(c, { verticalMerge: VerticalMergeType.RESTART }) : k === 2 && i === 1 ? cell('', { verticalMerge: VerticalMergeType.CONTINUE }) : cell(c),
        ),
      }),
  );
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('渝北区物流枢纽建设工作方案'),
          new Paragraph('一、总体要求'),
          new Paragraph('到2027年，物流枢纽功能显著提升。'),
          new Paragraph('附件'),
          new Paragraph('重点任务分工表'),
          // The header row repeated, as when a table continues over a page.
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, rows[0], rows[1], new TableRow({ children: TABLE_HEADER.map((h) => cell(h)) }), rows[2]] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function xlsxWithTable(): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分工');
  ws.addRow(['重点任务分工表']);
  ws.mergeCells('A1:E1');
  ws.addRow(TABLE_HEADER);
  for (const r of TABLE_ROWS) ws.addRow(r);
  // The merged 牵头单位 cell of rows 1–2.
  ws.mergeCells('C3:C4');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvWithTable(): Buffer {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return Buffer.from([TABLE_HEADER, ...TABLE_ROWS].map((r) => r.map(q).join(',')).join('\r\n'), 'utf8');
}

export function htmlPageWithTable(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>渝北区物流枢纽建设工作方案</title><style>td{border:1px solid #000;padding:4px}</style></head><body>
<nav>首页 | 政务公开 | 政策文件</nav>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<h1>渝北区物流枢纽建设工作方案</h1>
<div class="info">来源：区政府办 发布时间：2024-03-01 浏览次数：128 【打印】【关闭】</div>
<p>一、总体要求</p><p>到2027年，物流枢纽功能显著提升。</p>
<p>附件</p><p>重点任务分工表</p>
<table><tr>${TABLE_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>
${TABLE_ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>
<footer>主办：某区人民政府办公室 分享到：微信 微博</footer></body></html>`;
}
