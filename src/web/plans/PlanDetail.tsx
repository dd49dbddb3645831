import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, FileTextOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { useRemote } from '../core/useRemote';
import { IndicatorTable } from './IndicatorTable';
import { PlanMetaEditor } from './PlanMetaEditor';
import { SourceView } from './SourceText';
import { TaskEditor } from './TaskEditor';
import { TaskList, TASK_PAGE_SIZES, type TaskQuery } from './TaskList';
import { isOfficeUser, isUnitScoped } from './labels';
import { PlanStatus } from './PlanStatus';
import type { PlanDetail as Plan, PlanTask } from './types';

export default function PlanDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  // One page of the tasks, filtered by the server: a plan of 500 tasks was sent whole for the
  // browser to filter and count (issue 10); the counts come with the page.
  const [taskQuery, setTaskQuery] = useState<TaskQuery>({ page: 1, pageSize: TASK_PAGE_SIZES[0], kind: 'all', status: null, unitId: null, leadOnly: false, q: '' });
  const plan = useRemote(
    () =>
      api.get<Plan>(`/api/plans/${id}`, {
        query: {
          taskPage: taskQuery.page,
          taskPageSize: taskQuery.pageSize,
          kind: taskQuery.kind === 'all' ? undefined : taskQuery.kind,
          status: taskQuery.status ?? undefined,
          unitId: taskQuery.unitId ?? undefined,
          leadOnly: taskQuery.unitId && taskQuery.leadOnly ? 'true' : undefined,
          q: taskQuery.q.trim() || undefined,
        },
      }),
    [id, taskQuery],
  );
  const [tab, setTab] = useState('tasks');
  // The source is only fetched once someone opens it: a 300-task plan's text is large.
  const [sourceWanted, setSourceWanted] = useState(false);
  const source = useRemote(() => (sourceWanted ? api.get<{ text: string; fileName: string | null }>(`/api/plans/${id}/source`) : Promise.resolve(null)), [id, sourceWanted]);
  const [span, setSpan] = useState<[number, number] | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editingMeta, setEditingMeta] = useState(false);
  const office = isOfficeUser(user.roles);
  const unitScoped = isUnitScoped(user.roles);
  const p = plan.data;

  const openTab = (key: string) => {
    if (key === 'source') setSourceWanted(true);
    setTab(key);
  };
  const locate = useCallback((task: PlanTask) => {
    if (task.spanStart === null || task.spanEnd === null) return;
    setSpan([task.spanStart, task.spanEnd]);
    setSourceWanted(true);
    setTab('source');
  }, []);
  const edit = useCallback((task: PlanTask) => setEditingId(task.id), []);
  const editing = editingId ? p?.tasks.find((x) => x.id === editingId) : undefined;

  const counts = useMemo(() => {
    const summary = p?.taskPage;
    if (!summary) return null;
    const by = (k: PlanTask['kind']) => summary.byKind[k] ?? 0;
    const mine = summary.units.find((u) => u.unitId === user.unitId);
    const all = Object.values(summary.byKind).reduce((a, n) => a + n, 0);
    return { all, task: by('task'), safeguard: by('safeguard'), measure: by('measure'), units: summary.units.length, myLead: mine?.lead ?? 0, mySupport: mine?.support ?? 0 };
  }, [p, user.unitId]);

  if (plan.error && !p)
    return (
      <Card variant="borderless" className="hl-page-card">
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ paddingLeft: 0 }}>
          {t('plans.backToList')}
        </Button>
        <Alert type="error" showIcon title={t('common.loadFailed', { message: errorText(plan.error) })} />
      </Card>
    );
  if (!p || !counts)
    return (
      <Card variant="borderless" className="hl-page-card">
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );

  return (
    <Card variant="borderless" className="hl-page-card">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} className="hl-plans-back">
        {t('plans.backToList')}
      </Button>
      <div className="hl-plans-head">
        <div style={{ minWidth: 0 }}>
          {/* The detail view replaces the list: its title is the page's one level-one heading. */}
          <Typography.Title level={1} className="hl-page-title" data-testid="plan-title">
            {p.title}
          </Typography.Title>
          <Space size={8} wrap style={{ marginTop: 8 }}>
            <Tag color={p.kind === 'guidance' ? 'purple' : 'blue'}>{t(`plans.kind.${p.kind}`)}</Tag>
            <PlanStatus status={p.status} />
            <Typography.Text type="secondary">{p.code}</Typography.Text>
          </Space>
        </div>
        <Space align="start">
          <div className="hl-plans-stats">
            {counts.task > 0 && <Stat n={counts.task} label={t('plans.stat.task')} />}
            {counts.measure > 0 && <Stat n={counts.measure} label={t('plans.stat.measure')} />}
            {counts.safeguard > 0 && <Stat n={counts.safeguard} label={t('plans.stat.safeguard')} />}
            {unitScoped ? (
              <>
                <Stat n={counts.myLead} label={t('plans.stat.myLead')} />
                <Stat n={counts.mySupport} label={t('plans.stat.mySupport')} />
              </>
            ) : (
              counts.units > 0 && <Stat n={counts.units} label={t('plans.stat.units')} />
            )}
            <Stat n={p.indicators.length} label={t('plans.tab.indicators')} />
          </div>
          {office && (
            <Space orientation="vertical" size={6}>
              <Button icon={<EditOutlined />} onClick={() => setEditingMeta(true)} block>
                {t('plans.meta.edit')}
              </Button>
              <Tooltip title={t('plans.meta.reimportHint')}>
                <Button icon={<ImportOutlined />} onClick={() => navigate('/plans/import')} block>
                  {t('plans.meta.reimport')}
                </Button>
              </Tooltip>
            </Space>
          )}
        </Space>
      </div>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} className="hl-plans-meta">
        <Descriptions.Item label={t('plans.col.docNumber')}>{p.docNumber ?? <span className="hl-plans-none">{t('plans.noDocNumber')}</span>}</Descriptions.Item>
        <Descriptions.Item label={t('plans.col.issuer')}>{p.issuer ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.col.issuedDate')}>{p.issuedDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.publicity')}>{p.public ? <Tag color="green">{t('plans.public')}</Tag> : t('plans.notPublic')}</Descriptions.Item>
        <Descriptions.Item label={t('plans.horizons')}>{p.horizonYears.length ? p.horizonYears.map((y) => t('plans.yearN', { y })).join(t('common.listSep')) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.hubTypes')}>
          {p.hubTypes.length ? (
            <Space size={[4, 4]} wrap>
              {p.hubTypes.map((h) => (
                <Tag key={h} variant="filled">
                  {t(`plans.hubType.${h}`)}
                </Tag>
              ))}
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('plans.basis')} span={{ xs: 1, md: 2, xl: 3 }}>
          {p.basis.length ? p.basis.map((b) => `《${b}》`).join('') : '—'}
        </Descriptions.Item>
      </Descriptions>
      {unitScoped && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('plans.unitScopeHint', { unit: user.unitName ?? '' })} />}
      <Tabs
        activeKey={tab}
        onChange={openTab}
        items={[
          {
            key: 'tasks',
            label: `${t('plans.tab.tasks')}（${counts.all}）`,
            children: <TaskList plan={p} all={counts.all} query={taskQuery} onQuery={setTaskQuery} office={office} myUnitId={unitScoped ? user.unitId : null} onLocate={locate} onEdit={edit} />,
          },
          { key: 'indicators', label: `${t('plans.tab.indicators')}（${p.indicators.length}）`, children: <IndicatorTable indicators={p.indicators} /> },
          {
            key: 'source',
            label: (
              <span>
                <FileTextOutlined /> {t('plans.tab.source')}
              </span>
            ),
            children: source.data?.text ? (
              <SourceView text={source.data.text} sections={p.sections} span={span} onSpan={setSpan} fileName={source.data.fileName} />
            ) : source.loading ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : (
              <Empty description={t('plans.noSource')} />
            ),
          },
        ]}
      />
      {editing && (
        <TaskEditor
          key={`${editing.id}:${editing.version}`}
          task={editing}
          onClose={() => setEditingId(null)}
          onSaved={async () => {
            await plan.reload();
          }}
        />
      )}
      {editingMeta && (
        <PlanMetaEditor
          plan={p}
          onClose={() => setEditingMeta(false)}
          onSaved={async () => {
            await plan.reload();
          }}
        />
      )}
    </Card>
  );
}

function Stat({ n, label }: { n: number; label: string }) {
  return (
    <div className="hl-plans-stat">
      <div className="hl-plans-stat-n">{n}</div>
      <div className="hl-plans-stat-label">{label}</div>
    </div>
  );
}
