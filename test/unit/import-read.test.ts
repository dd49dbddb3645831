// The upload reader: arbitrary sheets, sparse rows, huge dimensions and wrong types always give
// rows or a clear 4xx error, never anything else; plus the pieces the set-based write relies on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { AppError } from '../../src/server/core/errors';
import { Readable } from 'node:stream';
import { deflateRawSync, crc32 } from 'node:zlib';
import { COLUMNS, LIMITS, READ_KEYS, checkZipDirectory, readTable, readTableChunks, readXlsxRows, type RawTable, type ReadKey } from '../../src/server/indicators/import-read';
import { columnOf, readSharedStrings, readSheetRows, xmlDecode } from '../../src/server/indicators/xlsx-rows';
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

/** The columns readTable answers, as one object a row. */
const asRows = (t: RawTable) => t.rows.map((row, i) => ({ row, cells: Object.fromEntries(READ_KEYS.map((k) => [k, t.cells[k][i]])) as Record<ReadKey, string> }));

/** What every answer must be: rows within the limits, or an AppError with a 4xx and both languages. */
async function answer(fileName: string, data: Buffer) {
  try {
    const rows = asRows(await readTable(fileName, data));
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
    const rows = asRows(await readTable('t.xlsx', Buffer.from(await wb.xlsx.writeBuffer())));
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

/** What exceljs's streaming reader made of a cell value (the reader the upload used before). */
const exceljsText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[]; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r?.text ?? '').join('').trim();
    if (o.result !== undefined) return exceljsText(o.result);
    if (o.text !== undefined) return String(o.text).trim();
    if (o.error !== undefined) return String(o.error);
    return '';
  }
  return String(v).trim();
};
/** The first sheet's data rows (template sheet preferred) as exceljs's streaming reader gives them. */
async function rowsByExceljs(data: Buffer) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  let chosen: { row: number; vals: string[] }[] | null = null;
  let template = false;
  for await (const ws of reader) {
    const isTemplate = (ws as unknown as { name?: string }).name === '填报数据';
    const take = !chosen || (isTemplate && !template);
    const rows: { row: number; vals: string[] }[] = [];
    for await (const r of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const vals = Array.from({ length: COLUMNS.length + 2 }, () => '');
      r.eachCell((cell, col) => {
        if (col <= vals.length) vals[col - 1] = exceljsText(cell.value);
      });
      if (take && vals.some(Boolean)) rows.push({ row: r.number, vals });
    }
    if (take) (chosen = rows), (template = isTemplate);
    if (template) break;
  }
  return chosen ?? [];
}
const padded = (rows: { row: number; vals: string[] }[]) => rows.map((r) => ({ row: r.row, vals: Array.from({ length: COLUMNS.length + 2 }, (_, i) => r.vals[i] ?? '') }));

/** A minimal .xlsx (stored or deflated parts) around hand-written XML, as other writers produce it. */
function zip(parts: Record<string, string>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const raw = Buffer.from(text, 'utf8');
    const body = deflate ? deflateRawSync(raw) : raw;
    const nameBuf = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(deflate ? 8 : 0, 8);
    head.writeUInt32LE(crc32(raw), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(deflate ? 8 : 0, 10);
    dir.writeUInt32LE(crc32(raw), 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(nameBuf.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, body);
    central.push(dir, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const dirBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dirBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBuf, end]);
}

describe('the direct xlsx reader', () => {
  it('gives the rows exceljs\'s streaming reader gave, for any sheet exceljs writes', async () => {
    const text = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(' 指标 ', 'a&b<c>"d\'', '  ', 'x\ny', '&amp;', '𠀀', '#N/A'));
    const value = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(text, { maxLength: 3 }).map((texts) => ({ richText: texts.map((t) => ({ text: t })) })),
      // Not a cached 0: exceljs's streaming reader (the baseline) drops it although the file holds
      // <v>0</v>; ours reads it as 0 (pinned in the next test). Found by a CI run's seed 48572601.
      fc.oneof(fc.integer().filter((n) => n !== 0), fc.string({ maxLength: 4 })).map((result) => ({ formula: 'A1', result })),
    );
    const cell = fc.record({ row: fc.integer({ min: 1, max: 60 }), col: fc.integer({ min: 1, max: 15 }), value });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('填报数据', 'Sheet1', '说明'), fc.array(cell, { maxLength: 40 })), { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        sheets.forEach(([name, cells], i) => {
          const ws = wb.addWorksheet(`${name}${sheets.slice(0, i).some(([n]) => n === name) ? i : ''}`);
          for (const c of cells) ws.getCell(c.row, c.col).value = c.value as ExcelJS.CellValue;
        });
        const data = Buffer.from(await wb.xlsx.writeBuffer());
        const ours = padded(await readXlsxRows(data));
        let theirs;
        try {
          theirs = await rowsByExceljs(data);
        } catch (e) {
          // exceljs's streaming reader failed once in a full run on a file exceljs had just written
          // ("Cannot read properties of undefined (reading 'sheets')": it reached the sheets with no
          // xl/workbook.xml parsed; the same case passes alone, and the zip's order is the same each
          // time). Such a run has no baseline to compare with; ours has read the file above.
          if (!String((e as Error).message).includes("reading 'sheets'")) throw e;
          fc.pre(false);
        }
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("reads a formula's cached 0 as 0, where exceljs's streaming reader left the cell empty", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('填报数据');
    ws.getCell(1, 1).value = { formula: 'B1', result: 0 } as ExcelJS.CellValue;
    ws.getCell(1, 2).value = 0;
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(padded(await readXlsxRows(data))[0].vals.slice(0, 2)).toEqual(['0', '0']);
    expect((await rowsByExceljs(data))[0].vals.slice(0, 2)).toEqual(['', '0']);
  });

  it('reads inline strings, entities, CDATA, prefixed tags, cells without references, and leaves phonetic guides out', async () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const sheet = `<?xml version="1.0"?><x:worksheet ${ns}><x:sheetData>
      <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>指标编码</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>区域</x:t></x:r><x:r><x:t>编码</x:t></x:r></x:is></x:c>
        <x:c r="C1" t="s"><x:v>0</x:v></x:c><x:c r="D1" t="str"><x:v><![CDATA[填报值]]></x:v></x:c></x:row>
      <!-- a comment <x:row r="9"> -->
      <x:row><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>Z&amp;1</x:t><x:rPh><x:t>ぜっと</x:t></x:rPh></x:is></x:c><x:c r="C2"><x:v>2024-03</x:v></x:c><x:c r="D2"><x:f>1+1</x:f><x:v>2.50</x:v></x:c><x:c r="E2" t="b"><x:v>1</x:v></x:c><x:c r="F2" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="G2"/></x:row>
      <x:row r="4" spans='1:2'><x:c r='A4' t='s'><x:v>2</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    const shared = `<sst xmlns="main"><si><t>期间</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">YB </t></r><r><t>-1</t></r><rPh sb="0" eb="1"><t>わい</t></rPh></si><si><t>&#x4E2D;&#20013; &lt;x&gt;</t></si></sst>`;
    const workbook = `<workbook xmlns:r="rels"><sheets><sheet name="&#22635;报数据" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const rels = `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
    for (const deflate of [true, false]) {
      const data = zip({ 'xl/workbook.xml': workbook, 'xl/_rels/workbook.xml.rels': rels, 'xl/worksheets/data.xml': sheet, 'xl/sharedStrings.xml': shared }, deflate);
      expect(padded(await readXlsxRows(data)).map((r) => [r.row, r.vals.slice(0, 7)])).toEqual([
        [1, ['指标编码', '区域编码', '期间', '填报值', '', '', '']],
        [2, ['YB -1', 'Z&1', '2024-03', '2.5', 'true', '#DIV/0!', '']],
        [4, ['中中 <x>', '', '', '', '', '', '']],
      ]);
    }
    expect(xmlDecode('&lt;&#65;&#x42;&bogus;&')).toBe('<AB&bogus;&');
    expect([columnOf('A1'), columnOf('z9'), columnOf('AB12'), columnOf('XFD1'), columnOf('12')]).toEqual([1, 26, 28, 16384, 0]);
    expect(readSharedStrings(Buffer.from('<sst><si/><si><t>a</t></si></sst>'))).toEqual(['', 'a']);
    const widths: number[] = [];
    readSheetRows(Buffer.from('<worksheet><sheetData><row r="3"><c r="Z3"/></row><row r="5"/></sheetData></worksheet>'), [], 13, (r) => widths.push(r.row, r.width));
    expect(widths).toEqual([3, 26, 5, 0]);
  });

  it('refuses a part whose checksum does not match, and malformed sheet XML, with a 400', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>';
    const good = zip({ 'xl/worksheets/sheet1.xml': sheet }, false);
    expect(padded(await readXlsxRows(good))[0].vals[0]).toBe('x');
    const flipped = Buffer.from(good);
    flipped[good.indexOf('>x<') + 1] = 0x79; // 'x' → 'y' in a stored part: only the checksum can tell
    await expect(readXlsxRows(flipped)).rejects.toMatchObject({ statusCode: 400, messageEn: /checksum/ });
    const broken = zip({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"' }, false);
    await expect(readXlsxRows(broken)).rejects.toMatchObject({ statusCode: 400, messageZh: /无法读取 Excel 文件/ });
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

describe('readTableChunks: the same rows as readTable, in pieces (issue 10)', () => {
  /** Every piece, and the error if the read ended in one. */
  async function pieces(fileName: string, data: Buffer, size: number, first?: number) {
    const out: RawTable[] = [];
    const error = await readTableChunks(fileName, data, (c) => void out.push(c), size, first).then(
      () => null,
      (e: unknown) => e,
    );
    return { out, error };
  }
  const joined = (list: RawTable[]) => asRows({ rows: list.flatMap((c) => c.rows), cells: Object.fromEntries(READ_KEYS.map((k) => [k, list.flatMap((c) => c.cells[k])])) as RawTable['cells'] });

  it('hands on pieces of the size asked, the last one with the rest, and the header only once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('填报数据');
    ws.addRow(HEADER);
    for (let i = 0; i < 7; i++) ws.addRow([`IND-${i}`, '', '', 'yubei', '', `2024-0${i + 1}`, null, null, i, null, null]);
    ws.addRow([]);
    ws.addRow(['IND-9', '', '', 'yubei', '', '2024-09', null, null, 9, null, '说明']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const { out, error } = await pieces('t.xlsx', data, 3);
    expect(error).toBeNull();
    expect(out.map((c) => c.rows)).toEqual([
      [2, 3, 4],
      [5, 6, 7],
      [8, 10],
    ]);
    expect(joined(out)).toEqual(asRows(await readTable('t.xlsx', data)));
    expect(out[2].cells.comment).toEqual(['', '说明']);
    // A smaller first piece, then the size asked.
    expect((await pieces('t.xlsx', data, 3, 1)).out.map((c) => c.rows)).toEqual([[2], [3, 4, 5], [6, 7, 8], [10]]);
    expect((await pieces('t.xlsx', data, 2, 5)).out.map((c) => c.rows)).toEqual([[2, 3, 4, 5, 6], [7, 8], [10]]);
  });

  it('ends with an empty piece for a file of only a header, and refuses a file without one before any piece', async () => {
    expect((await pieces('t.csv', Buffer.from('指标编码,区域编码,期间,填报值\n'), 2)).out).toEqual([{ rows: [], cells: { code: [], zoneCode: [], period: [], value: [], covered: [], comment: [] } }]);
    const { out, error } = await pieces('t.csv', Buffer.from('a,b\n1,2\n'), 1);
    expect(out).toEqual([]);
    expect(error).toMatchObject({ statusCode: 400, messageZh: '第1行缺少表头：指标编码、区域编码、期间、填报值。请使用系统下载的模板' });
  });

  it('hands on the pieces of a sheet before a row past the limit, then fails (a CSV is checked whole first)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('填报数据');
    ws.addRow(HEADER);
    ws.getRow(3).values = ['A', '', '', 'yubei', '', '2024', null, null, 1];
    ws.getRow(4).values = ['B', '', '', 'yubei', '', '2024', null, null, 2];
    ws.getRow(LIMITS.rows + 1).getCell(1).value = 'X';
    const sheet = await pieces('t.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), 1);
    expect(sheet.out.map((c) => c.rows)).toEqual([[3], [4]]);
    expect(sheet.error).toMatchObject({ statusCode: 413, code: 'file_too_large' });
    const lines = ['指标编码,区域编码,期间,填报值', ...Array.from({ length: LIMITS.rows + 1 }, (_, i) => (i === LIMITS.rows ? 'X,yubei,2024,1' : ''))];
    lines[2] = 'A,yubei,2024,1';
    const csv = await pieces('t.csv', Buffer.from(lines.join('\n') + '\n'), 1);
    expect(csv.out).toEqual([]);
    expect(csv.error).toMatchObject({ statusCode: 413, code: 'file_too_large' });
  });

  it('reads the template sheet as it goes when an earlier sheet is not the template, and a first sheet whole otherwise', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(HEADER);
    wb.getWorksheet('说明')!.addRow(['NOT-THIS', '', '', 'yubei', '', '2024', null, null, 1]);
    const ws = wb.addWorksheet('填报数据');
    ws.addRow(HEADER);
    ws.addRow(['IND-1', '', '', 'yubei', '', '2024', null, null, 5]);
    ws.addRow(['IND-2', '', '', 'yubei', '', '2024', null, null, 6]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const { out } = await pieces('t.xlsx', data, 1);
    expect(out.map((c) => c.cells.code)).toEqual([['IND-1'], ['IND-2'], []]);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(HEADER);
    other.getWorksheet('Sheet1')!.addRow(['IND-3', '', '', 'yubei', '', '2024', null, null, 7]);
    const { out: whole } = await pieces('t.xlsx', Buffer.from(await other.xlsx.writeBuffer()), 1);
    expect(whole.map((c) => c.cells.code)).toEqual([['IND-3'], []]);
  });

  it('gives the rows readTable gives for any sheet, whatever the piece size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(sheetSpec, fc.integer({ min: 1, max: 5 }), async (spec, size) => {
        const data = await workbook(spec);
        const whole = await readTable('t.xlsx', data).then(asRows, (e: AppError) => e.messageEn);
        const { out, error } = await pieces('t.xlsx', data, size);
        if (typeof whole === 'string') expect((error as AppError).messageEn).toBe(whole);
        else {
          expect(error).toBeNull();
          expect(joined(out)).toEqual(whole);
          for (const c of out.slice(0, -1)) expect(c.rows).toHaveLength(size);
        }
      }),
      { numRuns: 40 },
    );
  });
});
