// 总结: the draft written from approved reports, indicator values and the supervision record —
// tasks in order with their report texts by period, the latest percent done, problems; notices by
// level with their state; the sources named; long drafts cut at whole report texts.
import { describe, expect, it } from 'vitest';
import { draftSummary, periodLabel, type SummaryReport } from '../../src/domain/evaluation/index';

const report = (id: string, taskNumber: string, period: string, text: string, extra: Partial<SummaryReport> = {}): SummaryReport => ({
  id,
  taskNumber,
  taskTitle: `任务${taskNumber}`,
  role: 'lead',
  period,
  text,
  problems: '',
  percentDone: null,
  ...extra,
});

describe('draftSummary', () => {
  it('writes tasks (lead first, by number), their texts by period, the latest percent and the problems', () => {
    const d = draftSummary({
      zoneName: '古路镇',
      year: 2026,
      reports: [
        report('r3', '10', '2026-02', '2月：完成土地报批', { percentDone: 40 }),
        report('r1', '2', '2026-03', '开工建设', { percentDone: 55, problems: '用地指标不足' }),
        report('r2', '2', '2026-01', '完成可研', { percentDone: 20 }),
        report('r4', '1', '2026-02', '配合选址', { role: 'support' }),
        report('r5', '3', '2026-02', '   '),
      ],
      indicators: [{ name: '班列开行（列）', value: 420.456, periods: ['2026'] }],
      notices: [
        { id: 'n2', number: 'DB-2026-010', level: 'listed', title: '项目进度滞后', status: 'rectifying' },
        { id: 'n1', number: 'DB-2026-002', level: 'reminder', title: '报表迟报', status: 'closed' },
      ],
      alerts: [{ level: 'yellow', title: '进度偏差' }],
    });
    const lines = d.text.split('\n');
    expect(lines[0]).toBe('古路镇 2026 年度工作总结');
    const tasks = lines.filter((l) => /^\d+\. /.test(l));
    // Task 2 before task 10 (numeric order), the supporting role last; an empty text is skipped.
    expect(tasks).toEqual([
      '1. 2 任务2（牵头，截至3月完成 55%）：1月，完成可研；3月，开工建设。存在问题：用地指标不足。',
      '2. 10 任务10（牵头，截至2月完成 40%）：2月：完成土地报批。',
      '3. 1 任务1（配合）：2月，配合选址。',
    ]);
    expect(d.text).toContain('据本年度已审核的进展报告 4 份，涉及任务 3 项');
    expect(d.text).toContain('- 班列开行（列）：420.46');
    expect(d.text).toContain('本年度收到督办通知 2 件（催办 1 件、挂牌督办 1 件），已办结 1 件；黄灯预警 1 次。');
    expect(lines.indexOf('- DB-2026-002（催办）：报表迟报。已办结。')).toBeLessThan(lines.indexOf('- DB-2026-010（挂牌督办）：项目进度滞后。整改中。'));
    expect(d.sources).toEqual({ reports: ['r2', 'r1', 'r3', 'r4'], notices: ['n1', 'n2'] });
    expect(d.omitted).toBe(0);
  });

  it('alerts without notices', () => {
    const d = draftSummary({ zoneName: '洛碛镇', year: 2026, reports: [], notices: [], alerts: [{ level: 'red', title: 'x' }, { level: 'red', title: 'y' }] });
    expect(d.text).toContain('本年度未收到督办通知；红灯预警 2 次。');
  });

  it('says so when there is nothing to draft from', () => {
    const d = draftSummary({ zoneName: '洛碛镇', year: 2026, reports: [], notices: [] });
    expect(d.text).toContain('本年度暂无已审核的进展报告。');
    expect(d.text).toContain('本年度考核所用指标暂无已审核数据。');
    expect(d.text).toContain('本年度未收到督办通知，无黄色、红色预警。');
    expect(d.sources).toEqual({ reports: [], notices: [] });
  });

  it('keeps within maxLength by leaving out whole report texts, and keeps the supervision part', () => {
    const reports = Array.from({ length: 40 }, (_, i) => report(`r${i}`, String(i + 1), `2026-${String((i % 12) + 1).padStart(2, '0')}`, '甲乙'.repeat(40)));
    const notices = [{ id: 'n1', number: 'DB-2026-001', level: 'supervision' as const, title: '滞后', status: 'issued' }];
    const d = draftSummary({ zoneName: '古路镇', year: 2026, reports, notices, maxLength: 1500 });
    expect(d.text.length).toBeLessThanOrEqual(1500);
    expect(d.omitted).toBeGreaterThan(0);
    expect(d.sources.reports.length + d.omitted).toBe(40);
    expect(d.text).toContain(`另有 ${d.omitted} 条报告内容因篇幅未列入`);
    expect(d.text).toContain('- DB-2026-001（督办）：滞后。已下发。');
    // No report text is cut in half.
    expect(d.text.match(/(甲乙)+/g)!.every((m) => m.length === 80)).toBe(true);
  });

  it('names periods as people write them', () => {
    expect(['2026-03', '2026Q2', '2026H1', '2026', 'x'].map(periodLabel)).toEqual(['3月', '二季度', '上半年', '全年', 'x']);
  });
});
