// The calculation sheet for the leading group's meeting, as Word (docx) and Excel (exceljs).
// Both libraries load only when someone exports.
export interface Sheet {
  title: string;
  subtitle: string;
  parameters: [string, string][];
  header: string[];
  rows: string[][];
  steps: string[];
  total: string;
}

export async function toDocx(s: Sheet): Promise<Blob> {
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const table = (rows: string[][], header?: string[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [...(header ? [new TableRow({ children: header.map((h) => cell(h, true)) })] : []), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
    });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: s.subtitle }),
          new Paragraph({ text: '一、参数', heading: HeadingLevel.HEADING_2 }),
          table(s.parameters),
          new Paragraph({ text: '二、分配结果', heading: HeadingLevel.HEADING_2 }),
          table(s.rows, s.header),
          new Paragraph({ children: [new TextRun({ text: s.total, bold: true })] }),
          new Paragraph({ text: '三、计算步骤', heading: HeadingLevel.HEADING_2 }),
          ...s.steps.map((x, i) => new Paragraph({ text: `${i + 1}. ${x}` })),
        ],
      },
    ],
  });
  return Packer.toBlob(doc);
}

export async function toXlsx(s: Sheet): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('计算单');
  ws.addRow([s.title]).font = { bold: true, size: 14 };
  ws.addRow([s.subtitle]);
  ws.addRow([]);
  for (const p of s.parameters) ws.addRow(p);
  ws.addRow([]);
  ws.addRow(s.header).font = { bold: true };
  for (const r of s.rows) ws.addRow(r.map((c, i) => (i > 0 && c !== '' && c !== '✓' && !Number.isNaN(Number(c)) ? Number(c) : c)));
  ws.addRow([s.total]).font = { bold: true };
  ws.addRow([]);
  s.steps.forEach((x, i) => ws.addRow([`${i + 1}. ${x}`]));
  ws.columns.forEach((c) => (c.width = 18));
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
