// The shipment file layout (issue 13) and its validation. Every rejected cell is named with
// the file line (header = line 1), the column and the reason, in Chinese and English.
import { COUNTRY_CODES, DIRECTIONS, HOME_COUNTRY, MODES, commodityClass, type Direction, type Mode } from './reference';
import { parseInstant, shanghaiMonth, type IsoProblem } from './time';

export const COLUMNS = [
  'shipment_id',
  'operator',
  'legs',
  'origin',
  'destination',
  'corridor',
  'node',
  'direction',
  'weight_kg',
  'teu',
  'value_cny',
  'hs_code',
  'fresh',
  'passed_at',
  'arrived_at',
  'released_at',
  'inspected',
] as const;
/** When goods were declared in another currency: the declared amount and the rate used for value_cny. */
export const OPTIONAL_COLUMNS = ['currency', 'declared_value', 'fx_rate'] as const;
export type Column = (typeof COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export interface ShipmentRecord {
  shipmentId: string;
  operator: string;
  legs: Mode[];
  origin: string;
  originCountry: string;
  destination: string;
  destinationCountry: string;
  corridor: boolean;
  node: string;
  direction: Direction;
  weightKg: number;
  teu: number | null;
  valueCny: number;
  currency: string | null;
  declaredValue: number | null;
  fxRate: number | null;
  hsCode: string;
  commodityClass: string;
  fresh: boolean;
  /** Epoch milliseconds. */
  passedAt: number;
  /** Calendar month of passedAt in Asia/Shanghai, e.g. 2026-03. */
  month: string;
  arrivedAt: number | null;
  releasedAt: number | null;
  inspected: boolean;
}

export interface RowError {
  line: number;
  column: Column | '(row)' | '(header)';
  message: string;
  messageEn: string;
}

const rowError = (line: number, column: RowError['column'], zh: string, en: string): RowError => ({
  line,
  column,
  message: `第${line}行 ${column}：${zh}`,
  messageEn: `Line ${line}, ${column}: ${en}`,
});

export type Header = { index: Map<string, number>; width: number };

/** Checks the header line: every column of the layout present once, nothing unknown. */
export function readHeader(fields: string[], line = 1): { ok: true; header: Header } | { ok: false; errors: RowError[] } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const errors: RowError[] = [];
  const index = new Map<string, number>();
  const known = new Set<string>([...COLUMNS, ...OPTIONAL_COLUMNS]);
  names.forEach((n, i) => {
    if (!known.has(n)) errors.push(rowError(line, '(header)', `未知列“${fields[i]}”`, `unknown column "${fields[i]}"`));
    else if (index.has(n)) errors.push(rowError(line, '(header)', `列“${n}”重复`, `column "${n}" appears twice`));
    else index.set(n, i);
  });
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length) errors.push(rowError(line, '(header)', `缺少列：${missing.join('、')}`, `missing columns: ${missing.join(', ')}`));
  return errors.length ? { ok: false, errors } : { ok: true, header: { index, width: fields.length } };
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;
const CODE = /^[A-Za-z0-9_-]{1,40}$/;
const ISO_ZH: Record<IsoProblem, [string, string]> = {
  format: ['不是 ISO 8601 时间（如 2026-03-05T14:20:00+08:00）', 'is not an ISO 8601 date-time (e.g. 2026-03-05T14:20:00+08:00)'],
  no_offset: ['缺少时区偏移（如 +08:00 或 Z）', 'has no UTC offset (add +08:00 or Z)'],
  invalid_date: ['日期或时间不存在', 'is not a real date or time'],
  out_of_range: ['年份超出 1992–2100', 'year is outside 1992–2100'],
};

/**
 * Validates one data line. Returns the record, or every cell at fault in it.
 * `get` reads a column's raw text ('' when empty).
 */
export function validateRow(fields: string[], header: Header, line: number): { ok: true; record: ShipmentRecord } | { ok: false; errors: RowError[] } {
  if (fields.length !== header.width)
    return { ok: false, errors: [rowError(line, '(row)', `本行有 ${fields.length} 列，表头有 ${header.width} 列`, `the line has ${fields.length} fields, the header ${header.width}`)] };
  const errors: RowError[] = [];
  const get = (c: Column) => {
    const i = header.index.get(c);
    return i === undefined ? '' : fields[i].trim();
  };
  const bad = (c: Column, zh: string, en: string) => {
    errors.push(rowError(line, c, zh, en));
    return undefined;
  };
  const required = (c: Column) => {
    const v = get(c);
    return v === '' ? bad(c, '必填', 'is required') : v;
  };
  const code = (c: Column, what: string, whatEn: string) => {
    const v = required(c);
    if (v === undefined) return undefined;
    return CODE.test(v) ? v : bad(c, `${what}“${v}”只能由字母、数字、_ 和 - 组成（最长 40 位）`, `${whatEn} "${v}" may hold letters, digits, _ and - only (40 at most)`);
  };
  const flag = (c: Column, optional = false) => {
    const v = get(c);
    if (v === '' && optional) return false;
    if (v === '1') return true;
    if (v === '0') return false;
    return bad(c, v === '' ? '必填（1 或 0）' : `“${v}”应为 1 或 0`, v === '' ? 'is required (1 or 0)' : `"${v}" must be 1 or 0`);
  };
  const number = (c: Column, rule: 'positive' | 'nonNegative', optional = false) => {
    const v = get(c);
    if (v === '') return optional ? null : bad(c, '必填', 'is required');
    if (!DECIMAL.test(v)) return bad(c, `“${v}”不是数字`, `"${v}" is not a number`);
    const n = Number(v);
    if (rule === 'positive' && !(n > 0)) return bad(c, `须大于 0（现为 ${v}）`, `must be greater than 0 (is ${v})`);
    if (rule === 'nonNegative' && n < 0) return bad(c, `不能为负（现为 ${v}）`, `must not be negative (is ${v})`);
    return n;
  };
  const locode = (c: Column) => {
    const v = required(c);
    if (v === undefined) return undefined;
    if (!LOCODE.test(v)) return bad(c, `“${v}”不是 UN/LOCODE（5 位大写：2 位国家代码 + 3 位地点代码，如 CNCKG）`, `"${v}" is not a UN/LOCODE (five capitals: country + location, e.g. CNCKG)`);
    if (!COUNTRY_CODES.has(v.slice(0, 2))) return bad(c, `“${v}”的国家代码 ${v.slice(0, 2)} 不存在`, `"${v}": there is no country ${v.slice(0, 2)}`);
    return v;
  };
  const instant = (c: Column, optional: boolean) => {
    const v = get(c);
    if (v === '') return optional ? null : bad(c, '必填', 'is required');
    const r = parseInstant(v);
    if (!r.ok) return bad(c, `“${v}”${ISO_ZH[r.problem][0]}`, `"${v}" ${ISO_ZH[r.problem][1]}`);
    return r.ms;
  };

  const shipmentId = required('shipment_id');
  if (shipmentId !== undefined && (shipmentId.length > 64 || /[\u0000-\u001f]/.test(shipmentId))) bad('shipment_id', '最长 64 个字符，不含控制字符', 'at most 64 characters, no control characters');
  const operator = code('operator', '承运商代码', 'operator code');
  const legsText = required('legs');
  let legs: Mode[] | undefined;
  if (legsText !== undefined) {
    const parts = legsText.split('>').map((p) => p.trim());
    const wrong = parts.filter((p) => !(MODES as readonly string[]).includes(p));
    if (wrong.length)
      bad('legs', `运输方式“${wrong.join('、') || '（空）'}”无效：应为 air、rail、sea、road、river，以 > 连接（如 rail>sea）`, `mode "${wrong.join(', ')}" is not one of air, rail, sea, road, river joined by > (e.g. rail>sea)`);
    else legs = parts as Mode[];
  }
  const origin = locode('origin');
  const destination = locode('destination');
  const corridor = flag('corridor');
  const node = code('node', '节点代码', 'node code');
  const dirText = required('direction');
  let direction: Direction | undefined;
  if (dirText !== undefined) {
    if ((DIRECTIONS as readonly string[]).includes(dirText)) direction = dirText as Direction;
    else bad('direction', `“${dirText}”应为 import、export、transit 或 domestic`, `"${dirText}" must be import, export, transit or domestic`);
  }
  const weightKg = number('weight_kg', 'positive');
  const teu = number('teu', 'nonNegative', true);
  const valueCny = number('value_cny', 'nonNegative');
  const hsCode = required('hs_code');
  if (hsCode !== undefined && !/^\d{2,10}$/.test(hsCode)) bad('hs_code', `“${hsCode}”应为 2 到 10 位数字`, `"${hsCode}" must be 2 to 10 digits`);
  const cls = hsCode && /^\d{2,10}$/.test(hsCode) ? commodityClass(hsCode) : null;
  if (hsCode && /^\d{2,10}$/.test(hsCode) && !cls) bad('hs_code', `HS 章“${hsCode.slice(0, 2)}”不存在`, `there is no HS chapter ${hsCode.slice(0, 2)}`);
  const fresh = flag('fresh');
  const passedAt = instant('passed_at', false);
  const isImport = direction === 'import';
  const arrivedAt = instant('arrived_at', !isImport);
  const releasedAt = instant('released_at', !isImport);
  const inspected = flag('inspected', !isImport);
  if (direction && !isImport) {
    if (get('arrived_at') !== '') bad('arrived_at', '仅进口货物填写，其他方向留空', 'only for imports; leave empty otherwise');
    if (get('released_at') !== '') bad('released_at', '仅进口货物填写，其他方向留空', 'only for imports; leave empty otherwise');
  }
  if (typeof arrivedAt === 'number' && typeof releasedAt === 'number' && releasedAt < arrivedAt)
    bad('released_at', '放行时间早于到达时间', 'customs release is before arrival');

  // Direction must agree with the countries: it decides what counts as trade.
  if (direction && origin && destination) {
    const o = origin.slice(0, 2) === HOME_COUNTRY;
    const d = destination.slice(0, 2) === HOME_COUNTRY;
    const fits = { import: !o && d, export: o && !d, domestic: o && d, transit: !o && !d }[direction];
    if (!fits) {
      const rule = {
        import: ['进口应为境外起运、中国目的地', 'an import comes from abroad to China'],
        export: ['出口应为中国起运、境外目的地', 'an export goes from China abroad'],
        domestic: ['国内运输的起运地和目的地都应在中国', 'a domestic shipment starts and ends in China'],
        transit: ['过境运输的起运地和目的地都应在境外', 'a transit shipment starts and ends abroad'],
      }[direction];
      bad('direction', `${rule[0]}（${origin} → ${destination}）`, `${rule[1]} (${origin} → ${destination})`);
    }
  }

  // Another currency: the declared amount and the rate must explain value_cny.
  let currency: string | null = get('currency') || null;
  let declaredValue: number | null = null;
  let fxRate: number | null = null;
  if (currency !== null) {
    if (!/^[A-Z]{3}$/.test(currency)) {
      bad('currency', `“${currency}”不是 ISO 4217 币种代码（如 USD）`, `"${currency}" is not an ISO 4217 currency code (e.g. USD)`);
    } else if (currency === 'CNY') {
      currency = null;
    } else {
      declaredValue = number('declared_value', 'nonNegative') ?? null;
      fxRate = number('fx_rate', 'positive') ?? null;
      if (declaredValue !== null && fxRate !== null && typeof valueCny === 'number') {
        const expected = declaredValue * fxRate;
        if (Math.abs(expected - valueCny) > Math.max(1, expected * 0.005))
          bad('value_cny', `${valueCny} 与申报金额 × 汇率（${declaredValue} × ${fxRate} = ${round2(expected)}）不符`, `${valueCny} does not match declared value × rate (${declaredValue} × ${fxRate} = ${round2(expected)})`);
      }
    }
  } else if (get('declared_value') !== '' || get('fx_rate') !== '') {
    bad('currency', '填写申报金额或汇率时须注明币种', 'give the currency with a declared value or rate');
  }

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    record: {
      shipmentId: shipmentId!,
      operator: operator!,
      legs: legs!,
      origin: origin!,
      originCountry: origin!.slice(0, 2),
      destination: destination!,
      destinationCountry: destination!.slice(0, 2),
      corridor: corridor!,
      node: node!,
      direction: direction!,
      weightKg: weightKg!,
      teu: teu ?? null,
      valueCny: valueCny!,
      currency,
      declaredValue,
      fxRate,
      hsCode: hsCode!,
      commodityClass: cls!.code,
      fresh: fresh!,
      passedAt: passedAt!,
      month: shanghaiMonth(passedAt!),
      arrivedAt: arrivedAt ?? null,
      releasedAt: releasedAt ?? null,
      inspected: inspected ?? false,
    },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The content of a record that decides whether a resend is the same record (not its line). */
export function recordKey(r: ShipmentRecord): string {
  return `${r.operator}\u0000${r.shipmentId}`;
}
export function recordContent(r: ShipmentRecord): string {
  return JSON.stringify([
    r.legs.join('>'),
    r.origin,
    r.destination,
    r.corridor,
    r.node,
    r.direction,
    r.weightKg,
    r.teu,
    r.valueCny,
    r.currency,
    r.declaredValue,
    r.fxRate,
    r.hsCode,
    r.fresh,
    r.passedAt,
    r.arrivedAt,
    r.releasedAt,
    r.inspected,
  ]);
}

/** 53-bit string hash (cyrb53): enough to tell a changed resend from an identical one in a file. */
export function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A whole file, line by line: header, rows, and duplicates (the same operator + id twice
 * with different content is an error; twice the same is one record).
 */
export class ShipmentFileValidator {
  private header: Header | null = null;
  private seen = new Map<string, { line: number; hash: number }>();
  errors: RowError[] = [];
  rows = 0;
  duplicates = 0;

  /** Returns the record of a valid, first-seen data line; null otherwise. */
  add(line: number, fields: string[]): ShipmentRecord | null {
    if (!this.header) {
      const h = readHeader(fields, line);
      if (!h.ok) {
        this.errors.push(...h.errors);
        this.header = { index: new Map(), width: -1 };
      } else this.header = h.header;
      return null;
    }
    if (this.header.width === -1) return null; // a bad header makes every line meaningless
    this.rows++;
    const r = validateRow(fields, this.header, line);
    if (!r.ok) {
      this.errors.push(...r.errors);
      return null;
    }
    const key = recordKey(r.record);
    const hash = hash53(recordContent(r.record));
    const prev = this.seen.get(key);
    if (prev) {
      if (prev.hash !== hash)
        this.errors.push(
          rowError(line, 'shipment_id', `承运商 ${r.record.operator} 的运单“${r.record.shipmentId}”已在第${prev.line}行出现，内容不同`, `operator ${r.record.operator}'s shipment "${r.record.shipmentId}" is also on line ${prev.line} with different content`),
        );
      else this.duplicates++;
      return null;
    }
    this.seen.set(key, { line, hash });
    return r.record;
  }

  finish(): RowError[] {
    if (!this.header) this.errors.push(rowError(1, '(header)', '文件为空', 'the file is empty'));
    return this.errors;
  }
}
