// Reference data of the corridor ledger: the closed vocabularies of the file layout,
// the RCEP members (Chinese names for messages and pages), ASEAN, the hub nodes of
// seed 000, and the HS sections a commodity class is read from.

export const MODES = ['air', 'rail', 'sea', 'road', 'river'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_ZH: Record<Mode, string> = { air: '航空', rail: '铁路', sea: '海运', road: '公路', river: '内河' };

export const DIRECTIONS = ['import', 'export', 'transit', 'domestic'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_ZH: Record<Direction, string> = { import: '进口', export: '出口', transit: '过境', domestic: '国内' };

/**
 * The 15 RCEP members (shared/data/rcep-members.csv). China is the home country and does
 * not count toward Chongqing's route coverage, so coverage is out of 14.
 */
export const RCEP_MEMBERS: readonly { code: string; zh: string; en: string; asean: boolean }[] = [
  { code: 'AU', zh: '澳大利亚', en: 'Australia', asean: false },
  { code: 'BN', zh: '文莱', en: 'Brunei Darussalam', asean: true },
  { code: 'KH', zh: '柬埔寨', en: 'Cambodia', asean: true },
  { code: 'CN', zh: '中国', en: 'China', asean: false },
  { code: 'ID', zh: '印度尼西亚', en: 'Indonesia', asean: true },
  { code: 'JP', zh: '日本', en: 'Japan', asean: false },
  { code: 'KR', zh: '韩国', en: 'Korea, Republic of', asean: false },
  { code: 'LA', zh: '老挝', en: 'Lao PDR', asean: true },
  { code: 'MY', zh: '马来西亚', en: 'Malaysia', asean: true },
  { code: 'MM', zh: '缅甸', en: 'Myanmar', asean: true },
  { code: 'NZ', zh: '新西兰', en: 'New Zealand', asean: false },
  { code: 'PH', zh: '菲律宾', en: 'Philippines', asean: true },
  { code: 'SG', zh: '新加坡', en: 'Singapore', asean: true },
  { code: 'TH', zh: '泰国', en: 'Thailand', asean: true },
  { code: 'VN', zh: '越南', en: 'Viet Nam', asean: true },
];
export const HOME_COUNTRY = 'CN';
/** Members that count toward coverage: the 14 other than China. */
export const RCEP_COVERAGE_SET = RCEP_MEMBERS.filter((m) => m.code !== HOME_COUNTRY);
export const ASEAN = new Set(RCEP_MEMBERS.filter((m) => m.asean).map((m) => m.code));

// ISO 3166-1 alpha-2, the country part of a UN/LOCODE (UN/LOCODE also uses XZ for international waters).
const ISO2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XZ';
export const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO2.split(' '));

/** Chinese name of a country for pages and messages; the code itself when we have none. */
export function countryZh(code: string): string {
  return RCEP_MEMBERS.find((m) => m.code === code)?.zh ?? OTHER_ZH[code] ?? code;
}
const OTHER_ZH: Record<string, string> = { US: '美国', DE: '德国', GB: '英国', FR: '法国', NL: '荷兰', AE: '阿联酋', IN: '印度', RU: '俄罗斯', HK: '中国香港', TW: '中国台湾', MO: '中国澳门', BD: '孟加拉国', PK: '巴基斯坦', LK: '斯里兰卡' };

/** The hub nodes the plan names; the office may add more (nodes table). Coordinates approximate (shared/data/reference). */
export const SEED_NODES = [
  { code: 'CKG-AIRPORT', name: '江北机场', nameEn: 'Chongqing Jiangbei International Airport', kind: 'airport', unlocode: 'CNCKG', lat: 29.71917, lon: 106.64167 },
  { code: 'GULU', name: '古路站', nameEn: 'Guolu freight station', kind: 'rail_station', unlocode: 'CNCKG', lat: 29.79, lon: 106.78 },
  { code: 'LUOQI', name: '洛碛港', nameEn: 'Luoqi port area', kind: 'river_port', unlocode: 'CNCKG', lat: 29.69, lon: 106.9 },
  { code: 'QINZHOU', name: '钦州港', nameEn: 'Qinzhou Port', kind: 'port', unlocode: 'CNQZH', lat: 21.68, lon: 108.6 },
  { code: 'SGSIN', name: '新加坡港', nameEn: 'Port of Singapore', kind: 'overseas_port', unlocode: 'SGSIN', lat: 1.26, lon: 103.84 },
  { code: 'VNHPH', name: '海防港', nameEn: 'Haiphong', kind: 'overseas_port', unlocode: 'VNHPH', lat: 20.86, lon: 106.68 },
] as const;
export const NODE_KINDS = ['airport', 'rail_station', 'port', 'river_port', 'border', 'overseas_port'] as const;

/**
 * Commodity class from the HS chapter (first two digits), by HS section. Fresh goods are a
 * flag of their own in the file (a chilled shrimp and a frozen one share a chapter).
 */
const HS_SECTIONS: [number, number, string, string][] = [
  [1, 5, 'animal', '活动物；动物产品'],
  [6, 14, 'vegetable', '植物产品'],
  [15, 15, 'fats', '动植物油脂'],
  [16, 24, 'food', '食品、饮料、烟草'],
  [25, 27, 'mineral', '矿产品'],
  [28, 38, 'chemical', '化学工业产品'],
  [39, 40, 'plastics', '塑料及橡胶'],
  [41, 43, 'hides', '皮革制品'],
  [44, 46, 'wood', '木及木制品'],
  [47, 49, 'paper', '纸及纸制品'],
  [50, 63, 'textiles', '纺织原料及制品'],
  [64, 67, 'footwear', '鞋帽'],
  [68, 70, 'stone_glass', '石料、陶瓷、玻璃'],
  [71, 71, 'precious', '珠宝、贵金属'],
  [72, 83, 'metals', '贱金属及制品'],
  [84, 85, 'machinery', '机电产品'],
  [86, 89, 'vehicles', '车辆、航空器、船舶'],
  [90, 92, 'instruments', '光学、医疗等仪器'],
  [93, 93, 'arms', '武器弹药'],
  [94, 96, 'miscellaneous', '杂项制品'],
  [97, 99, 'art_other', '艺术品及其他'],
];
export function commodityClass(hsCode: string): { code: string; zh: string } | null {
  const chapter = Number(hsCode.slice(0, 2));
  const s = HS_SECTIONS.find(([a, b]) => chapter >= a && chapter <= b);
  return s ? { code: s[2], zh: s[3] } : null;
}

/** Approximate coordinates of the places the corridor's shipments name, for the offline map only. */
export const LOCODE_COORDS: Record<string, [number, number]> = {
  CNCKG: [29.56, 106.55], CNQZH: [21.68, 108.6], CNSHA: [31.23, 121.47], VNSGN: [10.77, 106.7], VNHAN: [21.03, 105.85], VNHPH: [20.86, 106.68],
  THBKK: [13.75, 100.5], THLCH: [13.08, 100.88], MYKUL: [3.14, 101.69], MYPKG: [3.0, 101.39], IDJKT: [-6.1, 106.88], PHMNL: [14.6, 120.98],
  KHPNH: [11.56, 104.92], LAVTE: [17.97, 102.6], SGSIN: [1.26, 103.84], BNMUA: [5.03, 115.07], JPNRT: [35.77, 140.39], JPTYO: [35.65, 139.77],
  KRICN: [37.46, 126.44], AUSYD: [-33.87, 151.21], AUMEL: [-37.81, 144.96], DEHAM: [53.55, 9.99], NLRTM: [51.92, 4.48], USLAX: [33.74, -118.27], BRSSZ: [-23.96, -46.33],
};
