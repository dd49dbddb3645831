import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Badge, Button, Card, Empty, Input, Popconfirm, Segmented, Select, Space, Table, Tag, Tooltip, Typography, Upload, type TableColumnsType } from 'antd';
import { BellOutlined, CloudUploadOutlined, DeleteOutlined, DownloadOutlined, ReloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type ErrorDetail } from '../core/api';
import { useAuth } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { Unit } from '../org/types';
import { useIndicatorFormat } from './format';
import { StateTag } from './parts';
import { RevisePanel } from './RevisePanel';
import { NumberCell } from './NumberCell';
import type { EntryRow, ImportResult, IndicatorRow, MissingRow, ReferenceSet } from './types';
import './indicators.css';

interface Edit {
  value: number | null;
  /** False while the typed text cannot be read as a number (the cell says why). */
  valid?: boolean;
  covered: string[] | null;
  comment: string;
}

const keyOf = (r: { indicatorId: string; zoneId: string; period: string }) => `${r.indicatorId}|${r.zoneId}|${r.period}`;
/** States whose value the form may change; a value that counts is revised on its own screen (RevisePanel). */
const EDITABLE = new Set([null, 'draft', 'returned']);
const COUNTED_STATES = new Set(['approved', 'accepted']);
const SUBMITTABLE = new Set(['draft', 'returned']);
const THIS_YEAR = new Date().getFullYear();

const sameList = (a: string[] | null, b: string[] | null) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());

export default function EntryPage() {
  const { t, i18n } = useTranslation();
  const f = useIndicatorFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { user, hasRole } = useAuth();
  const office = hasRole('office', 'admin');
  const canWrite = hasRole('liaison', 'office', 'admin');
  const [params, setParams] = useSearchParams();
  // The year and the value being revised live in the URL: a reload or the back button keeps them.
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= THIS_YEAR - 2 && yearParam <= THIS_YEAR ? yearParam : THIS_YEAR;
  const setYear = (y: number) => setParams((p) => (p.set('year', String(y)), p.delete('revise'), p));
  const reviseKey = params.get('revise');
  const [unitId, setUnitId] = useState<string | undefined>();
  const [view, setView] = useState<'all' | 'open' | 'done'>('all');
  const [edits, setEdits] = useState<Map<string, Edit>>(new Map());
  const [rowErrors, setRowErrors] = useState<Map<string, { field: string; text: string }[]>>(new Map());
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<'save' | 'submit' | 'upload' | 'discard' | null>(null);
  const [imported, setImported] = useState<{ file: string; result?: ImportResult; error?: ApiError } | null>(null);

  const form = useRemote(() => api.get<EntryRow[]>('/api/observations/entry-form', { query: { year, unitId } }), [year, unitId]);
  const missing = useRemote(() => api.get<MissingRow[]>('/api/observations/missing', { query: { year } }), [year]);
  const indicators = useRemote(() => api.get<IndicatorRow[]>('/api/indicators'));
  const sets = useRemote(() => api.get<ReferenceSet[]>('/api/reference-sets'));
  const units = useRemote(() => (office ? api.get<Unit[]>('/api/units') : Promise.resolve([] as Unit[])), [office]);

  const rows = form.data ?? [];
  // The engine's yearly path stands in where the plan sets no milestone or target for the year.
  const pathOf = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of indicators.data ?? []) {
      const ms = r.summary?.milestones.find((x) => x.year === year);
      if (ms && r.zoneId) m.set(`${r.id}|${r.zoneId}`, ms.value);
    }
    return m;
  }, [indicators.data, year]);

  // Coverage rarely changes much from one period to the next: offer the last approved set as a start.
  const coveredOf = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const r of indicators.data ?? []) if (r.zoneId && r.summary?.covered?.length) m.set(`${r.id}|${r.zoneId}`, r.summary.covered);
    return m;
  }, [indicators.data]);

  const editOf = (r: EntryRow): Edit => edits.get(keyOf(r)) ?? { value: r.value, covered: r.covered, comment: r.comment ?? '' };
  const isDirty = (r: EntryRow) => {
    const e = edits.get(keyOf(r));
    if (!e) return false;
    return e.value !== r.value || !sameList(e.covered, r.covered) || (e.comment.trim() || null) !== (r.comment ?? null);
  };
  const dirtyRows = rows.filter(isDirty);
  // Closing the tab or reloading with unsaved values asks first (the browser's own dialog).
  const unsaved = dirtyRows.length > 0;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  const setEdit = (r: EntryRow, patch: Partial<Edit>) => {
    setEdits((m) => new Map(m).set(keyOf(r), { ...editOf(r), ...patch }));
    setRowErrors((m) => {
      if (!m.has(keyOf(r))) return m;
      const n = new Map(m);
      n.delete(keyOf(r));
      return n;
    });
  };

  const done = (r: EntryRow) => r.status === 'submitted' || r.status === 'approved' || r.status === 'accepted';
  const shown = rows.filter((r) => (view === 'open' ? !done(r) : view === 'done' ? done(r) : true));
  // The indicator cell spans its periods, so a monthly indicator reads as one block.
  const span = useMemo(() => {
    const s = new Map<number, number>();
    let start = 0;
    shown.forEach((r, i) => {
      if (i === 0 || shown[i - 1].indicatorId !== r.indicatorId || shown[i - 1].zoneId !== r.zoneId) start = i;
      s.set(start, (s.get(start) ?? 0) + 1);
      if (start !== i) s.set(i, 0);
    });
    return s;
  }, [shown]);

  const reloadAll = async () => {
    await Promise.all([form.reload(), missing.reload()]);
  };

  const save = async (): Promise<boolean> => {
    if (!dirtyRows.length) return true;
    // A cell whose text cannot be read says so itself; nothing is sent until it can.
    const unreadable = dirtyRows.filter((r) => edits.get(keyOf(r))?.valid === false);
    if (unreadable.length) {
      message.error(t('indicators.entry.unreadable', { count: unreadable.length }));
      return false;
    }
    const list = dirtyRows.map((r) => {
      const e = editOf(r);
      return { indicatorId: r.indicatorId, zoneId: r.zoneId, period: r.period, value: r.referenceSetId && e.covered ? e.covered.length : e.value, covered: r.referenceSetId ? e.covered : undefined, comment: e.comment.trim() || null, version: r.version ?? undefined };
    });
    setBusy('save');
    try {
      const res = await api.post<{ saved: number; unchanged: number }>('/api/observations', { observations: list });
      message.success(t('indicators.entry.saved', { count: res.saved }));
      setEdits(new Map());
      setRowErrors(new Map());
      await reloadAll();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.details.length) {
        // The server numbers rows from 1 in the order sent.
        const m = new Map<string, { field: string; text: string }[]>();
        for (const d of e.details) {
          const r = d.row ? dirtyRows[d.row - 1] : undefined;
          if (!r) continue;
          const text = i18n.language === 'en' ? d.messageEn : d.message;
          m.set(keyOf(r), [...(m.get(keyOf(r)) ?? []), { field: d.field ?? 'value', text: text.replace(/^第\d+行：|^Row \d+: /, '') }]);
        }
        setRowErrors(m);
        // The first row at fault may be far up a long form: bring it into view.
        setTimeout(() => document.querySelector('.hl-ind-row-error')?.scrollIntoView({ block: 'center', behavior: 'smooth' }), 50);
        message.error(t('indicators.entry.rowsInvalid', { count: e.details.length }));
      } else message.error(errorText(e));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    if (dirtyRows.length && !(await save())) return;
    const fresh = (await form.reload()) ?? rows;
    const ids = fresh.filter((r) => selected.includes(keyOf(r)) && r.observationId && SUBMITTABLE.has(r.status ?? '')).map((r) => r.observationId!);
    if (!ids.length) {
      message.warning(t('indicators.entry.nothingToSubmit'));
      return;
    }
    setBusy('submit');
    try {
      await api.post('/api/observations/submit', { ids });
      message.success(t('indicators.entry.submitted', { count: ids.length }));
      setSelected([]);
      await reloadAll();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const discard = async () => {
    const ids = rows.filter((r) => selected.includes(keyOf(r)) && r.observationId && SUBMITTABLE.has(r.status ?? '')).map((r) => r.observationId!);
    setBusy('discard');
    try {
      const res = await api.post<{ discarded: number; restored: number }>('/api/observations/discard', { ids });
      message.success(t('indicators.entry.discarded', res));
      setSelected([]);
      setEdits((m) => {
        const n = new Map(m);
        for (const r of rows) if (selected.includes(keyOf(r))) n.delete(keyOf(r));
        return n;
      });
      await reloadAll();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    setBusy('upload');
    setImported(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      // The year on screen is the year the file may hold: a row of another year is refused, named.
      const result = await api.upload<ImportResult>('/api/observations/import', form, { query: { year } });
      setImported({ file: file.name, result });
      setEdits(new Map());
      setRowErrors(new Map());
      await reloadAll();
    } catch (e) {
      if (e instanceof ApiError) setImported({ file: file.name, error: e });
      else message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const setMembers = (r: EntryRow) => sets.data?.find((s) => s.id === r.referenceSetId)?.members ?? [];
  const errorsOf = (r: EntryRow, fields: string[]) => (rowErrors.get(keyOf(r)) ?? []).filter((x) => fields.includes(x.field));

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
            <div className="hl-ind-name">{r.name}</div>
            <div className="hl-ind-sub">
              <span className="hl-mono">{r.code}</span> · {r.zone}
              {r.unit && <> · {r.unit}</>}
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
              <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => setParams((p) => (p.set('year', String(year)), p.set('revise', keyOf(r)), p))} data-testid={`revise-${r.code}-${r.period}`}>
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

  const discardable = rows.filter((r) => selected.includes(keyOf(r)) && r.observationId && SUBMITTABLE.has(r.status ?? '')).length;
  const revising = reviseKey ? rows.find((r) => keyOf(r) === reviseKey && COUNTED_STATES.has(r.status ?? '')) : undefined;
  if (revising)
    return (
      <Card variant="borderless" className="hl-page-card">
        <RevisePanel
          row={revising}
          onBack={() => setParams((p) => (p.delete('revise'), p))}
          onDone={() => {
            setParams((p) => (p.delete('revise'), p));
            void reloadAll();
          }}
        />
      </Card>
    );

  const counts = { all: rows.length, open: rows.filter((r) => !done(r)).length, done: rows.filter(done).length };
  const selectable = (r: EntryRow) => canWrite && (SUBMITTABLE.has(r.status ?? '') || (isDirty(r) && (r.status === null || SUBMITTABLE.has(r.status))));
  const selectedCount = selected.filter((k) => rows.some((r) => keyOf(r) === k && selectable(r))).length;
  const templateUrl = `/api/observations/template.xlsx?year=${year}${unitId ? `&unitId=${unitId}` : ''}`;

  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={t('indicators.entry.title')}
        description={t(canWrite ? 'indicators.entry.description' : 'indicators.entry.descriptionReadOnly', { unit: user?.unitName ?? '' })}
      />
      <div className="hl-toolbar">
        <Select
          value={year}
          onChange={(v) => {
            setYear(v);
            setEdits(new Map());
            setRowErrors(new Map());
            setSelected([]);
          }}
          style={{ width: 120 }}
          options={[THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({ value: y, label: t('indicators.entry.yearOption', { year: y }) }))}
          aria-label={t('indicators.entry.year')}
        />
        {office && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('indicators.entry.allUnits')} aria-label={t('indicators.entry.allUnits')}
            style={{ width: 200 }}
            value={unitId}
            onChange={setUnitId}
            options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: f.en && u.nameEn ? u.nameEn : u.name }))}
          />
        )}
        <Segmented
          value={view}
          onChange={(v) => setView(v as typeof view)}
          options={[
            { value: 'all', label: t('indicators.entry.viewAll', { count: counts.all }) },
            { value: 'open', label: t('indicators.entry.viewOpen', { count: counts.open }) },
            { value: 'done', label: t('indicators.entry.viewDone', { count: counts.done }) },
          ]}
        />
        <div style={{ flex: 1 }} />
        <Button icon={<DownloadOutlined />} href={templateUrl} download data-testid="download-template">
          {t('indicators.entry.template')}
        </Button>
        {canWrite && (
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<CloudUploadOutlined />} loading={busy === 'upload'} data-testid="upload-file">
              {t('indicators.entry.upload')}
            </Button>
          </Upload>
        )}
        <Button icon={<ReloadOutlined />} onClick={() => void reloadAll()} aria-label={t('common.refresh')} />
      </div>

      {imported?.result && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setImported(null) }}
          style={{ marginBottom: 16 }}
          title={t('indicators.entry.importedTitle', { file: imported.file })}
          description={t('indicators.entry.importedBody', { ...imported.result })}
          data-testid="import-result"
        />
      )}
      {imported?.error && <ImportErrors file={imported.file} error={imported.error} onClose={() => setImported(null)} />}

      <MissingPanel list={missing.data ?? []} loading={missing.loading} office={office} year={year} />
      <div>
          <Table<EntryRow>
            rowKey={keyOf}
            size="small"
            columns={columns}
            dataSource={shown}
            loading={form.loading}
            // An office user owes nothing but sees every unit's rows: thousands at real scale, so pages.
            pagination={shown.length > 200 ? { defaultPageSize: 100, showSizeChanger: true, pageSizeOptions: [50, 100, 200, 500], size: 'small' } : false}
            bordered
            rowClassName={(r) => (rowErrors.has(keyOf(r)) ? 'hl-ind-row-error' : '')}
            rowSelection={
              canWrite
                ? {
                    selectedRowKeys: selected,
                    onChange: (keys) => setSelected(keys as string[]),
                    getCheckboxProps: (r) => ({ disabled: !selectable(r) }),
                  }
                : undefined
            }
            locale={{ emptyText: <Empty description={t('indicators.entry.nothingOwed', { year })} /> }}
            data-testid="entry-table"
          />
          {canWrite && rows.length > 0 && (
            <div className="hl-pager" style={{ justifyContent: 'space-between' }}>
              <Typography.Text type="secondary">
                {dirtyRows.length ? t('indicators.entry.unsavedCount', { count: dirtyRows.length }) : t('indicators.entry.flowHint')}
              </Typography.Text>
              <Space wrap>
                <Popconfirm
                  title={t('indicators.entry.discardConfirmTitle', { count: discardable })}
                  description={t('indicators.entry.discardConfirm')}
                  okText={t('indicators.entry.discard')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => discard()}
                  disabled={!discardable}
                >
                  <Button danger icon={<DeleteOutlined />} loading={busy === 'discard'} disabled={!discardable} data-testid="discard-selected">
                    {t('indicators.entry.discardSelected', { count: discardable })}
                  </Button>
                </Popconfirm>
                <Button icon={<SaveOutlined />} onClick={() => void save()} loading={busy === 'save'} disabled={!dirtyRows.length} data-testid="save-drafts">
                  {t('indicators.entry.save')}
                </Button>
                <Popconfirm
                  title={t('indicators.entry.submitConfirmTitle', { count: selectedCount })}
                  description={t('indicators.entry.submitConfirm')}
                  okText={t('indicators.entry.submit')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => submit()}
                  disabled={!selectedCount}
                >
                  <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} disabled={!selectedCount} data-testid="submit-selected">
                    {t('indicators.entry.submitSelected', { count: selectedCount })}
                  </Button>
                </Popconfirm>
              </Space>
            </div>
          )}
        </div>
    </Card>
  );
}

function ImportErrors({ file, error, onClose }: { file: string; error: ApiError; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const details = error.details;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      title={t('indicators.entry.importFailed', { file })}
      data-testid="import-errors"
      description={
        details.length ? (
          <>
            <div style={{ marginBottom: 8 }}>{t('indicators.entry.importFailedBody', { count: details.length })}</div>
            <Table<ErrorDetail>
              size="small"
              rowKey={(d, i) => `${d.row}-${d.cell}-${i}`}
              pagination={details.length > 10 ? { pageSize: 10, size: 'small' } : false}
              dataSource={details}
              columns={[
                { title: t('indicators.entry.errRow'), dataIndex: 'row', width: 70 },
                { title: t('indicators.entry.errCell'), dataIndex: 'cell', width: 90, render: (c?: string) => (c ? <Typography.Text code>{c}</Typography.Text> : '—') },
                { title: t('indicators.entry.errMessage'), key: 'm', render: (_, d) => (en ? d.messageEn : d.message).replace(/^第\d+行（[A-Z]+\d+）：|^Row \d+ \([A-Z]+\d+\): /, '') },
              ]}
            />
          </>
        ) : (
          error.text(i18n.language)
        )
      }
    />
  );
}

interface MissingGroup {
  key: string;
  name: string;
  code: string;
  zoneName: string;
  unitName: string | null;
  items: MissingRow[];
  late: number;
  firstDue: string;
}

/** What is still owed, one line per indicator and zone: twelve late months are one problem, not twelve. */
function MissingPanel({ list, loading, office, year }: { list: MissingRow[]; loading: boolean; office: boolean; year: number }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [sending, setSending] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const late = list.filter((m) => m.late).length;
  const days = (due: string) => Math.max(0, Math.round((Date.parse(today) - Date.parse(due)) / 86400000));
  const groups = useMemo(() => {
    const m = new Map<string, MissingGroup>();
    for (const x of list) {
      const key = `${x.indicatorId}|${x.zoneName}`;
      const g = m.get(key) ?? { key, name: x.name, code: x.code, zoneName: x.zoneName, unitName: x.unitName, items: [], late: 0, firstDue: x.due };
      g.items.push(x);
      if (x.late) g.late++;
      if (x.due < g.firstDue) g.firstDue = x.due;
      m.set(key, g);
    }
    return [...m.values()].sort((a, b) => b.late - a.late || a.firstDue.localeCompare(b.firstDue));
  }, [list]);
  const periods = (items: MissingRow[]) => {
    const ps = items.map((i) => f.period(i.period));
    return ps.length > 3 ? t('indicators.missing.periodRange', { first: ps[0], last: ps[ps.length - 1], count: ps.length }) : ps.join('、');
  };
  const send = async () => {
    setSending(true);
    try {
      const r = await api.post<{ sent: number }>('/api/notifications/reminders');
      message.success(t('indicators.missing.sent', { count: r.sent }));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 16, borderColor: late ? '#ffccc7' : undefined }}
      styles={{ header: { background: late ? '#fff7f6' : '#fafbfc' } }}
      title={
        <Space>
          <BellOutlined style={{ color: late ? '#cf1322' : undefined }} />
          {t('indicators.missing.title')}
          {late > 0 && <Badge count={late} overflowCount={999} title={t('indicators.missing.lateCount', { count: late })} />}
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
            {t('indicators.missing.hint', { year })}
          </Typography.Text>
        </Space>
      }
      extra={
        office ? (
          <Button size="small" icon={<BellOutlined />} onClick={() => void send()} loading={sending}>
            {t('indicators.missing.send')}
          </Button>
        ) : undefined
      }
      loading={loading && !list.length}
      data-testid="missing-panel"
    >
      {groups.length === 0 ? (
        <Typography.Text type="secondary">{t('indicators.missing.none')}</Typography.Text>
      ) : (
        <div className="hl-ind-missing">
          {groups.map((g) => (
            <div key={g.key} className="hl-ind-missing-item">
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <span className="hl-ind-name">{g.name}</span>
                <Space size={4}>
                  {(['missing', 'draft', 'returned'] as const).map((s) => {
                    const n = g.items.filter((i) => i.state === s).length;
                    return n ? (
                      <Tag key={s} bordered={false} color={s === 'returned' ? 'error' : s === 'draft' ? 'default' : 'warning'} style={{ marginInlineEnd: 0 }}>
                        {t(`indicators.missing.state.${s}`)} {n}
                      </Tag>
                    ) : null;
                  })}
                </Space>
              </div>
              <div className="hl-ind-sub">
                {g.zoneName}
                {office && g.unitName && <> · {g.unitName}</>} · {periods(g.items)}
              </div>
              <div style={{ fontSize: 12 }}>
                {g.late ? (
                  <span className="hl-ind-late">{t('indicators.missing.lateGroup', { count: g.late, date: g.firstDue, days: days(g.firstDue) })}</span>
                ) : (
                  <span className="hl-ind-muted">{t('indicators.missing.due', { date: g.firstDue })}</span>
                )}
              </div>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
