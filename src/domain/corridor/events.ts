// Tracking events in the shapes operators already emit, normalised for the ledger:
// DCSA Track & Trace events (equipment / transport / shipment, v2 codes or v3 names) and
// IATA Cargo-IMP / ONE Record status codes for air legs (shared/data/reference).
import { parseInstant } from './time';

const DCSA_CODES: Record<string, Record<string, string>> = {
  EQUIPMENT: { LOAD: 'LOADED', DISC: 'DISCHARGED', GTIN: 'GATED_IN', GTOT: 'GATED_OUT', STUF: 'STUFFED', STRP: 'STRIPPED', PICK: 'PICKED_UP', AVPU: 'AVAILABLE_FOR_PICKUP', DROP: 'DROPPED_OFF', AVDO: 'AVAILABLE_FOR_DROP_OFF', INSP: 'INSPECTED', RSEA: 'RESEALED', RMVD: 'REMOVED', CUSS: 'CUSTOMS_SELECTED_FOR_SCAN', CUSI: 'CUSTOMS_SELECTED_FOR_INSPECTION', CUSR: 'CUSTOMS_RELEASED', CROS: 'CROSSED' },
  TRANSPORT: { ARRI: 'ARRIVED', DEPA: 'DEPARTED' },
  SHIPMENT: { RECE: 'RECEIVED', DRFT: 'DRAFTED', PENA: 'PENDING_APPROVAL', PENU: 'PENDING_UPDATE', CONF: 'CONFIRMED', REJE: 'REJECTED', APPR: 'APPROVED', ISSU: 'ISSUED', SURR: 'SURRENDERED', SUBM: 'SUBMITTED', VOID: 'VOIDED', REQS: 'REQUESTED', CMPL: 'COMPLETED', HOLD: 'ON_HOLD', RELS: 'RELEASED', CANC: 'CANCELLED' },
};
export const IATA_STATUS_CODES = ['ARR', 'AWD', 'AWR', 'BKD', 'CCD', 'CRC', 'DDL', 'DEP', 'DIS', 'DLV', 'DOC', 'DPU', 'FIW', 'FOH', 'FOW', 'MAN', 'NFD', 'OCI', 'OSI', 'PRE', 'RCF', 'RCS', 'RCT', 'TFD', 'TGC', 'TRM'] as const;
export const IATA_ZH: Record<string, string> = { RCS: '收运', DEP: '离港', ARR: '到港', RCF: '从航班收货', NFD: '到货通知', DLV: '交付', MAN: '舱单', BKD: '订舱', CCD: '海关放行', TFD: '转交承运人', FOH: '待运', PRE: '备货装机', DIS: '异常', AWR: '到达文件接收', AWD: '文件交付' };
export const DCSA_ZH: Record<string, string> = { LOAD: '装船/装车', DISC: '卸货', GTIN: '进闸', GTOT: '出闸', STUF: '装箱', STRP: '拆箱', PICK: '提箱', DROP: '还箱', INSP: '查验', CUSR: '海关放行', CUSI: '海关布控查验', ARRI: '到达', DEPA: '离开', RECE: '收货', ISSU: '签发提单', RELS: '放货', CONF: '订舱确认' };

// DCSA 3.0 names the classifier in full; the ledger keeps the v2 code (PLANNED is PLN, not its
// first three letters). The event key keeps the classifier as sent, so keys stored before stay.
const CLASSIFIERS: Record<string, 'ACT' | 'EST' | 'PLN'> = { ACT: 'ACT', EST: 'EST', PLN: 'PLN', ACTUAL: 'ACT', ESTIMATED: 'EST', PLANNED: 'PLN' };

export interface NormalisedEvent {
  references: string[];
  standard: 'dcsa' | 'iata';
  eventType: string;
  code: string;
  classifier: string | null;
  location: string | null;
  at: number;
  eventKey: string;
}

export type EventParse = { ok: true; event: NormalisedEvent } | { ok: false; field: string; message: string; messageEn: string };

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const fail = (field: string, message: string, messageEn: string): EventParse => ({ ok: false, field, message, messageEn });

/** One event as sent; `fallbackRef` is the shipment id given beside it, if any. */
export function parseTrackingEvent(e: Record<string, unknown>, fallbackRef?: string | null): EventParse {
  if (typeof e !== 'object' || e === null) return fail('', '事件应为对象', 'an event must be an object');
  if ('statusCode' in e) return parseIata(e, fallbackRef);
  if ('eventType' in e) return parseDcsa(e, fallbackRef);
  return fail('', '无法识别事件格式：DCSA 事件需有 eventType，IATA 状态需有 statusCode', 'unknown event shape: DCSA events have eventType, IATA statuses statusCode');
}

function parseDcsa(e: Record<string, unknown>, fallbackRef?: string | null): EventParse {
  const type = str(e.eventType)?.toUpperCase();
  if (!type || !DCSA_CODES[type]) return fail('eventType', `eventType“${String(e.eventType)}”应为 EQUIPMENT、TRANSPORT 或 SHIPMENT`, `eventType "${String(e.eventType)}" must be EQUIPMENT, TRANSPORT or SHIPMENT`);
  const field = `${type.toLowerCase()}EventTypeCode`;
  const raw = str(e[field]);
  const codes = DCSA_CODES[type];
  // v2 / v3 beta send four-letter codes, 3.0 sends names: keep the four-letter code.
  const code = raw ? (codes[raw] ? raw : Object.keys(codes).find((k) => codes[k] === raw)) : undefined;
  if (!code) return fail(field, `${field}“${raw ?? ''}”不是 DCSA ${type} 事件代码`, `${field} "${raw ?? ''}" is not a DCSA ${type} event code`);
  const when = str(e.eventDateTime);
  const t = when ? parseInstant(when) : null;
  if (!t || !t.ok) return fail('eventDateTime', 'eventDateTime 应为带时区的 ISO 8601 时间', 'eventDateTime must be ISO 8601 with an offset');
  const classifier = str(e.eventClassifierCode) ?? 'ACT';
  if (!Object.hasOwn(CLASSIFIERS, classifier)) return fail('eventClassifierCode', 'eventClassifierCode 应为 ACT、EST 或 PLN', 'eventClassifierCode must be ACT, EST or PLN');
  const loc = e.eventLocation as Record<string, unknown> | undefined;
  const call = e.transportCall as Record<string, unknown> | undefined;
  const location = str(loc?.UNLocationCode) ?? str(call?.UNLocationCode) ?? str((call?.location as Record<string, unknown> | undefined)?.UNLocationCode) ?? null;
  const docs = Array.isArray(e.documentReferences) ? (e.documentReferences as Record<string, unknown>[]) : [];
  const references = [...docs.map((d) => str(d.documentReferenceValue) ?? str(d.value)).filter((x): x is string => !!x), ...(str(e.transportDocumentReference) ? [str(e.transportDocumentReference)!] : []), ...(fallbackRef ? [fallbackRef] : [])];
  if (!references.length) return fail('documentReferences', '缺少运单引用（documentReferences 或 shipmentId）', 'no shipment reference (documentReferences or shipmentId)');
  const key = str(e.eventID) ?? `${type}:${code}:${classifier}:${t.ms}:${location ?? ''}:${str(e.equipmentReference) ?? ''}`;
  return { ok: true, event: { references, standard: 'dcsa', eventType: type, code, classifier: CLASSIFIERS[classifier], location, at: t.ms, eventKey: key } };
}

function parseIata(e: Record<string, unknown>, fallbackRef?: string | null): EventParse {
  const code = str(e.statusCode)?.toUpperCase();
  if (!code || !(IATA_STATUS_CODES as readonly string[]).includes(code)) return fail('statusCode', `statusCode“${String(e.statusCode)}”不是 IATA 货物状态代码（如 RCS、DEP、ARR、RCF、NFD、DLV）`, `statusCode "${String(e.statusCode)}" is not an IATA cargo status code (RCS, DEP, ARR, RCF, NFD, DLV …)`);
  const when = str(e.eventDateTime) ?? str(e.eventDate);
  const t = when ? parseInstant(when) : null;
  if (!t || !t.ok) return fail('eventDateTime', 'eventDateTime 应为带时区的 ISO 8601 时间', 'eventDateTime must be ISO 8601 with an offset');
  const location = str(e.airportCode) ?? str(e.location) ?? null;
  if (location && !/^[A-Z]{3}$|^[A-Z]{2}[A-Z2-9]{3}$/.test(location)) return fail('airportCode', `地点“${location}”应为 IATA 机场三字码或 UN/LOCODE`, `location "${location}" must be an IATA airport code or a UN/LOCODE`);
  const references = [str(e.awbNumber), str(e.shipmentId), fallbackRef ?? null].filter((x): x is string => !!x);
  if (!references.length) return fail('awbNumber', '缺少运单号（awbNumber 或 shipmentId）', 'no air waybill (awbNumber or shipmentId)');
  const key = `${code}:${t.ms}:${location ?? ''}:${str(e.flightNumber) ?? ''}`;
  return { ok: true, event: { references, standard: 'iata', eventType: 'STATUS', code, classifier: 'ACT', location, at: t.ms, eventKey: key } };
}
