// The shipment file layout of issue 13: one test per validation rule, each at its boundary.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLUMNS, CsvReader, ShipmentFileValidator, readHeader, validateRow, type Header } from '../../src/domain/corridor/index';

const HEADER = [...COLUMNS];
const header = (): Header => {
  const h = readHeader(HEADER);
  if (!h.ok) throw new Error('header');
  return h.header;
};
// A fresh chilled-shrimp import from Ho Chi Minh City by air, cleared in 42 minutes.
const BASE: Record<string, string> = {
  shipment_id: 'AWB-784-1234567',
  operator: 'CKGCARGO',
  legs: 'air',
  origin: 'VNSGN',
  destination: 'CNCKG',
  corridor: '1',
  node: 'CKG-AIRPORT',
  direction: 'import',
  weight_kg: '1250.5',
  teu: '',
  value_cny: '186000',
  hs_code: '030617',
  fresh: '1',
  passed_at: '2026-03-05T14:20:00+08:00',
  arrived_at: '2026-03-05T13:10:00+08:00',
  released_at: '2026-03-05T13:52:00+08:00',
  inspected: '0',
};
const row = (patch: Record<string, string> = {}) => HEADER.map((c) => (c in patch ? patch[c] : BASE[c]));
const check = (patch: Record<string, string>, line = 7) => validateRow(row(patch), header(), line);
const errorsOf = (patch: Record<string, string>) => {
  const r = check(patch);
  return r.ok ? [] : r.errors;
};
const rejects = (patch: Record<string, string>, column: string) => {
  const errs = errorsOf(patch);
  expect(errs.map((e) => e.column)).toContain(column);
  return errs.find((e) => e.column === column)!;
};

describe('a valid row', () => {
  it('becomes a record with the country derived and the month in Asia/Shanghai', () => {
    const r = check({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record).toMatchObject({
      shipmentId: 'AWB-784-1234567',
      legs: ['air'],
      originCountry: 'VN',
      destinationCountry: 'CN',
      corridor: true,
      direction: 'import',
      weightKg: 1250.5,
      teu: null,
      valueCny: 186000,
      commodityClass: 'animal',
      fresh: true,
      month: '2026-03',
      inspected: false,
    });
    expect(r.record.passedAt).toBe(Date.UTC(2026, 2, 5, 6, 20));
    expect((r.record.releasedAt! - r.record.arrivedAt!) / 60000).toBe(42);
  });
  it('counts a shipment passing at 23:30 UTC on the last day of a month in the next month (Shanghai is UTC+8)', () => {
    const r = check({ passed_at: '2026-03-31T16:00:00Z', direction: 'export', origin: 'CNCKG', destination: 'SGSIN', arrived_at: '', released_at: '', inspected: '' });
    expect(r.ok && r.record.month).toBe('2026-04');
    const before = check({ passed_at: '2026-03-31T15:59:59Z', direction: 'export', origin: 'CNCKG', destination: 'SGSIN', arrived_at: '', released_at: '', inspected: '' });
    expect(before.ok && before.record.month).toBe('2026-03');
  });
  it('reads a multimodal chain', () => {
    const r = check({ legs: 'rail>sea', teu: '2', direction: 'export', origin: 'CNCKG', destination: 'SGSIN', arrived_at: '', released_at: '', inspected: '', fresh: '0' });
    expect(r.ok && r.record.legs).toEqual(['rail', 'sea']);
    expect(r.ok && r.record.teu).toBe(2);
  });
});

describe('every rule rejects with line, column and reason in both languages', () => {
  it('UN/LOCODE: five characters, country part known', () => {
    const e = rejects({ origin: 'VNSG' }, 'origin');
    expect(e.message).toBe('第7行 origin：“VNSG”不是 UN/LOCODE（5 位大写：2 位国家代码 + 3 位地点代码，如 CNCKG）');
    expect(e.messageEn).toMatch(/^Line 7, origin: "VNSG" is not a UN\/LOCODE/);
    rejects({ origin: 'vnsgn' }, 'origin');
    rejects({ origin: 'VNSGN1' }, 'origin');
    rejects({ destination: 'CNCK1' }, 'destination'); // location digits are 2-9 only
    expect(check({ destination: 'CNCK2' }).ok).toBe(true);
    expect(rejects({ origin: 'QQSGN' }, 'origin').message).toContain('国家代码 QQ 不存在');
  });
  it('legs: known modes joined by >', () => {
    expect(rejects({ legs: 'air>truck' }, 'legs').message).toContain('“truck”');
    rejects({ legs: 'rail>' }, 'legs');
    rejects({ legs: 'AIR' }, 'legs');
    rejects({ legs: '' }, 'legs');
  });
  it('weight: greater than zero', () => {
    expect(rejects({ weight_kg: '0' }, 'weight_kg').message).toBe('第7行 weight_kg：须大于 0（现为 0）');
    rejects({ weight_kg: '-1' }, 'weight_kg');
    rejects({ weight_kg: '1,5' }, 'weight_kg');
    rejects({ weight_kg: '' }, 'weight_kg');
    expect(check({ weight_kg: '0.001' }).ok).toBe(true);
  });
  it('TEU: empty or at least zero', () => {
    rejects({ teu: '-0.5' }, 'teu');
    rejects({ teu: 'two' }, 'teu');
    expect(check({ teu: '0' }).ok).toBe(true);
  });
  it('value: at least zero, required', () => {
    rejects({ value_cny: '-0.01' }, 'value_cny');
    rejects({ value_cny: '' }, 'value_cny');
    expect(check({ value_cny: '0' }).ok).toBe(true);
  });
  it('HS code: 2 to 10 digits of a real chapter', () => {
    rejects({ hs_code: '3' }, 'hs_code');
    rejects({ hs_code: '03061700001' }, 'hs_code');
    rejects({ hs_code: '03.06' }, 'hs_code');
    expect(rejects({ hs_code: '00' }, 'hs_code').message).toContain('HS 章');
    expect(check({ hs_code: '03' }).ok).toBe(true);
    expect(check({ hs_code: '0306170000' }).ok).toBe(true);
  });
  it('flags: 1 or 0', () => {
    rejects({ corridor: 'yes' }, 'corridor');
    rejects({ fresh: '' }, 'fresh');
    rejects({ inspected: '2' }, 'inspected');
  });
  it('direction: one of four, and consistent with the countries', () => {
    rejects({ direction: 'inbound' }, 'direction');
    expect(rejects({ origin: 'CNSHA' }, 'direction').message).toContain('进口应为境外起运');
    rejects({ direction: 'export', arrived_at: '', released_at: '', inspected: '' }, 'direction');
    rejects({ direction: 'domestic', arrived_at: '', released_at: '', inspected: '' }, 'direction');
    rejects({ direction: 'transit', arrived_at: '', released_at: '', inspected: '' }, 'direction');
    expect(check({ direction: 'transit', destination: 'THLCH', arrived_at: '', released_at: '', inspected: '' }).ok).toBe(true);
  });
  it('ISO 8601 with an offset, a real date', () => {
    expect(rejects({ passed_at: '2026-03-05 14:20' }, 'passed_at').message).toContain('缺少时区偏移');
    expect(rejects({ passed_at: '2026-02-30T10:00:00+08:00' }, 'passed_at').message).toContain('日期或时间不存在');
    expect(rejects({ passed_at: '05/03/2026' }, 'passed_at').message).toContain('不是 ISO 8601');
    expect(rejects({ passed_at: '1991-06-01T00:00:00+08:00' }, 'passed_at').message).toContain('1992');
    expect(check({ passed_at: '2024-02-29T23:59:59.5-05:30' }).ok).toBe(true);
  });
  it('imports need arrival, release and the inspection flag; release not before arrival', () => {
    rejects({ arrived_at: '' }, 'arrived_at');
    rejects({ released_at: '' }, 'released_at');
    rejects({ inspected: '' }, 'inspected');
    expect(rejects({ released_at: '2026-03-05T13:09:59+08:00' }, 'released_at').message).toBe('第7行 released_at：放行时间早于到达时间');
    expect(check({ released_at: '2026-03-05T13:10:00+08:00' }).ok).toBe(true); // zero minutes is allowed
  });
  it('other directions leave the customs times empty', () => {
    const e = errorsOf({ direction: 'export', origin: 'CNCKG', destination: 'SGSIN' });
    expect(e.map((x) => x.column).sort()).toEqual(['arrived_at', 'released_at']);
  });
  it('names every cell at fault in a row, not only the first', () => {
    expect(errorsOf({ weight_kg: '0', hs_code: 'x', origin: 'XX' }).map((e) => e.column)).toEqual(['origin', 'weight_kg', 'hs_code']);
  });
  it('a line with the wrong number of fields', () => {
    const r = validateRow(['a', 'b'], header(), 3);
    expect(!r.ok && r.errors[0].message).toBe('第3行 (row)：本行有 2 列，表头有 17 列');
  });
  it('operator and node codes', () => {
    rejects({ operator: '' }, 'operator');
    rejects({ operator: '陆海' }, 'operator');
    rejects({ node: 'a b' }, 'node');
    rejects({ shipment_id: 'x'.repeat(65) }, 'shipment_id');
    expect(check({ shipment_id: 'x'.repeat(64) }).ok).toBe(true);
  });
});

describe('another currency', () => {
  const h = readHeader([...HEADER, 'currency', 'declared_value', 'fx_rate']);
  const withFx = (c: string, d: string, r: string, value = BASE.value_cny) => validateRow([...row({ value_cny: value }), c, d, r], h.ok ? h.header : (null as never), 2);
  it('keeps the declared amount and rate when they explain value_cny', () => {
    const r = withFx('USD', '25800', '7.2093', '186000');
    expect(r.ok && [r.record.currency, r.record.declaredValue, r.record.fxRate]).toEqual(['USD', 25800, 7.2093]);
  });
  it('rejects a value that does not match declared × rate (tolerance 0.5 %)', () => {
    const r = withFx('USD', '25800', '7.5');
    expect(!r.ok && r.errors[0].column).toBe('value_cny');
  });
  it('needs the rate with a foreign currency, a code of three capitals', () => {
    expect(withFx('USD', '25800', '').ok).toBe(false);
    expect(withFx('usd', '25800', '7.2093').ok).toBe(false);
    const cny = withFx('CNY', '', '');
    expect(cny.ok && cny.record.currency).toBe(null);
  });
});

describe('header', () => {
  it('names missing, unknown and repeated columns on line 1', () => {
    const r = readHeader(['shipment_id', 'operator', 'weight', 'operator']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual([
      '第1行 (header)：未知列“weight”',
      '第1行 (header)：列“operator”重复',
      expect.stringMatching(/^第1行 \(header\)：缺少列：legs、origin/),
    ]);
  });
  it('accepts the columns in any order and in any case', () => {
    expect(readHeader([...HEADER].reverse().map((c) => c.toUpperCase())).ok).toBe(true);
  });
});

const csvOf = (lines: string[][]) => lines.map((l) => l.join(',')).join('\r\n') + '\r\n';

describe('a whole file', () => {
  const validate = (text: string, chunk = 7) => {
    const reader = new CsvReader();
    const v = new ShipmentFileValidator();
    const records = [];
    for (let i = 0; i < text.length; i += chunk) for (const r of reader.push(text.slice(i, i + chunk))) { const rec = v.add(r.line, r.fields); if (rec) records.push(rec); }
    for (const r of reader.end()) { const rec = v.add(r.line, r.fields); if (rec) records.push(rec); }
    return { records, errors: v.finish(), v };
  };
  it('the same record twice is one record; the same id with other content is an error naming both lines', () => {
    const text = csvOf([HEADER, row(), row(), row({ weight_kg: '99' })]);
    const r = validate(text);
    expect(r.records).toHaveLength(1);
    expect(r.v.duplicates).toBe(1);
    expect(r.errors.map((e) => e.message)).toEqual(['第4行 shipment_id：承运商 CKGCARGO 的运单“AWB-784-1234567”已在第2行出现，内容不同']);
  });
  it('an empty file', () => {
    expect(validate('').errors[0].messageEn).toBe('Line 1, (header): the file is empty');
  });
  it('line numbers count the header and skip nothing, with a BOM and quoted fields', () => {
    const text = '\uFEFF' + csvOf([HEADER, row(), row({ shipment_id: '"A,1"', weight_kg: '0' })]);
    const r = validate(text, 3);
    expect(r.errors.map((e) => e.line)).toEqual([3]);
  });
  it('any chunking of the text gives the same records (property)', () => {
    const text = csvOf([HEADER, row(), row({ shipment_id: '"B ""2"""' }), row({ shipment_id: 'C3', weight_kg: '7' })]);
    const whole = validate(text, text.length);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const r = validate(text, n);
        expect(r.records).toEqual(whole.records);
        expect(r.errors).toEqual(whole.errors);
      }),
    );
    expect(whole.records.map((r) => r.shipmentId)).toEqual(['AWB-784-1234567', 'B "2"', 'C3']);
  });
});
