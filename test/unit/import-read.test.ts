// The upload reader: arbitrary sheets, sparse rows, huge dimensions and wrong types always give
// rows or a clear 4xx error, never anything else; plus the pieces the set-based write relies on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { AppError } from '../../src/server/core/errors';
import { COLUMNS, LIMITS, checkZipDirectory, readTable } from '../../src/server/indicators/import-read';
import { historyBefore } from '../../src/server/indicators/service';
import { copyField } from '../../src/server/db/copy';

const HEADER = COLUMNS.map((c) => c.zh);

const cellValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }).map((texts) => ({ richText: texts.map((text) => ({ text })) })),
  fc.oneof(fc.integer(), fc.string({ maxLength: 4 })).map((result) => ({ formula: '1+1', result })),
);
const sparseCell = fc
  .tuple(fc.oneof(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 2, max: 1_048_576 })), fc.oneof(fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 16_384 })), cellValue)
  .map(([row, col, value]) => ({ row, col, value }));
const sheetSpec = fc
  .tuple(fc.boolean(), fc.constantFrom('填报数据', 'Sheet1', '数据'), fc.array(sparseCell, { maxLength: 30 }))
  .map(([header, sheetName, cells]) => ({ header, sheetName, cells }));

async function workbook(spec: { header: boolean; sheetName: string; cells: { row: number; col: number; value: unknown }[] }) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheetName);
  if (spec.header) ws.getRow(1).values = HEADER;
  for (const c of spec.cells) ws.getCell(c.row, c.col).value = c.value as ExcelJS.CellValue;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What every answer must be: rows within the limits, or an AppError with a 4xx and both languages. */
async function answer(fileName: string, data: Buffer) {
  try {
    const rows = await readTable(fileName, data);
    expect(rows.length).toBeLessThan(LIMITS.rows);
    for (const r of rows) {
      expect(r.row).toBeGreaterThan(1);
      expect(r.row).toBeLessThanOrEqual(LIMITS.rows);
    }
    return { ok: true as const, rows };
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect([400, 413]).toContain(err.statusCode);
    expect(err.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(err.messageEn.length).toBeGreaterThan(5);
    return { ok: false as const, err };
  }
}

describe('reading uploaded tables', () => {
  it('answers every arbitrary sheet with rows or a clear 4xx, and refuses data past the row limit', async () => {
    await fc.assert(
      fc.asyncProperty(sheetSpec, async (spec) => {
        const r = await answer('x.xlsx', await workbook(spec));
        const past = spec.cells.filter((c) => c.row > LIMITS.rows && c.col <= COLUMNS.length + 2 && c.value !== null && c.value !== '');
        if (r.ok) expect(past.filter((c) => typeof c.value === 'number')).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('answers arbitrary CSV text and arbitrary bytes named .xlsx with rows or a clear 4xx', async () => {
    const csvLine = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '""', ',', '\r\n', '指标编码', '填报值')), { maxLength: 14 }).map((a) => a.join(','));
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(csvLine, { maxLength: 30 }), async (header, lines) => {
        await answer('x.csv', Buffer.from([...(header ? [HEADER.join(',')] : []), ...lines].join('\n')));
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, zipMagic) => {
        const data = Buffer.from(bytes);
        if (zipMagic && data.length >= 4) data.write('PK\x03\x04', 0, 'latin1');
        const r = await answer('x.xlsx', data);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('survives truncated and bit-flipped workbooks', async () => {
    const good = await workbook({ header: true, sheetName: '填报数据', cells: [{ row: 2, col: 1, value: 'YB-1' }, { row: 2, col: 9, value: 3.5 }] });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean(), async (at, byte, truncate) => {
        const data = truncate ? good.subarray(0, at) : Buffer.from(good);
        if (!truncate) data[at] = byte;
        await answer('x.xlsx', data);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('reads only the rows that hold data: a template with a stray cell on row 1048576 is refused, one at row 200001 is read', async () => {
    const far = await answer('x.xlsx', await workbook({ header: true, sheetName: '填报数据', cells: [{ row: 1_048_576, col: 9, value: 1 }] }));
    expect(far.ok).toBe(false);
    if (!far.ok) {
      expect(far.err.statusCode).toBe(413);
      expect(far.err.messageZh).toContain('第1048576行');
    }
    const edge = await answer('x.xlsx', await workbook({ header: true, sheetName: '填报数据', cells: [{ row: LIMITS.rows, col: 9, value: 7 }] }));
    expect(edge.ok && edge.rows.map((r) => [r.row, r.cells.value])).toEqual([[200_001, '7']]);
    const over = await answer('x.xlsx', await workbook({ header: true, sheetName: '填报数据', cells: [{ row: LIMITS.rows + 1, col: 9, value: 7 }] }));
    expect(over.ok).toBe(false);
  });

  it('prefers the template sheet over an earlier one and keeps row numbers of sparse rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['readme']);
    const ws = wb.addWorksheet('填报数据');
    ws.getRow(1).values = HEADER;
    ws.getCell(7, 1).value = 'YB-1';
    ws.getCell(7, 9).value = { formula: '1+2', result: 3 } as ExcelJS.CellValue;
    ws.getCell(9, 11).value = { richText: [{ text: '核实' }, { text: '过' }] } as ExcelJS.CellValue;
    const rows = await readTable('t.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows.map((r) => [r.row, r.cells.code, r.cells.value, r.cells.comment])).toEqual([
      [7, 'YB-1', '3', ''],
      [9, '', '', '核实过'],
    ]);
  });

  it('checks the zip directory: within the cap passes, a declared size past it is refused', async () => {
    const good = await workbook({ header: true, sheetName: '填报数据', cells: [] });
    expect(() => checkZipDirectory(good)).not.toThrow();
    const eocd = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const lying = Buffer.from(good);
    lying.writeUInt32LE(LIMITS.unzippedBytes + 1, lying.readUInt32LE(eocd + 16) + 24);
    expect(() => checkZipDirectory(lying)).toThrow(/unpacks to/);
  });
});

describe('set-based write helpers', () => {
  it('finds the last twelve values before a period by binary search', () => {
    const periods = Array.from({ length: 30 }, (_, i) => `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}`);
    const series = { periods, values: periods.map((_, i) => i) };
    expect(historyBefore(series, '2010-01')).toEqual([]);
    expect(historyBefore(series, '2010-02')).toEqual([0]);
    expect(historyBefore(series, '2011-01')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(historyBefore(series, '2011-02')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(historyBefore(series, '2099-01', 3)).toEqual([27, 28, 29]);
  });

  it('agrees with a filter over the whole series for any series and period', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2000, max: 2100 }), { maxLength: 60 }), fc.integer({ min: 1999, max: 2101 }), (years, at) => {
        const periods = years.map(String).sort();
        const series = { periods, values: periods.map(Number) };
        const naive = series.periods.filter((p) => p < String(at)).slice(-12).map(Number);
        expect(historyBefore(series, String(at))).toEqual(naive);
      }),
    );
  });

  it('writes COPY text fields with escapes, NULL and JSON', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField(1.5e21)).toBe('1.5e+21');
    expect(copyField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyField(['CN', 'JP'])).toBe('["CN","JP"]');
    expect(copyField(true)).toBe('t');
    expect(() => copyField(Infinity)).toThrow();
  });
});
