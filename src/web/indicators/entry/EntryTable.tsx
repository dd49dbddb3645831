// The entry form itself: one row per indicator, zone and period owed, the value or covered
// members typed in place, errors shown on the row they belong to.
import { Button, Empty, Input, Select, Skeleton, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat } from '../format';
import { NumberCell } from '../NumberCell';
import { StateTag } from '../parts';
import type { EntryRow } from '../types';
import { COUNTED_STATES, EDITABLE, done, keyOf } from './model';
import type { EntryData } from './useEntryData';
import { useNames } from '../../org/names';

export function EntryTable({ data }: { data: EntryData }) {
  const { t } = useTranslation();
  const name = useNames();
  const f = useIndicatorFormat();
  const { year, span, pathOf, coveredOf, nameEnOf, editOf, errorsOf, canWrite, setMembers, setEdit, startRevise, isDirty, form, rowErrors, selected, setSelected, selectable, page, pageSize, setPage, total, rows } = data;

  const columns: TableColumnsType<EntryRow> = [
    {
      title: t('indicators.col.indicator'),
      key: 'indicator',
      width: 240,
      onCell: (_, i) => ({ rowSpan: span.get(i ?? 0) ?? 1, className: 'hl-ind-group-cell' }),
      render: (_, r) => {
        const path = r.path ?? pathOf.get(`${r.indicatorId}|${r.zoneId}`) ?? null;
        return (
          <div>
            <div className="hl-ind-name">{(f.en && nameEnOf.get(r.indicatorId)) || r.name}</div>
            <div className="hl-ind-sub">
              <span className="hl-mono">{r.code}</span> · {name(r.zone, r.zoneId)}
              {f.unit(r.unit) && <> · {f.unit(r.unit)}</>}
            </div>
            {path !== null && (
              <div className="hl-ind-sub" style={{ marginTop: 4 }}>
                <Tooltip title={t('indicators.entry.pathHint')}>
                  <Tag bordered={false} color="blue" style={{ marginInlineEnd: 4 }}>
                    {t('indicators.entry.path', { year })}
                  </Tag>
                </Tooltip>
                <span className="hl-ind-num">{f.value(path, r.unit)}</span>
              </div>
            )}
          </div>
        );
      },
    },
    {
      title: t('indicators.entry.period'),
      key: 'period',
      width: 150,
      render: (_, r) => {
        const late = r.due < new Date().toISOString().slice(0, 10) && !done(r);
        return (
          <div>
            <div>{f.period(r.period)}</div>
            <div className={late ? 'hl-ind-late' : 'hl-ind-sub'} style={{ fontSize: 12 }}>
              {t(late ? 'indicators.entry.overdue' : 'indicators.entry.due', { date: r.due })}
            </div>
          </div>
        );
      },
    },
    {
      title: t('indicators.entry.previous'),
      dataIndex: 'previous',
      width: 110,
      align: 'right',
      render: (v: number | null) => <span className="hl-ind-num hl-ind-muted">{f.number(v)}</span>,
    },
    {
      title: t('indicators.entry.value'),
      key: 'value',
      width: 240,
      render: (_, r) => {
        const e = editOf(r);
        const errs = errorsOf(r, ['value', 'period', 'indicator', 'covered']);
        const locked = !canWrite || !EDITABLE.has(r.status);
        if (r.referenceSetId) {
          const members = setMembers(r);
          return (
            <div>
              <Select
                mode="multiple"
                size="small"
                style={{ width: '100%' }}
                disabled={locked}
                status={errs.length ? 'error' : undefined}
                value={e.covered ?? []}
                onChange={(v: string[]) => setEdit(r, { covered: v, value: v.length })}
                placeholder={t('indicators.entry.pickMembers')}
                maxTagCount="responsive"
                optionFilterProp="label"
                options={members.map((m) => ({ value: m.code, label: f.en && m.nameEn ? m.nameEn : m.name }))}
                aria-label={`${r.code} ${r.period}`}
              />
              <div className="hl-ind-sub">
                {t('indicators.entry.coveredCount', { count: (e.covered ?? []).length, total: members.length })}
                {!locked && !(e.covered ?? []).length && (coveredOf.get(`${r.indicatorId}|${r.zoneId}`)?.length ?? 0) > 0 && (
                  <Button type="link" size="small" style={{ paddingInline: 6, height: 'auto', fontSize: 12 }} onClick={() => setEdit(r, { covered: coveredOf.get(`${r.indicatorId}|${r.zoneId}`)!, value: coveredOf.get(`${r.indicatorId}|${r.zoneId}`)!.length })}>
                    {t('indicators.entry.reuseCovered', { count: coveredOf.get(`${r.indicatorId}|${r.zoneId}`)!.length })}
                  </Button>
                )}
              </div>
              {errs.map((x, i) => (
                <div key={i} className="hl-ind-cell-error">{x.text}</div>
              ))}
            </div>
          );
        }
        if (COUNTED_STATES.has(r.status ?? '') && canWrite)
          return (
            <Space size={4} wrap>
              <span className="hl-ind-num">{f.value(r.value, r.unit)}</span>
              <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => startRevise(r)} data-testid={`revise-${r.code}-${r.period}`}>
                {t('indicators.entry.revise')}
              </Button>
            </Space>
          );
        return (
          <div>
            <NumberCell
              style={{ width: '100%' }}
              disabled={locked}
              error={errs.length > 0}
              value={e.value}
              unit={r.unit}
              onChange={(value, valid) => setEdit(r, { value, valid })}
              aria-label={`${r.code} ${r.period}`}
              data-testid={`value-${r.code}-${r.period}`}
            />
            {errs.map((x, i) => (
              <div key={i} className="hl-ind-cell-error">{x.text}</div>
            ))}
          </div>
        );
      },
    },
    {
      title: t('indicators.entry.comment'),
      key: 'comment',
      // A width of its own: without it the other columns squeeze the input to a square at 1024 px.
      width: 220,
      render: (_, r) => {
        const e = editOf(r);
        const errs = errorsOf(r, ['comment']);
        return (
          <div>
            <Input
              size="small"
              disabled={!canWrite || !EDITABLE.has(r.status)}
              status={errs.length ? 'error' : undefined}
              value={e.comment}
              maxLength={1000}
              placeholder={errs.length ? t('indicators.entry.commentNeeded') : t('indicators.entry.commentPlaceholder')}
              onChange={(ev) => setEdit(r, { comment: ev.target.value })}
              aria-label={t('indicators.entry.comment')}
              style={{ minWidth: 180 }}
              data-testid={`comment-${r.code}-${r.period}`}
            />
            {errs.map((x, i) => (
              <div key={i} className="hl-ind-cell-error">{x.text}</div>
            ))}
          </div>
        );
      },
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 130,
      // Kept in view when the table scrolls sideways (1366 px and below): after saving or
      // submitting, the state is what the liaison looks for.
      fixed: 'right' as const,
      render: (_, r) => (
        <div>
          {isDirty(r) ? <Tag color="gold">{t('indicators.entry.unsaved')}</Tag> : <StateTag state={r.status} />}
          {r.status === 'returned' && r.returnReason && (
            <Tooltip title={r.returnReason}>
              <div className="hl-ind-cell-error" style={{ maxWidth: 120, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {t('indicators.review.returnReasonShow', { reason: r.returnReason })}
              </div>
            </Tooltip>
          )}
        </div>
      ),
    },
  ];

  return (
    <Table<EntryRow>
      rowKey={keyOf}
      size="small"
      columns={columns}
      dataSource={rows}
      loading={form.loading}
      // Narrower than its columns (1024 px), the table scrolls sideways rather than squeezing them.
      scroll={{ x: 1120 }}
      // The server sends a page at a time: an office user sees every unit's rows, thousands at real scale.
      pagination={total > 50 ? { current: page, pageSize, total, onChange: setPage, showSizeChanger: true, pageSizeOptions: [50, 100, 200, 500], size: 'small' } : false}
      bordered
      rowClassName={(r) => (rowErrors.has(keyOf(r)) ? 'hl-ind-row-error' : '')}
      rowSelection={
        canWrite
          ? {
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys as string[]),
              getCheckboxProps: (r) => ({ disabled: !selectable(r), 'aria-label': t('indicators.entry.selectRow', { code: r.code, period: r.period }) }),
            }
          : undefined
      }
      // "Nothing owed" only once the rows are in: while they load it would read as a result.
      locale={{ emptyText: form.data ? <Empty description={t('indicators.entry.nothingOwed', { year })} /> : <Skeleton active paragraph={{ rows: 4 }} title={false} /> }}
      data-testid="entry-table"
    />
  );
}
