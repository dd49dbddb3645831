// Import at office scale: a 2,000-row task table (tab-separated, as copied from a spreadsheet)
// and a 200-page PDF with a task table on every page (printed by Chromium here), each against a
// plain scan of the same text in the same run.
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { parseDocument } from '../src/domain/document/index';
import { readDocumentFile } from '../src/server/plans/read-file';

const UNITS = ['区发展改革委', '区交通局', '区商务委', '区财政局', '区规划自然资源局', '区住房城乡建委', '各镇街', '市级有关部门'];

function taskRow(i: number): string[] {
  return [String(i), `推进第${i}项物流枢纽建设任务，完成年度目标`, `落实第${i}项具体措施`, UNITS[i % 6], `${UNITS[(i + 1) % 8]}、${UNITS[(i + 3) % 8]}`, `${2024 + (i % 3)}年${(i % 12) + 1}月底前`];
}
const HEADER = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];

/** The simplest pass over the same text: lines, cells and sentences counted. */
const scan = (text: string) => text.split('\n').reduce((n, l) => n + l.split('\t').length + l.split('。').length, 0);

function ratio(fn: () => unknown, base: () => unknown, runs: number) {
  fn();
  base();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) base();
  const tBase = (performance.now() - t0) / runs;
  const t1 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const t = (performance.now() - t1) / runs;
  return { ms: +t.toFixed(1), scanMs: +tBase.toFixed(2), ratioToScan: +(t / tBase).toFixed(1) };
}

export async function importFilesBench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const table = ['附件', '重点任务分工表', HEADER.join('\t'), ...Array.from({ length: 2000 }, (_, i) => taskRow(i + 1).join('\t'))].join('\n');
  let tasks = 0;
  out.taskTable2000 = { chars: table.length, ...ratio(() => (tasks = parseDocument(table).tasks.length), () => scan(table), 3), tasks };

  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return { ...out, pdf200: { skipped: `no Chromium at ${chromium}` } };
  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  let pdf: Buffer;
  try {
    const page = await browser.newPage();
    const pages = Array.from({ length: 200 }, (_, p) => {
      const rows = Array.from({ length: 10 }, (_, k) => taskRow(p * 10 + k + 1));
      return `<section style="page-break-after:always"><p>第${p + 1}页 重点任务分工表</p><table border="1" style="border-collapse:collapse;font-size:11px"><tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></section>`;
    });
    await page.setContent(`<html><body>${pages.join('')}</body></html>`);
    pdf = await page.pdf({ format: 'A4' });
  } finally {
    await browser.close();
  }
  let text = '';
  const t0 = performance.now();
  text = await readDocumentFile('bench.pdf', pdf);
  const readMs = performance.now() - t0;
  let pdfTasks = 0;
  const parse = ratio(() => (pdfTasks = parseDocument(text).tasks.length), () => scan(text), 2);
  out.pdf200 = { bytes: pdf.length, chars: text.length, readMs: +readMs.toFixed(0), parseMs: parse.ms, scanMs: parse.scanMs, readAndParseRatioToScan: +((readMs + parse.ms) / parse.scanMs).toFixed(1), tasks: pdfTasks };
  return out;
}
