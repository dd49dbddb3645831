// A labelled, generated sample of the corridor ledger for demos and benchmarks. Every id
// starts with GEN- and every operator code with GEN so it can never pass for real data.
// Shape calibrated on shared/data: seasonality with the Spring Festival dip, a growth trend
// (Chongqing's corridor TEU grew 30 % in 2025), the value per TEU of the city's corridor
// freight (583.1 亿元 / 327,700 TEU ≈ 178,000 CNY in 2025), fresh ASEAN imports by air with
// a clearance-time distribution around the 60-minute standard. Pure: a seeded PRNG, no I/O.
import { COLUMNS } from './rows';
import { csvField } from './csv';

/** mulberry32: small, fast, good enough for sample data; the same seed gives the same file. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spring Festival (正月初一), from the published calendar. */
export const SPRING_FESTIVAL: Record<number, string> = {
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
};

export interface GenerateOptions {
  seed?: number;
  /** First and last month, inclusive, e.g. 2024-01 and 2026-06. */
  from: string;
  to: string;
  /** Shipments in an average day of the first year. */
  perDay: number;
  /** Yearly growth of the volume, e.g. 0.25. */
  growth?: number;
}

export type GeneratedRow = Record<(typeof COLUMNS)[number], string>;

interface Lane {
  weight: number;
  legs: string;
  node: string;
  corridor: boolean;
  operator: string;
  flows: { direction: 'import' | 'export'; partner: string[]; hs: string[]; fresh?: boolean }[];
  kg: [number, number];
  container: boolean;
}

// The mode mix of a Yubei hub: the airport, Guolu rail station, Luoqi river port.
const LANES: Lane[] = [
  { weight: 0.34, legs: 'air', node: 'CKG-AIRPORT', corridor: true, operator: 'GENAIR', kg: [80, 4000], container: false, flows: [
    { direction: 'export', partner: ['SGSIN', 'THBKK', 'VNSGN', 'MYKUL', 'JPNRT', 'KRICN', 'AUSYD'], hs: ['8471', '8517', '8542', '9018', '3004'] },
    { direction: 'import', partner: ['VNSGN', 'THBKK', 'KHPNH', 'MYKUL', 'IDJKT', 'PHMNL'], hs: ['030617', '030289', '081060', '080430'], fresh: true },
    { direction: 'import', partner: ['JPNRT', 'KRICN', 'SGSIN'], hs: ['8542', '9027', '3004'] },
  ] },
  { weight: 0.3, legs: 'rail>sea', node: 'GULU', corridor: true, operator: 'GENRAILSEA', kg: [8000, 26000], container: true, flows: [
    { direction: 'export', partner: ['SGSIN', 'VNHPH', 'THLCH', 'MYPKG', 'IDJKT', 'AUMEL'], hs: ['8703', '8708', '8711', '8471', '9403'] },
    { direction: 'import', partner: ['THLCH', 'VNHPH', 'MYPKG', 'IDJKT', 'BNMUA'], hs: ['4001', '1511', '1006', '4407', '2601'] },
  ] },
  { weight: 0.1, legs: 'rail', node: 'GULU', corridor: true, operator: 'GENRAIL', kg: [10000, 24000], container: true, flows: [
    { direction: 'export', partner: ['LAVTE', 'VNHAN'], hs: ['8703', '8429', '8504'] },
    { direction: 'import', partner: ['LAVTE'], hs: ['1006', '4001', '0714'] },
  ] },
  { weight: 0.08, legs: 'road', node: 'GULU', corridor: true, operator: 'GENROAD', kg: [2000, 18000], container: false, flows: [
    { direction: 'export', partner: ['VNHAN', 'LAVTE', 'THBKK'], hs: ['8517', '8528', '8711'] },
    { direction: 'import', partner: ['VNHAN', 'THBKK'], hs: ['0810', '0803', '1006'], fresh: true },
  ] },
  { weight: 0.18, legs: 'river>sea', node: 'LUOQI', corridor: false, operator: 'GENRIVER', kg: [12000, 28000], container: true, flows: [
    { direction: 'export', partner: ['DEHAM', 'NLRTM', 'USLAX', 'JPTYO'], hs: ['8703', '8708', '7308', '8481'] },
    { direction: 'import', partner: ['AUMEL', 'BRSSZ'], hs: ['2601', '1201', '7403'] },
  ] },
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const SH = 8 * 3_600_000;

function iso(ms: number): string {
  const d = new Date(ms + SH);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}

// Monthly seasonality of corridor freight (lower in Jan–Feb, stronger from autumn on).
const SEASON = [0.92, 0.82, 0.98, 1.0, 1.02, 1.02, 1.03, 1.04, 1.05, 1.06, 1.04, 1.07];

/** Relative activity of a day: seasonality, the Spring Festival week, a growth trend. */
export function dayWeight(ms: number, startMs: number, growth: number): number {
  const d = new Date(ms + SH);
  const y = d.getUTCFullYear();
  let w = SEASON[d.getUTCMonth()] * (1 + growth) ** ((ms - startMs) / (365.25 * DAY));
  const sf = SPRING_FESTIVAL[y];
  if (sf) {
    const off = (ms - (Date.parse(`${sf}T00:00:00+08:00`) )) / DAY;
    if (off >= -3 && off < 7) w *= 0.3; // the holiday week: factories and forwarders closed
    else if (off >= 7 && off < 14) w *= 0.7; // the slow restart
  }
  return w;
}

/** Log-normal minutes from a median and a spread, via Box–Muller. */
function logNormal(rand: () => number, median: number, sigma: number): number {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** Rows in the file layout, in time order, lazily: a million rows need no memory of their own. */
export function* generateShipments(opts: GenerateOptions): Generator<GeneratedRow> {
  const rand = prng(opts.seed ?? 2026);
  const growth = opts.growth ?? 0.25;
  const start = Date.parse(`${opts.from}-01T00:00:00+08:00`);
  const [ty, tm] = opts.to.split('-').map(Number);
  const end = Date.parse(`${ty + (tm === 12 ? 1 : 0)}-${pad(tm === 12 ? 1 : tm + 1)}-01T00:00:00+08:00`);
  let n = 0;
  const laneTotal = LANES.reduce((s, l) => s + l.weight, 0);
  for (let day = start; day < end; day += DAY) {
    const expected = opts.perDay * dayWeight(day, start, growth);
    // Integer count around the expectation; the fraction decides one more or not.
    const count = Math.floor(expected) + (rand() < expected - Math.floor(expected) ? 1 : 0);
    for (let i = 0; i < count; i++) {
      n++;
      let x = rand() * laneTotal;
      const lane = LANES.find((l) => (x -= l.weight) < 0) ?? LANES[0];
      const flow = pick(rand, lane.flows);
      const partner = pick(rand, flow.partner);
      const home = 'CNCKG'; // every Yubei node lies under Chongqing's LOCODE
      const kg = Math.round(lane.kg[0] + (lane.kg[1] - lane.kg[0]) * rand());
      const teu = lane.container ? (kg > 14000 ? 2 : 1) : null;
      // Value: containers near the city's corridor value per TEU; air cargo by the kilogram.
      const fresh = flow.fresh === true;
      const perKg = lane.legs === 'air' ? (fresh ? 120 : 900) : fresh ? 25 : 0;
      const value = teu !== null && !fresh ? Math.round(teu * 178_000 * (0.6 + 0.8 * rand())) : Math.round(kg * (perKg || 12) * (0.7 + 0.6 * rand()));
      const passed = day + Math.floor(rand() * DAY);
      let arrived = '';
      let released = '';
      let inspected = '';
      if (flow.direction === 'import') {
        const arr = passed - Math.floor((30 + rand() * 240) * 60_000);
        const isInspected = rand() < (fresh ? 0.08 : 0.12);
        // Fresh goods: a fast lane near the 60-minute standard; the rest take hours.
        // The fast lane gets faster over time (the plan's aim): the median drops 12 % a year.
        const median = 48 * 0.88 ** ((passed - start) / (365.25 * DAY));
        const minutes = fresh ? (isInspected ? 90 + rand() * 200 : logNormal(rand, median, 0.4)) : 120 + rand() * 1800;
        arrived = iso(arr);
        released = iso(arr + Math.round(minutes) * 60_000);
        inspected = isInspected ? '1' : '0';
      }
      const imp = flow.direction === 'import';
      yield {
        shipment_id: `GEN-${new Date(day + SH).getUTCFullYear()}-${pad(n, 7)}`,
        operator: lane.operator,
        legs: lane.legs,
        origin: imp ? partner : home,
        destination: imp ? home : partner,
        corridor: lane.corridor ? '1' : '0',
        node: lane.node,
        direction: flow.direction,
        weight_kg: String(kg),
        teu: teu === null ? '' : String(teu),
        value_cny: String(value),
        hs_code: pick(rand, flow.hs),
        fresh: fresh ? '1' : '0',
        passed_at: iso(passed),
        arrived_at: arrived,
        released_at: released,
        inspected,
      };
    }
  }
}

export const CSV_HEADER = COLUMNS.join(',');
export const csvLine = (r: GeneratedRow) => COLUMNS.map((c) => csvField(r[c])).join(',');
