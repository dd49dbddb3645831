// The reader started ahead of an upload (issue 10): an upload is read by it, each upload still
// by a worker of its own, and what it reads is what a worker started for the upload reads.
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parseDocumentInWorker, prestartReader, readTableInWorker, stopReader, waitingReader } from '../../src/server/core/worker';
import { readTable } from '../../src/server/indicators/import-read';
import { AppError } from '../../src/server/core/errors';

async function workbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('填报数据');
  ws.addRow(['指标编码', '指标名称', '计量单位', '区域编码', '区域', '期间', '上期值', '本年应达值', '填报值', '覆盖成员', '说明']);
  for (let i = 0; i < rows; i++) ws.addRow([`IND-${i % 7}`, '', '', `z${i % 3}`, '', `2024-${String((i % 12) + 1).padStart(2, '0')}`, null, null, i / 4, null, i % 5 === 0 ? '核实' : null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The next waiting reader other than `than` (it is started once the read before it is over). */
async function nextReader(than: number | null): Promise<number> {
  for (let i = 0; i < 500; i++) {
    const id = waitingReader();
    if (id !== null && id !== than) return id;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no new reader was started');
}

describe('the reader started ahead of an upload', () => {
  afterAll(() => stopReader());

  it('reads an upload in the waiting worker, then waits with a new one', async () => {
    expect(waitingReader()).toBeNull();
    prestartReader();
    const first = waitingReader();
    expect(first).not.toBeNull();
    const data = await workbook(300);
    const read = await readTableInWorker('data.xlsx', data);
    expect(read).toEqual(await readTable('data.xlsx', data));
    expect(read.rows).toHaveLength(300);
    expect(read.cells.comment[0]).toBe('核实');
    const second = await nextReader(first);
    expect(second).not.toBe(first);
    // And the next upload again, by the second.
    const csv = await readTableInWorker('data.csv', Buffer.from('指标编码,区域编码,期间,填报值\nA,z1,2024,5\n'));
    expect(csv).toEqual({ rows: [2], cells: { code: ['A'], zoneCode: ['z1'], period: ['2024'], value: ['5'], covered: [''], comment: [''] } });
    expect(await nextReader(second)).not.toBe(second);
  });

  it('answers a file it cannot read with the same message as a worker started for it', async () => {
    const waiting = await nextReader(null);
    const error = await readTableInWorker('data.txt', Buffer.from('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ statusCode: 400, messageZh: '不支持的文件类型“.txt”，请上传 .xlsx 或 .csv' });
    expect(await nextReader(waiting)).not.toBe(waiting);
  });

  it('leaves a document, which needs a larger heap, to a worker of its own', async () => {
    const waiting = await nextReader(null);
    const { extraction } = await parseDocumentInWorker({ text: '一、总体要求\n（一）建设物流枢纽。由区商务委牵头。\n' }, []);
    expect(extraction.tasks.length).toBeGreaterThan(0);
    expect(waitingReader()).toBe(waiting);
  });

  it('starts no reader once stopped', async () => {
    await stopReader();
    expect(waitingReader()).toBeNull();
    const csv = await readTableInWorker('data.csv', Buffer.from('指标编码,区域编码,期间,填报值\nA,z1,2024,5\n'));
    expect(csv.rows).toEqual([2]);
    await new Promise((r) => setTimeout(r, 200));
    expect(waitingReader()).toBeNull();
  });
});
