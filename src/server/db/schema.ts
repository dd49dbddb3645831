// The one Drizzle schema for all seven parts of Hubline. Tables for parts that
// have no routes yet (delivery, supervision, evaluation, corridor) exist now so
// that permissions and foreign keys are shaped once; their modules fill them later.
import { sql } from 'drizzle-orm';
import type { InputChange } from '../../domain/progress/history';
import {
  pgTable,
  uuid,
  text,
  integer,
  boolean,
  timestamp,
  date,
  jsonb,
  doublePrecision,
  bigserial,
  bigint,
  customType,
  primaryKey,
  uniqueIndex,
  index,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
// Optimistic concurrency: every editable row carries a version; writes must name it (HTTP 409 otherwise).
const version = () => integer('version').notNull().default(1);

// ───────────────────────────── Organisation ─────────────────────────────

export const zones = pgTable('zones', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  level: text('level').notNull(), // city | district | functional_area
  parentId: uuid('parent_id').references((): AnyPgColumn => zones.id),
  hubType: text('hub_type'), // dry_port | airport | seaport | trade_service | production_service | land_border
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const units = pgTable(
  'units',
  {
    id: id(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    nameEn: text('name_en'),
    type: text('type').notNull(), // department | town | company | external_agency | enterprise | project_hq
    zoneId: uuid('zone_id').references(() => zones.id),
    aliases: jsonb('aliases').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    collective: boolean('collective').notNull().default(false),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('units_name_uq').on(t.name)],
);

export const users = pgTable('users', {
  id: id(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  unitId: uuid('unit_id').references(() => units.id),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  active: boolean('active').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  locale: text('locale').notNull().default('zh-CN'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(), // admin | office | liaison | unit_leader | evaluator | leader
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

// Data providers (operators, statistics offices) push observations and shipments with a token.
export const apiTokens = pgTable('api_tokens', {
  id: id(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  unitId: uuid('unit_id').references(() => units.id),
  scopes: jsonb('scopes').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  createdBy: uuid('created_by').references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

// Sessions live in the database so that every instance behind a load balancer shares them.
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha256 of the cookie value; the raw value is never stored
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// Append-only, hash-chained. A trigger (see migrations) refuses UPDATE and DELETE.
export const auditLog = pgTable('audit_log', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  action: text('action').notNull(), // create | update | delete | login | import | approve | …
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  requestId: text('request_id'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const attachments = pgTable('attachments', {
  id: id(),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  unitId: uuid('unit_id').references(() => units.id),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  createdAt: createdAt(),
});

/**
 * An import file that was applied, by content hash and the scope it was checked for: the same
 * file sent again is answered from here at once, unless an audited write that could change its
 * outcome (indicators, observations, plans, zones, units, users) happened after `audit_seq`.
 */
export const importReceipts = pgTable(
  'import_receipts',
  {
    sha256: text('sha256').notNull(),
    scopeKey: text('scope_key').notNull(), // 'all' or the unit id whose rights were checked
    attachmentId: uuid('attachment_id').references(() => attachments.id, { onDelete: 'cascade' }),
    auditSeq: bigint('audit_seq', { mode: 'number' }).notNull(),
    rows: integer('rows').notNull(),
    inputs: integer('inputs').notNull(),
    skippedBlank: integer('skipped_blank').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.scopeKey] })],
);

// In-app notices (催办 reminders, returned data, later alerts and supervision notices).
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id),
    kind: text('kind').notNull(), // reminder | returned | alert | supervision
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId), uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey)],
);

// ───────────────────────────── 1. Plans ─────────────────────────────

export const sourceDocuments = pgTable('source_documents', {
  id: id(),
  fileName: text('file_name'),
  text: text('text').notNull(),
  sha256: text('sha256').notNull(),
  extraction: jsonb('extraction').notNull(),
  status: text('status').notNull().default('pending'), // pending | committed | discarded
  planId: uuid('plan_id'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

export const plans = pgTable('plans', {
  id: id(),
  code: text('code').notNull().unique(),
  kind: text('kind').notNull().default('plan'), // plan | guidance
  title: text('title').notNull(),
  docNumber: text('doc_number'),
  issuer: text('issuer'),
  issuedDate: date('issued_date'),
  addressees: jsonb('addressees').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  public: boolean('public').notNull().default(false),
  status: text('status').notNull().default('active'), // draft | active | archived
  basis: jsonb('basis').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  horizonYears: jsonb('horizon_years').$type<number[]>().notNull().default(sql`'[]'::jsonb`),
  hubTypes: jsonb('hub_types').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  officeUnitId: uuid('office_unit_id').references(() => units.id),
  meta: jsonb('meta').notNull().default(sql`'{}'::jsonb`),
  sourceDocumentId: uuid('source_document_id').references(() => sourceDocuments.id),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const planSections = pgTable('plan_sections', {
  id: id(),
  planId: uuid('plan_id')
    .notNull()
    .references(() => plans.id, { onDelete: 'cascade' }),
  parentId: uuid('parent_id').references((): AnyPgColumn => planSections.id),
  ref: text('ref'), // the importer's section path, stable across revised texts
  level: integer('level').notNull(),
  number: text('number'),
  title: text('title').notNull(),
  text: text('text').notNull().default(''),
  position: integer('position').notNull(),
  spanStart: integer('span_start'),
  spanEnd: integer('span_end'),
});

export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    sectionId: uuid('section_id').references(() => planSections.id),
    // The importer's section path (e.g. "二/（一）"): matches a task across revised texts of a plan.
    sectionRef: text('section_ref'),
    kind: text('kind').notNull(), // task | safeguard | measure
    number: text('number').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    deadlines: jsonb('deadlines').$type<{ text: string; date: string | null }[]>().notNull().default(sql`'[]'::jsonb`),
    position: integer('position').notNull(),
    status: text('status').notNull().default('open'), // open | in_progress | done | cancelled
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('tasks_plan_idx').on(t.planId)],
);

export const taskAssignments = pgTable(
  'task_assignments',
  {
    id: id(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(), // lead | support
    position: integer('position').notNull(),
    // Per unit on a task: its liaison (专人) who reports, and the leader in charge (分管领导) told of escalations.
    liaisonId: uuid('liaison_id').references(() => users.id),
    leaderId: uuid('leader_id').references(() => users.id),
  },
  (t) => [uniqueIndex('task_assignments_uq').on(t.taskId, t.unitId), index('task_assignments_unit_idx').on(t.unitId)],
);

// ───────────────────────────── 2. Delivery ─────────────────────────────

// A task's breakdown for one year (年度工作举措). State machine in src/domain/delivery/states.ts:
// draft → submitted → approved; an approved measure changes only through a new row with
// revision + 1 that supersedes it when approved (the old row stays, status `superseded`).
export const measures = pgTable(
  'measures',
  {
    id: id(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull().default(''),
    status: text('status').notNull().default('draft'), // draft | submitted | approved | superseded
    revision: integer('revision').notNull().default(1),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => measures.id),
    returnReason: text('return_reason'),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('measures_task_idx').on(t.taskId)],
);

// Supporting units see a draft breakdown and comment on it.
export const measureComments = pgTable('measure_comments', {
  id: id(),
  measureId: uuid('measure_id')
    .notNull()
    .references(() => measures.id, { onDelete: 'cascade' }),
  unitId: uuid('unit_id').references(() => units.id),
  userId: uuid('user_id').references(() => users.id),
  text: text('text').notNull(),
  createdAt: createdAt(),
});

export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    measureId: uuid('measure_id').references(() => measures.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id), // the owning unit (lead unit unless said otherwise)
    dueDate: date('due_date').notNull(),
    deliverable: text('deliverable').notNull(),
    position: integer('position').notNull().default(0),
    percentDone: integer('percent_done').notNull().default(0), // from the latest accepted report
    doneAt: timestamp('done_at', { withTimezone: true }),
    version: version(),
  },
  (t) => [index('milestones_task_idx').on(t.taskId)],
);

export const reportingCycles = pgTable('reporting_cycles', {
  id: id(),
  planId: uuid('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  frequency: text('frequency').notNull(), // monthly | quarterly | yearly
  period: text('period').notNull(), // 2024-03 | 2024Q1 | 2024
  opensOn: date('opens_on').notNull(),
  dueOn: date('due_on').notNull(), // the due day of the month moved to a working day (src/domain/calendar/workdays.ts)
  dueDay: integer('due_day').notNull().default(25),
  status: text('status').notNull().default('open'), // open | closed
  locked: boolean('locked').notNull().default(false),
  openedBy: uuid('opened_by').references(() => users.id),
  version: version(),
  createdAt: createdAt(),
});

// The version of a resource that is replaced as a whole but has no row of its own to carry one
// (a year of the calendar, the set of alert rules): a replace names the version it read (409 otherwise).
export const resourceVersions = pgTable('resource_versions', {
  key: text('key').primaryKey(),
  version: version(),
});

// Office-entered public holidays and make-up working days (调休); weekends are known without rows.
export const calendarDays = pgTable('calendar_days', {
  date: date('date').primaryKey(),
  kind: text('kind').notNull(), // holiday | workday
  name: text('name'),
});

export const progressReports = pgTable(
  'progress_reports',
  {
    id: id(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    cycleId: uuid('cycle_id').references(() => reportingCycles.id),
    period: text('period').notNull(),
    // lead: the report on the task; support: a supporting unit's contribution to it.
    role: text('role').notNull().default('lead'),
    dueOn: date('due_on'),
    progress: text('progress').notNull().default('not_started'), // not_started | in_progress | done | delayed
    text: text('text').notNull(), // work done this period
    problems: text('problems').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    coordination: text('coordination').notNull().default(''), // 需协调事项
    milestoneProgress: jsonb('milestone_progress').$type<{ milestoneId: string; percent: number }[]>().notNull().default(sql`'[]'::jsonb`),
    percentDone: integer('percent_done'),
    status: text('status').notNull().default('draft'), // draft | submitted | approved | accepted | returned
    returnReason: text('return_reason'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('progress_reports_unit_idx').on(t.unitId), uniqueIndex('progress_reports_uq').on(t.taskId, t.unitId, t.cycleId)],
);

// Every handed-in version of a report (submit, approve, return, accept), so versions can be compared.
export const reportVersions = pgTable(
  'report_versions',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    action: text('action').notNull(),
    status: text('status').notNull(),
    content: jsonb('content').notNull(),
    comment: text('comment'),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_versions_report_idx').on(t.reportId)],
);

export const reportEvidence = pgTable(
  'report_evidence',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id, { onDelete: 'cascade' }),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.attachmentId] })],
);

// ───────────────────────────── 3. Indicators ─────────────────────────────

export const referenceSets = pgTable('reference_sets', {
  id: id(),
  code: text('code').notNull().unique(), // e.g. rcep_members
  name: text('name').notNull(),
  members: jsonb('members').$type<{ code: string; name: string; nameEn?: string }[]>().notNull(),
  version: version(),
});

export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    number: text('number'),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    unit: text('unit'),
    category: text('category'),
    definition: text('definition'),
    dataSource: text('data_source'),
    ownerUnitId: uuid('owner_unit_id').references(() => units.id),
    frequency: text('frequency').notNull().default('yearly'), // monthly | quarterly | yearly
    aggregation: text('aggregation').notNull().default('last'), // sum | average | last | formula
    formula: text('formula'),
    direction: text('direction').notNull().default('increase'), // increase | decrease
    naturalLimit: doublePrecision('natural_limit'),
    baselineYear: integer('baseline_year'),
    baselineValue: doublePrecision('baseline_value'),
    referenceSetId: uuid('reference_set_id').references(() => referenceSets.id),
    benchmarkIndicatorId: uuid('benchmark_indicator_id').references((): AnyPgColumn => indicators.id),
    computedFrom: text('computed_from'), // corridor ledger query name when computed, not typed in
    position: integer('position').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('indicators_code_uq').on(t.code)],
);

export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    id: id(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    kind: text('kind').notNull(), // level | growth | reduction | max | min | coverage | relative | pending
    value: doublePrecision('value'),
    growthBasis: text('growth_basis'), // cumulative | annual
    text: text('text'),
    version: version(),
  },
  (t) => [uniqueIndex('indicator_targets_uq').on(t.indicatorId, t.year)],
);

export const indicatorMilestones = pgTable(
  'indicator_milestones',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.year] })],
);

// Which zones an indicator is reported for, and which unit owes the data there.
export const indicatorZones = pgTable(
  'indicator_zones',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    unitId: uuid('unit_id').references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.zoneId] })],
);

export const observations = pgTable(
  'observations',
  {
    id: id(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    unitId: uuid('unit_id').references(() => units.id),
    period: text('period').notNull(), // 2024 | 2024-03 | 2024Q1
    value: doublePrecision('value'),
    covered: jsonb('covered').$type<string[]>(), // members of the reference set, for coverage targets
    status: text('status').notNull().default('draft'), // draft | submitted | approved | accepted | returned
    source: text('source').notNull().default('form'), // form | file | api | computed
    comment: text('comment'),
    returnReason: text('return_reason'),
    enteredBy: uuid('entered_by').references(() => users.id),
    // Who submitted it: separation of duties refuses their approval or acceptance of it.
    submittedBy: uuid('submitted_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('observations_uq').on(t.indicatorId, t.zoneId, t.period),
    index('observations_unit_idx').on(t.unitId),
  ],
);

export const observationRevisions = pgTable(
  'observation_revisions',
  {
    id: id(),
    observationId: uuid('observation_id')
      .notNull()
      .references(() => observations.id, { onDelete: 'cascade' }),
    oldValue: doublePrecision('old_value'),
    // What the value was before, so a discarded revision draft can put the counted value back.
    oldStatus: text('old_status'),
    oldCovered: jsonb('old_covered').$type<string[]>(),
    newValue: doublePrecision('new_value'),
    reason: text('reason'),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('observation_revisions_obs_idx').on(t.observationId)],
);

export const periodLocks = pgTable(
  'period_locks',
  {
    period: text('period').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    lockedBy: uuid('locked_by').references(() => users.id),
    lockedAt: timestamp('locked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.period] })],
);

// Roll-up: latest computed status per indicator × zone, so lists and the cockpit never recompute.
export const indicatorStatus = pgTable(
  'indicator_status',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    status: text('status').notNull(),
    result: jsonb('result').notNull(),
    /**
     * What a list row shows (status, latest value and period, distance covered, sparkline
     * points), so lists never carry the full result and its input; see indicators/summary.ts.
     */
    summary: jsonb('summary'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.zoneId] })],
);

// Every change of an indicator's status in a zone (issue 17): what it was, what it became, when,
// and the inputs that changed since the computation before (domain/progress/history.ts). Written
// by recomputeStatuses, the one writer of indicator_status, only when the status changes.
export const indicatorStatusHistory = pgTable(
  'indicator_status_history',
  {
    id: id(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    previousStatus: text('previous_status'),
    status: text('status').notNull(),
    changes: jsonb('changes').$type<InputChange[]>().notNull().default(sql`'[]'::jsonb`),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicator_status_history_pair').on(t.indicatorId, t.zoneId, t.changedAt)],
);

// Roll-up for the cockpit: what the delivery and supervision boards count for one plan and
// reporting period (task groups by progress, overdue milestones, reports due and on time per
// unit, notices per unit and level), as plain rows the domain sums (src/domain/cockpit).
// Written by the alert-refresh job (every 15 minutes) and on the first read of a plan that has none.
export const cockpitRollup = pgTable(
  'cockpit_rollup',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    data: jsonb('data').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.period] })],
);

// The cockpit's whole answer per plan, month and day it is taken on, as the JSON the route sends,
// so a read (the wall screen every minute, 50 clients in the bench) is one indexed row. It is
// good while `generation` is the current `n` of the `cockpit` row of input_generations, which a
// trigger on every table the answer is made from advances when a writing transaction commits
// (migrations 0014, 0015). Filled by the first read after a change.
//
// A row, not a sequence: a sequence moves when the writer's statement runs, before its commit,
// so an answer made in between was kept under the new number without the change. The row moves
// in the writer's own transaction, at its commit (writers wait on each other only there), and
// a reader that reads it in the snapshot it assembles from gets exactly the number of the data.
// The `reads` row does the same for the read endpoints' answers kept in each process's memory
// (core/answers.ts: indicator overview, gaps, entry form, plan detail; migration 0016).
export const inputGenerations = pgTable('input_generations', {
  name: text('name').primaryKey(),
  n: bigint('n', { mode: 'number' }).notNull().default(0),
});
// A writing transaction's one mark per generation, left by the input tables' statement triggers
// and removed at its commit by the deferred trigger that moves the number: always empty outside
// a transaction.
export const inputGenerationMarks = pgTable('input_generation_marks', {
  name: text('name').notNull(),
});
export const cockpitAnswers = pgTable(
  'cockpit_answers',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    generation: bigint('generation', { mode: 'number' }).notNull(),
    body: text('body').notNull(),
    etag: text('etag').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.period, t.asOf] })],
);

// ───────────────────────────── 4. Supervision ─────────────────────────────

// Computed by the rules in src/domain/supervision/alerts.ts and written only by the refresh job.
export const alerts = pgTable(
  'alerts',
  {
    id: id(),
    kind: text('kind').notNull().default('manual'), // milestone_overdue | report_late | task_stalled | indicator_off_track | indicator_deteriorating
    key: text('key').notNull().default(''), // what the rule is about, e.g. report_late:<report id>; one open alert per key
    level: text('level').notNull(), // yellow | red
    entity: text('entity').notNull(), // milestone | report | task | indicator
    entityId: uuid('entity_id').notNull(),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id').references(() => indicators.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id),
    reason: text('reason').notNull(),
    reasonEn: text('reason_en'),
    since: date('since'),
    status: text('status').notNull().default('open'), // open | noticed | closed
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('alerts_open_key_uq').on(t.key).where(sql`status <> 'closed'`), index('alerts_unit_idx').on(t.unitId)],
);

// Thresholds of the alert rules, per kind, as the office set them (defaults in the domain).
export const alertRules = pgTable('alert_rules', {
  kind: text('kind').primaryKey(),
  params: jsonb('params').notNull(),
  version: version(),
  updatedAt: updatedAt(),
});

export const supervisionNotices = pgTable('supervision_notices', {
  id: id(),
  number: text('number').notNull().unique(),
  alertId: uuid('alert_id').references(() => alerts.id),
  taskId: uuid('task_id').references(() => tasks.id),
  indicatorId: uuid('indicator_id').references(() => indicators.id),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  issue: text('issue').notNull(),
  requirement: text('requirement').notNull(),
  reportId: uuid('report_id').references(() => progressReports.id), // when issued from a coordination request
  source: text('source').notNull().default('manual'), // alert | coordination | manual
  dueOn: date('due_on').notNull(),
  level: text('level').notNull().default('reminder'), // reminder 催办 | supervision 督办 | listed 挂牌督办
  escalationLevel: integer('escalation_level').notNull().default(0),
  escalatedOn: date('escalated_on'),
  // State machine in src/domain/supervision/notice.ts
  status: text('status').notNull().default('issued'), // issued | plan_submitted | rectifying | report_submitted | sent_back | closed
  issuedBy: uuid('issued_by').references(() => users.id),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const rectifications = pgTable('rectifications', {
  id: id(),
  noticeId: uuid('notice_id')
    .notNull()
    .references(() => supervisionNotices.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull().default('report'), // plan (整改方案) | report (整改报告)
  text: text('text').notNull(),
  submittedBy: uuid('submitted_by').references(() => users.id),
  verification: text('verification'), // passed | failed
  comment: text('comment'),
  verifiedBy: uuid('verified_by').references(() => users.id),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
});

export const rectificationEvidence = pgTable(
  'rectification_evidence',
  {
    rectificationId: uuid('rectification_id')
      .notNull()
      .references(() => rectifications.id, { onDelete: 'cascade' }),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id),
  },
  (t) => [primaryKey({ columns: [t.rectificationId, t.attachmentId] })],
);

// ───────────────────────────── 5. Evaluation ─────────────────────────────

export const evaluationSchemes = pgTable('evaluation_schemes', {
  id: id(),
  planId: uuid('plan_id').references(() => plans.id),
  year: integer('year').notNull(),
  name: text('name').notNull(),
  status: text('status').notNull().default('draft'), // draft | published | closed
  // The whole scheme as `hubline evaluate` reads it: peer groups, criteria with weights and
  // scoring rules, deduction rules, grades, the raters' rule (src/domain/evaluation/schemas.ts).
  definition: jsonb('definition'),
  version: version(),
});

// One round per scheme (and so per year): where the 总结 → 自评 → 统评 → 通报 → 申诉 → final
// workflow stands (src/domain/evaluation/workflow.ts). `correction` counts the corrected versions
// made after the round became final.
export const evaluationRounds = pgTable('evaluation_rounds', {
  id: id(),
  schemeId: uuid('scheme_id')
    .notNull()
    .unique()
    .references(() => evaluationSchemes.id, { onDelete: 'cascade' }),
  state: text('state').notNull().default('draft'),
  correction: integer('correction').notNull().default(0),
  appealDeadline: date('appeal_deadline'),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// A zone's part of a round: its summary (总结, pre-filled from approved data, narrative editable)
// and where its self-evaluation stands (draft | submitted | approved | returned).
export const evaluationSubmissions = pgTable(
  'evaluation_submissions',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    narrative: text('narrative').notNull().default(''),
    selfState: text('self_state').notNull().default('draft'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('evaluation_submissions_uq').on(t.roundId, t.zoneId)],
);

// Each rater's unified score of one criterion for one zone; combined by the scheme's rater rule
// into evaluation_scores (level unified_evaluation). A rater never rates their own unit's zone.
export const evaluationRatings = pgTable(
  'evaluation_ratings',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => evaluationCriteria.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    raterId: uuid('rater_id')
      .notNull()
      .references(() => users.id),
    score: doublePrecision('score').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluation_ratings_uq').on(t.roundId, t.criterionId, t.zoneId, t.raterId)],
);

// Every computation of a round's results, append-only: the input JSON `hubline evaluate` re-runs
// and its output. A final round's correction adds a new run (correction + 1) with its reason.
export const evaluationRuns = pgTable(
  'evaluation_runs',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id, { onDelete: 'cascade' }),
    correction: integer('correction').notNull().default(0),
    input: jsonb('input').notNull(),
    output: jsonb('output').notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('evaluation_runs_round_idx').on(t.roundId)],
);

// An allocation of funds or land quota by the results: the input `hubline allocate` re-runs and its output.
export const evaluationAllocations = pgTable('evaluation_allocations', {
  id: id(),
  schemeId: uuid('scheme_id')
    .notNull()
    .references(() => evaluationSchemes.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(), // funding_allocation | land_quota
  name: text('name').notNull(),
  unit: text('unit').notNull(), // 万元 | 亩
  input: jsonb('input').notNull(),
  output: jsonb('output').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

export const evaluationCriteria = pgTable('evaluation_criteria', {
  id: id(),
  schemeId: uuid('scheme_id')
    .notNull()
    .references(() => evaluationSchemes.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  name: text('name').notNull(),
  indicatorId: uuid('indicator_id').references(() => indicators.id),
  // weight per hubType: differentiated evaluation
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  kind: text('kind').notNull().default('score'), // score | bonus | deduction
});

export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    id: id(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => evaluationSchemes.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => evaluationCriteria.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    level: text('level').notNull(), // summary | self_evaluation | unified_evaluation
    score: doublePrecision('score'),
    comment: text('comment'),
    scoredBy: uuid('scored_by').references(() => users.id),
    version: version(),
  },
  (t) => [uniqueIndex('evaluation_scores_uq').on(t.schemeId, t.criterionId, t.zoneId, t.level)],
);

export const evaluationResults = pgTable(
  'evaluation_results',
  {
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => evaluationSchemes.id, { onDelete: 'cascade' }),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    total: doublePrecision('total').notNull(),
    grade: text('grade').notNull(), // excellent | good | pass | fail
    rank: integer('rank'),
    inputs: jsonb('inputs').notNull(), // the JSON a third party re-runs with the CLI
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.zoneId] })],
);

export const incentives = pgTable('incentives', {
  id: id(),
  schemeId: uuid('scheme_id')
    .notNull()
    .references(() => evaluationSchemes.id, { onDelete: 'cascade' }),
  zoneId: uuid('zone_id')
    .notNull()
    .references(() => zones.id),
  kind: text('kind').notNull(), // funding_allocation | land_quota | award
  amount: doublePrecision('amount'),
  unit: text('unit'),
  note: text('note'),
  allocationId: uuid('allocation_id').references(() => evaluationAllocations.id, { onDelete: 'cascade' }),
});

export const appeals = pgTable('appeals', {
  id: id(),
  schemeId: uuid('scheme_id')
    .notNull()
    .references(() => evaluationSchemes.id, { onDelete: 'cascade' }),
  zoneId: uuid('zone_id')
    .notNull()
    .references(() => zones.id),
  text: text('text').notNull(),
  status: text('status').notNull().default('open'), // open | accepted | rejected
  criterionCode: text('criterion_code'),
  answer: text('answer'),
  filedBy: uuid('filed_by').references(() => users.id),
  answeredBy: uuid('answered_by').references(() => users.id),
  answeredAt: timestamp('answered_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
});

// ───────────────────────────── 6. Corridor ledger ─────────────────────────────
// Issue 13: shipments from operators (one consignment, one row, its previous versions kept),
// tracking events in the shapes operators emit (DCSA Track & Trace, IATA status codes), air
// routes for RCEP coverage, the nodes and links of the 空铁水公 network, and monthly roll-ups.

export const operators = pgTable('operators', {
  id: id(),
  code: text('code').notNull().unique(), // the `operator` column of a shipment file
  name: text('name').notNull().unique(),
  // The unit whose liaisons and tokens may write this operator's shipments.
  unitId: uuid('unit_id').references(() => units.id),
  modes: jsonb('modes').$type<string[]>().notNull(), // air | rail | sea | road | river | multimodal
  version: version(),
  createdAt: createdAt(),
});

/** Nodes of the network (airport, stations, ports, border crossings, overseas ports), for maps and the per-node figures. */
export const corridorNodes = pgTable('corridor_nodes', {
  id: id(),
  code: text('code').notNull().unique(), // the `node` column of a shipment file
  name: text('name').notNull(),
  nameEn: text('name_en'),
  kind: text('kind').notNull(), // airport | rail_station | port | river_port | border | overseas_port
  unlocode: text('unlocode'),
  lat: doublePrecision('lat'),
  lon: doublePrecision('lon'),
  zoneId: uuid('zone_id').references(() => zones.id),
  version: version(),
  createdAt: createdAt(),
});

export const corridorLinks = pgTable('corridor_links', {
  id: id(),
  fromNodeId: uuid('from_node_id')
    .notNull()
    .references(() => corridorNodes.id, { onDelete: 'cascade' }),
  toNodeId: uuid('to_node_id')
    .notNull()
    .references(() => corridorNodes.id, { onDelete: 'cascade' }),
  mode: text('mode').notNull(),
  name: text('name'),
  version: version(),
});

/** Routes; air routes carry airline, airports, country and weekly frequency (RCEP coverage). */
export const routes = pgTable('routes', {
  id: id(),
  operatorId: uuid('operator_id').references(() => operators.id),
  mode: text('mode').notNull(),
  airline: text('airline'),
  origin: text('origin').notNull(), // UN/LOCODE or IATA airport
  destination: text('destination').notNull(),
  destinationCountry: text('destination_country'), // ISO2, for RCEP coverage
  cargo: boolean('cargo').notNull().default(true),
  passenger: boolean('passenger').notNull().default(false),
  weeklyFrequency: integer('weekly_frequency'),
  openedOn: date('opened_on'), // valid from
  closedOn: date('closed_on'), // valid to
  version: version(),
  createdAt: createdAt(),
});

/** One upload or API batch of shipments: what it did, for the audit trail and the ledger page. */
export const shipmentImports = pgTable('shipment_imports', {
  id: id(),
  fileName: text('file_name'),
  source: text('source').notNull(), // file | api | cli | demo
  status: text('status').notNull().default('staging'), // staging | applied | rejected
  rows: integer('rows').notNull().default(0),
  inserted: integer('inserted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  months: jsonb('months').$type<string[]>(),
  actorName: text('actor_name'),
  createdAt: createdAt(),
});

export const shipments = pgTable(
  'shipments',
  {
    id: id(),
    operatorId: uuid('operator_id')
      .notNull()
      .references(() => operators.id),
    reference: text('reference').notNull(), // the operator's shipment id (bill of lading / AWB)
    mode: text('mode').notNull(), // the leg chain, e.g. rail>sea
    origin: text('origin').notNull(), // UN/LOCODE
    destination: text('destination').notNull(),
    originCountry: text('origin_country'),
    destinationCountry: text('destination_country'),
    viaCorridor: boolean('via_corridor').notNull().default(true),
    nodeId: uuid('node_id').references(() => corridorNodes.id),
    direction: text('direction').notNull(), // import | export | transit | domestic
    weightKg: doublePrecision('weight_kg'),
    teu: doublePrecision('teu'),
    tonnes: doublePrecision('tonnes'),
    valueCny: doublePrecision('value_cny'),
    currency: text('currency'), // declared currency when not CNY, with its amount and rate
    declaredValue: doublePrecision('declared_value'),
    fxRate: doublePrecision('fx_rate'),
    hsCode: text('hs_code'),
    commodityClass: text('commodity_class'),
    fresh: boolean('fresh').notNull().default(false),
    passedAt: timestamp('passed_at', { withTimezone: true }),
    month: text('month'), // calendar month of passed_at in Asia/Shanghai: the month it counts in
    departedAt: timestamp('departed_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    inspected: boolean('inspected').notNull().default(false),
    contentHash: text('content_hash'), // same hash = same record resent: nothing changes
    importId: uuid('import_id').references(() => shipmentImports.id),
    zoneId: uuid('zone_id').references(() => zones.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('shipments_uq').on(t.operatorId, t.reference), index('shipments_month_idx').on(t.month, t.nodeId)],
);

/** Previous contents of a corrected shipment, newest last. */
export const shipmentVersions = pgTable(
  'shipment_versions',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    replacedBy: uuid('replaced_by').references(() => shipmentImports.id),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('shipment_versions_shipment_idx').on(t.shipmentId)],
);

/**
 * Rows of an import on their way in: streamed here (COPY on PostgreSQL) before one
 * set-based transaction applies them; a killed import leaves only these rows behind.
 */
export const shipmentStaging = pgTable(
  'shipment_staging',
  {
    importId: uuid('import_id').notNull(),
    line: integer('line').notNull(),
    operator: text('operator').notNull(),
    reference: text('reference').notNull(),
    mode: text('mode').notNull(),
    origin: text('origin').notNull(),
    destination: text('destination').notNull(),
    originCountry: text('origin_country').notNull(),
    destinationCountry: text('destination_country').notNull(),
    viaCorridor: boolean('via_corridor').notNull(),
    node: text('node').notNull(),
    direction: text('direction').notNull(),
    weightKg: doublePrecision('weight_kg').notNull(),
    teu: doublePrecision('teu'),
    valueCny: doublePrecision('value_cny').notNull(),
    currency: text('currency'),
    declaredValue: doublePrecision('declared_value'),
    fxRate: doublePrecision('fx_rate'),
    hsCode: text('hs_code').notNull(),
    commodityClass: text('commodity_class').notNull(),
    fresh: boolean('fresh').notNull(),
    passedAt: timestamp('passed_at', { withTimezone: true }).notNull(),
    month: text('month').notNull(),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    inspected: boolean('inspected').notNull(),
    contentHash: text('content_hash').notNull(),
  },
  (t) => [index('shipment_staging_import_idx').on(t.importId, t.operator, t.reference)],
);

export const trackingEvents = pgTable(
  'tracking_events',
  {
    id: id(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    standard: text('standard').notNull().default('dcsa'), // dcsa | iata
    eventType: text('event_type'), // DCSA: EQUIPMENT | TRANSPORT | SHIPMENT; IATA: status
    code: text('code').notNull(), // DCSA event type code (LOAD, DEPA, …) or IATA status code (RCS, DEP, …)
    classifier: text('classifier'), // DCSA ACT | EST | PLN
    location: text('location'), // UN/LOCODE or IATA airport
    at: timestamp('at', { withTimezone: true }).notNull(),
    source: text('source'), // who sent it
    eventKey: text('event_key'), // the sender's event id, or a key of its content: resends are ignored
    payload: jsonb('payload'), // the event as received
  },
  (t) => [index('tracking_events_shipment_idx').on(t.shipmentId), uniqueIndex('tracking_events_key_uq').on(t.shipmentId, t.eventKey)],
);

/** Roll-up per month × node × leg chain × direction × corridor flag; recomputed for the months an import touches. */
export const corridorMonthly = pgTable(
  'corridor_monthly',
  {
    month: text('month').notNull(), // 2024-03
    nodeId: uuid('node_id')
      .notNull()
      .references(() => corridorNodes.id),
    mode: text('mode').notNull(), // leg chain
    direction: text('direction').notNull(),
    viaCorridor: boolean('via_corridor').notNull(),
    zoneId: uuid('zone_id').references(() => zones.id),
    shipments: integer('shipments').notNull(),
    weightKg: doublePrecision('weight_kg').notNull(),
    teu: doublePrecision('teu').notNull(),
    tonnes: doublePrecision('tonnes').notNull(),
    valueCny: doublePrecision('value_cny').notNull(),
    aseanValueCny: doublePrecision('asean_value_cny').notNull().default(0), // imports from / exports to ASEAN
  },
  // A unique index, not a primary key: drizzle-kit orders a new key before the columns it names.
  (t) => [uniqueIndex('corridor_monthly_uq').on(t.month, t.nodeId, t.mode, t.direction, t.viaCorridor)],
);

/** Fresh-goods clearance per month (percentiles cannot be summed, so they get their own roll-up). */
export const corridorClearanceMonthly = pgTable('corridor_clearance_monthly', {
  month: text('month').primaryKey(),
  count: integer('count').notNull(),
  medianMinutes: doublePrecision('median_minutes').notNull(),
  p90Minutes: doublePrecision('p90_minutes').notNull(),
  within60: integer('within_60').notNull(),
});

// ───────────────────────────── Briefings ─────────────────────────────

// A generated progress briefing (推进情况报告): made by a background job, kept with the hash of
// the content it was made from (input_version) and the data cut-off, downloadable later.
export const briefings = pgTable(
  'briefings',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    period: text('period').notNull(), // 2026-10 (monthly) | 2026Q3 (quarterly)
    format: text('format').notNull(), // docx | xlsx | pdf
    status: text('status').notNull().default('queued'), // queued | running | done | failed
    cutOff: date('cut_off').notNull(),
    addressee: text('addressee'),
    inputVersion: text('input_version'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    content: bytea('content'),
    /** Fonts used, as found on the server (title / body), and the PDF engine when a PDF. */
    notes: jsonb('notes').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    error: text('error'),
    requestedBy: uuid('requested_by').references(() => users.id),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('briefings_plan_idx').on(t.planId, t.createdAt)],
);
