// Issue 18: edges of the delivery rules that the first mutation run found unpinned — evidence
// sniffing by magic bytes, briefing counts and labels, group thresholds, board order, escalation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sniffEvidence, EVIDENCE_MIME, MAX_EVIDENCE_BYTES } from '../../src/domain/delivery/filetype';
import { briefingOverview, chineseDate, monthsOf, periodLabel } from '../../src/domain/delivery/briefing';
import { groupAggregate, taskStanding, type ReportFact, type TaskStanding } from '../../src/domain/delivery/groups';
import { cycleBoard, noticeBoard, punctualityRate } from '../../src/domain/delivery/board';
import { allowedActions, nextState, rolesFor } from '../../src/domain/delivery/machine';
import { measureMachine, reportMachine, reportReturnRoles } from '../../src/domain/delivery/states';
import { escalation } from '../../src/domain/supervision/notice';
import { parsePeriod } from '../../src/domain/calendar/period';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('sniffEvidence', () => {
  it('names each signature exactly and nothing for one byte short', () => {
    const cases: [Uint8Array, string | null][] = [
      [bytes('%PDF-1.7'), 'pdf'],
      [bytes('%PDF-'), 'pdf'],
      [bytes('%PDF'), null],
      [bytes('%PDX-'), null],
      [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'png'],
      [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]), null],
      [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b]), null],
      [bytes([0xff, 0xd8, 0xff]), 'jpeg'],
      [bytes([0xff, 0xd8]), null],
      [bytes([0xff, 0xd8, 0xfe]), null],
      [bytes('GIF87a'), 'gif'],
      [bytes('GIF89a'), 'gif'],
      [bytes('GIF88a'), null],
      [bytes('RIFF', [1, 2, 3, 4], 'WEBP'), 'webp'],
      [bytes('RIFF', [1, 2, 3, 4], 'WEBX'), null],
      [bytes('RIFF', [1, 2, 3], 'WEBP'), null],
      [bytes('RIFX', [1, 2, 3, 4], 'WEBP'), null],
      [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'ole'],
      [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe0]), null],
      [bytes(ZIP, 'xx[Content_Types].xml'), 'ooxml'],
      [bytes(ZIP, '[Content_Types].xm'), null],
      [bytes(ZIP, 'word/document.xml'), null],
      [bytes('PK', [0x03, 0x05], '[Content_Types].xml'), null],
      [bytes('[Content_Types].xml'), null],
      [bytes([0x50, 0x4b, 0x03]), null],
      [new Uint8Array(0), null],
    ];
    expect(cases.map(([b]) => sniffEvidence(b))).toEqual(cases.map(([, t]) => t));
  });
  it('finds the content-types entry at the very end of the first 64 KiB, not after it', () => {
    const sig = bytes('[Content_Types].xml');
    const inside = new Uint8Array(64 * 1024);
    inside.set(ZIP, 0);
    inside.set(sig, inside.length - sig.length);
    expect(sniffEvidence(inside)).toBe('ooxml');
    const after = new Uint8Array(64 * 1024 + sig.length);
    after.set(ZIP, 0);
    after.set(sig, 64 * 1024 - sig.length + 1);
    expect(sniffEvidence(after)).toBeNull();
    // the entry right after the zip signature, at offset 4
    expect(sniffEvidence(bytes(ZIP, '[Content_Types].xml'))).toBe('ooxml');
  });
  it('ignores what follows a signature and a signature that is not at the start (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (tail) => {
        expect(sniffEvidence(new Uint8Array([...bytes('%PDF-'), ...tail]))).toBe('pdf');
        expect(sniffEvidence(new Uint8Array([0x20, ...bytes('%PDF-'), ...tail]))).not.toBe('pdf');
      }),
    );
  });
  it('states the MIME type of every kind and the 10 MiB limit', () => {
    expect(EVIDENCE_MIME).toEqual({
      pdf: 'application/pdf',
      png: 'image/png',
      jpeg: 'image/jpeg',
      gif: 'image/gif',
      webp: 'image/webp',
      ooxml: 'application/vnd.openxmlformats-officedocument',
      ole: 'application/x-ole-storage',
    });
    expect(MAX_EVIDENCE_BYTES).toBe(10485760);
  });
});

describe('briefing', () => {
  it('counts statuses and aggregates the standings', () => {
    const o = briefingOverview(['on_track', 'off_track', 'on_track'] as never, ['done', 'delayed', 'in_progress']);
    expect(o.indicators).toBe(3);
    expect(o.byStatus).toEqual({ on_track: 2, off_track: 1 });
    expect(o.tasks.status).toBe('delayed');
    expect(o.tasks.counts).toEqual({ not_started: 0, in_progress: 1, done: 1, delayed: 1, no_report: 0 });
    expect(briefingOverview([], [])).toEqual({ indicators: 0, byStatus: {}, tasks: { status: 'no_report', total: 0, counts: { not_started: 0, in_progress: 0, done: 0, delayed: 0, no_report: 0 }, percentDone: null } });
  });
  it('lists the months of a month, each quarter and a year', () => {
    const p = (t: string) => parsePeriod(t)!;
    expect(monthsOf(p('2026-03'))).toEqual(['2026-03']);
    expect(monthsOf(p('2026-11'))).toEqual(['2026-11']);
    expect(monthsOf(p('2026Q1'))).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOf(p('2026Q4'))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf(p('2026'))).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });
  it('labels periods in both languages', () => {
    const p = (t: string) => parsePeriod(t)!;
    expect(periodLabel(p('2026-03'))).toEqual({ zh: '2026年3月', en: '2026-03' });
    expect(periodLabel(p('2026-10'))).toEqual({ zh: '2026年10月', en: '2026-10' });
    expect(['2026Q1', '2026Q2', '2026Q3', '2026Q4'].map((t) => periodLabel(p(t)))).toEqual([
      { zh: '2026年第一季度', en: '2026 Q1' },
      { zh: '2026年第二季度', en: '2026 Q2' },
      { zh: '2026年第三季度', en: '2026 Q3' },
      { zh: '2026年第四季度', en: '2026 Q4' },
    ]);
    expect(periodLabel(p('2026'))).toEqual({ zh: '2026年', en: '2026' });
  });
  it('writes 公文 dates without leading zeros', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(chineseDate('2026-10-31')).toBe('2026年10月31日');
  });
});

describe('group thresholds', () => {
  const g = (...s: TaskStanding[]) => groupAggregate(s).status;
  it('is delayed at exactly a third delayed and needs attention just below', () => {
    expect(g('delayed', 'in_progress', 'in_progress')).toBe('delayed'); // 1 of 3
    expect(g('delayed', 'not_started', 'not_started', 'not_started')).toBe('attention'); // 1 of 4
    expect(g('delayed', 'delayed', 'done', 'done', 'done', 'done')).toBe('delayed'); // 2 of 6
    expect(g('delayed', 'delayed', 'done', 'done', 'done', 'done', 'done')).toBe('attention'); // 2 of 7
  });
  it('is on schedule with one done task alone and not started otherwise', () => {
    expect(g('done', 'not_started')).toBe('on_schedule');
    expect(g('done', 'no_report')).toBe('on_schedule');
    expect(g('not_started')).toBe('not_started');
    expect(g('not_started', 'no_report', 'no_report')).toBe('not_started');
  });
  it('rounds the share done to whole percent', () => {
    expect(groupAggregate(['done', 'delayed', 'delayed']).percentDone).toBe(33);
    expect(groupAggregate(['done', 'done', 'delayed']).percentDone).toBe(67);
    expect(groupAggregate(['done']).percentDone).toBe(100);
  });
  it('takes the latest report whatever the order, and the report at exactly upTo', () => {
    const r = (period: string, progress: ReportFact['progress']): ReportFact => ({ period, progress, status: 'accepted', role: 'lead' });
    expect(taskStanding([r('2026-03', 'delayed'), r('2026-01', 'in_progress')])).toBe('delayed');
    expect(taskStanding([r('2026-01', 'in_progress'), r('2026-03', 'delayed')], '2026-03')).toBe('delayed');
    expect(taskStanding([r('2026-01', 'in_progress'), r('2026-03', 'delayed')], '2026-02')).toBe('in_progress');
    // two reports of the same period: the first one stays
    expect(taskStanding([r('2026-01', 'in_progress'), r('2026-01', 'delayed')])).toBe('in_progress');
    expect(taskStanding([r('2026-01', 'done')], undefined, false)).toBe('done');
  });
});

describe('boards: order and counts', () => {
  const r = (unitId: string, unitName: string, status: string, late = false) => ({ unitId, unitName, status, late, role: 'lead' }) as never;
  it('orders by late, then returned, then name in pinyin order', () => {
    const b = cycleBoard([r('z', '区住建委', 'draft'), r('a', '区安监局', 'draft'), r('r', '区人社局', 'returned'), r('l', '区林业局', 'draft', true)]);
    expect(b.map((x) => x.unitName)).toEqual(['区林业局', '区人社局', '区安监局', '区住建委']);
    expect(b[0]).toEqual({ unitId: 'l', unitName: '区林业局', total: 1, late: 1, byStatus: { draft: 1, submitted: 0, approved: 0, accepted: 0, returned: 0 } });
  });
  it('does not count a notice due today as overdue, and orders units by overdue then open', () => {
    const n = (unitId: string, status: string, dueOn: string) => ({ unitId, unitName: unitId, level: 'reminder', status, dueOn }) as never;
    const b = noticeBoard([n('a', 'issued', '2025-06-30'), n('b', 'issued', '2025-06-30'), n('b', 'issued', '2025-07-30'), n('c', 'issued', '2025-06-29'), n('d', 'closed', '2025-01-01')], '2025-06-30');
    expect(b.byUnit.map((u) => [u.unitId, u.open, u.overdue, u.closed])).toEqual([
      ['c', 1, 1, 0],
      ['b', 2, 0, 0],
      ['a', 1, 0, 0],
      ['d', 0, 0, 1],
    ]);
    expect(b.total).toEqual({ open: 4, overdue: 1, closed: 1 });
  });
  it('has a punctuality only when something was due', () => {
    expect(punctualityRate(1, 0)).toBe(0);
    expect(punctualityRate(-1, 0)).toBeNull();
    expect(punctualityRate(3, 1)).toBe(33);
  });
});

describe('machine helpers', () => {
  it('filters actions by any of the given roles, and gives all without roles', () => {
    expect(allowedActions(reportMachine, 'submitted', ['office', 'unit_leader'])).toEqual(['approve', 'return']);
    expect(allowedActions(reportMachine, 'submitted', [])).toEqual([]);
    expect(allowedActions(reportMachine, 'submitted')).toEqual(['approve', 'return']);
    expect(allowedActions(measureMachine, 'approved', ['admin'])).toEqual(['revise', 'supersede']);
    expect(allowedActions(measureMachine, 'approved', ['liaison'])).toEqual(['revise']);
  });
  it('gives the first rule for an action and null/[] for none', () => {
    expect(rolesFor(reportMachine, 'return')).toEqual(['unit_leader']);
    expect(rolesFor(reportMachine, 'submit')).toEqual(['liaison']);
    expect(nextState(reportMachine, 'accepted', 'return')).toBeNull();
    expect(reportReturnRoles('returned')).toEqual([]);
  });
});

describe('escalation edges', () => {
  const base = { status: 'issued' as const, level: 'reminder' as const, dueOn: '2025-03-10', escalatedOn: null };
  it('uses the grace days given for the new deadline and the wait', () => {
    expect(escalation(base, '2025-03-11', 3)).toEqual({ level: 'supervision', dueOn: '2025-03-14' });
    expect(escalation(base, '2025-12-30', 3)).toEqual({ level: 'supervision', dueOn: '2026-01-02' });
    const later = { ...base, level: 'supervision' as const, escalatedOn: '2025-03-11' };
    expect(escalation(later, '2025-03-13', 3)).toBeNull();
    expect(escalation(later, '2025-03-14', 3)).toEqual({ level: 'listed', dueOn: '2025-03-17' });
  });
  it('stops at an unknown level as at the top', () => {
    expect(escalation({ ...base, level: 'other' as never }, '2025-04-01')).toBeNull();
  });
});
