// Demo corridor ledger (HUBLINE_DEMO=1): operators, air routes, a generated and labelled
// sample of shipments (ids GEN-…, operators GEN…) for 2025 and a few tracking events. The
// demo's published 2025 figures take precedence over what the sample computes; shipments
// sent for 2026 (upload, API) feed this year's indicator values.
import { sql } from 'drizzle-orm';
import { rows, type DbOrTx } from '../db/index';
import { operators, routes, shipments, trackingEvents, units } from '../db/schema';
import { audit } from '../core/audit';
import { COLUMNS, generateShipments, readHeader, validateRow, type ShipmentRecord } from '../../domain/corridor/index';
import { importRecordsInTx } from '../corridor/import';
import { feedRcepCoverage } from '../corridor/feed';
import { SYSTEM_ACTOR } from './actor';

const OPERATORS = [
  { code: 'GENAIR', name: '示例航空货运（生成数据）', unit: '区交通局', modes: ['air'] },
  { code: 'GENRAILSEA', name: '示例铁海联运平台（生成数据）', unit: '区商务委', modes: ['rail', 'sea'] },
  { code: 'GENRAIL', name: '示例国际班列（生成数据）', unit: '区商务委', modes: ['rail'] },
  { code: 'GENROAD', name: '示例跨境公路（生成数据）', unit: '区商务委', modes: ['road'] },
  { code: 'GENRIVER', name: '示例江海联运（生成数据）', unit: '区交通局', modes: ['river', 'sea'] },
];

// Jiangbei airport's international routes to RCEP members (illustrative; Brunei not yet served).
const ROUTES: [string, string, string, boolean, boolean, number, string][] = [
  ['新加坡航空', 'SIN', 'SG', true, true, 7, '2019-03-31'],
  ['泰国国际航空', 'BKK', 'TH', true, true, 7, '2018-10-28'],
  ['越南航空', 'HAN', 'VN', true, true, 4, '2019-06-01'],
  ['东方航空', 'SGN', 'VN', true, false, 3, '2023-05-01'],
  ['亚洲航空', 'KUL', 'MY', true, true, 7, '2018-03-25'],
  ['印尼鹰航', 'CGK', 'ID', true, true, 3, '2023-10-29'],
  ['柬埔寨航空', 'PNH', 'KH', true, true, 4, '2019-01-15'],
  ['老挝航空', 'VTE', 'LA', true, true, 3, '2019-12-01'],
  ['缅甸国际航空', 'RGN', 'MM', true, false, 2, '2023-12-01'],
  ['菲律宾航空', 'MNL', 'PH', true, true, 3, '2024-03-31'],
  ['日本航空', 'NRT', 'JP', true, true, 7, '2017-07-01'],
  ['大韩航空', 'ICN', 'KR', true, true, 7, '2017-07-01'],
  ['澳洲航空', 'SYD', 'AU', true, true, 3, '2018-12-01'],
  ['新西兰航空', 'AKL', 'NZ', true, false, 2, '2026-03-29'],
];

export async function seedDemoCorridor(db: DbOrTx, log: (m: string) => void) {
  const [{ n }] = await rows<{ n: number }>(db, sql`select count(*)::int as n from shipments`);
  if (n > 0) return;
  const unitRows = await db.select({ id: units.id, name: units.name }).from(units);
  await db.insert(operators).values(OPERATORS.map((o) => ({ code: o.code, name: o.name, unitId: unitRows.find((u) => u.name === o.unit)?.id ?? null, modes: o.modes })));
  await db.insert(routes).values(ROUTES.map(([airline, dest, country, cargo, passenger, freq, from]) => ({ mode: 'air', airline, origin: 'CKG', destination: dest, destinationCountry: country, cargo, passenger, weeklyFrequency: freq, openedOn: from })));
  const header = readHeader([...COLUMNS]);
  if (!header.ok) return;
  const records: ShipmentRecord[] = [];
  let line = 2;
  for (const row of generateShipments({ from: '2025-01', to: '2025-12', perDay: Number(process.env.HUBLINE_DEMO_SHIPMENTS_PER_DAY ?? 6), seed: 13 })) {
    const v = validateRow(COLUMNS.map((c) => row[c]), header.header, line++);
    if (v.ok && v.record.passedAt <= Date.now()) records.push(v.record);
  }
  const r = await importRecordsInTx(db, SYSTEM_ACTOR, records, 'demo');
  await feedRcepCoverage(db);
  // A timeline for the most recent air import and rail-sea export.
  const [air] = await db.select().from(shipments).where(sql`${shipments.mode} = 'air' and ${shipments.direction} = 'import'`).orderBy(sql`passed_at desc`).limit(1);
  const [sea] = await db.select().from(shipments).where(sql`${shipments.mode} = 'rail>sea' and ${shipments.direction} = 'export'`).orderBy(sql`passed_at desc`).limit(1);
  const events: (typeof trackingEvents.$inferInsert)[] = [];
  if (air?.arrivedAt && air.releasedAt) {
    const t0 = air.arrivedAt.getTime();
    const at = (min: number) => new Date(t0 + min * 60_000);
    for (const [code, min, loc] of [['RCS', -600, air.origin.slice(2)], ['DEP', -420, air.origin.slice(2)], ['ARR', 0, 'CKG'], ['RCF', 12, 'CKG'], ['NFD', 20, 'CKG'], ['DLV', Math.round((air.releasedAt.getTime() - t0) / 60_000) + 15, 'CKG']] as const)
      events.push({ shipmentId: air.id, standard: 'iata', eventType: 'STATUS', code, classifier: 'ACT', location: loc, at: at(min), source: 'demo', eventKey: `demo-${code}` });
  }
  if (sea?.passedAt) {
    const t0 = sea.passedAt.getTime();
    const at = (h: number) => new Date(t0 + h * 3600_000);
    for (const [type, code, h, loc] of [['EQUIPMENT', 'GTIN', -6, 'CNCKG'], ['EQUIPMENT', 'LOAD', -2, 'CNCKG'], ['TRANSPORT', 'DEPA', 0, 'CNCKG'], ['TRANSPORT', 'ARRI', 48, 'CNQZH'], ['EQUIPMENT', 'DISC', 50, 'CNQZH'], ['EQUIPMENT', 'LOAD', 60, 'CNQZH'], ['TRANSPORT', 'DEPA', 64, 'CNQZH'], ['TRANSPORT', 'ARRI', 208, sea.destination]] as const)
      events.push({ shipmentId: sea.id, standard: 'dcsa', eventType: type, code, classifier: 'ACT', location: loc, at: at(h), source: 'demo', eventKey: `demo-${type}-${code}-${h}` });
  }
  if (events.length) await db.insert(trackingEvents).values(events);
  await audit(db, SYSTEM_ACTOR, { action: 'demo_data', entity: 'shipment', after: { operators: OPERATORS.length, routes: ROUTES.length, shipments: r.inserted, events: events.length } });
  log(`demo corridor: ${r.inserted} generated shipments, ${ROUTES.length} air routes`);
}

