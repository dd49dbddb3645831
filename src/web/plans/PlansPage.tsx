import { Suspense, useMemo, useState } from 'react';
import { lazyComponent } from '../core/lazy';
import { ImportOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { Choice } from '../core/Choice';
import { PageCard } from '../core/PageCard';
import { PageHeader } from '../core/PageHeader';
import { PlainTable, type PlainColumn } from '../core/PlainTable';
import { Notice, PlainButton, SearchBox, Spinner } from '../core/plain';
import { useRemote } from '../core/useRemote';
import { isOfficeUser, isUnitScoped } from './labels';
import { PlanStatus } from './PlanStatus';
import type { PlanSummary } from './types';
import './plans.css';

const PlanDetail = lazyComponent(() => import('./PlanDetail'));

/** The module's one route: the list, or with `?plan=ID` one plan (a link to it can be shared). */
export default function PlansPage() {
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan');
  if (planId)
    return (
      <Suspense fallback={<Spinner className="hl-spin-block" />}>
        <PlanDetail key={planId} id={planId} onBack={() => setParams({})} />
      </Suspense>
    );
  return <PlanList onOpen={(id) => setParams({ plan: id })} />;
}

type StatusFilter = 'all' | PlanSummary['status'];

function PlanList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const plans = useRemote(() => api.get<PlanSummary[]>('/api/plans'));
  const office = isOfficeUser(user.roles);
  const unitScoped = isUnitScoped(user.roles);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');

  const shown = useMemo(() => {
    const q = search.trim();
    return (plans.data ?? []).filter(
      (p) => (status === 'all' || p.status === status) && (!q || [p.title, p.docNumber, p.issuer, p.code].some((v) => v?.includes(q))),
    );
  }, [plans.data, search, status]);

  // A plain table: the plans are a short list, and antd Table would cost the first page ≈ 80 KB (issue 10).
  const columns: PlainColumn<PlanSummary>[] = [
    {
      key: 'title',
      title: t('plans.col.title'),
      render: (p) => (
        <div>
          {/* Plain, with Typography.Link's look (core/app.css): Typography costs the first page ≈ 8 KB. */}
          <a className="hl-link" onClick={() => onOpen(p.id)} data-testid="plan-link">
            <strong>{p.title}</strong>
          </a>
          <div className="hl-plans-sub">
            {p.code}
            {p.horizonYears.length > 0 && ` · ${t('plans.horizonShort', { years: p.horizonYears.join(t('common.listSep')) })}`}
          </div>
        </div>
      ),
    },
    {
      // 文号 and 发文机关 share a column: the title needs the width more.
      key: 'docNumber',
      title: `${t('plans.col.docNumber')} / ${t('plans.col.issuer')}`,
      width: 260,
      render: (p) => (
        <div>
          <div>{p.docNumber ?? <span className="hl-plans-none">{t('plans.noDocNumber')}</span>}</div>
          <div className="hl-plans-sub">{p.issuer ?? '—'}</div>
        </div>
      ),
    },
    { key: 'issuedDate', title: t('plans.col.issuedDate'), width: 112, render: (p) => p.issuedDate ?? '—' },
    {
      key: 'kind',
      title: t('plans.col.kind'),
      width: 104,
      // Tags with antd Tag's look as plain elements, like the table itself (issue 10).
      render: (p) => <span className={`hl-tag hl-tag-${p.kind === 'guidance' ? 'purple' : 'blue'}`}>{t(`plans.kind.${p.kind}`)}</span>,
    },
    {
      key: 'status',
      title: t('plans.col.status'),
      width: 150,
      render: (p) => (
        <span className="hl-row hl-row-tight">
          <PlanStatus status={p.status} />
          {p.public && <span className="hl-tag hl-tag-green">{t('plans.publicShort')}</span>}
        </span>
      ),
    },
    unitScoped
      ? {
          key: 'tasks',
          title: t('plans.col.myTasks'),
          width: 150,
          align: 'right',
          render: (p) => (
            <span style={{ whiteSpace: 'nowrap' }} className={p.myTaskCount ? undefined : 'hl-text-secondary'} data-testid="my-task-count">
              {p.myTaskCount > 0 ? <strong>{t('plans.myTasks', { n: p.myTaskCount })}</strong> : t('plans.myTasks', { n: p.myTaskCount })}
            </span>
          ),
        }
      : {
          key: 'tasks',
          title: t('plans.col.tasks'),
          width: 150,
          align: 'right',
          render: (p) => (
            <span className="hl-plans-counts">
              {t('plans.taskCount', { n: p.taskCount })}
              <span className="hl-plans-sub">{t('plans.indicatorCount', { n: p.indicatorCount })}</span>
            </span>
          ),
        },
  ];

  return (
    <PageCard>
      <PageHeader
        title={t('plans.listTitle')}
        description={unitScoped ? t('plans.listDescUnit', { unit: user.unitName ?? '' }) : t('plans.listDesc')}
        extra={
          <span className="hl-row">
            <PlainButton icon={<ReloadOutlined />} onClick={() => void plans.reload()}>
              {t('common.refresh')}
            </PlainButton>
            {office && (
              <PlainButton kind="primary" icon={<ImportOutlined />} onClick={() => navigate('/plans/import')}>
                {t('plans.import.button')}
              </PlainButton>
            )}
          </span>
        }
      />
      <div className="hl-row" style={{ marginBottom: 16 }}>
        <SearchBox placeholder={t('plans.searchPlaceholder')} width={300} value={search} onChange={setSearch} />
        <Choice<StatusFilter>
          label={t('plans.col.status')}
          value={status}
          onChange={setStatus}
          options={(['all', 'active', 'draft', 'archived'] as const).map((s) => ({ value: s, label: s === 'all' ? t('common.all') : t(`plans.status.${s}`) }))}
        />
      </div>
      {plans.error != null && <Notice type="error" className="hl-notice-block" title={t('common.loadFailed', { message: errorText(plans.error) })} />}
      <PlainTable
        rowKey={(p) => p.id}
        loading={plans.loading}
        columns={columns}
        rows={shown}
        pageSize={20}
        emptyText={plans.data?.length ? t('plans.noMatch') : office ? t('plans.emptyOffice') : t('plans.empty')}
        onRowDoubleClick={(p) => onOpen(p.id)}
        testId="plans-table"
      />
    </PageCard>
  );
}
