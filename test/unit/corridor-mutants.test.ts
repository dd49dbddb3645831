// Kills the mutants of src/domain/corridor/time.ts, csv.ts and events.ts: every field of an
// instant at its edge (month, day, hour, minute, second, offset hours and minutes, fractions,
// the 1992–2100 range), the CSV reader fed in every possible split with CR/LF and quotes at
// chunk ends, and each tracking-event refusal in both languages with its field. Results are
// computed inside the tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, CsvError, CsvReader } from '../../src/domain/corridor/csv';
import { DCSA_ZH, IATA_STATUS_CODES, IATA_ZH, parseTrackingEvent } from '../../src/domain/corridor/events';
import { daysIn, EARLIEST_YEAR, LATEST_YEAR, parseInstant, SHANGHAI_OFFSET_MINUTES, shanghaiIso, shanghaiMonth } from '../../src/domain/corridor/time';

describe('parseInstant', () => {
  const ok = (s: string) => parseInstant(s);
  it('constants', () => {
    expect([SHANGHAI_OFFSET_MINUTES, EARLIEST_YEAR, LATEST_YEAR]).toEqual([480, 1992, 2100]);
  });
  it('every field at its edges', () => {
    expect(ok('2026-01-01T00:00:00Z')).toEqual({ ok: true, ms: Date.UTC(2026, 0, 1) });
    expect(ok('2026-12-31T23:59:59Z')).toEqual({ ok: true, ms: Date.UTC(2026, 11, 31, 23, 59, 59) });
    expect(ok('2026-00-10T10:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-13-10T10:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-02-00T10:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-02-28T10:00Z').ok).toBe(true);
    expect(ok('2026-02-29T10:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2024-02-29T10:00Z').ok).toBe(true);
    expect(ok('2026-04-31T10:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-03-05T23:00Z').ok).toBe(true);
    expect(ok('2026-03-05T24:00Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-03-05T10:59Z').ok).toBe(true);
    expect(ok('2026-03-05T10:60Z')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-03-05T10:00:59Z').ok).toBe(true);
    expect(ok('2026-03-05T10:00:60Z')).toEqual({ ok: false, problem: 'invalid_date' });
  });
  it('offsets: sign, with and without colon, hours up to 14, minutes up to 59', () => {
    expect(ok('2026-03-05T10:00+14:00')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 4, 20, 0) });
    expect(ok('2026-03-05T10:00-14:00')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 6, 0, 0) });
    expect(ok('2026-03-05T10:00+15:00')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-03-05T10:00+05:59')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 4, 1) });
    expect(ok('2026-03-05T10:00+05:60')).toEqual({ ok: false, problem: 'invalid_date' });
    expect(ok('2026-03-05T10:00-0130')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 11, 30) });
    expect(ok('2026-03-05 10:00+08:00')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 2, 0) });
  });
  it('fractions: milliseconds from one to nine digits', () => {
    expect(ok('2026-03-05T10:00:00.5Z')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 10, 0, 0, 500) });
    expect(ok('2026-03-05T10:00:00.123456789Z')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 5, 10, 0, 0, 123) });
    expect(ok('2026-03-05T10:00:00.1234567890Z')).toEqual({ ok: false, problem: 'format' });
    expect(ok('2026-03-05T10:00:00.Z')).toEqual({ ok: false, problem: 'format' });
  });
  it('format and missing offset told apart; anchors', () => {
    for (const s of ['2026-03-05', '2026-03-05T10:00', '2026-03-05 10:00:00', '2026-03-05T10:00:00.123']) expect(ok(s)).toEqual({ ok: false, problem: 'no_offset' });
    for (const s of ['x2026-03-05T10:00Z', '2026-03-05T10:00Zx', '2026-3-05T10:00Z', '2026-03-05T10Z', 'x2026-03-05', '2026-03-05x', '2026-03-05T10:00:00.Zx', '', '2026-03-05T10:00+8']) expect(ok(s)).toEqual({ ok: false, problem: 'format' });
  });
  it('range in Shanghai years, both ends', () => {
    expect(ok('1991-12-31T16:00:00Z').ok).toBe(true);
    expect(ok('1991-12-31T15:59:59Z')).toEqual({ ok: false, problem: 'out_of_range' });
    expect(ok('2100-12-31T15:59:59Z').ok).toBe(true);
    expect(ok('2100-12-31T16:00:00Z')).toEqual({ ok: false, problem: 'out_of_range' });
  });
  it('daysIn, shanghaiMonth and shanghaiIso', () => {
    expect([daysIn(2026, 1), daysIn(2026, 2), daysIn(2000, 2), daysIn(1900, 2), daysIn(2026, 4), daysIn(2026, 12)]).toEqual([31, 28, 29, 28, 30, 31]);
    expect(shanghaiMonth(Date.UTC(2026, 2, 31, 16))).toBe('2026-04');
    expect(shanghaiIso(Date.UTC(2026, 2, 31, 16, 5, 6, 7))).toBe('2026-04-01T00:05:06.007+08:00');
  });
  it('property: an instant written in Shanghai time reads back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        expect(parseInstant(shanghaiIso(ms))).toEqual({ ok: true, ms });
      }),
      { numRuns: 100 },
    );
  });
});

const readAll = (chunks: string[]) => {
  const r = new CsvReader();
  const out = chunks.flatMap((c) => r.push(c));
  return [...out, ...r.end()];
};

describe('CsvReader', () => {
  it('lines, CRLF, a blank line, no final newline, the BOM only at the very start', () => {
    expect(readAll(['\ufeffa,b\r\n\r\nc,d\n', 'e'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
      { line: 4, fields: ['e'] },
    ]);
    expect(readAll(['x\n', '\ufeffy\n'])).toEqual([
      { line: 1, fields: ['x'] },
      { line: 2, fields: ['\ufeffy'] },
    ]);
    expect(readAll(['', '\ufeffz'])).toEqual([{ line: 1, fields: ['\ufeffz'] }]);
  });
  it('a record waits for its newline until the end', () => {
    const r = new CsvReader();
    expect(r.push('a,b')).toEqual([]);
    expect(r.push(',c')).toEqual([]);
    expect(r.push('\nd')).toEqual([{ line: 1, fields: ['a', 'b', 'c'] }]);
    expect(r.end()).toEqual([{ line: 2, fields: ['d'] }]);
    expect(r.end()).toEqual([]);
  });
  it('quoted fields: commas, doubled quotes, newlines counted for the next line, CRLF after a quote', () => {
    expect(readAll(['"a,1","say ""hi""","two\nlines"\r\nnext,"x"\n"last"'])).toEqual([
      { line: 1, fields: ['a,1', 'say "hi"', 'two\nlines'] },
      { line: 3, fields: ['next', 'x'] },
      { line: 4, fields: ['last'] },
    ]);
    expect(readAll(['"",b\n'])).toEqual([{ line: 1, fields: ['', 'b'] }]);
    expect(readAll(['a,"b"\rc\n'])).toEqual([{ line: 1, fields: ['a', 'b\rc'] }]);
  });
  it('a quote at a chunk end waits to see whether it is doubled; a CR at a chunk end waits for its LF', () => {
    const r = new CsvReader();
    expect(r.push('"a"')).toEqual([]);
    expect(r.push('"b"\n')).toEqual([{ line: 1, fields: ['a"b'] }]);
    const s = new CsvReader();
    expect(s.push('"a",b\r')).toEqual([]);
    expect(s.push('\nc\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c'] },
    ]);
    const t = new CsvReader();
    expect(t.push('"a"')).toEqual([]);
    expect(t.end()).toEqual([{ line: 1, fields: ['a'] }]);
  });
  it('a bare CR inside a quoted record does not hold the record back: the push that completes it returns it (survivors of the Stryker run of 2026-12-01, 22:58 UTC)', () => {
    const r = new CsvReader();
    expect(r.push('"a",b\rc\nd')).toEqual([{ line: 1, fields: ['a', 'b\rc'] }]);
    expect(r.end()).toEqual([{ line: 2, fields: ['d'] }]);
    // At the end of the text a CR closing a quoted record stays in its last field (the quote-free
    // path drops it); shipment cells are trimmed by validateRow, so the files read the same.
    const s = new CsvReader();
    expect(s.push('"a",b\r')).toEqual([]);
    expect(s.end()).toEqual([{ line: 1, fields: ['a', 'b\r'] }]);
  });
  it('errors with line and both languages', () => {
    const err = (chunks: string[]) => {
      try {
        readAll(chunks);
      } catch (e) {
        const x = e as CsvError;
        return [x instanceof CsvError, x.line, x.messageZh, x.messageEn, x.message];
      }
      return null;
    };
    expect(err(['ok\na,b"c\n'])).toEqual([true, 2, '引号只能出现在字段开头（字段内的引号须写成两个 ""）', 'a quote may only open a field (write "" for a quote inside a field)', 'a quote may only open a field (write "" for a quote inside a field)']);
    expect(err(['"x"y"\n'])).toEqual([true, 1, '引号只能出现在字段开头（字段内的引号须写成两个 ""）', 'a quote may only open a field (write "" for a quote inside a field)', 'a quote may only open a field (write "" for a quote inside a field)']);
    expect(err(['a\n"open'])).toEqual([true, 2, '引号未闭合', 'a quoted field is not closed', 'a quoted field is not closed']);
  });
  it('property: any split of a file gives the same records as the file in one piece', () => {
    const text = '\ufeffh1,h2\r\n"a,""1""",b\n\n"multi\r\nline",c\r\nplain,"q"\r\n"end"';
    const whole = readAll([text]);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 6, 7]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 8 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), text.length];
        expect(readAll(at.slice(1).map((e, i) => text.slice(at[i], e)))).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });
  it('csvField quotes only what needs it', () => {
    expect(['plain', 'a,b', 'say "x"', 'a\rb', 'a\nb', ''].map(csvField)).toEqual(['plain', '"a,b"', '"say ""x"""', '"a\rb"', '"a\nb"', '']);
  });
});

describe('parseTrackingEvent: DCSA', () => {
  const base = { eventType: 'EQUIPMENT', equipmentEventTypeCode: 'LOAD', eventDateTime: '2026-03-05T14:20:00+08:00', transportDocumentReference: 'BL-1' };
  const at = Date.UTC(2026, 2, 5, 6, 20);
  it('a whole event: code, classifier, location, references in order, and its key', () => {
    expect(parseTrackingEvent({ ...base, eventType: ' equipment ', eventClassifierCode: 'EST', eventLocation: { UNLocationCode: 'CNCKG' }, documentReferences: [{ documentReferenceValue: 'BKG-1' }, { value: 'X-2' }, { value: '  ' }, {}], equipmentReference: 'MSKU1' }, 'S-9')).toEqual({
      ok: true,
      event: { references: ['BKG-1', 'X-2', 'BL-1', 'S-9'], standard: 'dcsa', eventType: 'EQUIPMENT', code: 'LOAD', classifier: 'EST', location: 'CNCKG', at, eventKey: `EQUIPMENT:LOAD:EST:${at}:CNCKG:MSKU1` },
    });
  });
  it('v3 names map back to the four-letter code; classifier names shortened; ACT by default; the event id is the key', () => {
    const r = parseTrackingEvent({ ...base, eventType: 'SHIPMENT', shipmentEventTypeCode: 'ON_HOLD', eventClassifierCode: 'PLANNED', eventID: ' e-1 ' });
    expect(r).toMatchObject({ ok: true, event: { code: 'HOLD', classifier: 'PLN', eventKey: 'e-1', location: null, references: ['BL-1'] } });
    const d = parseTrackingEvent(base);
    expect(d).toMatchObject({ ok: true, event: { classifier: 'ACT', eventKey: `EQUIPMENT:LOAD:ACT:${at}::` } });
    const classifier = (c: string) => { const p = parseTrackingEvent({ ...base, eventClassifierCode: c }); return p.ok ? p.event.classifier : p.field; };
    // DCSA 3.0 full names store as the v2 codes (PLANNED was once stored as its first three letters, PLA).
    expect(['ACT', 'EST', 'PLN', 'ACTUAL', 'ESTIMATED', 'PLANNED', 'PLA', 'act', 'toString', 'constructor'].map(classifier)).toEqual(['ACT', 'EST', 'PLN', 'ACT', 'EST', 'PLN', 'eventClassifierCode', 'eventClassifierCode', 'eventClassifierCode', 'eventClassifierCode']);
  });
  it('location from the transport call, or its location', () => {
    expect(parseTrackingEvent({ ...base, transportCall: { UNLocationCode: 'CNQZH', location: { UNLocationCode: 'XXXXX' } } })).toMatchObject({ event: { location: 'CNQZH' } });
    expect(parseTrackingEvent({ ...base, transportCall: { location: { UNLocationCode: 'CNQZH' } } })).toMatchObject({ event: { location: 'CNQZH' } });
    expect(parseTrackingEvent({ ...base, eventLocation: { UNLocationCode: ' ' }, transportCall: { UNLocationCode: 'CNSHA' } })).toMatchObject({ event: { location: 'CNSHA' } });
  });
  it('every refusal with its field, in both languages', () => {
    const no = (e: Record<string, unknown>, ref?: string | null) => parseTrackingEvent(e, ref);
    expect(no(null as never)).toEqual({ ok: false, field: '', message: '事件应为对象', messageEn: 'an event must be an object' });
    expect(no('x' as never)).toEqual({ ok: false, field: '', message: '事件应为对象', messageEn: 'an event must be an object' });
    expect(no({ foo: 1 })).toEqual({ ok: false, field: '', message: '无法识别事件格式：DCSA 事件需有 eventType，IATA 状态需有 statusCode', messageEn: 'unknown event shape: DCSA events have eventType, IATA statuses statusCode' });
    expect(no({ ...base, eventType: 'VESSEL' })).toEqual({ ok: false, field: 'eventType', message: 'eventType“VESSEL”应为 EQUIPMENT、TRANSPORT 或 SHIPMENT', messageEn: 'eventType "VESSEL" must be EQUIPMENT, TRANSPORT or SHIPMENT' });
    expect(no({ ...base, eventType: ' ' })).toMatchObject({ ok: false, field: 'eventType' });
    expect(no({ ...base, equipmentEventTypeCode: 'ARRI' })).toEqual({ ok: false, field: 'equipmentEventTypeCode', message: 'equipmentEventTypeCode“ARRI”不是 DCSA EQUIPMENT 事件代码', messageEn: 'equipmentEventTypeCode "ARRI" is not a DCSA EQUIPMENT event code' });
    expect(no({ ...base, equipmentEventTypeCode: undefined })).toEqual({ ok: false, field: 'equipmentEventTypeCode', message: 'equipmentEventTypeCode“”不是 DCSA EQUIPMENT 事件代码', messageEn: 'equipmentEventTypeCode "" is not a DCSA EQUIPMENT event code' });
    const when = { ok: false, field: 'eventDateTime', message: 'eventDateTime 应为带时区的 ISO 8601 时间', messageEn: 'eventDateTime must be ISO 8601 with an offset' };
    expect(no({ ...base, eventDateTime: '2026-03-05T14:20:00' })).toEqual(when);
    expect(no({ ...base, eventDateTime: undefined })).toEqual(when);
    expect(no({ ...base, eventClassifierCode: 'GUESS' })).toEqual({ ok: false, field: 'eventClassifierCode', message: 'eventClassifierCode 应为 ACT、EST 或 PLN', messageEn: 'eventClassifierCode must be ACT, EST or PLN' });
    expect(no({ ...base, transportDocumentReference: undefined })).toEqual({ ok: false, field: 'documentReferences', message: '缺少运单引用（documentReferences 或 shipmentId）', messageEn: 'no shipment reference (documentReferences or shipmentId)' });
    expect(no({ ...base, transportDocumentReference: undefined, documentReferences: 'BL' }, null)).toMatchObject({ ok: false, field: 'documentReferences' });
  });
});

describe('parseTrackingEvent: IATA', () => {
  const base = { statusCode: 'dep', eventDateTime: '2026-03-05T10:00:00+08:00', awbNumber: '784-12345675' };
  const at = Date.UTC(2026, 2, 5, 2);
  it('a whole status, its references and key', () => {
    expect(parseTrackingEvent({ ...base, shipmentId: 'S-1', airportCode: 'CKG', flightNumber: 'CA123' }, 'F-1')).toEqual({
      ok: true,
      event: { references: ['784-12345675', 'S-1', 'F-1'], standard: 'iata', eventType: 'STATUS', code: 'DEP', classifier: 'ACT', location: 'CKG', at, eventKey: `DEP:${at}:CKG:CA123` },
    });
    expect(parseTrackingEvent({ statusCode: 'ARR', eventDate: '2026-03-05T10:00:00+08:00', location: 'CNCKG', shipmentId: 'S' })).toMatchObject({ ok: true, event: { location: 'CNCKG', references: ['S'], eventKey: `ARR:${at}:CNCKG:` } });
    expect(parseTrackingEvent(base)).toMatchObject({ ok: true, event: { location: null, eventKey: `DEP:${at}::` } });
  });
  it('locations: three letters or a UN/LOCODE, whole string', () => {
    for (const l of ['CKG', 'CNCKG', 'US2AB']) expect(parseTrackingEvent({ ...base, airportCode: l }).ok).toBe(true);
    for (const l of ['CK', 'CKGX', 'ckg', 'CN1AB', 'XCNCKG', 'CNCKGX', 'C-KG'])
      expect(parseTrackingEvent({ ...base, airportCode: l })).toEqual({ ok: false, field: 'airportCode', message: `地点“${l}”应为 IATA 机场三字码或 UN/LOCODE`, messageEn: `location "${l}" must be an IATA airport code or a UN/LOCODE` });
  });
  it('refusals in both languages', () => {
    expect(parseTrackingEvent({ ...base, statusCode: 'XYZ' })).toEqual({ ok: false, field: 'statusCode', message: 'statusCode“XYZ”不是 IATA 货物状态代码（如 RCS、DEP、ARR、RCF、NFD、DLV）', messageEn: 'statusCode "XYZ" is not an IATA cargo status code (RCS, DEP, ARR, RCF, NFD, DLV …)' });
    expect(parseTrackingEvent({ ...base, statusCode: ' ' })).toMatchObject({ ok: false, field: 'statusCode' });
    expect(parseTrackingEvent({ ...base, eventDateTime: 'soon' })).toEqual({ ok: false, field: 'eventDateTime', message: 'eventDateTime 应为带时区的 ISO 8601 时间', messageEn: 'eventDateTime must be ISO 8601 with an offset' });
    expect(parseTrackingEvent({ ...base, eventDateTime: undefined })).toMatchObject({ ok: false, field: 'eventDateTime' });
    expect(parseTrackingEvent({ ...base, awbNumber: ' ' })).toEqual({ ok: false, field: 'awbNumber', message: '缺少运单号（awbNumber 或 shipmentId）', messageEn: 'no air waybill (awbNumber or shipmentId)' });
  });
  it('the code lists', () => {
    expect(IATA_STATUS_CODES).toHaveLength(26);
    for (const c of IATA_STATUS_CODES) expect(parseTrackingEvent({ ...base, statusCode: c }).ok).toBe(true);
    expect(IATA_ZH.RCS).toBe('收运');
    expect(DCSA_ZH.LOAD).toBe('装船/装车');
  });
});
