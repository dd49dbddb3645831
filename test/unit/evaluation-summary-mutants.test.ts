// Kills the mutants of src/domain/evaluation/summary.ts: the whole draft a zone's office reads,
// asserted line by line for representative cases (order of tasks and roles, the latest percent,
// periods as people write them, problems, indicators, the supervision paragraph), the room
// left for report texts at its exact edges, and invariants with fast-check. Every result is
// computed inside its test (a mutant switched on in `beforeAll` must see it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftSummary, periodLabel, type SummaryInput, type SummaryNotice, type SummaryReport } from '../../src/domain/evaluation/summary';

const report = (id: string, taskNumber: string, period: string, text: string, extra: Partial<SummaryReport> = {}): SummaryReport => ({
  id,
  taskNumber,
  taskTitle: `任务${taskNumber}`,
  role: 'lead',
  period,
  text,
  ...extra,
});
const notice = (id: string, number: string, level: SummaryNotice['level'], status: string, title = '事项'): SummaryNotice => ({ id, number, level, title, status });
const base = (extra: Partial<SummaryInput> = {}): SummaryInput => ({ zoneName: '古路镇', year: 2026, reports: [], notices: [], ...extra });
const EMPTY_TAIL = ['', '二、指标完成情况', '本年度考核所用指标暂无已审核数据。', '', '三、督查督办情况', '本年度未收到督办通知，无黄色、红色预警。'];

describe('periodLabel', () => {
  it('every form, and near misses kept as written', () => {
    expect(periodLabel('2026-01')).toBe('1月');
    expect(periodLabel('2026-12')).toBe('12月');
    expect(periodLabel('2026Q1')).toBe('一季度');
    expect(periodLabel('2026Q3')).toBe('三季度');
    expect(periodLabel('2026Q4')).toBe('四季度');
    expect(periodLabel('2026H1')).toBe('上半年');
    expect(periodLabel('2026H2')).toBe('下半年');
    expect(periodLabel('2026')).toBe('全年');
    for (const p of ['x2026-03', '2026-03x', '2026-3', '12026-03', 'x2026Q1', '2026Q1x', '2026Q5', '2026Q0', 'x2026H1', '2026H1x', '2026H3', 'x2026', '2026x', '20261', '202', ''])
      expect(periodLabel(p)).toBe(p);
  });
});

describe('draftSummary: the whole text', () => {
  it('nothing to draft from: three headings and their empty sentences', () => {
    const d = draftSummary(base());
    expect(d.text.split('\n')).toEqual(['古路镇 2026 年度工作总结', '', '一、重点任务推进情况', '本年度暂无已审核的进展报告。', ...EMPTY_TAIL]);
    expect(d).toMatchObject({ sources: { reports: [], notices: [] }, omitted: 0 });
  });

  it('a report with neither text nor problems is left out; one with only problems counts', () => {
    const d = draftSummary(
      base({
        reports: [
          report('r1', '1', '2026-01', ' \n ', { problems: '  ' }),
          report('r2', '2', '2026-02', '', { problems: '资金  未到位。' }),
          report('r3', '3', '2026-03', '。；', { problems: null as unknown as string }),
        ],
      }),
    );
    expect(d.text.split('\n').slice(3, 5)).toEqual(['据本年度已审核的进展报告 1 份，涉及任务 1 项：', '1. 2 任务2（牵头）：存在问题：资金 未到位。']);
    expect(d.sources.reports).toEqual(['r2']);
  });

  it('tasks: lead before support, numbers in numeric order; a task done in both roles counts once', () => {
    const d = draftSummary(
      base({
        reports: [
          report('s1', '1', '2026-02', '配合选址', { role: 'support' }),
          report('l10', '10', '2026-02', '报批', { role: 'lead' }),
          report('l2', '2', '2026-01', '可研', { role: 'lead' }),
          report('x1', '1', '2026-03', '牵头推进', { role: 'lead' }),
          report('o9', '9', '2026-03', '协调', { role: 'coordinator' }),
        ],
      }),
    );
    expect(d.text.split('\n').slice(3, 9)).toEqual([
      '据本年度已审核的进展报告 5 份，涉及任务 4 项：',
      '1. 1 任务1（牵头）：3月，牵头推进。',
      '2. 2 任务2（牵头）：1月，可研。',
      '3. 10 任务10（牵头）：2月，报批。',
      '4. 1 任务1（配合）：2月，配合选址。',
      '5. 9 任务9（coordinator）：3月，协调。',
    ]);
    expect(d.sources.reports).toEqual(['x1', 'l2', 'l10', 's1', 'o9']);
  });

  it('support tasks keep numeric order among themselves', () => {
    const d = draftSummary(base({ reports: [report('a', '10', '2026-01', '甲', { role: 'support' }), report('b', '9', '2026-01', '乙', { role: 'support' })] }));
    expect(d.text.split('\n').slice(4, 6)).toEqual(['1. 9 任务9（配合）：1月，乙。', '2. 10 任务10（配合）：1月，甲。']);
  });

  it('texts in period order, the latest percent given (0 counts, null and undefined do not), title and text cleaned', () => {
    const d = draftSummary(
      base({
        reports: [
          report('c', '4', '2026-03', '验收', { percentDone: null }),
          report('a', '4', '2026-01', '  完成   可研，；', { percentDone: 30, taskTitle: '  枢纽   建设 ' }),
          report('b', '4', '2026-02', '2月：开工', { percentDone: 0 }),
          report('d', '4', '2026-04', '收尾'),
        ],
      }),
    );
    expect(d.text.split('\n')[4]).toBe('1. 4 枢纽 建设（牵头，截至2月完成 0%）：1月，完成 可研；2月：开工；3月，验收；4月，收尾。');
  });

  it('the head line is the first report’s (by period) title and role', () => {
    const d = draftSummary(base({ reports: [report('b', '4', '2026Q2', '乙', { taskTitle: '后' }), report('a', '4', '2026Q1', '甲', { taskTitle: '先', percentDone: 12.5 })] }));
    expect(d.text.split('\n')[4]).toBe('1. 4 先（牵头，截至一季度完成 12.5%）：一季度，甲；二季度，乙。');
  });

  it('problems: distinct, cleaned, in period order, after the texts; their reports named once', () => {
    const d = draftSummary(
      base({
        reports: [
          report('b', '1', '2026-02', '', { problems: '用地不足。' }),
          report('a', '1', '2026-01', '开工', { problems: ' 用地不足 ' }),
          report('c', '1', '2026-03', '推进', { problems: '资金紧张；' }),
        ],
      }),
    );
    expect(d.text.split('\n')[4]).toBe('1. 1 任务1（牵头）：1月，开工；3月，推进。存在问题：用地不足；资金紧张。');
    expect(d.sources.reports).toEqual(['a', 'c', 'b']);
  });

  it('indicators: rounded to two decimals, periods only when they say more than the year', () => {
    const d = draftSummary(
      base({
        indicators: [
          { name: '甲', value: 420.456 },
          { name: '乙', value: 1.005, periods: [] },
          { name: '丙', value: 3, periods: ['2026'] },
          { name: '丁', value: -2.5, periods: ['2026-03'] },
          { name: '戊', value: 7, periods: ['2026-01', '2026-02', '2026-06'] },
          { name: '己', value: 0.1 + 0.2, periods: ['2025', '2026'] },
          { name: '庚', value: 8, periods: ['x2026'] },
        ],
      }),
    );
    expect(d.text.split('\n').slice(4, 13)).toEqual([
      '',
      '二、指标完成情况',
      '- 甲：420.46',
      `- 乙：${Math.round(1.005 * 100) / 100}`,
      '- 丙：3',
      '- 丁：-2.5（2026-03 至 2026-03，1 期）',
      '- 戊：7（2026-01 至 2026-06，3 期）',
      '- 己：0.3（2025 至 2026，2 期）',
      '- 庚：8（x2026 至 x2026，1 期）',
    ]);
  });

  it('supervision: notices in numeric order, the ladder of levels present, closed counted, both alert colours', () => {
    const d = draftSummary(
      base({
        notices: [
          notice('n3', 'DB-10', 'listed', 'closed', ' 滞后  严重；'),
          notice('n1', 'DB-2', 'reminder', 'issued'),
          notice('n2', 'DB-9', 'reminder', 'closed'),
          notice('n4', 'DB-11', 'supervision', 'odd_state'),
        ],
        alerts: [
          { level: 'red', title: 'a' },
          { level: 'yellow', title: 'b' },
          { level: 'red', title: 'c' },
        ],
      }),
    );
    expect(d.text.split('\n').slice(-6)).toEqual([
      '三、督查督办情况',
      '本年度收到督办通知 4 件（催办 2 件、督办 1 件、挂牌督办 1 件），已办结 2 件；黄灯预警 1 次、红灯预警 2 次。',
      '- DB-2（催办）：事项。已下发。',
      '- DB-9（催办）：事项。已办结。',
      '- DB-10（挂牌督办）：滞后 严重。已办结。',
      '- DB-11（督办）：事项。odd_state。',
    ]);
    expect(d.sources.notices).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('notices without alerts, and each alert colour alone', () => {
    const onlyNotice = draftSummary(base({ notices: [notice('n', 'DB-1', 'supervision', 'rectifying')] }));
    expect(onlyNotice.text.split('\n').slice(-2)).toEqual(['本年度收到督办通知 1 件（督办 1 件），已办结 0 件。', '- DB-1（督办）：事项。整改中。']);
    expect(draftSummary(base({ alerts: [{ level: 'yellow', title: 'y' }] })).text.split('\n').at(-1)).toBe('本年度未收到督办通知；黄灯预警 1 次。');
    expect(draftSummary(base({ alerts: [{ level: 'red', title: 'r' }] })).text.split('\n').at(-1)).toBe('本年度未收到督办通知；红灯预警 1 次。');
  });
});

describe('draftSummary: keeping within maxLength', () => {
  // One task of one report: the draft fits exactly when maxLength leaves the line, its newline,
  // and the 40 characters kept for the "omitted" line.
  const input = (maxLength?: number) => base({ reports: [report('r', '1', '2026-01', '完成可研', { percentDone: 10 })], maxLength });
  const full = () => draftSummary(input());

  it('the default is 20,000 characters', () => {
    const long = base({ reports: Array.from({ length: 300 }, (_, i) => report(`r${i}`, String(i), '2026-01', '字'.repeat(100))) });
    const d = draftSummary(long);
    expect(d.omitted).toBeGreaterThan(0);
    expect(d.text.length).toBeLessThanOrEqual(20_000);
    expect(d.text.length).toBeGreaterThan(19_700);
    expect(draftSummary({ ...long, maxLength: 20_000 })).toEqual(d);
  });

  it('at the edge of the report text: in at +42, left out (head line kept) at +41', () => {
    const f = full();
    const line = f.text.split('\n')[4];
    expect(line).toBe('1. 1 任务1（牵头，截至1月完成 10%）：1月，完成可研。');
    expect(draftSummary(input(f.text.length + 42))).toEqual(f);
    const tight = draftSummary(input(f.text.length + 41));
    expect(tight.omitted).toBe(1);
    expect(tight.sources.reports).toEqual([]);
    expect(tight.text.split('\n').slice(4, 6)).toEqual(['1. 1 任务1（牵头，截至1月完成 10%）：', '（另有 1 条报告内容因篇幅未列入，见进展报告原文。）']);
  });

  it('at the edge of the head line: kept when it and two more characters fit, the whole task left out otherwise', () => {
    const f = full();
    const head = '1. 1 任务1（牵头，截至1月完成 10%）：';
    const piece = '1月，完成可研';
    // room = max − (text without the line) − 40; the head line needs its length + 2.
    const maxFor = (room: number) => room + f.text.length - (head.length + piece.length + 1) + 40;
    expect(draftSummary(input(maxFor(head.length + 2))).text.split('\n')[4]).toBe(head);
    const out = draftSummary(input(maxFor(head.length + 1)));
    expect(out.omitted).toBe(1);
    expect(out.text.split('\n')[4]).toBe('（另有 1 条报告内容因篇幅未列入，见进展报告原文。）');
  });

  it('problems fit at exactly their length, not one character less', () => {
    const withProblem = (maxLength?: number) => base({ reports: [report('r', '1', '2026-01', '', { problems: '缺地' })], maxLength });
    const f = draftSummary(withProblem());
    expect(f.text.split('\n')[4]).toBe('1. 1 任务1（牵头）：存在问题：缺地。');
    const head = '1. 1 任务1（牵头）：';
    const problem = '存在问题：缺地。';
    const rest = f.text.length - (head.length + problem.length);
    // room after the head line = max − rest − 40 − head − 2.
    const exact = draftSummary(withProblem(problem.length + head.length + 2 + rest + 40));
    expect(exact.text).toBe(f.text);
    expect(exact.sources.reports).toEqual(['r']);
    const short = draftSummary(withProblem(problem.length - 1 + head.length + 2 + rest + 40));
    expect(short.text.split('\n')[4]).toBe(head);
    expect(short.sources.reports).toEqual([]);
    expect(short.omitted).toBe(0);
  });

  it('a later report text still fits after an earlier one that did not', () => {
    const long = '长'.repeat(60);
    const mk = (maxLength?: number) => base({ reports: [report('a', '1', '2026-01', long), report('b', '1', '2026-02', '短')], maxLength });
    const f = draftSummary(mk());
    const d = draftSummary(mk(f.text.length + 20));
    expect(d.omitted).toBe(1);
    expect(d.sources.reports).toEqual(['b']);
    expect(d.text.split('\n')[4]).toBe('1. 1 任务1（牵头）：2月，短。');
  });

  // Survivors of the run of 2026-12-01: the room taken by a report text and by the problems.
  it('each report text takes its length and one separator: the second fits at +42, not at +41', () => {
    const mk = (maxLength?: number) => base({ reports: [report('a', '1', '2026-01', '甲乙丙'), report('b', '1', '2026-02', '丁戊')], maxLength });
    const f = draftSummary(mk());
    expect(f.text.split('\n')[4]).toBe('1. 1 任务1（牵头）：1月，甲乙丙；2月，丁戊。');
    expect(draftSummary(mk(f.text.length + 42))).toEqual(f);
    const tight = draftSummary(mk(f.text.length + 41));
    expect(tight.text.split('\n')[4]).toBe('1. 1 任务1（牵头）：1月，甲乙丙。');
    expect([tight.sources.reports, tight.omitted]).toEqual([['a'], 1]);
  });

  it('the problems take their room from the tasks after them', () => {
    const mk = (maxLength?: number) => base({ reports: [report('a', '1', '2026-01', '', { problems: '问'.repeat(26) }), report('b', '2', '2026-01', '甲乙丙')], maxLength });
    const f = draftSummary(mk());
    const [line1, line2] = f.text.split('\n').slice(4, 6);
    expect(line1).toBe(`1. 1 任务1（牵头）：存在问题：${'问'.repeat(26)}。`);
    expect(line2).toBe('2. 2 任务2（牵头）：1月，甲乙丙。');
    expect(draftSummary(mk(f.text.length + 43))).toEqual(f);
    // Two characters left after the first task: the second's head line does not fit.
    const tight = draftSummary(mk(f.text.length + 43 - line2.length));
    expect(tight.text.split('\n').slice(4, 6)).toEqual([line1, '（另有 1 条报告内容因篇幅未列入，见进展报告原文。）']);
    expect([tight.sources.reports, tight.omitted]).toEqual([['a'], 1]);
  });

  it('a draft whose fixed part is already too long is cut at maxLength', () => {
    const d = draftSummary(base({ maxLength: 10 }));
    expect(d.text).toBe('古路镇 2026 年');
    expect(d.omitted).toBe(0);
    const exact = draftSummary(base());
    expect(draftSummary(base({ maxLength: exact.text.length })).text).toBe(exact.text);
    expect(draftSummary(base({ maxLength: exact.text.length - 1 })).text).toBe(exact.text.slice(0, -1));
  });

  it('property: never longer than maxLength; every report is either a source or counted as omitted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 12 }), len: fc.integer({ min: 1, max: 30 }) }), { maxLength: 12 }),
        fc.integer({ min: 200, max: 900 }),
        (rows, maxLength) => {
          const reports = rows.map((r, i) => report(`r${i}`, String(r.n), `2026-${String(r.m).padStart(2, '0')}`, '字'.repeat(r.len)));
          const d = draftSummary(base({ reports, maxLength }));
          expect(d.text.length).toBeLessThanOrEqual(maxLength);
          expect(d.sources.reports.length + d.omitted).toBe(reports.length);
          expect(new Set(d.sources.reports).size).toBe(d.sources.reports.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
