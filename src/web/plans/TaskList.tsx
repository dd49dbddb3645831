import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Empty, Input, Pagination, Segmented, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { AimOutlined, ClockCircleOutlined, DownOutlined, EditOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { headingNumber, TASK_STATUS_COLOR } from './labels';
import { ExportButton } from '../core/ExportButton';
import { TASK_STATUSES } from '../../contracts/plans';
import { UnitTag } from './parts';
import type { PlanDetail, PlanSection, PlanTask } from './types';

type Row = { type: 'heading'; section: PlanSection; depth: number } | { type: 'task'; task: PlanTask };

/**
 * The tasks in the document's own order under its own headings (二、重点任务 › （一）…), so the
 * office reads the plan as it was issued. Headings without a shown task are left out.
 */
function layout(sections: PlanSection[], tasks: PlanTask[]): Row[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const shown = new Set<string>();
  const rows: Row[] = [];
  for (const task of tasks) {
    const chain: PlanSection[] = [];
    for (let s = task.sectionId ? byId.get(task.sectionId) : undefined; s; s = s.parentId ? byId.get(s.parentId) : undefined) chain.unshift(s);
    chain.forEach((s, depth) => {
      if (shown.has(s.id)) return;
      shown.add(s.id);
      rows.push({ type: 'heading', section: s, depth });
    });
    rows.push({ type: 'task', task });
  }
  return rows;
}

/** The plan page's page sizes of its task list (the first is the default). */
export const TASK_PAGE_SIZES = [50, 100, 200, 500] as const;

/** What the task list asks the server for: one page of the tasks under its filter. */
export interface TaskQuery {
  page: number;
  pageSize: number;
  kind: string;
  status: string | null;
  unitId: string | null;
  leadOnly: boolean;
  q: string;
}

export function TaskList({
  plan,
  all,
  query,
  onQuery,
  office,
  myUnitId,
  onLocate,
  onEdit,
}: {
  /** The plan with one page of tasks (`plan.tasks`) and the counts around it (`plan.taskPage`). */
  plan: PlanDetail;
  /** Every task the reader sees, unfiltered. */
  all: number;
  query: TaskQuery;
  onQuery: (q: TaskQuery) => void;
  office: boolean;
  /** A liaison's own unit, marked in every task so their share stands out. */
  myUnitId: string | null;
  onLocate: (t: PlanTask) => void;
  onEdit: (t: PlanTask) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  // A filter change starts again at the first page.
  const filter = (patch: Partial<TaskQuery>) => onQuery({ ...query, ...patch, page: 1 });
  // Typing asks the server once the reader pauses, not at every key.
  const [search, setSearch] = useState(query.q);
  useEffect(() => {
    if (search === query.q) return;
    const timer = setTimeout(() => onQuery({ ...query, q: search, page: 1 }), 300);
    return () => clearTimeout(timer);
  }, [search, query, onQuery]);

  const summary = plan.taskPage;
  const unitOptions = useMemo(
    () => (summary?.units ?? []).map((u) => ({ value: u.unitId, label: u.unitName, count: t('plans.unitTaskCount', { lead: u.lead, all: u.all }) })),
    [summary, t],
  );
  const kinds = useMemo(() => Object.keys(summary?.byKind ?? {}), [summary]);
  const shown = plan.tasks;
  const total = summary?.total ?? shown.length;
  const rows = useMemo(() => layout(plan.sections, shown), [plan.sections, shown]);

  const toggle = useCallback(
    (id: string) =>
      setOpen((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const allOpen = shown.length > 0 && shown.every((x) => open.has(x.id));

  return (
    <>
      <div className="hl-plans-filters">
        <Space wrap>
          {kinds.length > 1 && (
            <Segmented
              value={query.kind}
              onChange={(v) => filter({ kind: String(v) })}
              options={[{ value: 'all', label: t('common.all') }, ...kinds.map((k) => ({ value: k, label: t(`plans.taskKind.${k}`) }))]}
            />
          )}
          {unitOptions.length > 0 && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('plans.filterUnit')} aria-label={t('plans.filterUnit')}
              style={{ width: 260 }}
              options={unitOptions}
              value={query.unitId}
              onChange={(v) => filter({ unitId: v ?? null })}
              optionRender={(o) => (
                <div className="hl-plans-option">
                  <span>{o.label}</span>
                  <span className="hl-plans-sub">{o.data.count}</span>
                </div>
              )}
              data-testid="task-unit-filter"
            />
          )}
          {query.unitId && (
            <Checkbox checked={query.leadOnly} onChange={(e) => filter({ leadOnly: e.target.checked })}>
              {t('plans.leadOnly')}
            </Checkbox>
          )}
          <Select
            allowClear
            placeholder={t('plans.filterStatus')} aria-label={t('plans.filterStatus')}
            style={{ width: 130 }}
            value={query.status}
            onChange={(v) => filter({ status: v ?? null })}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plans.taskStatus.${s}`) }))}
          />
          <Input allowClear prefix={<SearchOutlined />} placeholder={t('plans.searchTasks')} style={{ width: 200 }} value={search} onChange={(e) => setSearch(e.target.value)} />
        </Space>
        <Space>
          <Typography.Text type="secondary">{t('plans.shownCount', { n: total, total: all })}</Typography.Text>
          <ExportButton
            list={`/api/plans/${plan.id}/tasks`}
            query={{ kind: query.kind === 'all' ? undefined : query.kind, status: query.status, unitId: query.unitId, leadOnly: query.unitId && query.leadOnly ? 'true' : undefined, q: query.q.trim() }}
            disabled={total === 0}
          />
          <Button size="small" type="link" onClick={() => setOpen(allOpen ? new Set() : new Set(shown.map((x) => x.id)))}>
            {allOpen ? t('plans.collapseAll') : t('plans.expandAll')}
          </Button>
        </Space>
      </div>
      {rows.length === 0 && <Empty description={all ? t('plans.noMatchTasks') : t('plans.noTasks')} />}
      {rows.map((r) =>
        r.type === 'heading' ? (
          <div key={r.section.id} className={`hl-plans-heading hl-plans-heading-${Math.min(r.depth, 2)}`}>
            {headingNumber(r.section.number)}
            {r.section.title}
          </div>
        ) : (
          <TaskCard key={r.task.id} task={r.task} expanded={open.has(r.task.id)} office={office} myUnitId={myUnitId} showKind={kinds.length > 1} onToggle={toggle} onLocate={onLocate} onEdit={onEdit} />
        ),
      )}
      {total > TASK_PAGE_SIZES[0] && (
        <Pagination
          className="hl-plans-pager"
          size="small"
          current={query.page}
          pageSize={query.pageSize}
          total={total}
          showSizeChanger
          pageSizeOptions={[...TASK_PAGE_SIZES]}
          onChange={(page, pageSize) => onQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })}
        />
      )}
    </>
  );
}

const TaskCard = memo(function TaskCard({
  task,
  expanded,
  office,
  myUnitId,
  showKind,
  onToggle,
  onLocate,
  onEdit,
}: {
  task: PlanTask;
  expanded: boolean;
  office: boolean;
  myUnitId: string | null;
  showKind: boolean;
  onToggle: (id: string) => void;
  onLocate: (t: PlanTask) => void;
  onEdit: (t: PlanTask) => void;
}) {
  const { t } = useTranslation();
  const body = task.text.startsWith(task.title) ? task.text.slice(task.title.length).replace(/^[。；;，,\s]+/, '') : task.text;
  return (
    <div className={`hl-plans-task${task.status === 'cancelled' ? ' hl-plans-task-cancelled' : ''}`} data-testid="plan-task">
      <div className="hl-plans-task-head">
        <span className={`hl-plans-num hl-plans-num-${task.kind}`}>{task.number}</span>
        <button type="button" className="hl-plans-task-title" onClick={() => onToggle(task.id)} aria-expanded={expanded}>
          {task.title}
        </button>
        <Space size={4} className="hl-plans-task-actions">
          {showKind && task.kind !== 'task' && <Tag variant="filled">{t(`plans.taskKind.${task.kind}`)}</Tag>}
          <Tag color={TASK_STATUS_COLOR[task.status]} className={task.status === 'open' ? 'hl-plans-status-open' : undefined}>
            {t(`plans.taskStatus.${task.status}`)}
          </Tag>
          <Button size="small" type="text" icon={expanded ? <UpOutlined /> : <DownOutlined />} onClick={() => onToggle(task.id)}>
            {expanded ? t('plans.collapse') : t('plans.fullText')}
          </Button>
          {task.spanStart !== null && (
            <Tooltip title={t('plans.locateHint')}>
              <Button size="small" type="text" icon={<AimOutlined />} onClick={() => onLocate(task)}>
                {t('plans.locate')}
              </Button>
            </Tooltip>
          )}
          {office && (
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(task)} data-testid="edit-task">
              {t('common.edit')}
            </Button>
          )}
        </Space>
      </div>
      {expanded ? (
        <div className="hl-plans-task-text">{body || task.text}</div>
      ) : (
        // Measures of a guidance name no unit: their text is what there is to scan.
        task.units.length === 0 && body && <div className="hl-plans-task-excerpt">{body}</div>
      )}
      <div className="hl-plans-task-foot">
        {task.units.length ? (
          task.units.map((u) => <UnitTag key={u.unitId} name={u.unitName} role={u.role} className={u.unitId === myUnitId ? 'is-mine' : undefined} />)
        ) : (
          <Typography.Text type="secondary" className="hl-plans-sub">
            {t('plans.noUnits')}
          </Typography.Text>
        )}
        {task.deadlines.map((d) => (
          <Tag key={d.text} icon={<ClockCircleOutlined />} color="gold" variant="outlined" className="hl-plans-deadline">
            {d.text}
          </Tag>
        ))}
      </div>
    </div>
  );
});
