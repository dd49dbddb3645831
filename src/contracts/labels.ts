// The words people read for the codes the data holds (`on_track`, `overdue`, `lead`, `dry_port` …),
// Chinese and English, defined once here and used by the web app (src/web/i18n/modules.*.ts fills
// its translation keys from `webWords`) and by the server's files (Excel exports, briefings, the
// public portal). A code with no label here is shown as it is, so a new state shows up rather
// than vanishing; the test test/unit/labels.test.ts checks every enum listed has every code.
import { STATUS_ZH } from '../domain/progress/explain';
import { NOTICE_LEVEL_ZH, NOTICE_STATE_ZH } from '../domain/supervision/notice';
import { ALERT_LEVEL_ZH } from '../domain/supervision/alerts';
import { ASSIGNMENT_ROLE_ZH } from '../domain/delivery/states';
import { MODE_ZH } from '../domain/corridor/reference';

export type LabelLang = 'zh' | 'en';
export interface Label {
  zh: string;
  en: string;
}
export type LabelMap<K extends string = string> = Readonly<Record<K, Label>>;

const pair = <K extends string>(zh: Record<K, string>, en: Record<K, string>): LabelMap<K> =>
  Object.fromEntries(Object.keys(zh).map((k) => [k, { zh: zh[k as K], en: en[k as K] }])) as unknown as LabelMap<K>;

export const LABELS = {
  /** 指标进展状态 (src/domain/progress: the Open SDG method). */
  indicatorStatus: pair(STATUS_ZH, {
    achieved: 'Achieved',
    on_track: 'On track',
    moderate: 'Moderate progress',
    off_track: 'Off track',
    deteriorating: 'Deteriorating',
    insufficient_data: 'Insufficient data',
    target_pending: 'Target pending',
  }),
  /** 目标的类型. */
  targetKind: pair(
    { level: '目标值', growth: '增长', reduction: '降低', max: '上限', min: '下限', coverage: '全覆盖', relative: '相对基准', pending: '待定' },
    { level: 'Level', growth: 'Growth', reduction: 'Reduction', max: 'Ceiling', min: 'Floor', coverage: 'Full coverage', relative: 'Relative', pending: 'Pending' },
  ),
  /** 指标数据的审批状态. */
  observationState: pair(
    { draft: '草稿', submitted: '已提交', approved: '已审批', accepted: '已审核通过', returned: '已退回' },
    { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', accepted: 'Accepted', returned: 'Returned' },
  ),
  /** 指标数据的来源. */
  observationSource: pair({ form: '在线填报', file: '文件导入', api: '数据接口', computed: '系统计算' }, { form: 'Form', file: 'File', api: 'API', computed: 'Computed' }),
  /** 报送频次. */
  frequency: pair({ yearly: '年度', quarterly: '季度', monthly: '月度' }, { yearly: 'Yearly', quarterly: 'Quarterly', monthly: 'Monthly' }),
  /** 进展报告与年度举措的状态，报送周期的开启与关闭. */
  reportState: pair(
    { draft: '草稿', submitted: '已提交', approved: '单位已审批', accepted: '已通过', returned: '已退回', superseded: '已被替代', open: '进行中', closed: '已关闭' },
    { draft: 'Draft', submitted: 'Submitted', approved: 'Approved by unit', accepted: 'Accepted', returned: 'Returned', superseded: 'Superseded', open: 'Open', closed: 'Closed' },
  ),
  /** 年度工作举措（任务分解）的状态: the office approves a breakdown, so its 'approved' is not the unit leader's. */
  measureState: pair(
    { draft: '草稿', submitted: '待审核', approved: '已批准', superseded: '已被新版本替代' },
    { draft: 'Draft', submitted: 'To approve', approved: 'Approved', superseded: 'Superseded' },
  ),
  /** 任务进展（进展报告所填）. */
  taskProgress: pair(
    { not_started: '未启动', in_progress: '推进中', done: '已完成', delayed: '滞后' },
    { not_started: 'Not started', in_progress: 'In progress', done: 'Done', delayed: 'Delayed' },
  ),
  /** 一项任务在某期的进展：最新审核通过的报告所填，没有则“暂无” (src/domain/delivery/groups.ts). */
  taskStanding: pair(
    { not_started: '未启动', in_progress: '推进中', done: '已完成', delayed: '滞后', no_report: '暂无审核通过的报告' },
    { not_started: 'Not started', in_progress: 'In progress', done: 'Done', delayed: 'Delayed', no_report: 'No accepted report yet' },
  ),
  /** 任务组的总体状态 (src/domain/delivery/groups.ts). */
  groupStatus: pair(
    { done: '已完成', on_schedule: '按计划推进', attention: '需关注', delayed: '滞后', not_started: '未启动', no_report: '暂无报告' },
    { done: 'Done', on_schedule: 'On schedule', attention: 'Needs attention', delayed: 'Delayed', not_started: 'Not started', no_report: 'No report yet' },
  ),
  /** 任务的类型（计划文件中的位置）. */
  taskKind: pair({ task: '重点任务', safeguard: '保障措施', measure: '工作举措' }, { task: 'Task', safeguard: 'Safeguard', measure: 'Measure' }),
  /** 任务的办理状态（办公室维护）. */
  taskStatus: pair({ open: '未开始', in_progress: '推进中', done: '已完成', cancelled: '已撤销' }, { open: 'Not started', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' }),
  /** 牵头 / 配合. */
  assignmentRole: pair(ASSIGNMENT_ROLE_ZH, { lead: 'Lead', support: 'Support' }),
  /** 督办级别. */
  noticeLevel: pair(NOTICE_LEVEL_ZH, { reminder: 'Reminder', supervision: 'Supervision', listed: 'Listed supervision' }),
  /** 督办单的办理状态. */
  noticeState: pair(
    NOTICE_STATE_ZH,
    { issued: 'Issued', plan_submitted: 'Plan to review', rectifying: 'Rectifying', report_submitted: 'Report to verify', sent_back: 'Sent back', closed: 'Closed' },
  ),
  /** 督办单的来源. */
  noticeSource: pair({ manual: '办公室下发', alert: '预警转督办', coordination: '协调事项转督办' }, { manual: 'Issued by the office', alert: 'From an alert', coordination: 'From a coordination request' }),
  /** 预警类型. */
  alertKind: pair(
    { milestone_overdue: '节点逾期', report_late: '报告逾期', task_stalled: '任务滞后', indicator_off_track: '指标进展滞后', indicator_deteriorating: '指标倒退' },
    { milestone_overdue: 'Milestone overdue', report_late: 'Report late', task_stalled: 'Task stalled', indicator_off_track: 'Indicator off track', indicator_deteriorating: 'Indicator deteriorating' },
  ),
  /** 预警灯. */
  alertLevel: pair(ALERT_LEVEL_ZH, { yellow: 'Yellow', red: 'Red' }),
  /** 预警的处理状态. */
  alertState: pair({ open: '未处理', noticed: '已督办', closed: '已解除' }, { open: 'Open', noticed: 'Notice issued', closed: 'Cleared' }),
  /** 考核等次. */
  grade: pair({ excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' }, { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' }),
  /** 枢纽类型. */
  hubType: pair(
    { dry_port: '陆港型', airport: '空港型', seaport: '港口型', trade_service: '商贸服务型', production_service: '生产服务型', land_border: '陆上边境口岸型' },
    { dry_port: 'Dry port', airport: 'Airport', seaport: 'Seaport', trade_service: 'Trade service', production_service: 'Production service', land_border: 'Land border port' },
  ),
  /** 是 / 否 (a yes-or-no column of an export). */
  yesNo: pair({ yes: '是', no: '否' }, { yes: 'Yes', no: 'No' }),
  /** 运输方式. */
  mode: pair(MODE_ZH, { air: 'Air', rail: 'Rail', sea: 'Sea', road: 'Road', river: 'River' }),
} as const;
export type LabelKind = keyof typeof LABELS;

const langOf = (lang: string): LabelLang => (lang === 'en' ? 'en' : 'zh');

/** The word for a code in a language; an unknown code as it is, null stays null. */
export function labelOf(map: LabelMap, code: string | null | undefined, lang: string = 'zh'): string | null {
  if (code == null || code === '') return null;
  return (Object.prototype.hasOwnProperty.call(map, code) ? map[code][langOf(lang)] : undefined) ?? code;
}

/** One map in one language: `{ on_track: '进展良好', … }`. */
export function wordsOf(map: LabelMap, lang: string): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v[langOf(lang)]]));
}

/** Which web translation keys each map fills (t('indicators.status.on_track') …); a key may take several maps, a key without a dot is top-level. */
export const WEB_KEYS: readonly (readonly [string, LabelKind | readonly LabelKind[]])[] = [
  ['indicators.status', 'indicatorStatus'],
  ['indicators.kind', 'targetKind'],
  ['indicators.state', 'observationState'],
  ['indicators.source', 'observationSource'],
  ['indicators.frequency', 'frequency'],
  ['delivery.state', 'reportState'],
  ['delivery.measureState', 'measureState'],
  ['delivery.progress', 'taskProgress'],
  ['delivery.role', 'assignmentRole'],
  ['supervision.level', 'noticeLevel'],
  ['supervision.state', 'noticeState'],
  ['supervision.source', 'noticeSource'],
  ['supervision.kind', 'alertKind'],
  ['supervision.alertLevel', 'alertLevel'],
  ['supervision.alertState', 'alertState'],
  ['evaluation.grade', 'grade'],
  ['evaluation.hub', 'hubType'],
  ['evaluation.level', ['noticeLevel', 'alertLevel']],
  ['plans.taskKind', 'taskKind'],
  ['plans.taskStatus', 'taskStatus'],
  ['plans.role', 'assignmentRole'],
  ['plans.hubType', 'hubType'],
  ['hubTypes', 'hubType'],
  ['cockpit.status', 'indicatorStatus'],
  ['cockpit.progress', 'taskProgress'],
  ['cockpit.level', 'noticeLevel'],
  ['cockpit.mode', 'mode'],
];

/** The words of one web key: its maps in one language, merged. */
export function keyWords(kinds: LabelKind | readonly LabelKind[], lang: string): Record<string, string> {
  return Object.assign({}, ...([] as LabelKind[]).concat(kinds).map((k) => wordsOf(LABELS[k], lang)));
}

/** The web's words these maps provide, nested as the translation files nest them. */
export function webWords(lang: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, kinds] of WEB_KEYS) {
    const [module, name] = key.split('.');
    if (name === undefined) out[module] = keyWords(kinds, lang);
    else (out[module] ??= {})[name] = keyWords(kinds, lang);
  }
  return out;
}
