import { useState } from 'react';
import { App, Button, Card, Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { useIndicatorFormat } from './format';
import { rowKey } from './parts';
import { GAP_KINDS, type GapKind, type GapRow, type GapsResponse } from './types';
import './indicators.css';
import { useNames } from '../org/names';

/** Rows per section's page: the server sends each kind a page at a time (issue 10). */
const PAGE_SIZE = 20;
const COLORS: Record<GapKind, string> = { pendingTargets: '#722ed1', withoutData: '#fa8c16', withoutOwner: '#cf1322', withoutBaseline: '#d48806' };

export default function GapsPage() {
  const { t } = useTranslation();
  const name = useNames();
  const f = useIndicatorFormat();
  const errorText = useErrorText();
  const { message } = App.useApp();
  // The first page of every kind in one request; a section's later pages one kind at a time.
  const gaps = useRemote(() => api.get<GapsResponse>('/api/indicators/gaps', { query: { pageSize: PAGE_SIZE } }));
  const [pages, setPages] = useState<Partial<Record<GapKind, { page: number; rows: GapRow[]; loading?: boolean }>>>({});
  const rowsOf = (s: GapKind) => pages[s]?.rows ?? gaps.data?.rows[s] ?? [];
  const totalOf = (s: GapKind) => gaps.data?.totals[s];
  const turn = async (s: GapKind, page: number) => {
    setPages((p) => ({ ...p, [s]: { page: p[s]?.page ?? 1, rows: rowsOf(s), loading: true } }));
    try {
      const res = await api.get<GapsResponse>('/api/indicators/gaps', { query: { kind: s, page, pageSize: PAGE_SIZE } });
      setPages((p) => ({ ...p, [s]: { page, rows: res.rows[s] ?? [] } }));
    } catch (e) {
      setPages((p) => ({ ...p, [s]: { ...p[s]!, loading: false } }));
      message.error(errorText(e));
    }
  };
  const reload = () => {
    setPages({});
    void gaps.reload();
  };

  const base: TableColumnsType<GapRow> = [
    {
      title: t('indicators.col.indicator'),
      key: 'name',
      render: (_, r) => (
        <div>
          <Link className="hl-ind-name" to={`/indicators/overview?indicator=${r.id}${r.zoneId ? `&zone=${r.zoneId}` : ''}`}>
            {r.number ? `${r.number}. ` : ''}
            {f.en && r.nameEn ? r.nameEn : r.name}
          </Link>
          <div className="hl-ind-sub">
            <span className="hl-mono">{r.code}</span>
            {r.category && <> · {r.category}</>}
          </div>
        </div>
      ),
    },
    { title: t('indicators.gaps.plan'), dataIndex: 'planTitle', width: 280, render: (v: string | null) => v ?? '—' },
    {
      title: t('indicators.col.zoneUnit'),
      key: 'unit',
      width: 170,
      render: (_, r) => (
        <div>
          <div>{name(r.zoneName, r.zoneId) ?? '—'}</div>
          <div className="hl-ind-sub">{name(r.unitName, r.unitId) ?? <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('indicators.noOwner')}</Typography.Text>}</div>
        </div>
      ),
    },
  ];
  const targetCol: TableColumnsType<GapRow>[number] = {
    title: t('indicators.col.target'),
    key: 'target',
    width: 300,
    render: (_, r) =>
      r.targets.map((x) => (
        <div key={x.year}>
          <Tag bordered={false} color={x.kind === 'pending' ? 'purple' : 'blue'}>
            {t(`indicators.kind.${x.kind}`)}
          </Tag>
          {t('indicators.yearShort', { year: x.year })} {f.target(x, r.unit)}
        </div>
      )),
  };
  const baselineCol: TableColumnsType<GapRow>[number] = {
    title: t('indicators.meta.baseline'),
    key: 'baseline',
    width: 140,
    render: (_, r) => (r.baselineValue === null ? <Typography.Text type="warning">{t('indicators.gaps.noBaseline')}</Typography.Text> : `${r.baselineYear ?? ''} ${f.value(r.baselineValue, r.unit)}`),
  };
  const columnsFor = (s: GapKind) => (s === 'pendingTargets' || s === 'withoutBaseline' ? [...base, targetCol, ...(s === 'withoutBaseline' ? [baselineCol] : [])] : [...base, targetCol]);

  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={t('indicators.gaps.title')}
        description={t('indicators.gaps.description')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('common.refresh')}
          </Button>
        }
      />
      {gaps.error != null && !gaps.data && <Typography.Paragraph type="danger">{t('common.loadFailed', { message: errorText(gaps.error) })}</Typography.Paragraph>}
      <div className="hl-ind-summary" style={{ gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' }}>
        {GAP_KINDS.map((s) => (
          <a key={s} href={`#gap-${s}`} className="hl-ind-tile" style={{ ['--tile-color' as string]: COLORS[s], textDecoration: 'none' }}>
            <div className="hl-ind-tile-label">{t(`indicators.gaps.${s}.title`)}</div>
            <div className="hl-ind-tile-count" style={{ color: totalOf(s) ? COLORS[s] : undefined }}>
              {totalOf(s) ?? '–'}
              <span className="hl-ind-tile-unit">{t('indicators.countUnit')}</span>
            </div>
          </a>
        ))}
      </div>
      {GAP_KINDS.map((s) => (
        <Card
          key={s}
          id={`gap-${s}`}
          size="small"
          className="hl-ind-section hl-ind-gap-card"
          title={
            <>
              <span style={{ width: 4, height: 14, background: COLORS[s], borderRadius: 2, display: 'inline-block' }} />
              {t(`indicators.gaps.${s}.title`)}
              <Tag bordered={false}>{totalOf(s) ?? 0}</Tag>
            </>
          }
          data-testid={`gap-${s}`}
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t(`indicators.gaps.${s}.hint`)}
          </Typography.Paragraph>
          <Table<GapRow>
            rowKey={rowKey}
            size="small"
            columns={columnsFor(s)}
            dataSource={rowsOf(s)}
            loading={gaps.loading || !!pages[s]?.loading}
            pagination={(totalOf(s) ?? 0) > PAGE_SIZE ? { current: pages[s]?.page ?? 1, pageSize: PAGE_SIZE, total: totalOf(s), showSizeChanger: false, size: 'small', onChange: (page) => void turn(s, page) } : false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.gaps.none')} /> }}
          />
        </Card>
      ))}
    </Card>
  );
}
