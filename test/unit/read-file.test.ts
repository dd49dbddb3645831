// File readers: every format an office sends ends in the same extraction, or a clear message.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { readDocumentFile } from '../../src/server/plans/read-file';
import { htmlToText, tableRows } from '../../src/server/plans/read-formats';
import { parseDocument } from '../../src/domain/document/index';
import { EXPECTED_UNITS, csvWithTable, docxWithTable, htmlPageWithTable, xlsxWithTable } from '../support/plan-files';

const units = (text: string) => parseDocument(text).tasks.map((t) => [t.number, t.units.map((u) => `${u.name}:${u.role}${u.collective ? '*' : ''}`)]);

describe('readDocumentFile', () => {
  it('.docx: a real Word table with a merged cell and a repeated header row', async () => {
    const text = await readDocumentFile('方案.docx', await docxWithTable());
    expect(text).toContain('序号\t重点任务\t牵头单位\t配合单位\t完成时限');
    expect(units(text)).toEqual(EXPECTED_UNITS);
    const x = parseDocument(text);
    expect(x.tables[0].title).toBe('重点任务分工表');
    expect(x.tasks[1].deadlines[0].date).toBe('2024-06-30');
  });

  it('.xlsx: merged cells filled from their master', async () => {
    expect(units(await readDocumentFile('分工.xlsx', await xlsxWithTable()))).toEqual(EXPECTED_UNITS);
  });

  it('.csv', async () => {
    expect(units(await readDocumentFile('分工.csv', csvWithTable()))).toEqual(EXPECTED_UNITS);
  });

  it('.html: a saved article page, navigation and page furniture left out', async () => {
    const text = await readDocumentFile('page.html', Buffer.from(htmlPageWithTable()));
    expect(text).not.toContain('首页 | 政务公开');
    expect(units(text)).toEqual(EXPECTED_UNITS);
    expect(parseDocument(text).meta.title).toBe('渝北区物流枢纽建设工作方案');
  });

  it('a PDF without a text layer gets a message saying it looks scanned', async () => {
    // A one-page PDF with an empty content stream: what a scan without OCR gives the reader.
    const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', '<< /Length 0 >>\nstream\n\nendstream'];
    let pdf = '%PDF-1.4\n';
    const offs: number[] = [];
    objs.forEach((o, i) => {
      offs.push(pdf.length);
      pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = pdf.length;
    pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    await expect(readDocumentFile('scan.pdf', Buffer.from(pdf, 'latin1'))).rejects.toMatchObject({ messageZh: expect.stringMatching(/没有文字层.*扫描件/) });
  });

  it('refuses what it cannot read with a clear message', async () => {
    await expect(readDocumentFile('x.pdf', Buffer.from('hello'))).rejects.toMatchObject({ message: expect.stringMatching(/PDF/) });
    await expect(readDocumentFile('x.xlsx', Buffer.from('hello'))).rejects.toMatchObject({ message: expect.stringMatching(/xlsx/) });
    await expect(readDocumentFile('x.ppt', Buffer.from('hello'))).rejects.toMatchObject({ messageZh: expect.stringMatching(/不支持的文件类型/) });
  });

  it.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))('.pdf printed by Chromium: lines and table cells from the positions of the text', { timeout: 60_000 }, async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent(htmlPageWithTable());
      const pdf = await page.pdf({ format: 'A4' });
      const text = await readDocumentFile('方案.pdf', pdf);
      if (process.env.SHOW_PDF_TEXT) console.log(text);
      expect(text).toMatch(/序号\t重点任务\t牵头单位\t配合单位\t完成时限/);
      expect(units(text)).toEqual(EXPECTED_UNITS);
    } finally {
      await browser.close();
    }
  });
});

describe('HTML tables', () => {
  it('colspan leaves empty cells, rowspan fills the value down', () => {
    expect(tableRows('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C</td><td>D</td></tr></table>')).toEqual([
      ['A', 'B', ''],
      ['A', 'C', 'D'],
    ]);
  });
  it('never throws on any HTML-ish input, and its text always parses', () => {
    const tag = fc.constantFrom('<table>', '</table>', '<tr>', '</tr>', '<td rowspan="3">', '<td colspan="2">', '</td>', '<p>', '</p>', '<br>', '<script>', '</script>', '&amp;', '&#x4e00;');
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const text = htmlToText(parts.join(''));
        expect(typeof text).toBe('string');
        parseDocument(text);
      }),
      { numRuns: 200 },
    );
  });
});
