import { Suspense, useMemo } from 'react';
import { lazyComponent } from '../core/lazy';
import { Button, Card, Input, Progress, Select, Space, Spin, Table, Tag, Tooltip, TreeSelect, Typography, type TableColumnsType, type TableProps, Skeleton } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { ExportButton } from '../core/ExportButton';
import type { Unit, Zone } from '../org/types';
import { zoneTreeOptions } from '../org/zones';
import { STATUS_COLORS, useIndicatorFormat } from './format';
import { rowKey, Sparkline, StatusBadge } from './parts';
import { STATUSES, type IndicatorPage, type IndicatorRow, type Plan, type Status } from './types';
import './indicators.css';
import { useNames } from '../org/names';

// The detail view brings ECharts; the overview alone should not download it.
const IndicatorDetail = lazyComponent(() => import('./IndicatorDetail'));

const FILTERS = ['plan', 'category', 'unit', 'zone', 'status', 'q'] as const;
type FilterKey = (typeof FILTERS)[number];

// Sparkline points and the latest value come with each row (the server's status summary).
const sparkValues = (r: IndicatorRow): number[] => r.summary?.sparkline ?? [];
const latest = (r: IndicatorRow) => r.summary?.latest ?? null;

export default function OverviewPage() {
  const [params, setParams] = useSearchParams();
  const indicatorId = params.get('indicator');
  if (indicatorId)
    return (
      <Suspense fallback={<Spin style={{ display: 'block', margin: '120px auto' }} />}>
        <IndicatorDetail id={indicatorId} zoneId={params.get('zone')} onBack={() => setParams((p) => (p.delete('indicator'), p.delete('zone'), p))} />
      </Suspense>
    );
  return <Overview />;
}

function Overview() {
  const { t, i18n } = useTranslation();
  const name = useNames();
  const f = useIndicatorFormat();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as Record<FilterKey, string | undefined>;
  // The page, its size and the sort live in the URL too: the server pages, filters, sorts and counts.
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(500, Math.max(1, Number(params.get('size')) || 20));
  const sort = (['status', 'distance'] as const).find((s) => s === params.get('sort'));
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const query = { planId: filter.plan, category: filter.category, unitId: filter.unit, zoneId: filter.zone, status: STATUSES.find((x) => x === filter.status), q: filter.q?.trim(), sort, order: sort ? order : undefined, page, pageSize };
  const list = useRemote(() => api.get<IndicatorPage>('/api/indicators/page', { query }), [JSON.stringify(query)]);
  const plans = useRemote(() => api.get<Plan[]>('/api/plans'));
  const units = useRemote(() => api.get<Unit[]>('/api/units'));
  const zones = useRemote(() => api.get<Zone[]>('/api/zones'));

  // A new filter starts again at the first page.
  const setFilter = (k: FilterKey, v: string | undefined | null) =>
    setParams(
      (p) => {
        if (v) p.set(k, v);
        else p.delete(k);
        p.delete('page');
        return p;
      },
      { replace: true },
    );
  const onTableChange: TableProps<IndicatorRow>['onChange'] = (pg, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    setParams(
      (p) => {
        const nextSort = s?.order ? String(s.columnKey) : null;
        const sortChanged = nextSort !== (sort ?? null) || (s?.order === 'descend' ? 'desc' : 'asc') !== order;
        if (nextSort) {
          p.set('sort', nextSort);
          p.set('order', s.order === 'descend' ? 'desc' : 'asc');
        } else {
          p.delete('sort');
          p.delete('order');
        }
        const nextPage = sortChanged || (pg.pageSize ?? 20) !== pageSize ? 1 : (pg.current ?? 1);
        if (nextPage > 1) p.set('page', String(nextPage));
        else p.delete('page');
        if ((pg.pageSize ?? 20) !== 20) p.set('size', String(pg.pageSize));
        else p.delete('size');
        return p;
      },
      { replace: true },
    );
  };
  const sortOrder = (key: 'status' | 'distance') => (sort === key ? (order === 'desc' ? 'descend' : 'ascend') : null);

  const shown = list.data?.rows ?? [];
  const categories = list.data?.categories ?? [];
  const owedUnits = useMemo(() => new Set(list.data?.unitIds ?? []), [list.data?.unitIds]);
  const statusOf = (r: IndicatorRow): Status => r.status ?? 'insufficient_data';
  // The tiles count what the other filters leave (the server counts them with the page).
  const counts = list.data?.counts;

  const detailParams = (r: IndicatorRow) => {
    const p = new URLSearchParams(params);
    p.set('indicator', r.id);
    if (r.zoneId) p.set('zone', r.zoneId);
    return p.toString();
  };
  const open = (r: IndicatorRow) =>
    setParams((p) => {
      p.set('indicator', r.id);
      if (r.zoneId) p.set('zone', r.zoneId);
      return p;
    });

  const columns: TableColumnsType<IndicatorRow> = [
    {
      title: t('indicators.col.indicator'),
      key: 'name',
      fixed: 'left',
      width: 260,
      render: (_, r) => (
        <div style={{ minWidth: 220 }}>
          {/* A real link (with href), so Tab reaches it and Enter opens it; the filters stay in the URL. */}
          <Link className="hl-ind-name" to={`?${detailParams(r)}`} data-testid="indicator-link">
            {r.number ? `${r.number}. ` : ''}
            {f.en && r.nameEn ? r.nameEn : r.name}
          </Link>
          <div className="hl-ind-sub">
            <span className="hl-mono">{r.code}</span>
            {r.category && <span> · {r.category}</span>}
          </div>
        </div>
      ),
    },
    {
      title: t('indicators.col.zoneUnit'),
      key: 'zone',
      width: 150,
      render: (_, r) => (
        <div style={{ minWidth: 120 }}>
          <div>{name(r.zoneName, r.zoneId) ?? '—'}</div>
          <div className="hl-ind-sub">{name(r.unitName, r.unitId) ?? <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('indicators.noOwner')}</Typography.Text>}</div>
        </div>
      ),
    },
    {
      title: t('indicators.col.status'),
      key: 'status',
      // English status words are longer ("Moderate progress"): the column is as wide as its badge.
      width: f.en ? 170 : 116,
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (_, r) => (
        <Tooltip title={r.summary?.explanation ? (f.en ? r.summary.explanation.en : r.summary.explanation.zh) : undefined} placement="topLeft">
          <span>
            <StatusBadge status={r.status} />
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('indicators.col.latest'),
      key: 'latest',
      width: 150,
      align: 'right',
      render: (_, r) => {
        const l = latest(r);
        if (!l) return <span className="hl-ind-muted">{t('indicators.noData')}</span>;
        return (
          <div>
            <div className="hl-ind-num">{f.value(l.value, r.unit)}</div>
            <div className="hl-ind-sub">{f.period(l.period)}</div>
          </div>
        );
      },
    },
    {
      title: t('indicators.col.target'),
      key: 'target',
      width: 210,
      render: (_, r) => {
        const shown = r.summary?.target;
        const tg = (shown && r.targets.find((x) => x.year === shown.year)) || r.targets[r.targets.length - 1];
        if (!tg) return <span className="hl-ind-muted">{t('indicators.noTarget')}</span>;
        const resolved = shown?.year === tg.year ? shown : undefined;
        return (
          <div>
            <Space size={4} wrap={false}>
              <Tag bordered={false} color={tg.kind === 'pending' ? 'purple' : 'blue'} style={{ marginInlineEnd: 0 }}>
                {t(`indicators.kind.${tg.kind}`)}
              </Tag>
              <span className="hl-ind-num">{t('indicators.yearShort', { year: tg.year })}</span>
            </Space>
            <div className="hl-ind-sub" style={{ color: 'rgba(0,0,0,0.75)', fontSize: 13 }}>
              {f.target(tg, r.unit, resolved)}
            </div>
          </div>
        );
      },
    },
    {
      title: t('indicators.col.distance'),
      key: 'distance',
      width: 150,
      sorter: true,
      sortOrder: sortOrder('distance'),
      render: (_, r) => {
        const d = r.summary?.distanceCovered;
        if (d === null || d === undefined) return <span className="hl-ind-muted">—</span>;
        return (
          <Tooltip title={t('indicators.distanceHint')}>
            <Progress aria-label={t('indicators.distanceHint')} percent={Math.round(d)} size="small" strokeColor={STATUS_COLORS[statusOf(r)]} style={{ margin: 0, width: 130 }} />
          </Tooltip>
        );
      },
    },
    {
      title: t('indicators.col.trend'),
      key: 'trend',
      width: 120,
      render: (_, r) => <Sparkline values={sparkValues(r)} color={STATUS_COLORS[statusOf(r)]} title={r.frequency === 'yearly' ? t('indicators.sparkYearly') : t('indicators.sparkPeriods')} />,
    },
  ];

  const zoneOptions = useMemo(() => zoneTreeOptions(zones.data ?? [], i18n.language), [zones.data, i18n.language]);
  const unitOptions = useMemo(
    () => (units.data ?? []).filter((u) => owedUnits.has(u.id)).map((u) => ({ value: u.id, label: f.en && u.nameEn ? u.nameEn : u.name })),
    [units.data, owedUnits, f.en],
  );

  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={t('indicators.overview.title')}
        description={t('indicators.overview.description')}
        extra={
          <>
            <ExportButton list="/api/indicators" />
            <Button icon={<ReloadOutlined />} onClick={() => void list.reload()}>
              {t('common.refresh')}
            </Button>
          </>
        }
      />
      <div className="hl-ind-summary" data-testid="status-summary">
        <button type="button" className={`hl-ind-tile ${!filter.status ? 'hl-ind-tile-active' : ''}`} style={{ ['--tile-color' as string]: '#1659b8' }} onClick={() => setFilter('status', null)}>
          <div className="hl-ind-tile-label">{t('indicators.overview.all')}</div>
          <div className="hl-ind-tile-count">
            {/* While the list loads a count would read as a result ("进展滞后 0 项"): show a placeholder. */}
            {counts ? counts.all : <Skeleton.Button active size="small" style={{ width: 32 }} />}
            <span className="hl-ind-tile-unit">{t('indicators.countUnit')}</span>
          </div>
        </button>
        {STATUSES.map((s) => (
          <button
            type="button"
            key={s}
            className={`hl-ind-tile ${filter.status === s ? 'hl-ind-tile-active' : ''}`}
            style={{ ['--tile-color' as string]: STATUS_COLORS[s] }}
            onClick={() => setFilter('status', filter.status === s ? null : s)}
            data-status={s}
          >
            <div className="hl-ind-tile-label">{f.status(s)}</div>
            <div className="hl-ind-tile-count" style={{ color: counts?.[s] ? STATUS_COLORS[s] : undefined }}>
              {counts ? counts[s] : <Skeleton.Button active size="small" style={{ width: 32 }} />}
              <span className="hl-ind-tile-unit">{t('indicators.countUnit')}</span>
            </div>
          </button>
        ))}
      </div>
      <div className="hl-toolbar">
        <Input.Search allowClear placeholder={t('indicators.overview.search')} style={{ width: 240 }} defaultValue={filter.q} onSearch={(v) => setFilter('q', v)} />
        <Select
          allowClear
          placeholder={t('indicators.filter.plan')} aria-label={t('indicators.filter.plan')}
          style={{ width: 260 }}
          value={filter.plan}
          onChange={(v) => setFilter('plan', v)}
          options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          popupMatchSelectWidth={false}
        />
        <Select allowClear placeholder={t('indicators.filter.category')} aria-label={t('indicators.filter.category')} style={{ width: 130 }} value={filter.category} onChange={(v) => setFilter('category', v)} options={categories.map((c) => ({ value: c, label: c }))} />
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('indicators.filter.unit')} aria-label={t('indicators.filter.unit')} style={{ width: 150 }} value={filter.unit} onChange={(v) => setFilter('unit', v)} options={unitOptions} />
        <TreeSelect allowClear treeDefaultExpandAll placeholder={t('indicators.filter.zone')} aria-label={t('indicators.filter.zone')} style={{ width: 150 }} value={filter.zone} onChange={(v) => setFilter('zone', v)} treeData={zoneOptions} />
        <Select
          allowClear
          placeholder={t('indicators.filter.status')} aria-label={t('indicators.filter.status')}
          style={{ width: 130 }}
          value={filter.status}
          onChange={(v) => setFilter('status', v)}
          options={STATUSES.map((s) => ({ value: s, label: f.status(s) }))}
        />
      </div>
      {list.error != null && !list.data && <Typography.Paragraph type="danger">{t('common.loadFailed', { message: errorText(list.error) })}</Typography.Paragraph>}
      <Table<IndicatorRow>
        rowKey={rowKey}
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={list.loading}
        // Narrower than its columns (1024 px), the table scrolls sideways and keeps the name fixed,
        // rather than squeezing 区域/责任单位 to one character.
        scroll={{ x: 1180 }}
        onRow={(r) => ({ onDoubleClick: () => open(r) })}
        onChange={onTableChange}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, hideOnSinglePage: pageSize === 20, showTotal: (n) => t('common.total', { count: n }) }}
        data-testid="indicators-table"
      />
    </Card>
  );
}
