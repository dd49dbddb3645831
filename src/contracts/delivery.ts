// The shapes of the delivery and supervision API (both modules), defined once: the server
// validates its requests and responses with them and the web app takes its types from them.
import { z } from 'zod';
import { MEASURE_STATES, PROGRESS, REPORT_STATES } from '../domain/delivery/states';
import { NOTICE_LEVELS, NOTICE_STATES } from '../domain/supervision/notice';
import { ALERT_KINDS, ALERT_LEVELS } from '../domain/supervision/alerts';
import { versionField } from './common';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const ts = z.string().nullable();

export const milestoneSchema = z.object({
  id: z.uuid(),
  measureId: z.uuid().nullable(),
  taskId: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
  dueDate: z.string(),
  deliverable: z.string(),
  position: z.number(),
  percentDone: z.number(),
  doneAt: ts,
  version: z.number(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const measureSchema = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  unitId: z.uuid().nullable(),
  year: z.number(),
  title: z.string(),
  text: z.string(),
  status: z.enum(MEASURE_STATES),
  revision: z.number(),
  supersedesId: z.uuid().nullable(),
  returnReason: z.string().nullable(),
  version: z.number(),
  milestones: z.array(milestoneSchema),
  comments: z.array(z.object({ id: z.uuid(), unitId: z.uuid().nullable(), unitName: z.string().nullable(), userName: z.string().nullable(), text: z.string(), createdAt: z.string() })),
  actions: z.array(z.string()),
});
export type Measure = z.infer<typeof measureSchema>;

export const measureInput = z.object({
  taskId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1, '请填写举措名称').max(500),
  text: z.string().max(10000).default(''),
  milestones: z
    .array(z.object({ dueDate: day, deliverable: z.string().trim().min(1, '请填写节点成果').max(500), unitId: z.uuid().nullish() }))
    .max(50)
    .default([]),
});

export const cycleSchema = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  name: z.string(),
  frequency: z.string(),
  period: z.string(),
  opensOn: z.string(),
  dueOn: z.string(),
  dueDay: z.number(),
  status: z.string(),
  version: z.number(),
  counts: z.object({ total: z.number(), draft: z.number(), submitted: z.number(), approved: z.number(), accepted: z.number(), returned: z.number(), late: z.number() }),
});
export type Cycle = z.infer<typeof cycleSchema>;
/** One unit's line on the cycle board (src/domain/delivery/board.ts `cycleBoard`). */
export const cycleBoardRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  total: z.number(),
  byStatus: z.object(Object.fromEntries(REPORT_STATES.map((s) => [s, z.number()])) as Record<(typeof REPORT_STATES)[number], z.ZodNumber>),
  late: z.number(),
});

export const evidenceSchema = z.object({ id: z.uuid(), fileName: z.string(), mimeType: z.string(), size: z.number() });

export const reportSchema = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  taskNumber: z.string(),
  taskTitle: z.string(),
  planId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  cycleId: z.uuid().nullable(),
  period: z.string(),
  role: z.enum(['lead', 'support']),
  dueOn: z.string().nullable(),
  progress: z.enum(PROGRESS),
  text: z.string(),
  problems: z.string(),
  nextSteps: z.string(),
  coordination: z.string(),
  milestoneProgress: z.array(z.object({ milestoneId: z.uuid(), percent: z.number() })),
  percentDone: z.number().nullable(),
  status: z.enum(REPORT_STATES),
  returnReason: z.string().nullable(),
  submittedBy: z.uuid().nullable(),
  submittedAt: ts,
  approvedBy: z.uuid().nullable(),
  reviewedBy: z.uuid().nullable(),
  version: z.number(),
  late: z.boolean(),
  evidence: z.array(evidenceSchema),
  actions: z.array(z.string()),
});
export type Report = z.infer<typeof reportSchema>;

export const reportVersionSchema = z.object({
  id: z.uuid(),
  revision: z.number(),
  action: z.string(),
  status: z.string(),
  content: z.record(z.string(), z.unknown()),
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export const reportDetailSchema = reportSchema.extend({ versions: z.array(reportVersionSchema), contributions: z.array(reportSchema) });
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const reportEdit = z.object({
  progress: z.enum(PROGRESS).optional(),
  text: z.string().max(20000).optional(),
  problems: z.string().max(10000).optional(),
  nextSteps: z.string().max(10000).optional(),
  coordination: z.string().max(10000).optional(),
  milestoneProgress: z.array(z.object({ milestoneId: z.uuid(), percent: z.number().int().min(0).max(100) })).max(100).optional(),
  percentDone: z.number().int().min(0).max(100).nullish(),
  version: z.number().int().positive(),
});

export const alertSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ALERT_KINDS),
  level: z.enum(ALERT_LEVELS),
  entity: z.string(),
  entityId: z.uuid(),
  taskId: z.uuid().nullable(),
  indicatorId: z.uuid().nullable(),
  reportId: z.uuid().nullable(),
  milestoneId: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  reason: z.string(),
  reasonEn: z.string().nullable(),
  since: z.string().nullable(),
  status: z.string(),
  noticeId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type Alert = z.infer<typeof alertSchema>;

export const noticeSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  alertId: z.uuid().nullable(),
  taskId: z.uuid().nullable(),
  taskTitle: z.string().nullable(),
  indicatorId: z.uuid().nullable(),
  reportId: z.uuid().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  source: z.string(),
  issue: z.string(),
  requirement: z.string(),
  dueOn: z.string(),
  level: z.enum(NOTICE_LEVELS),
  status: z.enum(NOTICE_STATES),
  escalatedOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  closedAt: ts,
  actions: z.array(z.string()),
});
export type Notice = z.infer<typeof noticeSchema>;

export const rectificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  text: z.string(),
  submittedBy: z.uuid().nullable(),
  submittedByName: z.string().nullable(),
  verification: z.string().nullable(),
  comment: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  createdAt: z.string(),
  evidence: z.array(evidenceSchema),
});
export const noticeDetailSchema = noticeSchema.extend({
  rectifications: z.array(rectificationSchema),
  timeline: z.array(z.object({ at: z.string(), action: z.string(), actorName: z.string().nullable(), after: z.unknown() })),
});
export type NoticeDetail = z.infer<typeof noticeDetailSchema>;

export const noticeInput = z.object({
  unitId: z.uuid(),
  alertId: z.uuid().nullish(),
  reportId: z.uuid().nullish(),
  taskId: z.uuid().nullish(),
  indicatorId: z.uuid().nullish(),
  issue: z.string().trim().min(1, '请填写存在问题').max(5000),
  requirement: z.string().trim().min(1, '请填写督办要求').max(5000),
  dueOn: day,
  level: z.enum(NOTICE_LEVELS).default('reminder'),
});

export const todoSchema = z.object({
  kind: z.enum(['report', 'notice', 'indicator', 'measure', 'observation']),
  id: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  status: z.string(),
  late: z.boolean(),
  unitId: z.string().nullable(),
  link: z.string(),
});
export type Todo = z.infer<typeof todoSchema>;
/** How many lines 我的待办 has (GET /api/todo/count): the menu and header badges, without the list. */
export const todoCountSchema = z.object({
  /** Every line of 我的待办. */
  all: z.number().int().min(0),
  /** Indicator values waiting on the caller's approval or acceptance (kind `observation`). */
  review: z.number().int().min(0),
  /** Indicator data the caller's unit owes and has not submitted (kind `indicator`): 数据填报's count. */
  entry: z.number().int().min(0),
});
export type TodoCount = z.infer<typeof todoCountSchema>;

/** Evidence arrives as multipart/form-data (form field `file`, or `files` beside a notice answer); nothing but the file. */
export const evidenceFields = z.object({});
/** The responsibility matrix re-imported as .xlsx (form field `file`) for one year. */
export const matrixImportFields = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
/** The form of a unit's answer to a notice (submit_plan, submit_report): its text and up to 10 files in `files`. */
export const noticeAnswerFields = z.object({ version: z.coerce.number().int().min(1), text: z.string().max(20000).optional(), comment: z.string().max(5000).optional() });

export const assignmentSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  role: z.string(),
  collective: z.boolean(),
  liaisonId: z.uuid().nullable(),
  liaisonName: z.string().nullable(),
  leaderId: z.uuid().nullable(),
  leaderName: z.string().nullable(),
  position: z.number(),
});

/** Per unit on a task: its liaison (专人, a user of that unit) and its leader in charge (分管领导). */
// The version is the task's: a contacts save names the task version it read (409 otherwise).
export const contactsInput = z.object({ contacts: z.array(z.object({ unitId: z.uuid(), liaisonId: z.uuid().nullable(), leaderId: z.uuid().nullable() })).max(100), ...versionField });
export const contactsSaved = z.object({ ok: z.boolean(), version: z.number() });
export type ContactsInput = z.infer<typeof contactsInput>;

export const taskDeliverySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  text: z.string(),
  kind: z.string(),
  status: z.string(),
  deadlines: z.array(z.object({ text: z.string(), date: z.string().nullable() })),
  version: z.number(),
  planId: z.uuid(),
  planTitle: z.string(),
  assignments: z.array(assignmentSchema),
  measures: z.array(measureSchema),
  reports: z.array(reportSchema),
  alerts: z.array(alertSchema),
  notices: z.array(noticeSchema),
  indicators: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), unitId: z.uuid().nullable(), status: z.string().nullable() })),
});
export type TaskDelivery = z.infer<typeof taskDeliverySchema>;

export const unitDeliverySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  tasks: z.array(z.object({ id: z.uuid(), number: z.string(), title: z.string(), planId: z.uuid(), planTitle: z.string(), role: z.string() })),
  owed: z.array(reportSchema),
  reports: z.array(reportSchema),
  punctuality: z.object({ due: z.number(), onTime: z.number(), late: z.number(), returned: z.number() }),
  notices: z.array(noticeSchema),
  alerts: z.array(alertSchema),
});
export type UnitDelivery = z.infer<typeof unitDeliverySchema>;

export const matrixSchema = z.object({
  plan: z.object({ id: z.uuid(), title: z.string() }),
  year: z.number(),
  rows: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      title: z.string(),
      kind: z.string(),
      measures: z.array(z.string()),
      lead: z.array(z.object({ unitId: z.uuid(), name: z.string() })),
      support: z.array(z.object({ unitId: z.uuid(), name: z.string() })),
      deadline: z.string(),
    }),
  ),
  units: z.array(z.object({ id: z.uuid(), unitId: z.uuid(), name: z.string(), lead: z.number(), support: z.number() })),
});
export type Matrix = z.infer<typeof matrixSchema>;

export const lateUnitSchema = z.object({ id: z.uuid(), unitId: z.uuid(), unitName: z.string(), count: z.number(), reports: z.array(reportSchema) });
export type LateUnit = z.infer<typeof lateUnitSchema>;

/** Alert thresholds the office edits (see docs/delivery.md, Alerts); a partial body changes only the kinds given. */
export const alertRulesSchema = z.object({
  milestone_overdue: z.object({ enabled: z.boolean(), redAfterDays: z.number().int().min(1).max(365) }),
  report_late: z.object({ enabled: z.boolean(), redAfterDays: z.number().int().min(1).max(365) }),
  task_stalled: z.object({ enabled: z.boolean(), stalledCycles: z.number().int().min(1).max(12), redCycles: z.number().int().min(1).max(24) }),
  indicator_off_track: z.object({ enabled: z.boolean(), redAfterDays: z.number().int().min(0).max(730) }),
  indicator_deteriorating: z.object({ enabled: z.boolean(), redAfterDays: z.number().int().min(0).max(730) }),
});
export type AlertRulesOut = z.infer<typeof alertRulesSchema>;
/** The rules as read, with the version of the whole set a save must name. */
export const alertRulesRead = alertRulesSchema.extend(versionField);
export type AlertRulesRead = z.infer<typeof alertRulesRead>;
export const alertRulesInput = alertRulesSchema.partial().extend(versionField);

/** A public holiday or a make-up working day (调休) of the workday calendar the due dates follow. */
export const calendarDaySchema = z.object({ date: day, kind: z.enum(['holiday', 'workday']), name: z.string().max(50).nullish() });
export type CalendarDay = z.infer<typeof calendarDaySchema>;
export const calendarInput = z.object({ year: z.number().int().min(2000).max(2100), days: z.array(calendarDaySchema).max(400), ...versionField });
/** One year of the calendar, with the version a replace of that year must name. */
export const calendarYearSchema = z.object({ year: z.number(), version: z.number(), days: z.array(calendarDaySchema) });
export type CalendarYear = z.infer<typeof calendarYearSchema>;
