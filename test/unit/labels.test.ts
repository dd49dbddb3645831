// The words for the data's codes (src/contracts/labels.ts) are the one list the web app, the Excel
// exports, the briefings and the public pages read: every code of every enum has a Chinese and an
// English word, and the web's translation keys are filled from here.
import { describe, expect, it } from 'vitest';
import { LABELS, WEB_KEYS, labelOf, webWords, type LabelKind, type LabelMap } from '../../src/contracts/labels';
import { STATUSES, OBSERVATION_STATES, OBSERVATION_SOURCES, FREQUENCIES, TARGET_KINDS } from '../../src/contracts/indicators';
import { REPORT_STATES, PROGRESS } from '../../src/domain/delivery/states';
import { TASK_STANDINGS, GROUP_STATUSES } from '../../src/domain/delivery/groups';
import { NOTICE_LEVELS, NOTICE_STATES } from '../../src/domain/supervision/notice';
import { ALERT_KINDS, ALERT_LEVELS } from '../../src/domain/supervision/alerts';
import { HUB_TYPES } from '../../src/contracts/org';
import { ASSIGNMENT_ROLES, TASK_KINDS, TASK_STATUSES } from '../../src/contracts/plans';
import { MODES } from '../../src/domain/corridor/reference';
import { withSharedLabels } from '../../src/web/i18n/shared-labels';

const HAN = /[\u4e00-\u9fff]/;

function complete(map: LabelMap, codes: readonly string[]) {
  expect(Object.keys(map).sort()).toEqual([...codes].sort());
  for (const code of codes) {
    expect(map[code].zh, code).toMatch(HAN);
    expect(map[code].en, code).toMatch(/^[A-Z][A-Za-z ]+$/);
  }
}

describe('code labels', () => {
  it('every code of every enum has a Chinese and an English word', () => {
    complete(LABELS.indicatorStatus, STATUSES);
    complete(LABELS.targetKind, TARGET_KINDS);
    complete(LABELS.observationState, OBSERVATION_STATES);
    complete(LABELS.observationSource, OBSERVATION_SOURCES);
    complete(LABELS.frequency, FREQUENCIES);
    complete(LABELS.reportState, [...REPORT_STATES, 'superseded', 'open', 'closed']);
    complete(LABELS.taskProgress, PROGRESS);
    complete(LABELS.taskStanding, TASK_STANDINGS);
    complete(LABELS.groupStatus, GROUP_STATUSES);
    complete(LABELS.noticeLevel, NOTICE_LEVELS);
    complete(LABELS.noticeState, NOTICE_STATES);
    complete(LABELS.alertKind, ALERT_KINDS);
    complete(LABELS.alertLevel, ALERT_LEVELS);
    complete(LABELS.hubType, HUB_TYPES);
    complete(LABELS.mode, MODES);
    complete(LABELS.grade, ['excellent', 'good', 'pass', 'fail']);
    complete(LABELS.taskKind, TASK_KINDS);
    complete(LABELS.taskStatus, TASK_STATUSES);
    complete(LABELS.assignmentRole, ASSIGNMENT_ROLES);
  });

  it('labelOf gives the word in the language asked, a code it does not know as it is, and keeps null', () => {
    expect(labelOf(LABELS.indicatorStatus, 'on_track')).toBe('进展良好');
    expect(labelOf(LABELS.indicatorStatus, 'on_track', 'zh-CN')).toBe('进展良好');
    expect(labelOf(LABELS.indicatorStatus, 'on_track', 'en')).toBe('On track');
    expect(labelOf(LABELS.assignmentRole, 'lead', 'zh')).toBe('牵头');
    expect(labelOf(LABELS.hubType, 'dry_port', 'zh')).toBe('陆港型');
    expect(labelOf(LABELS.indicatorStatus, 'something_new', 'zh')).toBe('something_new');
    expect(labelOf(LABELS.indicatorStatus, 'toString', 'zh')).toBe('toString');
    expect(labelOf(LABELS.indicatorStatus, null, 'zh')).toBeNull();
  });

  it("fills the web app's translation keys, keeping a module's own extra codes beside them", () => {
    const fileZh = { indicators: { status: { on_track: 'stale' }, state: { none: '未填报' }, nav: { overview: '指标总览' } }, cockpit: { status: { not_computed: '未计算' } } };
    const words = withSharedLabels([fileZh, { delivery: { nav: { todo: '我的待办' } } }], 'zh-CN') as Record<string, Record<string, Record<string, string>>>;
    expect(words.indicators.status.on_track).toBe('进展良好');
    expect(words.indicators.state).toEqual({ none: '未填报', draft: '草稿', submitted: '已提交', approved: '已审批', accepted: '已审核通过', returned: '已退回' });
    expect(words.indicators.nav.overview).toBe('指标总览');
    expect(words.cockpit.status.not_computed).toBe('未计算');
    expect(words.cockpit.status.on_track).toBe(words.indicators.status.on_track);
    expect(words.delivery.nav.todo).toBe('我的待办');
    expect(words.delivery.role).toEqual({ lead: '牵头', support: '配合' });
    // Every key listed is filled, in both languages.
    for (const lang of ['zh-CN', 'en']) {
      const w = webWords(lang);
      for (const [key, kinds] of WEB_KEYS) {
        const [m, n] = key.split('.');
        const filled = (n === undefined ? w[m] : w[m][n]) as Record<string, string>;
        const codes = ([] as LabelKind[]).concat(kinds).flatMap((k) => Object.keys(LABELS[k]));
        expect(Object.keys(filled).sort(), key).toEqual([...new Set(codes)].sort());
      }
    }
    expect((webWords('en').supervision.level as Record<string, string>).listed).toBe('Listed supervision');
    // The words that used to be copied in the modules' files come from the one list now.
    const zh = webWords('zh-CN') as Record<string, Record<string, Record<string, string>>>;
    expect(zh.plans.taskStatus.in_progress).toBe(LABELS.taskStatus.in_progress.zh);
    expect(zh.plans.taskKind.safeguard).toBe('保障措施');
    expect(zh.evaluation.level).toEqual({ reminder: '催办', supervision: '督办', listed: '挂牌督办', yellow: '黄灯', red: '红灯' });
    expect((zh.hubTypes as unknown as Record<string, string>).dry_port).toBe('陆港型');
    expect(zh.plans.hubType).toEqual(zh.evaluation.hub);
  });
});
