// Tracking-event shapes (fixtures shaped after DCSA Track & Trace 2.2 / 3.0 events and IATA
// Cargo-IMP FSU statuses, shared/data/reference) and the labelled sample generator.
import { describe, expect, it } from 'vitest';
import { COLUMNS, dayWeight, generateShipments, parseTrackingEvent, prng, readHeader, validateRow, SPRING_FESTIVAL } from '../../src/domain/corridor/index';

describe('tracking events', () => {
  it('a DCSA equipment event with a v2 code, its references and location', () => {
    const r = parseTrackingEvent({ eventID: 'e-77', eventType: 'EQUIPMENT', eventClassifierCode: 'ACT', equipmentEventTypeCode: 'LOAD', eventDateTime: '2026-03-05T14:20:00+08:00', transportCall: { location: { UNLocationCode: 'CNQZH' } }, documentReferences: [{ documentReferenceType: 'BKG', documentReferenceValue: 'BKG-1' }, { documentReferenceType: 'TRD', documentReferenceValue: 'BL-9' }] });
    expect(r).toEqual({ ok: true, event: { references: ['BKG-1', 'BL-9'], standard: 'dcsa', eventType: 'EQUIPMENT', code: 'LOAD', classifier: 'ACT', location: 'CNQZH', at: Date.UTC(2026, 2, 5, 6, 20), eventKey: 'e-77' } });
  });
  it('a DCSA 3.0 name is kept as its four-letter code; the classifier defaults to ACT', () => {
    const r = parseTrackingEvent({ eventType: 'TRANSPORT', transportEventTypeCode: 'DEPARTED', eventDateTime: '2026-03-05T00:00:00Z', transportDocumentReference: 'BL-1' });
    expect(r.ok && [r.event.code, r.event.classifier, r.event.references]).toEqual(['DEPA', 'ACT', ['BL-1']]);
  });
  it('IATA statuses RCS, DEP, ARR, RCF, NFD, DLV with an air waybill', () => {
    for (const code of ['RCS', 'DEP', 'ARR', 'RCF', 'NFD', 'DLV']) {
      const r = parseTrackingEvent({ statusCode: code, eventDateTime: '2026-03-05T10:00:00+08:00', awbNumber: '784-12345675', airportCode: 'CKG' });
      expect(r.ok && [r.event.standard, r.event.code, r.event.location, r.event.references]).toEqual(['iata', code, 'CKG', ['784-12345675']]);
    }
  });
  it('refuses unknown codes, times without offsets and events without a shipment', () => {
    const bad = (e: Record<string, unknown>) => {
      const r = parseTrackingEvent(e);
      return r.ok ? null : r.field;
    };
    expect(bad({ statusCode: 'XYZ', eventDateTime: '2026-03-05T10:00:00Z', awbNumber: '1' })).toBe('statusCode');
    expect(bad({ statusCode: 'DEP', eventDateTime: '2026-03-05 10:00', awbNumber: '1' })).toBe('eventDateTime');
    expect(bad({ statusCode: 'DEP', eventDateTime: '2026-03-05T10:00:00Z' })).toBe('awbNumber');
    expect(bad({ statusCode: 'DEP', eventDateTime: '2026-03-05T10:00:00Z', awbNumber: '1', airportCode: 'chongqing' })).toBe('airportCode');
    expect(bad({ eventType: 'EQUIPMENT', equipmentEventTypeCode: 'DEPA', eventDateTime: '2026-03-05T10:00:00Z', documentReferences: [{ documentReferenceValue: 'x' }] })).toBe('equipmentEventTypeCode');
    expect(bad({ eventType: 'CARGO', eventDateTime: '2026-03-05T10:00:00Z' })).toBe('eventType');
    expect(bad({ eventType: 'EQUIPMENT', equipmentEventTypeCode: 'LOAD', eventClassifierCode: 'GUESS', eventDateTime: '2026-03-05T10:00:00Z', documentReferences: [{ documentReferenceValue: 'x' }] })).toBe('eventClassifierCode');
    expect(bad({ eventType: 'EQUIPMENT', equipmentEventTypeCode: 'LOAD', eventDateTime: '2026-03-05T10:00:00Z' })).toBe('documentReferences');
    expect(bad({ hello: 1 })).toBe('');
  });
});

describe('generated sample', () => {
  const header = readHeader([...COLUMNS]);
  const rows = [...generateShipments({ from: '2025-01', to: '2025-03', perDay: 30, seed: 5 })];
  it('is the same for the same seed, labelled, and valid in the file layout', () => {
    expect([...generateShipments({ from: '2025-01', to: '2025-03', perDay: 30, seed: 5 })]).toEqual(rows);
    expect(rows.every((r) => r.shipment_id.startsWith('GEN-') && r.operator.startsWith('GEN'))).toBe(true);
    if (!header.ok) throw new Error('header');
    const invalid = rows.map((r, i) => validateRow(COLUMNS.map((c) => r[c]), header.header, i + 2)).filter((v) => !v.ok);
    expect(invalid).toEqual([]);
    expect(rows.some((r) => r.fresh === '1' && r.direction === 'import')).toBe(true);
    expect(new Set(rows.map((r) => r.legs))).toEqual(new Set(['air', 'rail>sea', 'rail', 'road', 'river>sea']));
  });
  it('dips in the Spring Festival week (2025-01-29) and grows over time', () => {
    const start = Date.parse('2025-01-01T00:00:00+08:00');
    const day = (d: string) => dayWeight(Date.parse(`${d}T12:00:00+08:00`), start, 0.25);
    expect(SPRING_FESTIVAL[2025]).toBe('2025-01-29');
    expect(day('2025-01-30') / day('2025-01-20')).toBeCloseTo(0.3, 2);
    expect(day('2025-02-07') / day('2025-02-20')).toBeCloseTo(0.7 * (0.82 / 0.82), 1);
    expect(day('2026-06-15') / day('2025-06-15')).toBeCloseTo(1.25, 2);
    const perDay = (d: string) => rows.filter((r) => r.passed_at.startsWith(d)).length;
    expect(perDay('2025-01-30') + perDay('2025-01-31')).toBeLessThan(perDay('2025-01-15') + perDay('2025-01-16'));
  });
  it('a seeded PRNG in [0, 1)', () => {
    const r = prng(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(prng(1)()).toBe(xs[0]);
  });
});
