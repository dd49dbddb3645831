// Kills the mutants of src/domain/corridor/rows.ts: every rejection of a shipment line asserted
// whole (line, column, Chinese and English message), each rule at its edge, the whole record,
// the header's messages, and the file validator's duplicates and empty file.
import { describe, expect, it } from 'vitest';
import { COLUMNS, hash53, readHeader, recordContent, recordKey, ShipmentFileValidator, validateRow, type Header } from '../../src/domain/corridor/rows';

const HEADER = [...COLUMNS];
const header = (cols: string[] = HEADER): Header => {
  const h = readHeader(cols);
  if (!h.ok) throw new Error('header');
  return h.header;
};
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
  currency: '',
  declared_value: '',
  fx_rate: '',
};
const WIDE = [...COLUMNS, 'currency', 'declared_value', 'fx_rate'];
const check = (patch: Record<string, string>) => validateRow(WIDE.map((c) => (c in patch ? patch[c] : BASE[c])), header(WIDE), 7);
const errs = (patch: Record<string, string>) => {
  const r = check(patch);
  return r.ok ? [] : r.errors.map((e) => [e.column, e.message, e.messageEn]);
};
const one = (column: string, zh: string, en: string) => [[column, `第7行 ${column}：${zh}`, `Line 7, ${column}: ${en}`]];
const EXPORT = { direction: 'export', origin: 'CNCKG', destination: 'VNSGN', arrived_at: '', released_at: '', inspected: '' };

describe('validateRow: every message, whole', () => {
  it('the whole record of a valid import, and of an export without customs fields', () => {
    expect(check({ teu: '2', currency: 'CNY' })).toEqual({
      ok: true,
      record: {
        shipmentId: 'AWB-784-1234567',
        operator: 'CKGCARGO',
        legs: ['air'],
        origin: 'VNSGN',
        originCountry: 'VN',
        destination: 'CNCKG',
        destinationCountry: 'CN',
        corridor: true,
        node: 'CKG-AIRPORT',
        direction: 'import',
        weightKg: 1250.5,
        teu: 2,
        valueCny: 186000,
        currency: null,
        declaredValue: null,
        fxRate: null,
        hsCode: '030617',
        commodityClass: expect.any(String),
        fresh: true,
        passedAt: Date.UTC(2026, 2, 5, 6, 20),
        month: '2026-03',
        arrivedAt: Date.UTC(2026, 2, 5, 5, 10),
        releasedAt: Date.UTC(2026, 2, 5, 5, 52),
        inspected: false,
      },
    });
    const ex = check({ ...EXPORT, corridor: '0', fresh: '0' });
    expect(ex).toMatchObject({ ok: true, record: { direction: 'export', teu: null, arrivedAt: null, releasedAt: null, inspected: false, corridor: false, fresh: false } });
  });

  it('a wrong number of fields', () => {
    expect(validateRow(['a'], header(), 3)).toEqual({ ok: false, errors: [{ line: 3, column: '(row)', message: `第3行 (row)：本行有 1 列，表头有 ${HEADER.length} 列`, messageEn: `Line 3, (row): the line has 1 fields, the header ${HEADER.length}` }] });
  });

  it('required cells, and the shipment id’s length and control characters', () => {
    expect(errs({ shipment_id: '' })).toEqual(one('shipment_id', '必填', 'is required'));
    expect(errs({ shipment_id: 'x'.repeat(64) })).toEqual([]);
    expect(errs({ shipment_id: 'x'.repeat(65) })).toEqual(one('shipment_id', '最长 64 个字符，不含控制字符', 'at most 64 characters, no control characters'));
    expect(errs({ shipment_id: 'a\u0001b' })).toEqual(one('shipment_id', '最长 64 个字符，不含控制字符', 'at most 64 characters, no control characters'));
    expect(errs({ shipment_id: 'a\u001fb' })).toHaveLength(1);
    expect(errs({ shipment_id: 'a b' })).toEqual([]);
  });

  it('codes: letters, digits, _ and -, 1 to 40', () => {
    expect(errs({ operator: 'a_b-C9'.padEnd(40, 'x') })).toEqual([]);
    expect(errs({ operator: 'x'.repeat(41) })).toEqual(one('operator', `承运商代码“${'x'.repeat(41)}”只能由字母、数字、_ 和 - 组成（最长 40 位）`, `operator code "${'x'.repeat(41)}" may hold letters, digits, _ and - only (40 at most)`));
    expect(errs({ node: 'a.b' })).toEqual(one('node', '节点代码“a.b”只能由字母、数字、_ 和 - 组成（最长 40 位）', 'node code "a.b" may hold letters, digits, _ and - only (40 at most)'));
    expect(errs({ node: '' })).toEqual(one('node', '必填', 'is required'));
    expect(errs({ node: 'x a' })).toHaveLength(1);
  });

  it('legs: each part a mode, joined by >; an empty part named', () => {
    expect(check({ legs: ' rail > sea ' })).toMatchObject({ ok: true, record: { legs: ['rail', 'sea'] } });
    expect(errs({ legs: 'rail>boat>x' })).toEqual(one('legs', '运输方式“boat、x”无效：应为 air、rail、sea、road、river，以 > 连接（如 rail>sea）', 'mode "boat, x" is not one of air, rail, sea, road, river joined by > (e.g. rail>sea)'));
    expect(errs({ legs: 'rail>' })).toEqual(one('legs', '运输方式“（空）”无效：应为 air、rail、sea、road、river，以 > 连接（如 rail>sea）', 'mode "" is not one of air, rail, sea, road, river joined by > (e.g. rail>sea)'));
  });

  it('UN/LOCODE: shape and a known country', () => {
    expect(errs({ origin: 'VNsgn' })).toEqual(one('origin', '“VNsgn”不是 UN/LOCODE（5 位大写：2 位国家代码 + 3 位地点代码，如 CNCKG）', '"VNsgn" is not a UN/LOCODE (five capitals: country + location, e.g. CNCKG)'));
    expect(errs({ origin: 'XVNSGN' })).toHaveLength(1);
    expect(errs({ origin: 'VNSGNX' })).toHaveLength(1);
    expect(errs({ origin: 'VNSG1' })).toHaveLength(1);
    expect(errs({ origin: 'VNS29' })).toEqual([]);
    expect(errs({ origin: 'QQSGN' })).toEqual(one('origin', '“QQSGN”的国家代码 QQ 不存在', '"QQSGN": there is no country QQ'));
    expect(errs({ destination: '' })).toEqual(one('destination', '必填', 'is required'));
  });

  it('flags: 1, 0, required, optional only off imports', () => {
    expect(errs({ corridor: '' })).toEqual(one('corridor', '必填（1 或 0）', 'is required (1 or 0)'));
    expect(errs({ fresh: 'yes' })).toEqual(one('fresh', '“yes”应为 1 或 0', '"yes" must be 1 or 0'));
    expect(errs({ inspected: '' })).toEqual(one('inspected', '必填（1 或 0）', 'is required (1 or 0)'));
    expect(check({ inspected: '1' })).toMatchObject({ ok: true, record: { inspected: true } });
  });

  it('direction: one of four, and the countries it needs', () => {
    expect(errs({ direction: 'inbound' })).toEqual(one('direction', '“inbound”应为 import、export、transit 或 domestic', '"inbound" must be import, export, transit or domestic'));
    expect(errs({ direction: '' })).toEqual(one('direction', '必填', 'is required'));
    expect(errs({ origin: 'CNSHA' })).toEqual(one('direction', '进口应为境外起运、中国目的地（CNSHA → CNCKG）', 'an import comes from abroad to China (CNSHA → CNCKG)'));
    expect(errs({ ...EXPORT, origin: 'VNSGN' })).toEqual(one('direction', '出口应为中国起运、境外目的地（VNSGN → VNSGN）', 'an export goes from China abroad (VNSGN → VNSGN)'));
    expect(errs({ ...EXPORT, destination: 'CNSHA' })).toHaveLength(1);
    expect(errs({ ...EXPORT, direction: 'domestic' })).toEqual(one('direction', '国内运输的起运地和目的地都应在中国（CNCKG → VNSGN）', 'a domestic shipment starts and ends in China (CNCKG → VNSGN)'));
    expect(errs({ ...EXPORT, direction: 'domestic', destination: 'CNSHA' })).toEqual([]);
    expect(errs({ ...EXPORT, direction: 'transit' })).toEqual(one('direction', '过境运输的起运地和目的地都应在境外（CNCKG → VNSGN）', 'a transit shipment starts and ends abroad (CNCKG → VNSGN)'));
    expect(errs({ ...EXPORT, direction: 'transit', origin: 'VNSGN', destination: 'DEHAM' })).toEqual([]);
  });

  it('numbers: required, a decimal, positive weight, non-negative TEU and value', () => {
    expect(errs({ weight_kg: '' })).toEqual(one('weight_kg', '必填', 'is required'));
    expect(errs({ weight_kg: '1e3' })).toEqual(one('weight_kg', '“1e3”不是数字', '"1e3" is not a number'));
    expect(errs({ weight_kg: '1.' })).toHaveLength(1);
    expect(errs({ weight_kg: 'x1' })).toHaveLength(1);
    expect(errs({ weight_kg: '1x' })).toHaveLength(1);
    expect(errs({ weight_kg: '0' })).toEqual(one('weight_kg', '须大于 0（现为 0）', 'must be greater than 0 (is 0)'));
    expect(errs({ weight_kg: '-0.5' })).toEqual(one('weight_kg', '须大于 0（现为 -0.5）', 'must be greater than 0 (is -0.5)'));
    expect(errs({ weight_kg: '0.001' })).toEqual([]);
    expect(errs({ teu: '0' })).toEqual([]);
    expect(errs({ teu: '-1' })).toEqual(one('teu', '不能为负（现为 -1）', 'must not be negative (is -1)'));
    expect(errs({ value_cny: '0' })).toEqual([]);
    expect(errs({ value_cny: '' })).toEqual(one('value_cny', '必填', 'is required'));
  });

  it('HS code: 2 to 10 digits of a real chapter', () => {
    expect(errs({ hs_code: '0' })).toEqual(one('hs_code', '“0”应为 2 到 10 位数字', '"0" must be 2 to 10 digits'));
    expect(errs({ hs_code: '12345678901' })).toHaveLength(1);
    expect(errs({ hs_code: 'a03' })).toHaveLength(1);
    expect(errs({ hs_code: '03a' })).toHaveLength(1);
    expect(errs({ hs_code: '03' })).toEqual([]);
    expect(errs({ hs_code: '0012' })).toEqual(one('hs_code', 'HS 章“00”不存在', 'there is no HS chapter 00'));
  });

  it('instants: every problem named, customs times only for imports, release not before arrival', () => {
    expect(errs({ passed_at: '' })).toEqual(one('passed_at', '必填', 'is required'));
    expect(errs({ passed_at: 'soon' })).toEqual(one('passed_at', '“soon”不是 ISO 8601 时间（如 2026-03-05T14:20:00+08:00）', '"soon" is not an ISO 8601 date-time (e.g. 2026-03-05T14:20:00+08:00)'));
    expect(errs({ passed_at: '2026-03-05T14:20' })).toEqual(one('passed_at', '“2026-03-05T14:20”缺少时区偏移（如 +08:00 或 Z）', '"2026-03-05T14:20" has no UTC offset (add +08:00 or Z)'));
    expect(errs({ passed_at: '2026-02-30T14:20Z' })).toEqual(one('passed_at', '“2026-02-30T14:20Z”日期或时间不存在', '"2026-02-30T14:20Z" is not a real date or time'));
    expect(errs({ passed_at: '1980-02-03T14:20Z' })).toEqual(one('passed_at', '“1980-02-03T14:20Z”年份超出 1992–2100', '"1980-02-03T14:20Z" year is outside 1992–2100'));
    expect(errs({ arrived_at: '' })).toEqual(one('arrived_at', '必填', 'is required'));
    expect(errs({ released_at: '' })).toEqual(one('released_at', '必填', 'is required'));
    expect(errs({ released_at: '2026-03-05T13:09:59+08:00' })).toEqual(one('released_at', '放行时间早于到达时间', 'customs release is before arrival'));
    expect(errs({ released_at: '2026-03-05T13:10:00+08:00' })).toEqual([]);
    expect(errs({ ...EXPORT, arrived_at: '2026-03-05T13:10:00+08:00' })).toEqual(one('arrived_at', '仅进口货物填写，其他方向留空', 'only for imports; leave empty otherwise'));
    expect(errs({ ...EXPORT, released_at: '2026-03-05T13:10:00+08:00' })).toEqual(one('released_at', '仅进口货物填写，其他方向留空', 'only for imports; leave empty otherwise'));
  });

  it('currency: code, CNY as none, declared × rate within 0.5 % or 1 yuan', () => {
    expect(errs({ currency: 'usd' })).toEqual(one('currency', '“usd”不是 ISO 4217 币种代码（如 USD）', '"usd" is not an ISO 4217 currency code (e.g. USD)'));
    expect(errs({ currency: 'USDX' })).toHaveLength(1);
    expect(check({ currency: 'CNY' })).toMatchObject({ ok: true, record: { currency: null, declaredValue: null, fxRate: null } });
    expect(check({ currency: 'USD', declared_value: '25000', fx_rate: '7.44' })).toMatchObject({ ok: true, record: { currency: 'USD', declaredValue: 25000, fxRate: 7.44 } });
    // 25000 × 7.4 = 185000; 0.5 % is 925: 186000 is 1000 off.
    expect(errs({ currency: 'USD', declared_value: '25000', fx_rate: '7.4' })).toEqual(one('value_cny', '186000 与申报金额 × 汇率（25000 × 7.4 = 185000）不符', '186000 does not match declared value × rate (25000 × 7.4 = 185000)'));
    expect(errs({ currency: 'USD', declared_value: '25000', fx_rate: '7.403', value_cny: String(25000 * 7.403 + 925.375) })).toEqual([]);
    // Small amounts: one yuan of slack.
    expect(errs({ currency: 'USD', declared_value: '10', fx_rate: '7.123', value_cny: '72.23' })).toEqual([]);
    expect(errs({ currency: 'USD', declared_value: '10', fx_rate: '7.123', value_cny: '72.24' })).toEqual(one('value_cny', '72.24 与申报金额 × 汇率（10 × 7.123 = 71.23）不符', '72.24 does not match declared value × rate (10 × 7.123 = 71.23)'));
    expect(errs({ currency: 'USD', declared_value: '10', fx_rate: '7.123', value_cny: '70.23' })).toEqual([]);
    expect(errs({ currency: 'USD', declared_value: '10', fx_rate: '7.123', value_cny: '70.22' })).toHaveLength(1);
    expect(errs({ currency: 'USD', declared_value: '', fx_rate: '7' })).toEqual(one('declared_value', '必填', 'is required'));
    expect(errs({ currency: 'USD', declared_value: '1', fx_rate: '0' })).toEqual(one('fx_rate', '须大于 0（现为 0）', 'must be greater than 0 (is 0)'));
    expect(errs({ declared_value: '5' })).toEqual(one('currency', '填写申报金额或汇率时须注明币种', 'give the currency with a declared value or rate'));
    expect(errs({ fx_rate: '5' })).toEqual(one('currency', '填写申报金额或汇率时须注明币种', 'give the currency with a declared value or rate'));
  });
});

describe('readHeader: messages', () => {
  it('unknown, repeated (after trimming and lower case), missing', () => {
    const h = readHeader([...HEADER.slice(0, -2), ' Shipment_ID ', 'Extra'], 2);
    expect(h).toEqual({
      ok: false,
      errors: [
        { line: 2, column: '(header)', message: '第2行 (header)：列“shipment_id”重复', messageEn: 'Line 2, (header): column "shipment_id" appears twice' },
        { line: 2, column: '(header)', message: '第2行 (header)：未知列“Extra”', messageEn: 'Line 2, (header): unknown column "Extra"' },
        { line: 2, column: '(header)', message: '第2行 (header)：缺少列：released_at、inspected', messageEn: 'Line 2, (header): missing columns: released_at, inspected' },
      ],
    });
    const ok = readHeader([' Currency ', ...HEADER]);
    expect(ok).toMatchObject({ ok: true, header: { width: HEADER.length + 1 } });
    if (ok.ok) expect([ok.header.index.get('currency'), ok.header.index.get('shipment_id')]).toEqual([0, 1]);
  });
});

describe('ShipmentFileValidator and the record key', () => {
  const line = (patch: Record<string, string> = {}) => HEADER.map((c) => (c in patch ? patch[c] : BASE[c]));
  it('duplicates: the same content counted once, other content an error naming both lines; rows counted', () => {
    const v = new ShipmentFileValidator();
    expect(v.add(1, HEADER)).toBeNull();
    expect(v.add(2, line())).toMatchObject({ shipmentId: 'AWB-784-1234567' });
    expect(v.add(3, line())).toBeNull();
    expect(v.add(4, line({ weight_kg: '1' }))).toBeNull();
    expect(v.add(5, line({ operator: 'OTHER' }))).toMatchObject({ operator: 'OTHER' });
    expect(v.add(6, line({ weight_kg: '0' }))).toBeNull();
    expect([v.rows, v.duplicates]).toEqual([5, 1]);
    expect(v.finish()).toEqual([
      { line: 4, column: 'shipment_id', message: '第4行 shipment_id：承运商 CKGCARGO 的运单“AWB-784-1234567”已在第2行出现，内容不同', messageEn: 'Line 4, shipment_id: operator CKGCARGO\'s shipment "AWB-784-1234567" is also on line 2 with different content' },
      { line: 6, column: 'weight_kg', message: '第6行 weight_kg：须大于 0（现为 0）', messageEn: 'Line 6, weight_kg: must be greater than 0 (is 0)' },
    ]);
  });
  it('a bad header makes every line meaningless; an empty file is said to be one', () => {
    const v = new ShipmentFileValidator();
    v.add(1, ['x']);
    expect(v.add(2, line())).toBeNull();
    expect(v.rows).toBe(0);
    expect(v.finish().map((e) => e.message)).toEqual(['第1行 (header)：未知列“x”', `第1行 (header)：缺少列：${HEADER.join('、')}`]);
    expect(new ShipmentFileValidator().finish()).toEqual([{ line: 1, column: '(header)', message: '第1行 (header)：文件为空', messageEn: 'Line 1, (header): the file is empty' }]);
  });
  it('key and content: every field of the content counts, the line does not', () => {
    const r = (patch: Record<string, string> = {}) => {
      const x = validateRow(line(patch), header(), 9);
      if (!x.ok) throw new Error(JSON.stringify(x.errors));
      return x.record;
    };
    expect(recordKey(r())).toBe('CKGCARGO\u0000AWB-784-1234567');
    const base = recordContent(r());
    for (const patch of <Record<string, string>[]>[{ legs: 'air>road' }, { origin: 'VNHAN' }, { destination: 'CNSHA' }, { corridor: '0' }, { node: 'N2' }, { weight_kg: '2' }, { teu: '1' }, { value_cny: '1' }, { hs_code: '0306' }, { fresh: '0' }, { passed_at: '2026-03-05T14:21:00+08:00' }, { arrived_at: '2026-03-05T13:11:00+08:00' }, { released_at: '2026-03-05T13:53:00+08:00' }, { inspected: '1' }])
      expect(recordContent(r(patch))).not.toBe(base);
    expect(hash53('')).toBe(hash53(''));
    expect(hash53('a')).not.toBe(hash53('b'));
    expect(hash53('ab')).not.toBe(hash53('ba'));
    expect(Number.isSafeInteger(hash53('長い文字列'))).toBe(true);
  });
});

describe('survivors of the Stryker run of 2026-12-02 (02:45 UTC)', () => {
  it('cells are read trimmed: spaces and tabs around every cell change nothing', () => {
    const plain = check({});
    expect(plain.ok).toBe(true);
    expect(validateRow(WIDE.map((c) => ` ${BASE[c]}\t`), header(WIDE), 7)).toEqual(plain);
  });
  it('the inspection flag of another direction is optional, and kept when given', () => {
    const inspected = (v: string) => {
      const r = check({ ...EXPORT, inspected: v });
      return r.ok ? r.record.inspected : r.errors;
    };
    expect(inspected('1')).toBe(true);
    expect(inspected('0')).toBe(false);
    expect(inspected('')).toBe(false);
  });
  it('the stored content and its hash are stable across versions (the hash is kept in the database)', () => {
    const x = validateRow(HEADER.map((c) => (c === 'legs' ? 'rail>sea' : BASE[c])), header(), 2);
    if (!x.ok) throw new Error(JSON.stringify(x.errors));
    expect(recordContent(x.record)).toBe('["rail>sea","VNSGN","CNCKG",true,"CKG-AIRPORT","import",1250.5,null,186000,null,null,null,"030617",true,1772691600000,1772687400000,1772689920000,false]');
    // cyrb53 with seed 0: 'a' gives the published reference value
    expect(hash53('a')).toBe(7929297801672961);
    expect(hash53('')).toBe(3338908027751811);
    expect(hash53('長い文字列')).toBe(7726207320871166);
  });
});
