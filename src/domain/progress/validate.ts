// Checks a status input read from JSON (the CLI's FILE.json) and says, in both languages and with
// the path of each problem, what is wrong. Rejects what cannot be read; input that can be read
// but not assessed (no data, a relative target without benchmark data) is left to the engine,
// which answers insufficient_data with the reason, so the CLI re-runs the server's inputs as-is.
import { parsePeriod } from '../calendar/period';
import { MAX_MAGNITUDE, MAX_YEAR, MIN_YEAR, isCalendarDate, isValueInRange, isYearInRange } from '../calendar/limits';
import type { Aggregation, ObservationInput, StatusInput, TargetInput, TargetKind } from './types';

export interface ValidationError {
  path: string;
  messageZh: string;
  messageEn: string;
}

export type ParseResult = { ok: true; value: StatusInput } | { ok: false; errors: ValidationError[] };

const KINDS: TargetKind[] = ['level', 'growth', 'reduction', 'max', 'min', 'coverage', 'relative', 'pending'];
const AGGREGATIONS: Aggregation[] = ['sum', 'average', 'last'];
const NEEDS_VALUE: TargetKind[] = ['level', 'growth', 'reduction', 'max', 'min', 'relative'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = isValueInRange;
const isYear = isYearInRange;
const list = (xs: readonly string[]) => xs.join(' | ');

export function parseStatusInput(json: unknown): ParseResult {
  const errors: ValidationError[] = [];
  const err = (path: string, messageZh: string, messageEn: string) => errors.push({ path, messageZh, messageEn });

  if (!isObject(json)) {
    err('$', '输入应为 JSON 对象', 'the input must be a JSON object');
    return { ok: false, errors };
  }
  const ind = json.indicator;
  if (!isObject(ind)) {
    err('indicator', '缺少 indicator 对象', 'indicator is missing or not an object');
    return { ok: false, errors };
  }

  if (ind.direction !== 'increase' && ind.direction !== 'decrease')
    err('indicator.direction', '方向应为 increase（越大越好）或 decrease（越小越好）', 'direction must be "increase" or "decrease"');
  if (ind.limit !== undefined && ind.limit !== null && !isNum(ind.limit)) err('indicator.limit', '自然上限/下限应为数字或 null', 'limit must be a number or null');
  if (ind.unit !== undefined && typeof ind.unit !== 'string') err('indicator.unit', '单位应为文本', 'unit must be a string');
  if (ind.name !== undefined && typeof ind.name !== 'string') err('indicator.name', '名称应为文本', 'name must be a string');
  if (ind.aggregation !== undefined && !AGGREGATIONS.includes(ind.aggregation as Aggregation))
    err('indicator.aggregation', `汇总方式应为 ${list(AGGREGATIONS)}`, `aggregation must be ${list(AGGREGATIONS)}`);

  let baseline: StatusInput['indicator']['baseline'] = null;
  if (ind.baseline !== undefined && ind.baseline !== null) {
    if (!isObject(ind.baseline)) err('indicator.baseline', '基期应为 {year, value} 或 null', 'baseline must be {year, value} or null');
    else {
      if (!isYear(ind.baseline.year)) err('indicator.baseline.year', '基期年份应为四位整数年份', 'baseline.year must be a four-digit year');
      if (!isNum(ind.baseline.value)) err('indicator.baseline.value', '基期值应为数字', 'baseline.value must be a number');
      if (isYear(ind.baseline.year) && isNum(ind.baseline.value)) baseline = { year: ind.baseline.year, value: ind.baseline.value };
    }
  }

  const targets: TargetInput[] = [];
  if (!Array.isArray(ind.targets)) err('indicator.targets', '目标应为数组（可为空）', 'targets must be an array (it may be empty)');
  else {
    const years = new Map<number, number>();
    ind.targets.forEach((t, i) => {
      const p = `indicator.targets[${i}]`;
      if (!isObject(t)) return err(p, '目标应为对象', 'a target must be an object');
      const before = errors.length;
      if (!isYear(t.year)) err(`${p}.year`, '目标年份应为四位整数年份', 'year must be a four-digit year');
      else if (years.has(t.year)) err(`${p}.year`, `${t.year}年已有目标（第${years.get(t.year)! + 1}个）`, `${t.year} already has a target (number ${years.get(t.year)! + 1})`);
      else years.set(t.year, i);
      const kind = t.kind as TargetKind;
      if (!KINDS.includes(kind)) err(`${p}.kind`, `目标类型应为 ${list(KINDS)}`, `kind must be ${list(KINDS)}`);
      if (t.value !== undefined && t.value !== null && !isNum(t.value)) err(`${p}.value`, '目标值应为数字或 null', 'value must be a number or null');
      if (NEEDS_VALUE.includes(kind) && !isNum(t.value)) err(`${p}.value`, `“${kind}”类目标须有目标值`, `a "${kind}" target needs a value`);
      if ((kind === 'growth' || kind === 'reduction') && isNum(t.value) && t.value <= -100)
        err(`${p}.value`, '增长/下降百分比应大于 -100', 'a growth or reduction percent must be above -100');
      if (t.growthBasis !== undefined && t.growthBasis !== null && t.growthBasis !== 'cumulative' && t.growthBasis !== 'annual')
        err(`${p}.growthBasis`, 'growthBasis 应为 cumulative（累计）或 annual（年均）', 'growthBasis must be "cumulative" or "annual"');
      if (t.benchmark !== undefined && t.benchmark !== null && typeof t.benchmark !== 'string') err(`${p}.benchmark`, '对比基准名称应为文本', 'benchmark must be a string');
      if (t.seriesKind !== undefined && t.seriesKind !== null && t.seriesKind !== 'level' && t.seriesKind !== 'growth')
        err(`${p}.seriesKind`, 'seriesKind 应为 level（水平值）或 growth（增速）', 'seriesKind must be "level" or "growth"');
      if (t.set !== undefined && t.set !== null) {
        if (!Array.isArray(t.set) || !t.set.every((m) => typeof m === 'string' && m.length > 0))
          err(`${p}.set`, '参照集合应为非空文本数组', 'set must be an array of non-empty strings');
        else if (new Set(t.set).size !== t.set.length) err(`${p}.set`, '参照集合有重复成员', 'set has duplicate members');
      }
      if (kind === 'coverage' && !(Array.isArray(t.set) && t.set.length) && !isNum(t.value))
        err(p, '全覆盖目标须给出参照集合 set 或集合数量 value', 'a coverage target needs a set or a value (the set size)');
      if (errors.length === before)
        targets.push({
          year: t.year as number,
          kind,
          value: isNum(t.value) ? t.value : null,
          ...(t.growthBasis ? { growthBasis: t.growthBasis as 'cumulative' | 'annual' } : {}),
          ...(typeof t.benchmark === 'string' ? { benchmark: t.benchmark } : {}),
          ...(Array.isArray(t.set) ? { set: t.set as string[] } : {}),
          ...(memberNamesOf(t.memberNames) ? { memberNames: memberNamesOf(t.memberNames) } : {}),
          ...(t.seriesKind ? { seriesKind: t.seriesKind as 'level' | 'growth' } : {}),
          ...(typeof t.text === 'string' ? { text: t.text } : {}),
        });
    });
  }

  const milestones: { year: number; value: number }[] = [];
  if (ind.milestones !== undefined && ind.milestones !== null) {
    if (!Array.isArray(ind.milestones)) err('indicator.milestones', '里程碑应为数组', 'milestones must be an array');
    else
      ind.milestones.forEach((m, i) => {
        const p = `indicator.milestones[${i}]`;
        if (!isObject(m) || !isYear(m.year) || !isNum(m.value)) return err(p, '里程碑应为 {year, value}', 'a milestone must be {year, value}');
        if (milestones.some((x) => x.year === m.year)) return err(`${p}.year`, `${m.year}年里程碑重复`, `duplicate milestone for ${m.year}`);
        milestones.push({ year: m.year, value: m.value });
      });
  }

  const observations = readSeries(json.observations, 'observations', err, true);
  const benchmark = json.benchmark === undefined || json.benchmark === null ? undefined : readSeries(json.benchmark, 'benchmark', err, false);
  const subAnnual = [...observations, ...(benchmark ?? [])].some((o) => parsePeriod(o.period)?.frequency !== 'yearly');
  if (subAnnual && ind.aggregation === undefined)
    err('indicator.aggregation', '有月度或季度数据时须指定汇总方式 aggregation（sum / average / last）', 'monthly or quarterly data need an aggregation (sum / average / last)');

  let covered: string[] | undefined;
  if (json.covered !== undefined && json.covered !== null) {
    if (!Array.isArray(json.covered) || !json.covered.every((c) => typeof c === 'string')) err('covered', '覆盖清单应为文本数组', 'covered must be an array of strings');
    else covered = json.covered as string[];
  }
  let asOf: string | undefined;
  if (json.asOf !== undefined && json.asOf !== null) {
    if (typeof json.asOf !== 'string' || !validDate(json.asOf)) err('asOf', '计算基准日应为 YYYY-MM-DD', 'asOf must be a date, YYYY-MM-DD');
    else asOf = json.asOf;
  }

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      indicator: {
        direction: ind.direction as 'increase' | 'decrease',
        limit: isNum(ind.limit) ? ind.limit : null,
        ...(typeof ind.unit === 'string' ? { unit: ind.unit } : {}),
        ...(typeof ind.name === 'string' ? { name: ind.name } : {}),
        ...(ind.aggregation ? { aggregation: ind.aggregation as Aggregation } : {}),
        baseline,
        targets,
        ...(milestones.length ? { milestones } : {}),
      },
      observations,
      ...(benchmark ? { benchmark } : {}),
      ...(covered ? { covered } : {}),
      ...(asOf ? { asOf } : {}),
    },
  };
}

function readSeries(
  raw: unknown,
  name: string,
  err: (path: string, zh: string, en: string) => void,
  provisional: boolean,
): ObservationInput[] {
  const out: ObservationInput[] = [];
  if (!Array.isArray(raw)) {
    err(name, `${name} 应为数组`, `${name} must be an array`);
    return out;
  }
  const seen = new Map<string, number>();
  raw.forEach((o, i) => {
    // The entry's path is only written into a message: built when one is (a valid input of
    // 2,400 series × 100 months builds none).
    const at = (field: string) => `${name}[${i}]${field}`;
    if (!isObject(o)) return err(at(''), '每条数据应为 {period, value}', 'each entry must be {period, value}');
    const period = typeof o.period === 'string' || typeof o.period === 'number' ? parsePeriod(String(o.period)) : null;
    let ok = true;
    if (!period) {
      ok = false;
      err(at('.period'), `期间“${String(o.period)}”格式不正确（应为 ${MIN_YEAR}–${MAX_YEAR} 年的 2024、2024Q1 或 2024-03）`, `period "${String(o.period)}" is not 2024, 2024Q1 or 2024-03 of a year ${MIN_YEAR}–${MAX_YEAR}`);
    } else if (seen.has(period.text)) {
      ok = false;
      err(at('.period'), `期间 ${period.text} 重复（与第${seen.get(period.text)! + 1}条）`, `period ${period.text} repeats entry ${seen.get(period.text)! + 1}`);
    } else seen.set(period.text, i);
    if (!isNum(o.value)) {
      ok = false;
      err(at('.value'), `数值缺失、不是数字或绝对值超过 ${MAX_MAGNITUDE.toExponential()}`, `value is missing, not a number or beyond ±${MAX_MAGNITUDE.toExponential()}`);
    }
    if (o.provisional !== undefined && typeof o.provisional !== 'boolean') {
      ok = false;
      err(at('.provisional'), 'provisional 应为 true 或 false', 'provisional must be true or false');
    }
    if (ok) out.push(provisional && o.provisional === true ? { period: period!.text, value: o.value as number, provisional: true } : { period: period!.text, value: o.value as number });
  });
  return out;
}

const validDate = isCalendarDate;

/** Members' names as given (code → { zh, en }); anything else is ignored: the names only dress the explanation. */
function memberNamesOf(v: unknown): Record<string, { zh: string; en: string }> | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, { zh: string; en: string }> = {};
  for (const [code, n] of Object.entries(v as Record<string, unknown>)) {
    const x = n as { zh?: unknown; en?: unknown } | null;
    if (x && typeof x.zh === 'string' && typeof x.en === 'string') out[code] = { zh: x.zh, en: x.en };
  }
  return Object.keys(out).length ? out : undefined;
}
