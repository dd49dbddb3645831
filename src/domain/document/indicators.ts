import type { Goal, Indicator, Target, TargetKind } from './types';
import type { Line } from './text';
import { headingOf } from './sections';
import { implausibleName, readGoalClause, statesTarget } from './goal-reader';

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

/**
 * Words that make a smaller number the goal. A word inside a longer name does not decide on
 * its own: 最低生活保障标准 is a standard to raise, 物流成本降低率 a rate to raise.
 */
const LOWER_IS_BETTER_NAME = /成本|费用|耗时|时长|时间|时限|用时|能耗|排放|事故|投诉|发生率|死亡率|不良率|逾期|空置率|周期|延误/;
const NOT_LOWER = /最低生活保障|保障标准$|(降低|下降|减少|节约|节省|压减|缩短)(率|幅度|比例)$|达标率|覆盖率|准点率|及时率|满意度|处置率|结案率/;
const LOWER_IS_BETTER_UNIT = /^(分钟|小时|天|日|秒|工作日|个工作日|元\/吨|元\/标箱)$/;
const GROWTH_NAME = /增长率|增速|增幅|增长|年均增长|增加率|提高率/;
const REDUCTION_NAME = /下降率|降幅|下降|降低|减少|压减/;
/** A name whose value is itself a rate or a share: the yearly value is the rate. */
const RATE_NAME = /(增长率|增速|增幅|占比|比重|比例|比率|[^效]率|率[（(][^）)]*[）)])$/;
const PENDING = /[×xXＸｘ*＊]{1,}|待定|待确定|待测算|另行确定/;
const SAYS_DECREASE = /≤|<=|不超过|不高于|以内|以下|小于|低于|控制在|压缩至|压缩到|缩短至|缩短到|降至|降低|下降|减少|压减/;
const SAYS_INCREASE = /≥|>=|不低于|不少于|以上|大于|超过|突破|提高|提升|增长|增加|达到/;

export function parseNumber(s: string): number | null {
  const m = s.replace(/,/g, '').match(/\d+(?:\.\d+)?/);
  if (!m) return null;
  const v = Number(m[0]);
  return Number.isFinite(v) ? v : null;
}

export function lowerIsBetter(name: string, unit: string): boolean {
  const n = name.replace(/[（(][^）)]*[）)]$/, '');
  if (NOT_LOWER.test(n)) return LOWER_IS_BETTER_UNIT.test(unit);
  return LOWER_IS_BETTER_UNIT.test(unit) || LOWER_IS_BETTER_NAME.test(n);
}

/** Which way is better: the target's wording decides outright, then the unit, then the name. */
export function inferDirection(name: string, unit: string, text: string): { direction: 'increase' | 'decrease'; by: 'wording' | 'name' | 'unit' | 'default' } {
  const t = text.replace(/\s+/g, '');
  if (/不高于|不超过|控制在|以内|≤|<=/.test(t)) return { direction: 'decrease', by: 'wording' };
  if (/不低于|不少于|以上|≥|>=|突破/.test(t)) return { direction: 'increase', by: 'wording' };
  if (/降低|下降|减少|压减|压缩|缩短/.test(t)) return { direction: 'decrease', by: 'wording' };
  if (LOWER_IS_BETTER_UNIT.test(unit)) return { direction: 'decrease', by: 'unit' };
  if (lowerIsBetter(name, unit)) return { direction: 'decrease', by: 'name' };
  if (GROWTH_NAME.test(name) || /增长|提高|提升/.test(t)) return { direction: 'increase', by: 'wording' };
  return { direction: 'increase', by: 'default' };
}

export function isRateName(name: string): boolean {
  return RATE_NAME.test(name.replace(/\s+/g, ''));
}

/** Read one target cell of an indicator table. */
export function parseTarget(cell: string, name: string, unit: string, year: number | null, hint: { growth?: boolean } = {}): Target {
  const text = cell.trim();
  const t = text.replace(/％/g, '%').replace(/\s+/g, '');
  const dir = inferDirection(name, unit, t);
  const mk = (kind: TargetKind, value: number | null, extra: Partial<Target> = {}): Target => ({
    year,
    kind,
    value,
    text,
    ...extra,
    ...(kind === 'pending' || kind === 'coverage' || kind === 'relative' ? {} : { direction: kind === 'max' || kind === 'reduction' ? 'decrease' : kind === 'min' || kind === 'growth' ? 'increase' : dir.direction, directionBy: dir.by }),
  });
  if (!t || /^[—–\-－/／]+$/.test(t)) return mk('pending', null);
  if (/全覆盖|全面覆盖|全部覆盖|100%覆盖/.test(t)) return mk('coverage', null);
  const rel = t.match(/(高于|快于|超过|领先|高出)([^\d]{1,10}?)(?:平均水平|平均)?(\d+(?:\.\d+)?)个?百分点/);
  if (rel) return mk('relative', Number(rel[3]), { benchmark: rel[2], unit: '百分点' });
  if (PENDING.test(t)) return mk('pending', null, t.includes('%') ? { unit: '%' } : {});
  // "较2020年下降13.5%": the base year of a comparison is not the value.
  const value = parseNumber(t.replace(/(?:19|20)\d{2}年/g, ''));
  if (value === null) return mk('pending', null);
  // A 单位 column of "%" makes a bare "13.5" a percentage too.
  const pct = t.includes('%') || unit === '%' || unit === '％';
  const annual = /年均/.test(t) || /年均/.test(name);
  let kind: TargetKind;
  const extra: Partial<Target> = pct ? { unit: '%' } : {};
  if (pct && isRateName(name) && !/较|比|相比/.test(t)) {
    // …增长率 15%: the indicator's yearly value is the rate; the target is that rate (年均:
    // the average of the yearly rates). Never a cumulative growth of a level.
    extra.rate = true;
    if (annual) extra.growthBasis = 'annual';
    // 不超过 is a ceiling: the 超过 inside it is no floor (here and below).
    kind = /≥|>=|不低于|不少于|以上|大于|(?<!不)超过|突破/.test(t) ? 'min' : /≤|<=|不超过|不高于|以内|以下|小于|控制在/.test(t) ? 'max' : dir.direction === 'decrease' ? 'max' : 'level';
  } else if (pct && (hint.growth || GROWTH_NAME.test(name) || /增长/.test(t))) {
    kind = 'growth';
    extra.growthBasis = annual || hint.growth ? 'annual' : 'cumulative';
  } else if (pct && (REDUCTION_NAME.test(name) || /下降|降低|减少/.test(t))) {
    kind = 'reduction';
    extra.growthBasis = annual ? 'annual' : 'cumulative';
  } else if (/≥|>=|不低于|不少于|以上|大于|(?<!不)超过|突破/.test(t)) kind = 'min';
  else if (/≤|<=|不超过|不高于|以内|以下|小于|低于|控制在/.test(t)) kind = 'max';
  else if (dir.direction === 'decrease') kind = 'max';
  else kind = 'level';
  return mk(kind, value, extra);
}

/** Questions for the office about an indicator's reading (zh), empty when it is clear. */
export function targetQuestions(ind: Pick<Indicator, 'name' | 'unit' | 'baseline' | 'targets'>): string[] {
  const q: string[] = [];
  for (const t of ind.targets) {
    if (t.value === null) continue;
    if (t.directionBy === 'default' && t.kind === 'level' && isRateName(ind.name) === false && !ind.unit) q.push(`${t.year ?? ''}年目标“${t.text}”未写明方向与单位，请确认`);
    if (t.directionBy === 'name') q.push(`“${ind.name}”按名称判断为越低越好，请确认`);
    if (ind.baseline && (t.kind === 'level' || t.kind === 'min' || t.kind === 'max')) {
      const met = t.direction === 'decrease' ? ind.baseline.value <= t.value : ind.baseline.value >= t.value;
      if (met) q.push(`基期值${ind.baseline.value}已达到${t.year ?? ''}年目标${t.value}，请确认目标是否如此`);
    }
    if (t.rate && !ind.unit) q.push(`“${ind.name}”按比率读取（每年的值即比率），请确认`);
  }
  return [...new Set(q)];
}

const fmtNum = (v: number) => String(Math.round(v * 1e4) / 1e4);

/** A target in words, as the office would write it: "2027年达到15%（每年）", "较2022年下降5%", "不高于60分钟". */
export function describeTarget(t: Target, unit: string, baseline: { year: number | null; value: number } | null): string {
  const u = t.unit ?? unit ?? '';
  const y = t.year ? `${t.year}年` : '';
  const v = t.value === null ? '' : fmtNum(t.value);
  const baseYear = baseline?.year ? `${baseline.year}年` : '基期';
  switch (t.kind) {
    case 'pending':
      return `${y}目标待定${t.text ? `（原文：${t.text}）` : ''}`;
    case 'coverage':
      return `${y}实现全覆盖`;
    case 'relative':
      return `${y}增速高于${t.benchmark ?? '对比基准'}${v}个百分点`;
    case 'growth':
      return t.growthBasis === 'annual' ? `${y}前年均增长${v}%` : `${y}较${baseYear}增长${v}%`;
    case 'reduction':
      return t.growthBasis === 'annual' ? `${y}前年均下降${v}%` : `${y}较${baseYear}下降${v}%`;
    case 'max':
      return `${y}不高于${v}${u}${t.rate ? '（每年）' : ''}`;
    case 'min':
      return `${y}不低于${v}${u}${t.rate ? '（每年）' : ''}`;
    case 'level':
    default:
      return `${y}达到${v}${u}${t.rate ? (t.growthBasis === 'annual' ? '（年均）' : '（每年）') : ''}`;
  }
}

// ---------------------------------------------------------------------------
// Names and units from a table cell: "国际进口鲜货保障标准（非查验）（分钟）"
// ---------------------------------------------------------------------------

const MEASURE =
  /^(?:万|亿|千|百|十)?(?:吨|人次|条|分钟|元|美元|个|家|标箱|TEU|teu|公里|千米|米|平方米|立方米|平方公里|公顷|亩|次|列|班|小时|天|日|人|项|辆|架|架次|班次|艘|座|件|票|单|户|%|个百分点|百分点|千瓦时|千瓦|瓦|吨标煤|箱|秒|个工作日|工作日|Gbps|G|M|个\/万人|元\/吨|元\/标箱|kg|公斤|万人|亿元|万元|万吨|万标箱)$/;

export function isMeasureUnit(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 8) return false;
  if (MEASURE.test(t)) return true;
  return /^[万亿千百]?[\u4e00-\u9fa5]{1,3}\/[\u4e00-\u9fa5]{1,3}$/.test(t);
}

export function splitNameUnit(cell: string): { name: string; unit: string } {
  const t = cell.trim();
  const m = t.match(/[（(]([^（()）]{1,10})[）)]$/);
  if (m && isMeasureUnit(m[1])) return { name: t.slice(0, m.index).trim(), unit: m[1].trim() };
  return { name: t, unit: '' };
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

type ColRole = 'serial' | 'category' | 'name' | 'unit' | 'baseline' | 'target' | 'attr' | 'note' | 'other';

interface Column {
  role: ColRole;
  year: number | null;
  header: string;
}

function classifyHeader(h: string): Column {
  const t = h.replace(/\s+/g, '');
  const ym = t.match(/((?:19|20)\d{2})年?/);
  const year = ym ? Number(ym[1]) : null;
  if (/^(序号|编号|序)$/.test(t)) return { role: 'serial', year, header: h };
  if (/^(单位|计量单位|指标单位)$/.test(t)) return { role: 'unit', year, header: h };
  if (/属性/.test(t)) return { role: 'attr', year, header: h };
  if (/备注|说明|责任单位|牵头单位/.test(t)) return { role: 'note', year, header: h };
  if (/基期|现状|基数|基准|实际|完成值/.test(t)) return { role: 'baseline', year, header: h };
  if (/目标|预期|规划值/.test(t)) return { role: 'target', year, header: h };
  if (year !== null && t.length <= 14) return { role: 'target', year, header: h };
  if (/一级指标|类别|类型|领域|维度|方面|分类/.test(t)) return { role: 'category', year, header: h };
  if (/指标/.test(t)) return { role: 'name', year, header: h };
  return { role: 'other', year, header: h };
}

function isHeaderCell(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  if (!t || t.length > 16) return false;
  return /^(序号|编号|序|单位|计量单位|指标单位|属性|指标属性|备注|说明)$/.test(t) ||
    /指标|类别|类型|领域|维度|分类|基期|现状|目标|预期/.test(t) ||
    // A report on a plan sets each target beside what was done (全年完成预计 / 实际完成 / 执行情况).
    /^[\u4e00-\u9fa5]{0,4}(?:完成|执行)(?:预计|情况)?$|^(?:预计|实际)(?:完成|执行)/.test(t) ||
    /^(?:19|20)\d{2}年?(?:[（(]?(?:基期|现状|目标|预期)?值?[）)]?)?(?:目标值|基期值|现状值)?$/.test(t) ||
    /^(?:19|20)\d{2}年?(?:目标|实际|预计|完成|计划)?(?:增长|增速|增幅|值|数)?(?:[（(][^（()）]{1,6}[）)])?$/.test(t);
}

function usableColumns(cols: Column[]): boolean {
  const hasName = cols.some((c) => c.role === 'name');
  const hasValue = cols.some((c) => c.role === 'target' || c.role === 'baseline');
  return hasName && hasValue && cols.length >= 2;
}

/** Baseline/target roles by position: with two or more year columns the first is the base. */
function settleYearColumns(cols: Column[]): void {
  const valueCols = cols.filter((c) => c.role === 'target' || c.role === 'baseline');
  if (!valueCols.some((c) => c.role === 'baseline')) {
    const dated = valueCols.filter((c) => c.year !== null && !/目标|预期/.test(c.header));
    if (dated.length >= 2 || (dated.length === 1 && valueCols.length >= 2 && valueCols[0] === dated[0])) {
      dated[0].role = 'baseline';
    }
  }
}

export interface TableResult {
  indicators: Indicator[];
  /** Line indices occupied by tables (header and rows). */
  lines: Set<number>;
}

interface Cell {
  text: string;
  start: number;
  end: number;
  line: number;
  /** Position in the (possibly un-double-spaced) line view. */
  pos: number;
  /** A truly empty line: a row separator, or an empty cell whose tab got lost. */
  sep: boolean;
}

function isTableStop(line: Line): boolean {
  const c = line.content;
  if (!c) return false;
  if (c.length > 60 || /[。；]/.test(c)) return true;
  const h = headingOf(c);
  return !!h && h.rank <= 4 && !/^\d{1,3}$/.test(c);
}

function rowIndicator(
  cols: Column[],
  cells: Cell[],
  serial: string,
  lastCategory: { value: string },
  spanStart: number,
  spanEnd: number,
  fallbackYear: number | null,
): Indicator | null {
  let category = '';
  let nameCell = '';
  let unitCell = '';
  let baseline: Indicator['baseline'] = null;
  const targetCells: { text: string; year: number | null; header: string }[] = [];
  cols.forEach((col, i) => {
    const v = (cells[i]?.text ?? '').trim();
    switch (col.role) {
      case 'category':
        category = v;
        break;
      case 'name':
        // Two name columns (指标 + 具体指标): the outer one acts as the category.
        if (!nameCell) nameCell = v;
        else if (v) {
          category = category || nameCell;
          nameCell = v;
        }
        break;
      case 'unit':
        unitCell = v;
        break;
      case 'baseline': {
        const num = /^[—–\-－/／无]*$/.test(v) ? null : parseNumber(v);
        baseline = num === null ? null : { year: col.year, value: num };
        break;
      }
      case 'target':
        targetCells.push({ text: v, year: col.year ?? fallbackYear, header: col.header });
        break;
      default:
        break;
    }
  });
  if (!nameCell) return null;
  if (category) lastCategory.value = category;
  else category = lastCategory.value;
  const nu = splitNameUnit(nameCell);
  // "2019年目标增长(%)": the header carries the unit and says the value is a growth rate.
  const headerPct = targetCells.some((tc) => /[（(]\s*[%％]\s*[）)]/.test(tc.header));
  const unit = unitCell || nu.unit || (headerPct ? '%' : '');
  return {
    number: serial,
    category,
    name: nu.name,
    unit,
    baseline,
    targets: targetCells.map((tc) => parseTarget(tc.text, nu.name, unit, tc.year, { growth: /增长|增速/.test(tc.header) && unit === '%' })),
    span: [spanStart, Math.max(spanStart, spanEnd)],
  };
}

/**
 * Indicator tables. Word tables pasted as text come out one cell per line (seed 000: header
 * cells 序号/类别/指标体系/2022年/2027年, each row's cells on consecutive lines, rows
 * separated by an empty line, an empty 类别 cell as a tab-only line); tables copied from a
 * spreadsheet come out one row per line with tab-separated cells. Both are read here.
 */
/** Blank for spacing purposes: nothing but spaces. A tab-only line is an empty table cell. */
function spacingBlank(l: Line): boolean {
  return /^[ \r]*$/.test(l.raw);
}

/**
 * Text extracted from .docx puts a blank line after every paragraph, so table cells are one
 * blank apart and rows three. Detect that and hand the table reader a view in which a run of
 * r blank lines counts as ⌊r/2⌋, which restores the plain-text layout. Line.index keeps
 * pointing at the original line.
 */
export function undoubleSpacing(lines: Line[]): Line[] {
  let nonBlank = 0;
  let single = 0;
  for (let i = 0; i < lines.length; i++) {
    if (spacingBlank(lines[i])) continue;
    nonBlank++;
    if (i + 2 < lines.length && spacingBlank(lines[i + 1]) && !spacingBlank(lines[i + 2])) single++;
  }
  if (nonBlank < 10 || single < 0.6 * nonBlank) return lines;
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!spacingBlank(lines[i])) {
      out.push(lines[i++]);
      continue;
    }
    let j = i;
    while (j < lines.length && spacingBlank(lines[j])) j++;
    const keep = Math.floor((j - i) / 2);
    for (let k = 0; k < keep; k++) out.push(lines[i + k]);
    i = j;
  }
  return out;
}

export function findTables(allLines: Line[], fallbackYear: number | null): TableResult {
  const lines = undoubleSpacing(allLines);
  const indicators: Indicator[] = [];
  const used = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const c = line.content;
    // Row-per-line table: header cells separated by tabs / wide spaces / pipes.
    if (c && /[\t|｜]| {2,}/.test(c) && c.length <= 200) {
      const hdr = c.split(/\t+|\s{2,}|[|｜]/).map((s) => s.trim()).filter(Boolean);
      if (hdr.length >= 3 && hdr.every(isHeaderCell)) {
        const cols = hdr.map(classifyHeader);
        if (usableColumns(cols)) {
          settleYearColumns(cols);
          const res = readInlineRows(lines, i + 1, cols, fallbackYear);
          if (res.indicators.length) {
            used.add(lines[i].index);
            res.lines.forEach((l) => used.add(l));
            indicators.push(...res.indicators);
            i = res.next;
            continue;
          }
        }
      }
    }
    // Cell-per-line table.
    if (c && isHeaderCell(c) && /^(序号|编号|类别|指标|指标名称|指标体系|一级指标)$/.test(c.replace(/\s+/g, ''))) {
      const header: Line[] = [];
      let j = i;
      while (j < lines.length && header.length < 12 && lines[j].content && isHeaderCell(lines[j].content)) {
        header.push(lines[j]);
        j++;
      }
      const cols = header.map((h) => classifyHeader(h.content));
      if (header.length >= 3 && usableColumns(cols)) {
        settleYearColumns(cols);
        const res = readCellRows(lines, j, cols, fallbackYear);
        if (res.indicators.length) {
          for (let k = i; k < j; k++) used.add(lines[k].index);
          res.lines.forEach((l) => used.add(l));
          indicators.push(...res.indicators);
          i = res.next;
          continue;
        }
      }
    }
    i++;
  }
  return { indicators, lines: used };
}

function readCellRows(
  lines: Line[],
  from: number,
  cols: Column[],
  fallbackYear: number | null,
): { indicators: Indicator[]; lines: Set<number>; next: number } {
  const cells: Cell[] = [];
  let j = from;
  let blankRun = 0;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (isTableStop(l)) break;
    const sep = l.raw.length === 0 || /^[\r\n ]*$/.test(l.raw);
    if (sep) {
      blankRun++;
      if (blankRun >= 3) break;
    } else blankRun = 0;
    cells.push({ text: l.content, start: l.cStart, end: l.cEnd, line: l.index, pos: j, sep });
  }
  const n = cols.length;
  const serialCol = cols.findIndex((c) => c.role === 'serial');
  const indicators: Indicator[] = [];
  const usedLines = new Set<number>();
  const lastCategory = { value: '' };
  const rows: Cell[][] = [];
  if (serialCol === 0) {
    // Rows start at the serial number cell; find each next serial where a row boundary can
    // be, trying the exact row width first so a value equal to the next serial is not taken.
    let k = cells.findIndex((x) => !x.sep && /^\d{1,3}$/.test(x.text));
    while (k >= 0 && k < cells.length) {
      const serial = Number(cells[k].text);
      const want = String(serial + 1);
      let next = -1;
      for (const between of [n - 1, n, n + 1, n - 2, n + 2, n + 3]) {
        const at = k + 1 + between;
        if (between < 1 || at >= cells.length) continue;
        if (!cells[at].sep && cells[at].text === want) {
          next = at;
          break;
        }
      }
      const stop = next >= 0 ? next : Math.min(cells.length, k + 1 + n + 3);
      let row = cells.slice(k, stop);
      while (row.length > 1 && row[row.length - 1].sep) row.pop();
      // A blank line inside a row is an empty cell that lost its tab, unless the row has
      // too many cells, in which case blanks are separators and go first.
      while (row.length > n) {
        const idx = row.map((x) => x.sep).lastIndexOf(true);
        if (idx < 0) break;
        row.splice(idx, 1);
      }
      rows.push(row.slice(0, n));
      if (next < 0) break;
      k = next;
    }
  } else {
    let cur: Cell[] = [];
    for (const cell of cells) {
      if (cell.sep) {
        if (cur.length) rows.push(cur);
        cur = [];
      } else cur.push(cell);
    }
    if (cur.length) rows.push(cur);
    // Web copies put one blank line between every cell, rows included: with no row separator
    // left, a run of cells is cut into rows of the header's width.
    if (rows.length === 1 && rows[0].length > n && rows[0].length % n === 0) {
      const all = rows.pop()!;
      for (let k = 0; k < all.length; k += n) rows.push(all.slice(k, k + n));
    }
    // Without tabs an empty 类别 cell is just another blank line: a row one cell short
    // is missing its category ("same as above").
    const catCol = cols.findIndex((c) => c.role === 'category');
    if (catCol >= 0) {
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (row.length === n - 1) rows[r] = [...row.slice(0, catCol), { ...row[0], text: '', sep: true }, ...row.slice(catCol)];
      }
    }
  }
  let serialNo = 0;
  let last = from;
  for (const row of rows) {
    if (row.length < Math.max(2, n - 1)) continue;
    const real = row.filter((x) => !x.sep);
    if (!real.length) continue;
    serialNo++;
    const serial = serialCol >= 0 ? (row[serialCol]?.text || String(serialNo)) : String(serialNo);
    const ind = rowIndicator(
      cols,
      row.map((x) => (x.sep ? { ...x, text: '' } : x)),
      serial,
      lastCategory,
      real[0].start,
      real[real.length - 1].end,
      fallbackYear,
    );
    if (ind) {
      indicators.push(ind);
      for (const x of row) {
        usedLines.add(x.line);
        last = Math.max(last, x.pos + 1);
      }
    }
  }
  return { indicators, lines: usedLines, next: indicators.length ? last : from };
}

function readInlineRows(
  lines: Line[],
  from: number,
  cols: Column[],
  fallbackYear: number | null,
): { indicators: Indicator[]; lines: Set<number>; next: number } {
  const indicators: Indicator[] = [];
  const used = new Set<number>();
  const lastCategory = { value: '' };
  const n = cols.length;
  const catCol = cols.findIndex((c) => c.role === 'category');
  let j = from;
  let serialNo = 0;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (!l.content) continue;
    if (isTableStop(l) && !/[\t|｜]/.test(l.content)) break;
    // Keep empty cells: split the untrimmed line on single tabs / pipes.
    let raw = l.raw.replace(/^[ ]+/, '');
    const pipe = /[|｜]/.test(raw);
    let parts = pipe ? raw.split(/[|｜]/) : raw.includes('\t') ? raw.split('\t') : raw.split(/\s{2,}/);
    if (pipe) {
      if (parts.length && !parts[0].trim()) parts.shift();
      if (parts.length && !parts[parts.length - 1].trim()) parts.pop();
    } else if (raw.startsWith('\t') && parts.length > n) {
      // An indented row; a leading tab in a row of the header's width is an empty first cell.
      raw = raw.replace(/^\t/, '');
      parts = raw.split('\t');
    }
    if (parts.length === n - 1 && catCol >= 0) parts.splice(catCol, 0, '');
    if (parts.length < n - 1 || /^[-:|\s]+$/.test(l.content)) {
      if (/^[-:|｜\s]+$/.test(l.content)) continue;
      break;
    }
    // The row's span is its whole line: cells of a split line have no offsets of their own.
    serialNo++;
    const cellObjs: Cell[] = parts.slice(0, n).map((p) => ({ text: p.trim(), start: l.cStart, end: l.cEnd, line: l.index, pos: j, sep: false }));
    const serialCol = cols.findIndex((c) => c.role === 'serial');
    const serial = serialCol >= 0 && cellObjs[serialCol]?.text ? cellObjs[serialCol].text : String(serialNo);
    const ind = rowIndicator(cols, cellObjs, serial, lastCategory, l.cStart, l.cEnd, fallbackYear);
    if (!ind) break;
    indicators.push(ind);
    used.add(l.index);
  }
  return { indicators, lines: used, next: j };
}

// ---------------------------------------------------------------------------
// Goals: "到2027年，…增长××%，…高于全市3个百分点，…" → goal sentences and indicators
// ---------------------------------------------------------------------------

const GOAL_UNIT =
  '(?:万|亿|千)?(?:家|个|亿美元|万美元|美元|亿元|万元|元|万吨公里|吨公里|人公里|万吨|吨|万人次|人次|条|项|列|班|万标准箱|标准箱|万标箱|标箱|TEU|公里|平方公里|亩|座|艘|架|台|户|人|万人|次|批|所|园|中心|平台|条航线|件|辆|本|处|万平方米|平方米|万立方米|立方米|亿斤|斤|组)';

// Times a goal caps (…压缩至30小时、1小时以内); 个工作日 before 个, which GOAL_UNIT would take alone.
const TIME_UNIT = '(?:个工作日|工作日|小时|分钟|天)';
const TIME_CEILING = new RegExp(`^(.{2,40}?)(\\d+(?:\\.\\d+)?)\\s*(${TIME_UNIT})(以内|以下)?$`);

// 为 as a copula (…比重为6.7%); 行为 / 作为 end words, and 成为 is left to NAME_TAIL.
// (完成 after a measure of volume: 旅客吞吐量完成2000万人次, 货运量完成1亿吨.)
const TRAILING_VERB = /(?:实现|达到|保持在|保持|稳定在|维持在|提升至|提高至|提升到|提高到|增至|增加到|(?<![行作成])为|(?<=量)完成)$/;
// A verb of counting alone (培育7家…, the counted thing cut off) names nothing either.
const COUNTING_VERB = '(?:谋划|推进|实施|开工|新创建|创建|建成|新建|改扩建|扩建|迁建|培育|引进|打造|布局|建设|新增|争创|认定|评选|遴选|推出|完成|升级改造|规范提升|提升改造|改造提升|改造)';
// Counting verbs in a row or joined by 或 / 和 (完成新建或改造100个…). No verb in the list may be two
// others in a row (谋划推进 is 谋划 + 推进): a run of them would have exponentially many splits to backtrack over.
const COUNTING_CHAIN = `(?:${COUNTING_VERB}[或和及]?)*${COUNTING_VERB}`;
const QUALIFIER_ONLY = new RegExp(`^(?:累计|合计|共|共计|新增|新|年均|全年|每年|力争|确保|争取|基本|(?:累计|全面|加快)?${COUNTING_CHAIN})$`);
// The scope a goal clause opens with (全省开展…的县域不少于150个, 在全省范围内建成…, 辖区内…): not part
// of the name.
const SCOPE_PREFIX = /^在?(?:(?:全国|全省|全市|全区|全县|全州|全盟)(?:范围内|区域内|辖区内)?|区域内|辖区内)(?=[\u4e00-\u9fa5A-Za-z“"])/;
/** The head after the last 的 of an attributive phrase ("…较强、…紧密的国家物流枢纽" → "国家物流枢纽"). */
function headNoun(s: string): string {
  const at = s.lastIndexOf('的');
  return at >= 0 && at < s.length - 2 ? s.slice(at + 1) : s;
}

/** "京津冀、长三角等沿海主要港口…": a list of examples closed by 等 before the name proper. */
function dropExamples(s: string): string {
  const m = s.match(/^[^，,；;。]*、[^，,；;。、]*?等(?=[\u4e00-\u9fa5A-Za-z])/);
  return m && s.length - m[0].length >= 2 ? s.slice(m[0].length) : s;
}

const JOINED_TARGETS = new RegExp(`、|[和及](?=\\d)|(?<=\\d\\s*(?:${GOAL_UNIT}|%|${TIME_UNIT})(?:以上|左右|以内)?)(?:以及|和|及)(?=[\\u4e00-\\u9fa5])`);
const LEVEL_THEN_GROWTH = new RegExp(`^(.+?\\d(?:${GOAL_UNIT}|%)(?:以上|左右)?)、((?:年均|同比)?(?:增长|提高|增加|下降|降低|减少)\\d.*)$`);
const BARE_MEASURE = /^(?:涉及|年度|年|当年|计划|累计)?(?:总)?投资(?:额)?$/;
// Measures of throughput an item listed bare after another shares (旅客吞吐量…、货邮…).
const SHARED_MEASURE = /(?:吞吐能力|吞吐量|运输量|运量|周转量)$/;
// The work a clause sets going, ending it: (统筹)实施 / 推进 / 开展 / 启动 + …工程 / 项目 / 行动.
const WORK_SET_GOING = /(?:实施|推进|开展|启动)([\u4e00-\u9fa5A-Za-z“”"]{2,24}?(?:工程|项目|行动))\s*$/;
const BARE_RATE = /^(?:年均|年)?(?:增长率|增速|增幅|增长幅度)$/;
const POSSESSION_VERB = /(?:拥有|建有|设有|具有|有)$/;
const SIZE_UNIT = /^(?:万|亿|千)?(?:吨|万吨|公里|平方公里|亩|平方米|万平方米|立方米|万立方米|元|万元|亿元|标准箱|万标准箱|标箱|万标箱|TEU)$/;
// "拥有100辆以上货车的企业将达到500家", "培育拥有100辆汽车列车组的甩挂运输示范企业10家以上": a number
// inside an attribute (拥有…的) is part of what is counted; the target is the number after the name.
const ATTRIBUTE_NUMBER = new RegExp(
  `^(?:计划|力争|将)?(?:${COUNTING_CHAIN})?((?:拥有|具有|具备|有)\\d+(?:\\.\\d+)?\\s*(?:${GOAL_UNIT})(?:及)?(?:以上)?[\\u4e00-\\u9fa5A-Za-z]{1,20}?的[\\u4e00-\\u9fa5A-Za-z]{2,20}?)(?:将)?(?:达到|达|超过|突破|不少于)?(\\d+(?:\\.\\d+)?)\\s*(${GOAL_UNIT}|%)(以上|左右)?$`,
);
const PERCENT_OF_VERB = /^(?:以上|左右)?(?:达标|覆盖|完成|落实|到位|联网|接入|通达|上线|实现)/;

// Words between a name and its number that belong to neither: intent (力争 / 确保), approximation
// (近3000公里 / 约), a floor written short (超100亿元).
// A net gain (工业开票销售净增150亿元) is the amount the measure grows by, a level of it.
// (分别 before values of rates, 分别达到5400万人次/年和42万吨/年, shares them out and names nothing.)
const NAME_TAIL = /(?:力争|确保|争取|努力|预计|进一步|将|近|约|逾|超|净增|分别|(?:率先|力争)?成为)+$/;

/** One quantitative clause of a goal sentence, or null when it has no measurable target. */
// "对新认定的省级示范物流园区给予100万元奖励": a sum the plan grants is a subsidy it pays, not a
// quantity it sets out to reach.
const GRANT = /给予(?:最高|一次性|不超过)*\s?\d+(?:\.\d+)?\s*(?:万|亿)?元(?:的)?(?:奖励|补助|补贴|资助|奖补|扶持|支持)/;

export function goalClauseTarget(clause: string, year: number | null): { name: string; target: Target } | null {
  if (GRANT.test(clause)) return null;
  const r = rawClauseTarget(clause, year);
  if (!r) return null;
  // "…投资较2022年翻一番、超100亿元", "…周转量较2023年增长10%": the base year of a comparison
  // and what follows it are part of the target, not of the name.
  // "2025年物流业增加值目标占GDP比重8%": the word 目标 marks the clause as a target and is not
  // part of the name.
  const name = r.name.replace(/(?:较|比|同比)\s?(?:19|20)\d{2}\s?年.*$/, '').replace(NAME_TAIL, '').replace(/(?<=[\u4e00-\u9fa5A-Za-z]{2})目标(?:值)?(?:为|是)?(?=[\u4e00-\u9fa5A-Za-z]{2}|$)/, '').trim();
  if (name.length < 2) return null;
  const floor = r.target.kind === 'level' && /超(?!过)\s?\d/.test(clause) ? { kind: 'min' as const } : {};
  return { name, target: { ...r.target, ...floor } };
}

// "2-3家大宗货物生产企业开展“公转铁”运输试点": a count, then who is counted and what they do; the
// indicator is those who do it (开展“公转铁”运输试点的大宗货物生产企业), at least the lower count.
const COUNT_THEN_PREDICATE = new RegExp(
  `^(\\d+)(?:\\s?[-—~～至到]\\s?(\\d+))?\\s*(${GOAL_UNIT})(以上|左右)?的?([\\u4e00-\\u9fa5A-Za-z0-9]{1,20}?)(?:[（(][^（()）]{1,10}[)）])?(开展|实现|完成|建成|通过|获得|纳入|入选|参与|接入|使用|应用|落地)([\\u4e00-\\u9fa5A-Za-z0-9“”"]{2,30})$`,
);

// "13个农村物流示范县创建全面完成": a count of things whose making is to be completed.
const COUNT_COMPLETED = new RegExp(`^(\\d+)\\s*(${GOAL_UNIT})([\\u4e00-\\u9fa5A-Za-z0-9“”"]{2,20}?)(?:创建|建设|认定|改造)?(?:工作)?(?:全面|基本|如期)?(?:完成|建成)$`);
// "市域配送90分钟送达", "国内1天送达": a time within which something is done, a ceiling.
const TIME_TO_DO = /^(.{2,30}?)(\d+(?:\.\d+)?)\s*(个工作日|工作日|天|小时|分钟)(?:内|以内)?(送达|到达|通达|直达|抵达|通勤|办结|完成)$/;

const CLEARED_SIZE = /^((?:拆除|清理|清退|腾退|整治)[\u4e00-\u9fa5]{0,12}?)(\d+(?:\.\d+)?)\s*((?:万|亿|千)?(?:公里|吨|立方米|平方米))(以上)?((?:(?!的)[\u4e00-\u9fa5A-Za-z“”"]){2,20})$/;

const BUILT_THEN = /^(?:预计)?[^，,。；;\d]{0,12}?建成(?:投产|投用|运营|使用)?后[，,]?(?:预计)?(?:将|可)?会?(?:实现)?(?=[\u4e00-\u9fa5A-Za-z]{2})/;

function rawClauseTarget(clause: string, year: number | null): { name: string; target: Target } | null {
  let c = clause.trim().replace(/^(?:到|至)?\s?(19|20)\d{2}\s?年(底|末)?[，,]?/, '');
  // "即国内1天送达…", "且市域配送…", "以及冷藏车…": a joining word is not part of the name.
  c = c.replace(/^(?:即|且|并且|并|以及)(?=[\u4e00-\u9fa5])/, '');
  // "……在全省建成18个…": the excerpt's cut mark before a clause is not part of it; "将推出实施100个…":
  // 将 / 要 / 计划 before a verb of counting is the intent, not the name.
  // "今年全市计划将完成…", "其中包括新建…": this year (the goal's year) and 包括 before a list
  // are not part of the name.
  c = c.replace(/^(?:今年|明年)[，,]?(?=[\u4e00-\u9fa5])/, '').replace(/^(?:其中)?(?:主要)?包括(?=[\u4e00-\u9fa5])/, '');
  c = c.replace(/^[…]+/, '').replace(SCOPE_PREFIX, '').replace(new RegExp(`^(?:将|要|计划)+(?=${COUNTING_VERB}|增加(?!值))`), '');
  c = c.replace(/^(?:全年|年内|当年)(?=[\u4e00-\u9fa5])/, '').replace(/^(?:要|将)(?=力争|确保|争取|努力|实现)/, '').replace(/^(其中|力争|确保|实现|争取|努力实现|基本实现|推动|促进)[，,]?/, '').replace(SCOPE_PREFIX, '').replace(/^(?:新开通|开通|新开)(?=[\u4e00-\u9fa5A-Za-z])/, '');
  // "物流园建成后预计年货物吞吐能力达…", "预计三年建成后将实现年交易额…": what a project will do once
  // built; the project and the words of its completion open the clause, not the name.
  c = c.replace(BUILT_THEN, '');
  // "为宁夏创税收7.5亿元": what is created for someone is named by what it is.
  c = c.replace(/^为[\u4e00-\u9fa5]{1,8}?创造?(?=[\u4e00-\u9fa5]{2})/, '');
  // "同比大幅增长80%": an adverb of degree before the verb is no part of a name.
  c = c.replace(/^(同比|年均)(?:大幅度?|稳步|较快|快速)(?=增长|提高|提升|增加|下降|降低|减少)/, '$1');
  const text = clause.trim();
  if (!c || (!/\d/.test(c.replace(/(19|20)\d{2}年/g, '')) && !PENDING.test(c) && !/全覆盖/.test(c))) return null;
  let m: RegExpMatchArray | null;
  // "拆除150万平方米违法建筑", "拆除新山路沿线10万平方米违法建筑": an area or length cleared, then
  // what is cleared: the work names the target (as the general reader reads it).
  if ((m = c.match(CLEARED_SIZE))) return { name: m[1] + m[5], target: { year, kind: m[4] ? 'min' : 'level', value: Number(m[2]), text, unit: m[3] } };
  // "拖挂比达1:2以上": a ratio named …比 and written as 1:N is N (per one); "车货比为3:1" likewise 3.
  if ((m = c.match(/^(.{1,30}?比)(?:达到|达|为|提高到|提升到)?(\d+(?:\.\d+)?)\s?[:：]\s?(\d+(?:\.\d+)?)(以上|左右)?$/))) {
    const [first, second] = [Number(m[2]), Number(m[3])];
    if (first > 0) return { name: m[1].trim(), target: { year, kind: m[4] === '以上' ? 'min' : 'level', value: first === 1 ? second : first / second, text, unit: '' } };
  }
  // "选择1-2个中心城市作为物流配送示范城市": what is counted is what they are chosen as.
  if ((m = c.match(new RegExp(`^(?:选择|选取|确定|遴选)(\\d+)(\\s?[-—–~～]\\s?\\d+)?\\s*(${GOAL_UNIT})[^，,。；;]{1,20}?作为([\\u4e00-\\u9fa5A-Za-z“”"]{2,30})$`)))) {
    return { name: m[4], target: { year, kind: m[2] ? 'min' : 'level', value: Number(m[1]), text, unit: m[3], direction: 'increase', directionBy: 'wording' } };
  }
  // "…线路覆盖全省所有县级以上城市和50%以上乡(镇)": a share of places covered, after a list of places
  // covered whole; the indicator is the coverage of those places (…线路覆盖乡(镇)).
  if ((m = c.match(/^(.{2,40}?)覆盖(?:[^，,。；;\d]*?[和及、])?(\d+(?:\.\d+)?)%(以上|左右)?的?([\u4e00-\u9fa5()（）]{1,10})$/))) {
    return { name: `${m[1].trim()}覆盖${m[4]}`, target: { year, kind: m[3] === '以上' ? 'min' : 'level', value: Number(m[2]), text, unit: '%' } };
  }
  const num = '(\\d+(?:\\.\\d+)?|[×xXＸｘ*＊]+)';
  if ((m = c.match(new RegExp(`^(.{1,40}?)(?:高于|快于|超过|领先|高出)([^\\d，,。；]{1,10}?)(?:平均水平|平均|水平)?(\\d+(?:\\.\\d+)?)个?百分点`)))) {
    const name = m[1].trim();
    return { name, target: { year, kind: 'relative', value: Number(m[3]), text, benchmark: m[2].trim(), unit: '百分点' } };
  }
  if ((m = c.match(new RegExp(`^(.{1,40}?)(?:年均|累计|同比)?(?:增长|提高|提升|增加|扩大)(?:约|达到|超过|达)?${num}\\s*%`)))) {
    const pending = PENDING.test(m[2]);
    const name = m[1].trim();
    const annual = /年均/.test(c);
    if (!pending && isRateName(name)) return { name, target: { year, kind: 'level', value: Number(m[2]), text, unit: '%', rate: true, ...(annual ? { growthBasis: 'annual' as const } : {}), direction: 'increase', directionBy: 'wording' } };
    return { name, target: { year, kind: pending ? 'pending' : 'growth', value: pending ? null : Number(m[2]), text, unit: '%', ...(pending ? {} : { growthBasis: annual ? ('annual' as const) : ('cumulative' as const), direction: 'increase' as const, directionBy: 'wording' as const }) } };
  }
  // 年均 / 累计 / 同比 before the verb qualify the fall, as for a growth above, and are not part of the name.
  if ((m = c.match(new RegExp(`^(.{1,40}?)(?:年均|累计|同比)?(?:降低|下降|减少|压减|缩短|降)(?:约|达到|超过|到)?${num}\\s*%`)))) {
    const pending = PENDING.test(m[2]);
    return { name: m[1].trim(), target: { year, kind: pending ? 'pending' : 'reduction', value: pending ? null : Number(m[2]), text, unit: '%', ...(pending ? {} : { growthBasis: /年均/.test(c) ? ('annual' as const) : ('cumulative' as const), direction: 'decrease' as const, directionBy: 'wording' as const }) } };
  }
  // 个工作日 before the units: GOAL_UNIT's 个 would take "2个工作日" as 2个.
  if ((m = c.match(new RegExp(`^(.{1,40}?)(?:分别)?(?:压缩至|压缩到|控制在|缩短至|缩短到|下降至|下降到|降至|降低至|降低到|不超过)${num}\\s*(个工作日|工作日|小时|分钟|天|${GOAL_UNIT}|%)(?:以内|以下)?`)))) {
    const pending = PENDING.test(m[2]);
    return { name: m[1].trim(), target: { year, kind: pending ? 'pending' : 'max', value: pending ? null : Number(m[2]), text, unit: m[3] } };
  }
  // "较2020年降低1个百分点": a fall in points of a rate needs its baseline to become a value.
  if ((m = c.match(/^(.{1,40}?)(?:较|比)((?:19|20)\d{2})年(?:降低|下降|减少)(\d+(?:\.\d+)?)个百分点/))) {
    return { name: m[1].trim(), target: { year, kind: 'pending', value: null, text, unit: '百分点', direction: 'decrease', directionBy: 'wording' } };
  }
  // "…的比率再下降0.3个百分点": a change in points of a rate needs last year's rate to become a value.
  if ((m = c.match(/^(.{1,40}?)(?:再|继续|累计|年均)?(下降|降低|减少|压减|提高|提升|增加)(\d+(?:\.\d+)?)个百分点/))) {
    const down = /下降|降低|减少|压减/.test(m[2]);
    return { name: m[1].trim(), target: { year, kind: 'pending', value: null, text, unit: '百分点', direction: down ? 'decrease' : 'increase', directionBy: 'wording' } };
  }
  // "农村贫困人口减少60万以上": a fall of a count by an amount needs its base to become a value.
  if ((m = c.match(new RegExp(`^(.{1,40}?)(?:降低|下降|减少|压减)(?:约|到)?(\\d+(?:\\.\\d+)?)\\s*(${GOAL_UNIT}|万|亿)(?:以上|左右)?(?![\\d.])`)))) {
    return { name: m[1].trim(), target: { year, kind: 'pending', value: null, text, unit: m[3], direction: 'decrease', directionBy: 'wording' } };
  }
  if ((m = c.match(ATTRIBUTE_NUMBER))) {
    const min = m[4] === '以上' || /超过|突破|不少于/.test(m[0].slice(m[1].length));
    // The head after 的 names the indicator when it says what is counted (甩挂运输示范企业); a bare
    // 企业 says nothing alone and keeps its attribute.
    const head = headNoun(m[1]);
    return { name: head.length >= 4 ? head : m[1].trim(), target: { year, kind: min ? 'min' : 'level', value: Number(m[2]), text, unit: m[3] } };
  }
  if ((m = c.match(COUNT_COMPLETED))) {
    return { name: m[3], target: { year, kind: 'level', value: Number(m[1]), text, unit: m[2], direction: 'increase', directionBy: 'wording' } };
  }
  if ((m = c.match(TIME_TO_DO))) {
    return { name: `${m[1].trim()}${m[4]}`, target: { year, kind: 'max', value: Number(m[2]), text, unit: m[3], direction: 'decrease', directionBy: 'wording' } };
  }
  if ((m = c.match(COUNT_THEN_PREDICATE))) {
    const counted = m[5].trim();
    // A range (2-3家) or 以上 (5家以上) is at least the lower count.
    return { name: `${m[6]}${m[7]}的${counted}`, target: { year, kind: m[2] || m[4] === '以上' ? 'min' : 'level', value: Number(m[1]), text, unit: m[3], direction: 'increase', directionBy: 'wording' } };
  }
  // "创建2个及以上国家物流枢纽经济示范区": the count comes before what is counted.
  // "在全国打造500个左右的县域商业“领跑县”": the same after a scope, with 左右 and 的.
  // "全区每个县(市、区)建成1个…": a count per place (每个县) after the scope; "各县(市)至少建成1个…"
  // likewise (各 = each), and 至少 / 不少于 before the verb make the count a floor.
  if ((m = c.match(new RegExp(`^(?:在?(?:全国|全省|全市|全区|全县|全州|本市|本区)(?:范围内)?)?(?:(?:每个?|各)[\\u4e00-\\u9fa5]{1,3}?(?:[（(][\\u4e00-\\u9fa5、]{1,10}[)）])?)?(?:至少|最少|不少于)?(?:通过)?(?:累计|共|新|全面|加快|重点|积极)?${COUNTING_CHAIN}${num}(?:\\s?[-—–~～]\\s?\\d+)?\\s*(${GOAL_UNIT})(及以上|以上|左右)?的?([\\u4e00-\\u9fa5A-Za-z0-9“”"、]{2,60})(?:[（(][^（()）]{1,20}[)）])?$`)))) {
    // ("新建5个货运站场(物流园区)": a bracket after what is counted glosses it and is not part of the name.)
    const pending = PENDING.test(m[1]);
    // "培育3—5户…": a range of counts is at least its lower bound.
    const min = m[3] === '及以上' || m[3] === '以上' || /(?:至少|最少|不少于)/.test(m[0].slice(0, m[0].indexOf(m[1]))) || new RegExp(`${num}\\s?[-—–~～]\\s?\\d`).test(m[0]);
    // "培育50万吨以上的海运骨干企业": a measure (not a count) with 以上 before what is named is the size
    // class of the things, not how many of them are to be.
    if (min && SIZE_UNIT.test(m[2])) return null;
    // "30个左右辐射带动能力较强、…、互联衔接紧密的国家物流枢纽": what is counted is the head after
    // the last 的; the attributes before it describe it.
    // "31个重点物流项目建设": what is counted is the projects, not their building.
    // "40个以上物流中心和若干个农村物流站点": a thing joined with 若干 (no number) is not counted here.
    // "建成200公里以上": a qualifier is no counted thing.
    if (/^(?:以上|左右|以下|以内)$/.test(m[4])) return null;
    const counted = headNoun(m[4].trim().replace(/等$/, '').replace(/[和及]若干[个家处项座条]?[\u4e00-\u9fa5A-Za-z“”"]{2,30}$/, '')).replace(/(项目)(?:建设|实施)$/, '$1');
    if (counted.length < 2 || counted.length > 30 || /、/.test(counted)) return null;
    return { name: counted, target: { year, kind: pending ? 'pending' : min ? 'min' : 'level', value: pending ? null : Number(m[1]), text, unit: m[2], direction: 'increase', directionBy: 'wording' } };
  }
  // "平均通关时间为5小时", "企业开办时间3个工作日以内": a time is a ceiling in its unit; only when the
  // clause ends with it and the name is a time or 以内 / 以下 caps it ("提供24小时服务" sets nothing).
  if ((m = c.match(TIME_CEILING))) {
    const name = m[1].trimEnd().replace(TRAILING_VERB, '').trim();
    if (m[4] || /(?:时间|时长|用时|时限|周期|时效)$/.test(name)) return { name, target: { year, kind: 'max', value: Number(m[2]), text, unit: m[3] } };
  }
  if ((m = c.match(/^(.{1,40}?)(?:实现|达到)?全覆盖/))) {
    // "…商品冷链物流“全覆盖”，…“全链条”…“无断链”": a coverage in quotes among slogans is a slogan.
    if (/[“"]$/.test(m[1])) return null;
    return { name: m[1].trim(), target: { year, kind: 'coverage', value: null, text } };
  }
  if ((m = c.match(new RegExp(`^(.{1,80}?)(?:达到|达|突破|超过|不少于|不低于|力争达到|新增|引进|培育)?${num}\\s*(${GOAL_UNIT}|%)(?:以上|左右)?`)))) {
    const pending = PENDING.test(m[2]);
    const unit = m[3];
    // (A floor in the name, 国考断面三类以上水质比例达85.7% / 规模以上…, is no floor of the target.)
    const minish = /以上|不少于|不低于|突破|超过/.test(m[0].slice(m[1].length));
    // A name ends before the verb that carries the number: "…建设实现100%" names "…建设"; a list
    // of examples ending in 等 ("甲地区、乙地区等沿海港口…") is not part of the name.
    // "建成村级物流服务站300个", "计划培育…": a verb of making (planned) before the name is not part of it.
    // (Not 建成和在建规模: a state joined to another by 和 / 或 is part of the name.)
    const name = dropExamples(m[1].trim()).replace(TRAILING_VERB, '').replace(/^(?:计划)?(?:建成|打造|培育|新建|完成|增加(?!值))(?![和或及与])(?=[\u4e00-\u9fa5A-Za-z]{2})/, '');
    if (name.length > 40) return null;
    // "5A级物流企业", "5G基站" are names; "2个…" is not.
    if (!name || /^\d+(?:\.\d+)?(?:[^\dA-Za-z]|$)/.test(name)) return null;
    // "冷库容量达到10-20万吨": a range's lower bound is the floor and the name stands before it;
    // "选择1-2个…城市" leaves a verb of choosing, which names nothing.
    const ranged = name.match(/^(.*?)(?:达到|达|突破|超过|不少于|不低于|力争达到|新增|引进|培育)?(\d+(?:\.\d+)?)\s?[-—–~～至]$/);
    if (ranged) {
      const before = ranged[1].replace(TRAILING_VERB, '').trim();
      if (before.length < 2 || /(?:选择|选取|确定|遴选)$/.test(before)) return null;
      return { name: before, target: { year, kind: 'min', value: Number(ranged[2]), text, unit } };
    }
    const rest = c.slice(m.index! + m[0].length);
    // "…四大类超100个重大项目", "开通湖北至…东南亚等地20条以上…线路": a count after 超 / 逾, or after places
    // closed by 等 (where), with what is counted after it to the end of the clause, counts that; what
    // stands before it describes it.
    if (/^(?:万|千)?[个家条座所处项]$/.test(unit) && /(?:超|逾|等[\u4e00-\u9fa5]?)$/.test(m[1]) && /^[\u4e00-\u9fa5A-Za-z“”"]{2,20}$/.test(rest)) return { name: rest, target: { year, kind: /超|逾|以上/.test(m[0]) ? 'min' : 'level', value: Number(m[2]), text, unit } };
    // "选择1-2个…": a name cut inside a range of numbers is no name.
    // "累计培育7个…品牌和5个…项目": an adverb or verb alone is not a name; the count comes before
    // what is counted, and a list of several counted things is not one indicator.
    if (QUALIFIER_ONLY.test(name)) return null;
    // "基本实现连接14个地州市…的公路高速化": a count followed by what it counts, after a word or two of
    // predicate (连接), counts places inside a phrase; the predicate names nothing.
    if (name.length <= 3 && !POSSESSION_VERB.test(name) && /^(?:万|千)?[个家条座所处]$/.test(unit) && /^[\u4e00-\u9fa5]/.test(rest) && !/^(?:以|左右)/.test(rest)) return null;
    // "每个行政村原则上有1家便利店": a norm for each of many places, not a quantity of the plan.
    // (每万人…, 每年… are rates and counts of the plan, and stay.)
    if (/^每(?:个|一个)?(?:行政村|村|乡镇|乡|镇|县|县域|区县|社区|街道|户|园区)/.test(name)) return null;
    // "年货运量150万吨以上的物流园、产业园实现…": a measure with 以上 / 以下 before 的 and what it describes
    // is a threshold defining those things, not a target.
    // (A count with 以上的 — 拥有5个以上的国家级物流枢纽 — is how many there are to be.)
    // (以上 is read into the match, 以下 is not.)
    if (/^(?:以上|以下)的/.test((/以上$/.test(m[0]) ? '以上' : '') + rest) && !/^(?:万|千)?[个家条座所处项]$/.test(unit)) return null;
    // "全市拥有5个国家级物流枢纽": a verb of having names nothing; what is counted follows it.
    if (POSSESSION_VERB.test(name)) {
      const counted = c.slice(m.index! + m[0].length).replace(/^的/, '').trim();
      if (!/^[\u4e00-\u9fa5A-Za-z0-9“”"]{2,30}$/.test(counted)) return null;
      return { name: counted, target: { year, kind: pending ? 'pending' : minish ? 'min' : 'level', value: pending ? null : Number(m[2]), text, unit, direction: 'increase', directionBy: 'wording' } };
    }
    // "…实现100%达标 / 覆盖 / 完成": the percentage is the share of something that does the verb;
    // that share is not named in the text unless the name itself is a rate (…达标率100%).
    if (unit === '%' && !isRateName(name) && PERCENT_OF_VERB.test(c.slice(m.index! + m[0].length))) return null;
    const kind: TargetKind = pending ? 'pending' : minish ? 'min' : lowerIsBetter(name, unit) ? 'max' : 'level';
    return { name, target: { year, kind, value: pending ? null : Number(m[2]), text, unit } };
  }
  return null;
}

// The class a list of examples closed by 等 belongs to (…、食用菌等农产品…).
const CLASS_NOUN = '(?:农产品|产品|商品|货物|物资|品类|品种|行业|领域|企业|地区|城市|园区)';
// Words an indicator name's shared tail often starts with ("肉类、果蔬、水产品产地低温处理率": the
// tail 产地低温处理率 belongs to every item).
const TAIL_START = /^(?:整体|产地|产业|企业|行业|市场|产品|平均|综合|规模|数量|总量|总额|保有量|覆盖率|占比|比重|增加值|营业收入|收入|产值|低温|冷链|服务|物流|标准化|信息化|数字化|的)/;

/**
 * "A和B年均增长分别达到15%、10%以上", "肉类、果蔬、水产品产地低温处理率分别达到85%、30%、85%": one
 * target per item, in order. Null when the clause is not of that form or the counts differ.
 */
// Words that join two kinds a 分别 clause gives a value each (城乡居民人均可支配收入分别增长6%、6.5%).
const PAIRED: Record<string, [string, string]> = { 城乡: ['城镇', '农村'], 进出口: ['进口', '出口'] };

export function respectiveTargets(clause: string, year: number | null, kinds: string[] | null = null): { name: string; target: Target }[] | null {
  // Zero-width spaces stand where a reposting site's reading aids were (script.ts).
  let c = clause.replace(/\u200b/g, '').trim().replace(/^(到|至)\s?(19|20)\d{2}\s?年(底|末)?[，,]?/, '');
  c = c.replace(/^(其中|力争|确保|实现|争取|努力实现|基本实现|全市|全区)[，,]?/, '').replace(SCOPE_PREFIX, '');
  // "A、B、C，同比2022年分别增长12%、15%、40%以上": the base year between the items and 分别; a
  // comma there without one ("A、B，分别达到…", the two clauses joined by goalIndicators) goes too.
  c = c.replace(/[，,]?\s*(?:(?:同比|较|比)(?:19|20)\d{2}\s*年)?(?=分别)/, '');
  const text = clause.trim();
  const m = c.match(
    new RegExp(
      `^(.{2,80}?)(年均增长|年均提高|年均增速|增长|提高|提升|下降|降低|减少)?分别(?:年均)?(?:达到|达|为|提高到|提高至|提升到|提升至|提高|提升|增长|下降|降低|减少|控制在|压缩至|压缩到|缩短至|缩短到|降至|降到|不超过|不低于|不少于|超过|突破)?((?:\\d+(?:\\.\\d+)?\\s*(?:%|${TIME_UNIT}|${GOAL_UNIT}|万|亿|千)?(?:左右|以上|以下|以内)?\\s*[、和及与]\\s*)+\\d+(?:\\.\\d+)?\\s*(?:%|${TIME_UNIT}|${GOAL_UNIT})?)(以上|以内|以下|左右)?`,
    ),
  );
  if (!m) return sharedRespective(c, year);
  // "分别为4.8%左右和4.3%左右": a qualifier may follow each value, not only the last.
  const values = m[3].split(/[、和及与]/).map((v) => v.trim().replace(/(?:左右|以上|以下|以内)$/, ''));
  const lastUnit = values[values.length - 1].replace(/^\d+(?:\.\d+)?\s*/, '');
  // "分别突破250万、400万标箱": a bare magnitude before the last value takes the last value's unit.
  const unitOf = (u: string) => (!u || (/^[万亿千]$/.test(u) && lastUnit.startsWith(u)) ? lastUnit : u);
  const nums = values.map((v) => ({ value: Number(v.match(/^\d+(?:\.\d+)?/)![0]), unit: unitOf(v.replace(/^\d+(?:\.\d+)?\s*/, '')) }));
  // "…的采后腐损率明显下降，分别降至…": an adverb before the verb is no part of the last item.
  const listed = m[1].replace(/(?:明显|显著|大幅|进一步|持续|稳步|逐步)$/, '');
  let items = listed.split(/[、和及与]/).map((x) => x.trim()).filter(Boolean);
  // "综保区和保税物流中心(B型)一线进出口额": 和 inside one item; the list is split on 、 then.
  if (items.length !== nums.length) items = listed.split(/[、，,]/).map((x) => x.trim()).filter(Boolean);
  // "城乡居民人均可支配收入分别增长6%、6.5%": one name opening with a word of two kinds, two values:
  // one per kind, in the word's order.
  const paired = items.length === 1 && nums.length === 2 ? items[0].match(/^(城乡|进出口)(.+)$/) : null;
  if (paired) items = PAIRED[paired[1]].map((k) => k + paired[2]);
  // "果蔬、肉类、水产品冷链流通率分别提高到…，流通腐损率分别降至12%、4%、5%以下": one name and as many
  // values as the kinds of the 分别 clause before: the same kinds, in order.
  const carried = items.length === 1 && kinds !== null && kinds.length === nums.length;
  if (carried) items = kinds.map((k) => k + items[0]);
  if (items.length !== nums.length) return null;
  // "鲜切花、果蔬、肉类、食用菌等农产品低温处理率": a list closed by 等 and the class of its items
  // (农产品, 商品, 企业 …) shares what follows the class; the class is not part of each name.
  const classed = items.length > 1 ? items[items.length - 1].match(new RegExp(`^(.{1,12}?)等[\\u4e00-\\u9fa5]{0,4}?${CLASS_NOUN}(.{2,20})$`)) : null;
  if (classed) items = [...items.slice(0, -1), classed[1]].map((x) => x + classed[2]);
  // A shared tail written once, on the last item: give it to the short items before it.
  const last = items[items.length - 1];
  const shortest = Math.min(...items.slice(0, -1).map((x) => x.length));
  const longest = Math.max(...items.slice(0, -1).map((x) => x.length));
  let names = items;
  const measured = (x: string) => RATE_NAME.test(x) || /(量|额|值|数|规模|时间|时长)$/.test(x);
  if (items.length > 1 && longest <= 4 && last.length >= longest + 3 && measured(last) && !measured(items[0])) {
    for (let p = Math.max(1, shortest); p <= last.length - 2; p++) {
      if (TAIL_START.test(last.slice(p))) {
        // "果蔬、肉类、水产品的采后腐损率": a tail opening with 的 joins each item without it.
        const at = last[p] === '的' ? p + 1 : p;
        const tail = last.slice(at);
        names = items.map((x, i) => (i === items.length - 1 ? x.slice(0, p) : x) + tail);
        break;
      }
    }
  }
  // "铁路、水路货运周转量比2023年分别增长…", "集装箱海铁、江海河联运量分别突破…": else a measure the last
  // item ends with (MEASURE_TAIL) is shared by the items before it that name no measure of their own.
  const tail = last.match(MEASURE_TAIL)?.[0] ?? '';
  if (names === items && tail && last.length - tail.length >= 2 && !items.slice(0, -1).some((x) => measured(x) || x.endsWith(tail))) names = items.map((x, i) => (i === items.length - 1 ? x : x + tail));
  // The verb before 分别 (…年均增长分别达到…) or after it (…分别增长12%、15%, …分别年均增长5%、3%).
  const after = m[0].slice(m[0].indexOf('分别') + 2).replace(/[\d.%、和及与\s]|以上|以内|以下|左右/g, '');
  // 提高到 / 提升至 name the level reached (as goalClauseTarget reads them), not a growth by it.
  const verb = (m[2] ?? '') + (/^(?:年均)?(?:增长|提高|提升|下降|降低|减少)(?![到至])/.test(after) ? after : '');
  const growth = /增长|提高|提升|增速/.test(verb);
  const reduction = /下降|降低|减少/.test(verb);
  const annual = /年均/.test(verb);
  const minish = /以上|不低于|不少于|(?<!不)超过|突破/.test(m[0]);
  const maxish = /以内|以下|控制在|压缩|缩短|降至|降到|不超过/.test(m[0]);
  return names.map((name, i) => {
    const { value, unit } = nums[i];
    if ((growth || reduction) && unit === '%' && !isRateName(name))
      return { name, target: { year, kind: growth ? 'growth' : 'reduction', value, text, unit: '%', growthBasis: annual ? 'annual' : 'cumulative', direction: growth ? 'increase' : 'decrease', directionBy: 'wording' } as Target };
    // A time (30分钟、2天) is a ceiling even when the wording does not say so.
    const kind: TargetKind = minish ? 'min' : maxish || LOWER_IS_BETTER_UNIT.test(unit) ? 'max' : 'level';
    return { name, target: { year, kind, value, text, unit, ...(unit === '%' && isRateName(name) ? { rate: true } : {}) } as Target };
  });
}

/**
 * "物流库存量和库存周转时间分别降低10个百分点以上", "乡镇和建制村分别实现全覆盖": items joined by
 * 和 / 、 sharing one value (or a coverage, with none) after 分别; each item is read as if the verb
 * and value were written after it. Null unless every item reads as a target and the rest holds at
 * most one number.
 */
function sharedRespective(c: string, year: number | null): { name: string; target: Target }[] | null {
  const m = c.match(/^(.{2,60}?)分别((?:年均)?(?:增长|提高|提升|下降|降低|减少|达到|达|为|控制在|降至|降到|不低于|不少于|超过|实现).*)$/);
  if (!m || (m[2].match(/\d+(?:\.\d+)?/g) ?? []).length > 1) return null;
  const items = m[1].split(/[、和及与]/).map((x) => x.trim()).filter(Boolean);
  if (items.length < 2) return null;
  const each = items.map((x) => goalClauseTarget(x + m[2], year));
  if (each.some((r, i) => r === null || r.name !== items[i])) return null;
  return each as { name: string; target: Target }[];
}

/**
 * "铁路、水路货运增量均超1000万吨", "铁路、高速公路里程均超…": items listed with 、 / 和 sharing the tail of
 * the last item's name (货运增量, 里程) and one value after 均 each take both. The shared tail is the
 * measure the last item ends with (MEASURE_TAIL), not a cut at the first item's length: items of
 * different lengths (铁路、高速公路) keep their own words. Null when the clause is not of that form (a
 * lone item, an item of one character, items of different lengths with no measure known at the end of
 * the last, more than one value).
 */
// A measure an item list shares, with what may qualify it (货运 / 客运 / 通车 / 营业 / 运营 …, 总).
const MEASURE_TAIL = /(?:(?:货运|客运|货物|旅客|通车|营业|运营|营运)?(?:总)?(?:里程|增量|联运量|运量|吞吐量|吞吐能力|周转量|投资|规模|总量|总额|产值|收入|业务量)|(?:货运|客运)量)$/;
export function sharedEachTargets(clause: string, year: number | null): { name: string; target: Target }[] | null {
  // "完成公路网、内河航道数字化改造各1000公里以上": 各 (each) shares the value as 均 does, the number
  // right after it.
  const m = clause.trim().match(/^(.{2,60}?)(?:均(?=超过|超|达到|达|突破|不低于|不少于|高于|保持在|为|在)|各(?=\d))(.*)$/);
  // Exactly one value (a clause with none or two is not this form).
  if (!m || m[2].split(/\d+(?:\.\d+)?/).length !== 2) return null;
  const raw = m[1].split(/[、和及与]/);
  if (raw.length < 2) return null;
  // The first item may carry what opens the clause (实现全年…).
  raw[0] = raw[0].replace(/^(?:实现|力争|确保|争取|预计|计划|全年|年内|当年|全省|全市|全区|全县|完成|建成|新建)+/, '');
  const last = raw[raw.length - 1];
  // Without a measure known at its end, the items are taken to be of one length (安全市场、物流市场交易额)
  // and the tail, a measure (…量 / 额 / 值 / 数 / 率 …), is the rest of the last.
  const n = raw[0].length;
  const even = raw.slice(1, -1).every((x) => x.length === n) && last.length > n + 1;
  // A work the items share (…数字化改造) starts with a word TAIL_START knows, after the shortest item's length.
  const shortest = Math.min(...raw.slice(0, -1).map((x) => x.length));
  const work = [...last].findIndex((_, p) => p >= shortest && p <= last.length - 2 && TAIL_START.test(last.slice(p)));
  const tail = last.match(MEASURE_TAIL)?.[0] ?? (even && /(?:量|额|值|数|率|规模|能力)$/.test(last) ? last.slice(n) : work > 0 ? last.slice(work) : '');
  const items = [...raw.slice(0, -1), last.slice(0, last.length - tail.length)];
  if (!tail || items.some((x) => x.length < 2)) return null;
  const out: { name: string; target: Target }[] = [];
  for (const item of items) {
    const r = goalClauseTarget(item + tail + m[2], year);
    if (!r || r.name !== item + tail) return null;
    out.push(r);
  }
  return out;
}

// What a measure of money or volume is named by at its end (固定资产投资, 社会物流总额, 物流业增加值).
const MEASURE_END = /(?:投资|总额|额|增加值|产值|总值|收入|总量|业务量|吞吐量|周转量|运量)$/;
/**
 * "固定资产投资、工业投资、服务业投资均增长12%左右", "社会物流总额和物流业增加值年均增长10%以上":
 * measures listed with 、 / 和 / 及 / 与 before one verb and one value (均 or not) each take that
 * value, when every item is a whole measure (ends with a word of one: 投资 / 总额 / 增加值 …); a list
 * of kinds sharing one measure (货物、服务进出口总额, 批发和零售业增加值) is one name. Null when the
 * clause is not of that form.
 */
export function listedMeasureTargets(clause: string, year: number | null): { name: string; target: Target }[] | null {
  const m = clause.trim().match(/^(.{4,60}?)均?((?:年均|同比)?(?:增长|提高|增加|下降|降低|减少|达到|超过|突破|不低于)\d+(?:\.\d+)?\s*%?[^\d]*)$/);
  if (!m) return null;
  const items = m[1].split(/[、和及与]/).map((x, i) => (i === 0 ? x.replace(/^(?:实现|力争|确保|争取|预计|全年|年内|当年|全省|全市|全区|全县)+/, '') : x));
  if (items.length < 2 || !items.every((x) => x.length >= 2 && MEASURE_END.test(x))) return null;
  const out: { name: string; target: Target }[] = [];
  for (const item of items) {
    const r = goalClauseTarget(item + m[2], year);
    if (!r || r.name !== item) return null;
    out.push(r);
  }
  return out;
}

/**
 * "培育5个年营业收入超10亿元、10个年营业收入超5亿元的商贸物流龙头企业": counts listed with 、, each
 * with its own attribute, sharing what is counted, written once after the last 的. Each count is
 * an indicator named by its attribute and the shared head; null when the clause is not of that form.
 */
export function countListTargets(clause: string, year: number | null): { name: string; target: Target }[] | null {
  const c = clause.trim().replace(/^(?:到|至)?\s?(19|20)\d{2}\s?年(底|末)?[，,]?/, '');
  const m = c.match(new RegExp(`^[^\\d、，,；;。]{0,20}?${COUNTING_CHAIN}((?:\\d+\\s*${GOAL_UNIT}[^、，,；;。]{2,30}、)+\\d+\\s*${GOAL_UNIT}[^、，,；;。]{2,40})$`));
  if (!m) return null;
  const pieces = m[1].split(/、(?=\d)/);
  const last = pieces[pieces.length - 1];
  const at = last.lastIndexOf('的');
  const head = at >= 0 ? last.slice(at + 1) : '';
  if (head.length < 2) return null;
  const out: { name: string; target: Target }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = i === pieces.length - 1 ? last.slice(0, at) : pieces[i];
    const q = p.match(new RegExp(`^(\\d+)\\s*(${GOAL_UNIT})(?:以上|左右)?的?(.{2,30})$`));
    // Every item must hold an attribute of its own with a number (年营业收入超10亿元), or the
    // list is of different things and is read item by item.
    if (!q || !/\d/.test(q[3])) return null;
    out.push({ name: `${q[3]}的${head}`, target: { year, kind: 'level', value: Number(q[1]), text: clause.trim(), unit: q[2], direction: 'increase', directionBy: 'wording' } });
  }
  return out;
}

const CN_COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * "…传出信息：后五年全省交通投资将不少于1200亿元": a span of years after 后 / 此后 running on into its subject without a comma opens a goal of the document's year plus N, to the
 * end of its sentence, where the sentence has a number of its own; it may stand in a line beside a
 * period's horizon (到“十一五”末…). Without a document year, a goal without a year (as undatedGoalOpenings
 * reads the comma form).
 */
export function spanOpenings(c: string, docYear: number | null): { at: number; year: number | null; end: number }[] {
  const out: { at: number; year: number | null; end: number }[] = [];
  // Only 后 / 此后: "未来5年谋划推进项目43个" lists a pipeline of projects, not targets.
  const span = /(?:^|[。；;，,：:\s])(?:此后|后)([一二两三四五六七八九十]|\d{1,2})年(?=[\u4e00-\u9fa5])(?!内|里|时|间)/g;
  let m: RegExpExecArray | null;
  while ((m = span.exec(c))) {
    const at = m.index + (m[0].length - m[0].replace(/^[。；;，,：:\s]/, '').length);
    const stop = c.slice(at).search(/[。！!？?]/);
    const end = stop >= 0 ? at + stop : c.length;
    if (!/\d/.test(c.slice(at + m[0].length, end).replace(/(?:19|20)\d{2}\s?年/g, ''))) continue;
    out.push({ at, year: docYear === null ? null : docYear + (/\d/.test(m[1]) ? Number(m[1]) : CN_COUNT[m[1]]), end });
  }
  return out;
}

/**
 * Goals set without a year written: a span counted from the document's year (未来三年，… / 今后5年，…
 * / 三年内，…: the document's year plus N; with no year known, none) and a 力争 / 确保 / 争取 clause
 * with a number and no year of its own (下一步，…力争培育…10家: no year), where `strive`. Each runs
 * to the end of its sentence. Only called where nothing dated opened a goal in the line.
 */
export function undatedGoalOpenings(c: string, docYear: number | null, strive = true): { at: number; year: number | null; end: number }[] {
  const out: { at: number; year: number | null; end: number }[] = [];
  const sentenceEnd = (from: number) => {
    // ； parts the clauses of one goal sentence (未来三年，培育…；新建…；…。); 。 ends it.
    const stop = c.slice(from).search(/[。！!？?]/);
    return stop >= 0 ? from + stop : c.length;
  };
  let m: RegExpExecArray | null;
  const span = /(?:^|[。；;，,：:\s])(?:在)?(?:未来|今后|再用|用)?\s?([一二两三四五六七八九十]|\d{1,2})\s?年(?:内|时间|里)?[，,]/g;
  while ((m = span.exec(c))) {
    // "用三年时间，" / "三年内，" need the marker of a span ahead (未来 / 今后 / 用) or 内 behind it.
    if (!/未来|今后|用|年(?:内|里)/.test(m[0])) continue;
    const n = /\d/.test(m[1]) ? Number(m[1]) : CN_COUNT[m[1]];
    const at = m.index + m[0].length;
    const end = sentenceEnd(at);
    if (!/\d/.test(c.slice(at, end).replace(/(?:19|20)\d{2}\s?年/g, ''))) continue;
    out.push({ at, year: docYear !== null && n ? docYear + n : null, end });
  }
  // A 力争 sentence after dated goals is read as part of the plan's work under them, not as a goal
  // of its own: only a document with no dated goal before it opens one (strive).
  if (out.length || !strive) return out;
  const striving = /(?:^|[。；;，,：:\s])(?:将|要)?(?:力争|确保|争取|计划(?=[\u4e00-\u9fa5]{0,2}(?:引进|新建|建成|建设|培育|打造|新增|开通|实施|完成)))(?![到至]\s?(?:19|20)\d{2})/g;
  while ((m = striving.exec(c))) {
    const at = m.index + (m[0].length - m[0].replace(/^[。；;，,：:\s]/, '').length);
    const end = sentenceEnd(at);
    const clauseEnd = at + Math.max(0, c.slice(at, end).search(/[，,]|$/));
    const clause = c.slice(at, clauseEnd > at ? clauseEnd : end);
    // A number of its own in the clause, and no year anywhere in the sentence (a dated goal is read elsewhere).
    if (/(?:19|20)\d{2}\s?年|今年|明年/.test(c.slice(Math.max(0, c.lastIndexOf('。', at)), end))) continue;
    if (!/\d/.test(clause)) continue;
    out.push({ at, year: null, end });
  }
  return out;
}

/**
 * Where a goal with no 到YYYY年 opens in a line, and its year: a labelled list of targets
 * (主要预期目标：… / 近期目标(2019-2020年)是…), a horizon set as 以2025年为节点目标, and a target
 * named as such in one clause (2025年物流业增加值目标占GDP比重8%, which ends with its clause). A
 * label with no year of its own takes the latest year written before it (the plan's year:
 * 落实2019年…主要预期目标, 2020年…; 今年…主要预期目标是); with none, it opens nothing.
 */
export function goalOpenings(c: string, before: string, docYear: number | null = null): { at: number; year: number; end?: number }[] {
  // 今年 (this year) is the document's year.
  const yearsIn = (s: string) => [...s.matchAll(/((?:19|20)\d{2})\s?年|今年/g)].map((y) => (y[1] ? Number(y[1]) : docYear)).filter((y): y is number => y !== null);
  const out: { at: number; year: number; end?: number }[] = [];
  let m: RegExpExecArray | null;
  const period = /目标\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年?\s*[）)]\s*(?:是|为)?[:：]?/g;
  while ((m = period.exec(c))) out.push({ at: m.index + m[0].length, year: Number(m[1]) });
  if (!out.length) {
    const label = /(?:主要|预期|发展|年度|工作|总体)*目标(?:是|为)?[:：]|(?:主要|预期|年度)+目标(?:是|为)/g;
    while ((m = label.exec(c))) {
      const at = m.index + m[0].length;
      if (!/\d/.test(c.slice(at).replace(/(?:19|20)\d{2}\s?年/g, ''))) continue;
      const years = yearsIn(before + c.slice(0, m.index));
      if (!years.length) continue;
      out.push({ at, year: years[years.length - 1] });
    }
  }
  // "《实施意见》强调，要…站点550个以上": a plan quoted with a verb of intent and no year of its
  // own states goals of the latest year written before it (the plan's: 2024年…一号文件), else of
  // the document's year.
  if (!out.length) {
    const quoted = /(?:提出|强调|明确|要求)[，,：:]\s?(?=要|将(?!近)|力争|确保|争取)/g;
    while ((m = quoted.exec(c))) {
      const years = yearsIn(before + c.slice(0, m.index));
      const year = years.length ? years[years.length - 1] : docYear;
      if (year !== null && /\d/.test(c.slice(m.index).replace(/(?:19|20)\d{2}\s?年/g, ''))) out.push({ at: m.index + m[0].length, year });
    }
  }
  // "《任务清单》明确，进一步提高…，…，快递服务进村率达100%。": a document named in 《》 that sets
  // out (明确 / 提出 / 要求) a sentence in which something reaches a number states a target of the
  // latest year written before (the document's own name: 《2025年度…清单》), else of the document's
  // year; the goal ends with that sentence. Without a verb of reaching (…明确了3个方面、15项任务)
  // it opens nothing.
  if (!out.length) {
    const named = /《[^《》]{1,40}》(?:明确|提出|要求)[，,：:]/g;
    while ((m = named.exec(c))) {
      const at = m.index + m[0].length;
      const stop = c.slice(at).search(/[。！!？?]/);
      const end = stop >= 0 ? at + stop : c.length;
      if (!/(?:达到|达|实现|突破|超过|不低于|不少于|提高到|提升到|提高至|提升至)\s?\d/.test(c.slice(at, end))) continue;
      const years = yearsIn(before + c.slice(0, m.index));
      const year = years.length ? years[years.length - 1] : docYear;
      if (year !== null) out.push({ at, year, end });
    }
  }
  // "规划要求园区屋顶光伏覆盖率不低于30%，新能源车辆占比超过40%": a plan (规划 / 方案 / 意见 / 纲要 /
  // 要点) requiring or setting out, with no year of its own, a sentence in which the general reader
  // names a target states a target of the latest year written before it, else of the document's.
  // Not 明确了 / 提出了 (what a plan contains, reported).
  if (!out.length) {
    const required = /(?:规划|方案|意见|纲要|要点)(?:还|也|并|同时|特别|进一步)?(?:要求|提出|明确|规定)(?!了)[，,：:]?/g;
    while ((m = required.exec(c))) {
      const at = m.index + m[0].length;
      const stop = c.slice(at).search(/[。！!？?]/);
      const end = stop >= 0 ? at + stop : c.length;
      if (/(?:19|20)\d{2}\s?年|今年/.test(c.slice(at, end))) continue;
      const years = yearsIn(before + c.slice(0, m.index));
      const year = years.length ? years[years.length - 1] : docYear;
      if (year !== null && statesTarget(c.slice(at, end), year)) out.push({ at, year, end });
    }
  }
  // "八项主要任务则有明确的目标计划。比如，洋浦全港年吞吐量突破7000万吨，…": examples after a sentence
  // saying the plan has targets are those targets, of the latest year written before, else of the
  // document's; they run to the end of the line.
  if (!out.length) {
    const examples = /目标[^。；;！!？?]{0,8}[。；;：:]\s*(?:比如|例如|譬如)[，,：:]?/g;
    while ((m = examples.exec(c))) {
      const years = yearsIn(before + c.slice(0, m.index));
      const year = years.length ? years[years.length - 1] : docYear;
      if (year !== null) out.push({ at: m.index + m[0].length, year });
    }
  }
  // "《通知》提出，2024年，…寄递业务量达到20亿件": a year right after a verb of proposing opens
  // the goals of that year (what a plan proposes is not a fact reported).
  const proposed = /(?:提出|明确|要求)[，,：:]?\s?((?:19|20)\d{2})\s?年[，,]/g;
  while ((m = proposed.exec(c))) out.push({ at: m.index + m[0].length, year: Number(m[1]) });
  const horizon = /以\s?((?:19|20)\d{2})\s?年为(?:节点|目标|期限|时限)(?:目标|年)?/g;
  while ((m = horizon.exec(c))) out.push({ at: m.index, year: Number(m[1]) });
  const named = /(?<![\d\-—–~～至到])((?:19|20)\d{2})\s?年(?=[\u4e00-\u9fa5A-Za-z]{2,20}?目标[^，,。；;]{0,20}?\d)/g;
  while ((m = named.exec(c))) {
    if (out.some((o) => o.at <= m!.index && (o.end === undefined || o.end > m!.index))) continue;
    const stop = c.slice(m.index).search(/[，,。；;]/);
    out.push({ at: m.index, year: Number(m[1]), end: stop >= 0 ? m.index + stop : c.length });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Openings a line may hold beside its 到YYYY年 goals, each a year written without 到: a deadline that
 * opens a clause ("2023年底前，全市建设完成8条以上…" / "今年6月底前，…": what is to be done by then is
 * a target of that year; not "…于2023年底前完成", which is a task's time limit inside a sentence), and
 * a year right after a verb of proposing ("《方案》明确，2025年，新增…44个…；到2027年底，累计…":
 * what a plan proposes is not a fact reported, and the 到 goal after it does not hide it).
 */
// A year after a verb of pushing or intent, then a name and a verb of reaching with a number (推进2007年
// 港口集装箱吞吐量实现2000万标准箱): the target of that year, set in a work plan's measure.
export const PUSHED_YEAR = /(?:推进|推动|确保|力争|争取|保证|努力)((?:19|20)\d{2})\s?年(?=[\u4e00-\u9fa5A-Za-z]{2,20}?(?:实现|完成|达到|突破|超过)\s?\d)/;

export function yearOpeningsWithout到(c: string, docYear: number | null = null): { at: number; year: number; end?: number }[] {
  const out: { at: number; year: number; end?: number }[] = [];
  let m: RegExpExecArray | null;
  // The deadline may follow its goal heading run on without a stop (二、创建目标2022年8月底前，…), and a
  // copy may have lost the 月 of its month (2022年8底前).
  const deadline = /(?:^|[。；;，,：:\s）)]|目标(?:任务)?)(?:在|于)?((?:19|20)\d{2}\s?年|今年)(?:\d{1,2}\s?月?)?(?:年?底|年?末|份)?(?:以)?前[，,]/g;
  while ((m = deadline.exec(c))) {
    const year = m[1] === '今年' ? docYear : Number(m[1].slice(0, 4));
    if (year === null) continue;
    // The clause must set something to reach, with a number of its own, not only "…前，完成…" (after
    // its goal heading it is a goal's opening all the same: its items may hold the numbers).
    const rest = c.slice(m.index + m[0].length);
    const stop = rest.search(/[。]/);
    if (!m[0].startsWith('目标') && !/\d/.test((stop >= 0 ? rest.slice(0, stop) : rest).replace(/(?:19|20)\d{2}\s?年/g, ''))) continue;
    out.push({ at: m.index + (m[0].length - m[0].replace(/^(?:[。；;，,：:\s）)]|目标(?:任务)?)/, '').length), year });
  }
  const proposed = /(?:提出|明确|要求)[，,：:]?\s?((?:19|20)\d{2})\s?年[，,]/g;
  while ((m = proposed.exec(c))) out.push({ at: m.index + m[0].length, year: Number(m[1]) });
  // "(二)发展目标。2020年，…建成出川大通道38条": a year opening the text of a goal heading is the first
  // stage's horizon, written without 到 (the stages after it say 到2025年 / 到2035年).
  // (A heading's: after its number or at the line's start, not "…完成了2020年目标。2021年，…".)
  // "推进2007年港口集装箱吞吐量实现2000万标准箱的目标": a year after a verb of pushing or intent, its name
  // and a verb of reaching with a number after it, is the target of that year (a work plan's measure).
  // "5县将于2012年确保…建设6处以上…站；2013年，在70%以上的乡镇建成…；2014年，…": a year after 将于 (will,
  // by then) opens that year's goal, and each year opening a clause after ； in the line goes on to the
  // next stage of the same plan.
  // (The plan's sentence ends at 。: what the line reports after it is no stage.)
  const willBy = /将于\s?((?:19|20)\d{2})\s?年/g;
  while ((m = willBy.exec(c))) {
    const stop = c.indexOf('。', m.index);
    const end = stop >= 0 ? stop : c.length;
    out.push({ at: m.index + 2, year: Number(m[1]), end });
    const stage = /[；;]\s?((?:19|20)\d{2})\s?年[，,]?/g;
    stage.lastIndex = m.index + m[0].length;
    for (let n = stage.exec(c); n && n.index < end; n = stage.exec(c)) out.push({ at: n.index + 1, year: Number(n[1]), end });
  }
  const pushed = new RegExp(PUSHED_YEAR.source, 'g');
  while ((m = pushed.exec(c))) out.push({ at: m.index + m[0].length - m[1].length - 1, year: Number(m[1]) });
  const headed = /(?:^|[、.．)）])[\u4e00-\u9fa5]{0,4}目标(?:任务)?[。：:]?\s?((?:19|20)\d{2})\s?年(?:底|末)?[，,]/g;
  while ((m = headed.exec(c))) out.push({ at: m.index + m[0].length, year: Number(m[1]) });
  // "根据阶段目标任务，2023年，…。2024年，70%以上…": after the plan's stages named as such, each year
  // opening a sentence or clause opens that year's goal.
  const stages = c.search(/阶段性?(?:目标|任务)/);
  const staged = /[。；;，,：:\s]((?:19|20)\d{2})\s?年[，,]/g;
  staged.lastIndex = Math.max(0, stages);
  while (stages >= 0 && (m = staged.exec(c))) out.push({ at: m.index + 1, year: Number(m[1]) });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Whether the first paragraph stating a target under a heading naming the plan's goals (一、主要目标 /
 * 一、工作目标), where it opens no goal of its own, opens one all the same, and of which year: such a
 * heading puts the targets stated under it in the goals, dashed (——…增长4.5%) or plain (…。2021年，实现…
 * 增幅15%); the paragraphs after it continue that goal or not as after any other. The year is one
 * opening a sentence of the paragraph, else the document's where it says 今年, else the heading's own,
 * else the latest written before it (the plan's title), else the document's, else one the section
 * writes elsewhere (力争2024年…); with none, no goal. A paragraph reporting what was done (已 / 截至 /
 * 以来) is no goal.
 */
export function sectionGoalYear(c: string, title: string, before: string, section: string, docYear: number | null): number | null {
  if (/已|截至|截止|以来/.test(c)) return null;
  const own = c.match(/(?:^|[。；;])\s*((?:19|20)\d{2})\s?年[，,]/);
  if (own) return Number(own[1]);
  if (c.includes('今年')) return docYear;
  const dated = title.match(/((?:19|20)\d{2})\s?年/) ?? [...before.matchAll(/((?:19|20)\d{2})\s?年/g)].pop();
  if (dated) return Number(dated[1]);
  if (docYear !== null) return docYear;
  const inSection = section.match(/((?:19|20)\d{2})\s?年/);
  return inSection ? Number(inSection[1]) : null;
}

/**
 * Sentences of a task that set the whole year's figure of a measure (实现全年区级一般公共预算收入同比增长1%,
 * 力争完成年度投资536亿元): 全年 / 年度 before the measure, a number after it in the same clause. The
 * task's other sentences are work, not targets. Each is given as [start, end) in `c`, without the
 * item's number.
 */
export function wholeYearTargets(c: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const s of c.split(/(?<=[。；;！!？?])/)) {
    const whole = s.search(/(?:全年|年度)(?![^，,。；;]{0,4}(?:目标|任务|计划|工作|考核))[^，,。；;0-9]{1,16}?\d/);
    if (whole >= 0 && !/已|截至|截止|以来|了/.test(s)) {
      // From the clause 全年 / 年度 stands in, without the item's number; a long run of work before it in
      // the clause (围绕…产业……全年争取…) is no part of the target.
      const clause = Math.max(0, ...[...s.slice(0, whole).matchAll(/[，,：:]/g)].map((m) => m.index! + 1));
      const item = s.slice(clause).match(/^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?\s*/)![0].length;
      const from = whole - (clause + item) > 6 ? whole : clause + item;
      out.push([at + from, at + s.replace(/[。；;！!？?]$/, '').length]);
    }
    at += s.length;
  }
  return out;
}

// The last year of a five-year plan's period (十二五 = 2011–2015).
const PERIOD_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030 };

/**
 * Goals set for a five-year plan's period, not a year: "到“十四五”期末，…" is a horizon like 到2025年;
 * in a paragraph naming the period ("制定了“十二五”…发展目标。江苏省将…建成18个以上…", "《“十三五”…方案》
 * 出台，我省将推出实施100个…"), the first clause of intent (将 / 力争 / 计划, not 将近) with a number
 * opens a goal of the period's last year. A period named as the past (“十三五”以来 / 期间…已…) opens
 * nothing. Only called where nothing dated opened a goal in the line.
 */
export function periodGoalOpenings(c: string): { at: number; year: number }[] {
  const out: { at: number; year: number }[] = [];
  let m: RegExpExecArray | null;
  const horizon = /(?:到|至)\s?[“"]?十([一二三四五])五[”"]?\s?(?:期末|末|时期末)[，,]?/g;
  while ((m = horizon.exec(c))) out.push({ at: m.index, year: PERIOD_END[m[1]] });
  if (out.length) return out;
  // The closing quote is optional, so 以来 is looked for past it too: else “十三五 matches alone
  // before ”以来.
  const named = c.match(/[“"]?十([一二三四五])五[”"]?(?![”"]?以来)/);
  if (!named || named.index === undefined) return out;
  if (/^[”"]?\s?(?:期间|时期)[^。；;]{0,20}已/.test(c.slice(named.index + named[0].length))) return out;
  const intent = /(?:将(?!近|是|成为|于)|力争|计划)/g;
  // The word of intent may stand before the period in its sentence (计划“十四五”期间实施…188个).
  const sentenceStart = Math.max(0, ...['。', '；', ';'].map((p) => c.lastIndexOf(p, named.index) + 1));
  intent.lastIndex = /(?:将(?!近|是|成为|于)|力争|计划)/.test(c.slice(sentenceStart, named.index)) ? sentenceStart : named.index + named[0].length;
  while ((m = intent.exec(c))) {
    const stop = c.slice(m.index).search(/[。]/);
    const sentence = stop >= 0 ? c.slice(m.index, m.index + stop) : c.slice(m.index);
    if (!/\d/.test(sentence.replace(/(?:19|20)\d{2}\s?年/g, ''))) continue;
    out.push({ at: m.index, year: PERIOD_END[named[1]] });
    break;
  }
  return out;
}

/**
 * Openings a line may hold beside its dated goals (to the end of their sentence), each where a word of
 * intent and a number of its own follow in the sentence: a span counted from the document's year
 * ("未来5年，…计划安排总投资…，预计完成投资约1900亿元。到2025年，…": the document's year plus N, none
 * known: no year), and a five-year plan's period opening a sentence ("“十二五”期，…将完成…投资1500亿至
 * 2000亿元…": the period's last year). Not a period told as the past (以来, …已…).
 */
export function besideOpenings(c: string, docYear: number | null): { at: number; year: number | null; end: number }[] {
  const out: { at: number; year: number | null; end: number }[] = [];
  const opening = /(?:^|[。；;！!？?\s])(?:(?:未来|今后)\s?([一二两三四五六七八九十]|\d{1,2})\s?年(?:内|里)?[，,]|[“"]?十([一二三四五])五[”"]?(?:期间|时期|期)?[，,]?(?![”"]?以来))/g;
  let m: RegExpExecArray | null;
  while ((m = opening.exec(c))) {
    const at = m.index + (m[0].length - m[0].replace(/^[。；;！!？?\s]/, '').length);
    const stop = c.slice(at).search(/[。！!？?]/);
    const end = stop >= 0 ? at + stop : c.length;
    const sentence = c.slice(m.index + m[0].length, end);
    if (!/将(?!近)|计划|预计|力争|(?<![主重需只])要/.test(sentence) || /已|以来/.test(sentence) || !/\d/.test(sentence.replace(/(?:19|20)\d{2}\s?年/g, ''))) continue;
    out.push({ at, year: m[2] !== undefined ? PERIOD_END[m[2]] : docYear !== null ? docYear + (/\d/.test(m[1]) ? Number(m[1]) : CN_COUNT[m[1]]) : null, end });
  }
  return out;
}

const LEVEL = '(?:国家|省|市|县|区|部|国际|[1-5]A)级';
const LEVEL_ONLY = new RegExp(`^${LEVEL}$`);
const LEVEL_THEN_THING = new RegExp(`^${LEVEL}([\\u4e00-\\u9fa5A-Za-z“”"]{2,})$`);
// Words of quality an attribute ends with (…竞争力全国领先, …水平一流): such an item names no thing.
const QUALITY_END = /(?:领先|一流|先进|知名|较强|突出|领军|优秀|过硬|较大|较高|显著)$/;

/**
 * "打造10家竞争力全国领先和5家具有国际影响力的物流园区": counts whose items before the last are
 * qualities share the head written once on the last item (…领先的物流园区), and the last keeps its
 * own attribute (具有国际影响力的物流园区). Other lists are left as read.
 */
export function shareHead(pieces: string[], found: { name: string; target: Target }[]): { name: string; target: Target }[] {
  // "争创7个国家级、12个省级多式联运示范工程": items that are only a level (国家级, 省级, 5A级) share what
  // the last item, of a level too, counts.
  const levelled = found[found.length - 1].name.match(LEVEL_THEN_THING);
  if (levelled && found.slice(0, -1).every((r) => LEVEL_ONLY.test(r.name))) return found.map((r, i) => (i === found.length - 1 ? r : { ...r, name: r.name + levelled[1] }));
  const last = pieces[pieces.length - 1].match(new RegExp(`\\d\\s*(?:${GOAL_UNIT})(?:及以上|以上|左右)?的?([\\u4e00-\\u9fa5A-Za-z“”"]{2,40})$`));
  const head = found[found.length - 1].name;
  if (!last || !last[1].endsWith(`的${head}`)) return found;
  if (!found.slice(0, -1).every((r) => QUALITY_END.test(r.name) && !r.name.includes('的'))) return found;
  return found.map((r, i) => ({ ...r, name: i === found.length - 1 ? last[1] : `${r.name}的${head}` }));
}

// "1500亿至2000亿元", "10万至20万吨": a range with its magnitude written on both numbers is the range
// of that magnitude (1500至2000亿元), so the readers see one number, one unit.
const RANGE_MAGNITUDE = /(\d+(?:\.\d+)?)(万亿|亿|万|千)\s?([-—–~～至到])\s?(?=\d+(?:\.\d+)?\2)/g;
// "新建四个机场", "购置两台…": a count in Chinese numerals (two to ten) right after a verb of counting.
const CN_COUNT_AFTER_VERB = new RegExp(`(${COUNTING_VERB}|购置)([两二三四五六七八九十])(?=[个家条座艘架台所处批辆])`, 'g');
/** A goal clause with its numbers written the way the readers read them. */
// A formula of numbers in quotes ("35+15+30", “8+6”) glossed in a bracket by the counts it stands for
// (35条商务航线、15条货运航线、30条文旅航线), and what the formula names after the bracket.
const FORMULA_GLOSS = /[“"]\d+(?:\s?[+＋]\s?\d+)+[”"]\s?[（(]((?:\d+\s?(?:万|千)?[个家条项列班座艘架台户所件辆处批组][^、（()）\d]{2,20}、)+\d+\s?(?:万|千)?[个家条项列班座艘架台户所件辆处批组][^、（()）\d]{2,20})[)）][^，,；;。]*/g;

export function normaliseClause(clause: string): string {
  // "构建“35+15+30”(35条商务航线、15条货运航线、30条文旅航线)国际航空大通道": the counts a formula stands for
  // are the targets, after the formula's verb; the formula and what it names after them are read past.
  // "超百个重大项目": 百 after 超 / 逾 before a count word is the number 100.
  // "建设(设置)6处以上…站": a verb glossed in a bracket by another verb, right before a count, is the verb.
  return clause.replace(FORMULA_GLOSS, '$1').replace(/(建设|建成|新建|设立)[（(](?:设置|建设|建成|新建|设立|改造)[)）](?=\s?\d)/g, '$1').replace(/(?<=超|逾)百(?=[个家项条座所处])/g, '100').replace(RANGE_MAGNITUDE, '$1$3').replace(CN_COUNT_AFTER_VERB, (_, verb: string, n: string) => `${verb}${CN_COUNT[n]}`);
}

// Province-level places by their short names, with the level word a name may carry.
const PROVINCE = '(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)(?:维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)?';
// "“十二五”新疆民航建设投资", "河北省将完成交通基础设施固定投资", "西藏力争公路通车里程", "新疆2023年力争完成…",
// "计划“十四五”期间实施…项目": the period, the place (the subject of the sentence), the year and a word of
// intent (with the verb after it) opening a name are none of them part of it.
const SUBJECT_OPENING = new RegExp(
  `^(?:计划)?((?:到|至)\\s?(?:19|20)\\d{2}\\s?年(?:底|末)?)?([“"]?十[一二三四五]五[”"]?(?:期间|时期|期)?)?(${PROVINCE}|全国|全省|全市|全区|全县|(?:我|本)(?:国|省|市|区|县))?((?:19|20)\\d{2}\\s?年(?:起)?)?((?:力争|确保|争取|预计|计划|将(?!近)|要)?(?:\\d{1,2}年内)?(?:完成|实现|达到)?)(?:(?<=[期间年])实施)?`,
);
/**
 * A name without the subject, period and intent that open its sentence (four characters at least are
 * left), and without intent and its verb between the field and the measure (公路建设将完成固定资产投资).
 */
// A count right before what it counts (…80个以上).
const COUNTED_BEFORE = /\d\s*(?:万|千)?(?:家|个|条|项|座|所|处|批|组)(?:以上|左右)?$/;
const PAIRED_MAKING = /^(?:新建|建设|改建|扩建|新增)(?:和|或|及|、)(?:改造|改建|扩建|改扩建|提升|升级)(?:提升|升级)?(?=[\u4e00-\u9fa5A-Za-z]{2})/;
export function stripSubject(name: string): string {
  const m = name.match(SUBJECT_OPENING)!;
  // A place alone stays (山东沿海港口货物吞吐量 names the place's port throughput): only with the period
  // before it or intent after it is it the subject of the sentence.
  // Four characters at least are left (新疆力争里程, 预计完成投资 stay).
  // What is left is a name of four characters at least, or of two where a year or a span of years
  // went with the subject (江西计划5年内投资 → 投资).
  // (计划 alone opening a name stays: 计划投资项目数.)
  const subject = /十[一二三四五]五|(?:19|20)\d{2}|年内|力争|确保|争取|预计|将|要/.test(m[0]);
  const n = subject && name.length - m[0].length >= (/(?:19|20)\d{2}|年内/.test(m[0]) ? 2 : 4) ? name.slice(m[0].length) : name;
  return n.replace(/(?<=[\u4e00-\u9fa5]{2})(?:将|要|力争|预计)(?:完成|实现)(?=[\u4e00-\u9fa5]{2})/, '');
}
// What a bare measure of length or size left without its subject (…，通车总里程达到2万公里) is of.
const BARE_TOTAL = /^(?:通车|营运|运营)?总里程$/;
// Verbs of making opening a name of work done (新改建农村公路): the thing is what follows.
const MAKING_OPENING = /^(?:新改建|新建或改建|新建|改建|改扩建|扩建|建成|新增|完成)(?=[\u4e00-\u9fa5A-Za-z]{2})/;
// A clause stating a level with no name (…，达到17万公里以上).
const NAMELESS_LEVEL = /^\s*(?:并|将|预计|有望)?(?:达到|达|增至|增加到|突破|超过)\s?\d/;
// A clause naming a measure that is to change, with no number of its own (新疆铁路营运里程有望翻一番).
const MEASURE_TO_CHANGE = /^\s*(.{2,20}?)(?:有望|将|预计)?(?:翻一番|翻番|成倍增长)/;

// A distance or time with 以内 / 以下 followed by what is done within it (not 送达 / 通达 …, a time to do).
const SERVICE_RADIUS = /\d\s*(?:公里|千米|米|小时|分钟)(?:以内|以下)(?!送达|到达|通达|直达|抵达|通勤|办结|完成)[\u4e00-\u9fa5]{4,}$/;
const RADIUS_UNIT = /^(?:公里|千米|米|小时|分钟)$/;
// A rank with no measure named: 进入全国前7位 read as 进入全国.
const RANK_ONLY = /^(?:进入|跻身|位居|位列|居)(?:全国|全省|全球|世界|国内|全市|全区)?$/;
// A clause saying a measure is to change, with no number (全省社会物流总费用占GDP的比例进一步下降).
const MEASURE_CHANGING = /^\s*([^\d，,；;。]{4,30}?)(?:进一步|持续|明显|显著|稳步|逐步|大幅)?(?:下降|降低|减少|提升|提高|增长|增加|改善|优化)\s*$/;

/** What opens a sentence that reports a state: the date of a report, or 目前 / 当前. */
const REPORT_OPENING = /^\s*(?:截至|截止|目前|当前)/;
/** What makes a clause of such a sentence a goal again: a horizon or a word of intent. */
const GOAL_AGAIN = /(?:到|至)\s?(?:19|20)\d{2}\s?年|力争|确保|争取/;

/** The kinds of a list of names sharing a tail (果蔬冷链流通率, 肉类冷链流通率 → 果蔬, 肉类), or null. */
export function kindsOf(names: string[]): string[] | null {
  let n = 0;
  while (n < names[0].length && names.every((x) => x.length > n + 1 && x[x.length - 1 - n] === names[0][names[0].length - 1 - n])) n++;
  return n >= 2 ? names.map((x) => x.slice(0, x.length - n)) : null;
}

const AGAINST_AVERAGE = /(?<=[\u4e00-\u9fa5A-Za-z]{2})(?:低于|高于|优于|好于|领先)(?:全国|全省|全市|全区|全县|国家|省|市|同期|同类|行业)?(?:平均水平|平均值|均值|平均)$/;
// A verb of change closing a name (铁路货运量增加): the name of an amount of change.
const CHANGE_END = /(?:增加|新增|增长|减少|下降|降低)$/;
const AMOUNT_THEN_RATE = /(?:增加|新增|减少)\s?\d+(?:\.\d+)?\s?[^\d、，,%]{1,4}、\s?(?:同比|年均)?(?:增长|提高|下降|降低|减少)\s?\d+(?:\.\d+)?\s?%/;
// A place, or places joined by 、 / 和 / 及, alone: a scope, no measure (洛阳市、南阳市, 京津冀及周边地区, 其他…的城市).
const PLACE_ONLY = /^[^，,。；;]{0,20}(?:省|市|县|区|地区|城市|城区|州|盟|旗|乡镇|农村|沿海|沿边)$/;
// A place opening a name (郑州市, 全国, 河南省): what the measure is of.
const PLACE_OPENING = /^(?:全(?:国|省|市|区|县|州|盟)|[\u4e00-\u9fa5]{1,6}?(?:省|市|县|区|地区|盟|旗))(?=[\u4e00-\u9fa5A-Za-z]{2})/;
const COUNT_UNIT_ONLY = /^(?:万|千)?(?:家|个|条|项|列|班|座|艘|架|台|户|所|件|辆|处|批|组|人|名|位)$/;

export function goalIndicators(goals: Goal[], norm: string): Indicator[] {
  const out: Indicator[] = [];
  for (const g of goals) {
    const [gs] = g.span;
    const seg = norm.slice(g.span[0], g.span[1]);
    // Clauses split on ，；。 but not inside quotes or brackets.
    const bounds: [number, number][] = [];
    let depth = 0;
    let last = 0;
    for (let i = 0; i < seg.length; i++) {
      const ch = seg[i];
      if ('“（(《'.includes(ch)) depth++;
      else if ('”）)》'.includes(ch)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && '，,；;。'.includes(ch)) {
        bounds.push([last, i]);
        last = i + 1;
      }
    }
    if (last < seg.length) bounds.push([last, seg.length]);
    let prev: string | null = null;
    let prevUnit: string | null = null;
    // The measure a list of places shares (洛阳市、南阳市不低于45%，其他城市不低于40%).
    let placeMeasure: string | null = null;
    // The counting verb a list of counts shared in the clause before (建成2家A、15家B).
    let sharedVerb: string | null = null;
    // The kinds a 分别 clause gave a value each (果蔬、肉类、水产品…), for a 分别 clause after it naming one
    // measure only.
    let kinds: string[] | null = null;
    // "截至去年底，全市冷库容量为85万吨。": a sentence opened by the date of a report (or by 目前)
    // states facts even inside a goal's span; its clauses are no targets until a horizon or a word of
    // intent comes back in it (目前…，到2025年达到…).
    let reported = false;
    for (let k = 0; k < bounds.length; k++) {
      let [a, b] = bounds[k];
      if (k === 0 || /[。；;]/.test(seg[bounds[k - 1][1]])) reported = REPORT_OPENING.test(seg.slice(a, b));
      // "…达到120万吨，目前冷链运输车辆为500辆": a clause opened so after a comma starts the report
      // there, to the end of its sentence (or a horizon or word of intent).
      else if (REPORT_OPENING.test(seg.slice(a, b))) reported = true;
      if (reported && GOAL_AGAIN.test(seg.slice(a, b))) reported = false;
      if (reported) {
        sharedVerb = null;
        continue;
      }
      let clause = normaliseClause(seg.slice(a, b));
      // "…新建200个A、180个B、200家C，300家D等": a list continued after a comma, its item a bare
      // count, still shares the verb of the list before.
      const carried = sharedVerb !== null && new RegExp(`^\\s*\\d+(?:\\.\\d+)?\\s*${GOAL_UNIT}`).test(clause) ? sharedVerb + clause.trim() : null;
      sharedVerb = null;
      if (carried) clause = carried;
      // "A、B、C，同比2022年分别增长…": the items are in the clause before.
      if (k > 0 && /^\s*(?:(?:同比|较|比)(?:19|20)\d{2}\s*年)?分别/.test(clause)) {
        a = bounds[k - 1][0];
        clause = seg.slice(a, b);
      }
      const respective = respectiveTargets(clause, g.year, kinds);
      kinds = respective ? kindsOf(respective.map((r) => r.name)) : null;
      const each = respective ?? countListTargets(clause, g.year) ?? sharedEachTargets(clause, g.year) ?? listedMeasureTargets(clause, g.year);
      let found: { name: string; target: Target }[];
      const pair = each || clause.length > 200 ? null : clause.match(LEVEL_THEN_GROWTH);
      if (each) found = each;
      else if (pair) {
        // "冷藏车保有量达到6000辆、年均增长10%以上": a level and its growth, one name.
        const first = goalClauseTarget(pair[1], g.year);
        const second = first ? goalClauseTarget(first.name + pair[2], g.year) : null;
        if (second && first && second.name === first.name) second.name = first.name + pair[2].match(/^(?:年均|同比)?(?:增长|提高|增加|下降|降低|减少)/)![0];
        found = [first, second].filter((r): r is { name: string; target: Target } => r !== null);
      } else {
        const single = goalClauseTarget(clause, g.year);
        found = single ? [single] : [];
        // "全市轨道交通里程突破300公里、高速公路总里程突破500公里": targets listed with 、, each with
        // its own name, verb and number.
        // "建成2家A、15家B和20家C": counts listed after one verb of counting, which each shares.
        // "物流园区达到10个和配送中心达到20家": 和 / 及 after a number and its unit joins two targets too.
        const raw = clause.length > 200 ? [] : clause.split(JOINED_TARGETS);
        const shared = raw.length > 1 ? raw[0].match(new RegExp(`^[^\\d、，,]{0,12}?(${COUNTING_CHAIN})(?=\\d)`)) : null;
        const pieces = raw.map((p, i) => (i > 0 && shared && /^\d/.test(p) ? shared[1] + p : p));
        if (shared) sharedVerb = shared[1];
        if (pieces.length > 1 && pieces.every((p) => new RegExp(`[\\u4e00-\\u9fa5]{2}.*(?:\\d\\s*(?:${GOAL_UNIT}|%|天|小时|分钟)|全覆盖)`).test(p))) {
          const each = pieces.map((p) => goalClauseTarget(p, g.year));
          if (each.every((r) => r !== null)) found = shareHead(pieces, each as { name: string; target: Target }[]);
        }
      }
      // A clause of a form none of the readers above knows: the general reader (NAME + verb +
      // NUMBER + UNIT, or a count before what is counted) reads whatever targets it states.
      // It also reads a list whose items the readers above read in part (快递年业务量2亿件、年均增长30%以上、
      // 年处理量达到10亿件、…的目标: a level and its growth, then two more): where it names more
      // targets in the clause, its reading is taken.
      // "在今年底里程1300公里的基础上…": a base read as a target is none.
      found = found.filter((r) => !new RegExp(`${r.target.value}\\s*${r.target.unit}的基础上`).test(r.target.text));
      const general = readGoalClause(clause, g.year, prev);
      // Where as many are named and a name read above is no name (这个省将建设, 建成2至), likewise.
      if (general.length > found.length || (general.length === found.length && found.some((r) => implausibleName(r.name)))) found = general;
      // "铁路货运量增加11亿吨、增长30%": an amount of change and then its rate are one target of one
      // measure, stated twice; the rate is kept, under the measure's name without the verb.
      if (found.length === 2 && AMOUNT_THEN_RATE.test(clause) && found[0].target.unit !== '%' && found[1].target.unit === '%') found = [{ name: found[0].name.replace(CHANGE_END, ''), target: found[1].target }];
      // "新改建农村公路4000公里，达到17万公里以上", "铁路营运里程有望翻一番，达到8200公里": a level with
      // no name is that of the thing the clause before named (its total, for a length of work done),
      // or of the measure the clause before says is to change.
      // "高速公路建设规模达1000公里以上，建成200公里以上": a length made with no name after a thing
      // named is that thing's, made (建成高速公路).
      const madeBare = !found.length && prev !== null ? clause.match(/^\s*(建成|新建|新改建|改建|改扩建|完成)\s?(?=\d)/) : null;
      if (madeBare) {
        const thing = prev!.replace(/(?:建设规模|规模|总里程|里程|投资)$/, '').replace(/(?:新改建|新建|改建|改扩建|建成|完成)$/, '').replace(MAKING_OPENING, '');
        const r = thing.length >= 2 ? goalClauseTarget(thing + clause.trim().slice(madeBare[1].length), g.year) : null;
        if (r) found = [{ name: madeBare[1] + thing, target: r.target }];
      }
      if (found.every((r) => implausibleName(r.name)) && k > 0 && NAMELESS_LEVEL.test(clause)) {
        const before = seg.slice(bounds[k - 1][0], bounds[k - 1][1]);
        const change = before.match(MEASURE_TO_CHANGE);
        const made = prev !== null && MAKING_OPENING.test(prev) ? prev.replace(MAKING_OPENING, '') : null;
        const base = change && !/\d/.test(before) ? stripSubject(change[1].replace(SCOPE_PREFIX, '')) : made !== null && /\d/.test(before) ? made : null;
        const r = base ? goalClauseTarget(base + clause.trim().replace(/^(?:并|将|预计|有望)/, ''), g.year) : null;
        if (r) found = [{ name: base === made && /公里$/.test(r.target.unit!) && !/里程$/.test(base!) ? `${base}总里程` : base!, target: r.target }];
      }
      // "满足城市居民2公里以内、农村居民5公里以内采购…需求": a distance or time within which a phrase goes on
      // (a radius of service) is no target of the plan's.
      if (SERVICE_RADIUS.test(clause.trim())) found = found.filter((r) => !RADIUS_UNIT.test(r.target.unit ?? ''));
      let s = gs + a;
      let e = gs + b;
      while (s < e && /\s/.test(norm[s])) s++;
      while (e > s && /\s/.test(norm[e - 1])) e--;
      for (const r of found) {
        if (!r.name) continue;
        // "建成…第四港池25万吨级航道工程": a number right before 级 is a size class, not a target.
        if (new RegExp(`${r.target.value}\\s*${r.target.unit}级`).test(r.target.text)) continue;
        // "社会物流总费用与国内生产总值(GDP)的比率": an abbreviation in brackets glosses the words before it.
        r.name = r.name.replace(/[（(][A-Za-z]{2,8}[)）](?=的)/g, '');
        // "全省社会物流总费用占GDP的比例进一步下降，力争进入全国前7位": a rank with no name is that of the
        // measure the clause before says is to change; with none, it names nothing.
        if (RANK_ONLY.test(r.name)) {
          const before = k > 0 ? seg.slice(bounds[k - 1][0], bounds[k - 1][1]).match(MEASURE_CHANGING) : null;
          if (!before) continue;
          r.name = before[1].replace(SCOPE_PREFIX, '');
        }
        // "…分别比2015年降低…", "将投5000亿元": a word of sharing alone, or intent and a one-character verb, names nothing.
        if (/^(?:分别|均|各)$|^(?:将|要|拟)[\u4e00-\u9fa5]$/.test(r.name)) continue;
        // "累计货运总量达到1.1亿吨以上、力争突破1.2亿吨": a verb of reaching alone after a target is a
        // stretch figure of that target, not an indicator of its own.
        if (/^(?:突破|超过|达到|达|超)$/.test(r.name)) continue;
        // "果蔬、肉类和水产品的综合冷链流通率达50%": one value for a list of kinds before 的 is the
        // measure after 的 (of those kinds together); place and kinds are its scope.
        // (A short measure after 的 — …运输大宗货物的比例 — needs what is before it.)
        r.name = r.name.replace(/^[^的]*、[^的]*的(?=[\u4e00-\u9fa5]{4})/, '');
        // "西藏力争公路通车里程…", "“十二五”新疆民航建设投资": the sentence's subject and intent go.
        // "2024年主要指标安排：全县一般公共预算收入…": a lead-in closed by a colon, and the year and
        // scope opening what follows it, are not part of the name.
        // (Clauses are cut at ，, so no comma follows the year here.)
        r.name = r.name.replace(/[^：:]*[：:]\s*(?:(?:19|20)\d{2}\s?年)?/, '').replace(SCOPE_PREFIX, '');
        r.name = stripSubject(r.name);
        // "新建和改造农家店400家", "新建或改扩建…": two works of making joined before what they make are
        // the work, not the thing counted.
        r.name = r.name.replace(PAIRED_MAKING, '');
        // "可服务于新能源配送车辆的充电桩150个": what a thing can do, said before 的, describes it; the
        // thing after 的 is counted.
        r.name = r.name.replace(/^(?:新增|新建|建成|建设)?(?:可|能|能够|可以|可供)[^的，,]{2,20}的(?=[\u4e00-\u9fa5A-Za-z]{2})/, '');
        // "完成…、80个以上末端共同配送站建设": the work closing a list of counts is the making of what
        // is counted, not part of its name.
        const countedAt = r.target.text.indexOf(r.name);
        if (countedAt > 0 && COUNTED_BEFORE.test(r.target.text.slice(0, countedAt))) r.name = r.name.replace(/(?<=[\u4e00-\u9fa5A-Za-z]{2})(?:建设|改造|创建)$/, '');
        // "建成普通干线公路300公里，通车总里程达到2万公里": a bare total of length after a thing named
        // is that thing's (the thing without the verb of making).
        if (BARE_TOTAL.test(r.name) && prev) r.name = prev.replace(MAKING_OPENING, '').replace(/(?:通车|营运|运营)?(?:总)?里程$/, '') + r.name;
        // "数字经济占比达到45%以上、规模突破1万亿元": a bare measure after a name takes its subject.
        if (/^(?:规模|总量|总额|占比|比重)$/.test(r.name) && prev) {
          const subject = prev.replace(/(?:占比|比重|规模|总量|总额|增速)$/, '');
          // "…的县市新增3个、达到98个，占比突破90%": a share after a count of things is their share.
          if (subject !== prev) r.name = subject + r.name;
          else if (/^(?:占比|比重)$/.test(r.name) && /^(?:万|千)?[个家条座所处项]$/.test(prevUnit!)) r.name = prev + r.name;
        }
        // "后五年全市物流投资…": a span of years opening the name, and the scope after it, are not part of it.
        const spanned = r.name.replace(/^(?:此后|后|未来|今后)\s?(?:[一二两三四五六七八九十]|\d{1,2})\s?年/, '');
        if (spanned !== r.name) r.name = spanned.replace(SCOPE_PREFIX, '');
        // "…比率低于全国平均水平2个百分点左右": the average a target is set against (低于 / 高于 / 优于 the
        // national, provincial… average) belongs to the target, not the name.
        r.name = r.name.replace(AGAINST_AVERAGE, '');
        // "建设项目计划投资1035亿元": a planned sum is the sum; 计划 is intent, not part of the name.
        r.name = r.name.replace(/计划(?:安排)?(?=(?:总)?投资$)/, '');
        // "旅客吞吐能力达到3000万人次、货邮45万吨": a bare short item after a throughput shares its measure.
        const measure = prev?.match(SHARED_MEASURE);
        if (measure && r.name.length <= 4 && !SHARED_MEASURE.test(r.name) && new RegExp(`^、?\\s*${r.name}\\s*\\d`).test(r.target.text)) r.name += measure[0];
        // "全社会物流费用与GDP比率(剔除“中国洋浦港”船籍港影响,下同)": a bracket closing a name glosses it.
        r.name = r.name.replace(/(?<=[\u4e00-\u9fa5A-Za-z”"]{2})[（(][^（()）]{4,}[)）]$/, '');
        // "…基地省内24小时、省外和国际48小时通达": a name holding a measured number and then 、 is a
        // list of targets read as one; no name of its own can be given, so none is guessed.
        if (new RegExp(`\\d\\s*(?:${GOAL_UNIT}|%|小时|分钟|天)、`).test(r.name)) continue;
        // "…联运量达到1400万标箱，年均增长率超过15%": a bare rate word is the rate of the
        // indicator named just before it in the same goal.
        if (BARE_RATE.test(r.name) && prev) r.name = prev + r.name;
        // "…31个重点物流项目，年度投资超50亿元": a bare measure of money is that of the thing
        // counted just before it.
        if (BARE_MEASURE.test(r.name) && prev && !/投资(?:额)?$/.test(prev)) r.name = prev + r.name.replace(/^涉及/, '');
        // "实施综合枢纽提升工程，完成投资100亿元": with nothing counted before it, a bare sum invested is
        // that of the work the clause before sets going (a 工程 / 项目 / 行动).
        else if (BARE_MEASURE.test(r.name) && k > 0) {
          const work = seg.slice(bounds[k - 1][0], bounds[k - 1][1]).match(WORK_SET_GOING);
          if (work) r.name = work[1] + r.name;
        }
        // "…增加值达到3800亿元左右、占生产总值比重为6.7%": a share with no subject is the share of
        // the indicator named just before it; with none before it, it names nothing.
        if (/^占.{1,12}(?:比重|比例)$/.test(r.name)) {
          if (!prev) continue;
          r.name = prev + r.name;
        }
        // "…总额达到5万亿元，(力争)年均增长8%左右": a growth with no name of its own (a word of intent before
        // it aside) is the growth of the indicator named just before it; with none before it, none.
        if (/^(?:年均|同比|累计)$/.test(r.name)) {
          // (An adverb of degree between, 同比大幅增长, is no part of the name.)
          const verb = clause.trim().match(/^(?:力争|确保|争取|努力|预计|将)*(年均|同比|累计)(?:大幅度?|稳步|较快|快速)?(增长|提高|增加|下降|降低|减少)/);
          if (!prev || !verb) continue;
          r.name = prev + verb[1] + verb[2];
        }
        // "郑州市…分担率不低于50%，洛阳市、南阳市不低于45%", "其中京津冀地区增长40%": a place alone (or places
        // joined by 、 / 和 / 及) before a value in the unit of the target before it is a scope of that
        // target's measure, written once; the name is the place and the measure (the earlier place dropped).
        const ofPlaces: string = placeMeasure ?? prev?.replace(PLACE_OPENING, '') ?? '';
        placeMeasure = null;
        if (prev && PLACE_ONLY.test(r.name) && r.target.unit === prevUnit && !COUNT_UNIT_ONLY.test(prevUnit ?? '') && ofPlaces.length >= 2) {
          r.name += ofPlaces;
          placeMeasure = ofPlaces;
        }
        prev = r.name;
        prevUnit = r.target.unit ?? null;
        out.push({
          number: `G${out.length + 1}`,
          category: '发展目标',
          name: r.name,
          unit: r.target.unit ?? '',
          baseline: null,
          targets: [r.target],
          span: [s, e],
        });
      }
    }
  }
  // A target stated twice (a headline "到2025年山东沿海港口货物吞吐量突破20亿吨" and the goal in the
  // body): the same year, kind, value and unit under a name that ends with the other's (a place
  // before it) or is the same is one indicator; the shorter name, first stated, is kept.
  const same = (a: Indicator, b: Indicator) => {
    const [x, y] = [a.targets[0], b.targets[0]];
    return x.year === y.year && x.kind === y.kind && x.value === y.value && x.value !== null && (x.unit ?? '') === (y.unit ?? '');
  };
  const kept = out.filter((a, i) => !out.some((b, j) => j !== i && same(a, b) && (b.name.length < a.name.length ? a.name.endsWith(b.name) : b.name === a.name && j < i)));
  return kept.map((ind, k) => ({ ...ind, number: `G${k + 1}` }));
}
