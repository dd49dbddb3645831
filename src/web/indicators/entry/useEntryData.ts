// Everything the entry page knows and does: the year and unit on screen, the rows owed, the
// values typed but not yet saved, and the save / submit / discard / upload calls. The parts only
// draw it, so the page reads as its layout.
import { createElement, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../core/api';
import { useAuth } from '../../core/auth';
import { useErrorText } from '../../core/errors';
import { useRemote } from '../../core/useRemote';
import { todoChanged } from '../../core/TodoBadge';
import { useUnsavedGuard } from '../../core/useUnsavedGuard';
import type { Unit } from '../../org/types';
import type { EntryPage, EntryRow, EntryView, ImportResult, MissingRow, ReferenceSet } from '../types';
import { COUNTED_STATES, SUBMITTABLE, THIS_YEAR, keyOf, sameList, type Edit, type RowErrors } from './model';

export type EntryData = ReturnType<typeof useEntryData>;

export function useEntryData() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { user, hasRole } = useAuth();
  const office = hasRole('office', 'admin');
  const canWrite = hasRole('liaison', 'office', 'admin');
  const [params, setParams] = useSearchParams();
  // The year and the value being revised live in the URL: a reload or the back button keeps them.
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= THIS_YEAR - 2 && yearParam <= THIS_YEAR ? yearParam : THIS_YEAR;
  const setYear = (y: number) => setParams((p) => (p.set('year', String(y)), p.delete('revise'), p.delete('page'), p));
  const reviseKey = params.get('revise');
  // The unit (office) and the filter too: coming back to the page finds them as they were left.
  const unitId = params.get('unit') ?? undefined;
  const setUnitId = (u: string | undefined) => setParams((p) => (u ? p.set('unit', u) : p.delete('unit'), p.delete('page'), p), { replace: true });
  const viewParam = params.get('view');
  const view: EntryView = viewParam === 'open' || viewParam === 'done' ? viewParam : 'all';
  const setView = (v: EntryView) => setParams((p) => (v === 'all' ? p.delete('view') : p.set('view', v), p.delete('page'), p), { replace: true });
  // The server sends the form a page at a time (a unit with hundreds of series owes thousands of
  // rows). The page is in the URL too; typed values are kept across pages until saved.
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1;
  const [pageSize, setPageSize] = useState(100);
  // Each value typed is held with its row, so a value typed on another page is still saved.
  const [edits, setEdits] = useState<Map<string, Edit & { row: EntryRow }>>(new Map());
  const [rowErrors, setRowErrors] = useState<RowErrors>(new Map());
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<'save' | 'submit' | 'upload' | 'discard' | null>(null);
  const [imported, setImported] = useState<{ file: string; result?: ImportResult; error?: ApiError } | null>(null);

  const form = useRemote(() => api.get<EntryPage>('/api/observations/entry-form', { query: { year, unitId, view, page, pageSize } }), [year, unitId, view, page, pageSize]);
  const missing = useRemote(() => api.get<MissingRow[]>('/api/observations/missing', { query: { year } }), [year]);
  const sets = useRemote(() => api.get<ReferenceSet[]>('/api/reference-sets'));
  const units = useRemote(() => (office ? api.get<Unit[]>('/api/units') : Promise.resolve([] as Unit[])), [office]);

  const rows = useMemo(() => form.data?.rows ?? [], [form.data]);
  // The engine's yearly path (where the plan sets none) and the last covered set come with each
  // row of the form: the page no longer fetches the whole indicator list for them.
  const pathOf = useMemo(() => new Map(rows.filter((r) => r.enginePath !== null).map((r) => [`${r.indicatorId}|${r.zoneId}`, r.enginePath!])), [rows]);
  const coveredOf = useMemo(() => new Map(rows.filter((r) => r.lastCovered?.length).map((r) => [`${r.indicatorId}|${r.zoneId}`, r.lastCovered!])), [rows]);

  // English names come with each row of the form (the page no longer fetches the indicator list).
  const nameEnOf = useMemo(() => new Map(rows.filter((r) => r.nameEn).map((r) => [r.indicatorId, r.nameEn as string])), [rows]);

  const editOf = (r: EntryRow): Edit => edits.get(keyOf(r)) ?? { value: r.value, covered: r.covered, comment: r.comment ?? '' };
  const changed = (e: Edit, r: EntryRow) => e.value !== r.value || !sameList(e.covered, r.covered) || (e.comment.trim() || null) !== (r.comment ?? null);
  const isDirty = (r: EntryRow) => {
    const e = edits.get(keyOf(r));
    return e ? changed(e, r) : false;
  };
  // Of every page, not only the one on screen.
  const dirtyRows = [...edits.values()].filter((e) => changed(e, e.row)).map((e) => e.row);
  // Leaving with unsaved values asks first: another menu item or the back button (the app's
  // dialog), closing the tab or reloading (the browser's own). The revise screen (?revise=…)
  // counts as a screen of its own: a new value or a reason typed there is not dropped by its
  // 返回 link or the back button either. One guard for both (the router keeps one blocker).
  const [reviseDirty, setReviseDirty] = useState(false);
  const { release } = useUnsavedGuard(
    dirtyRows.length > 0 || reviseDirty,
    t(reviseDirty ? 'common.unsaved.revise' : 'common.unsaved.entry'),
    (a, b) => a.pathname !== b.pathname || (reviseDirty && new URLSearchParams(a.search).get('revise') !== new URLSearchParams(b.search).get('revise')),
  );
  const setEdit = (r: EntryRow, patch: Partial<Edit>) => {
    setEdits((m) => new Map(m).set(keyOf(r), { ...editOf(r), ...patch, row: r }));
    setRowErrors((m) => {
      if (!m.has(keyOf(r))) return m;
      const n = new Map(m);
      n.delete(keyOf(r));
      return n;
    });
  };

  const setPage = (p: number, size: number) => {
    // A selection is of the rows on screen: submit and discard act on those.
    setSelected([]);
    if (size !== pageSize) setPageSize(size);
    setParams((q) => (p > 1 && size === pageSize ? q.set('page', String(p)) : q.delete('page'), q), { replace: true });
  };
  // The indicator cell spans its periods, so a monthly indicator reads as one block.
  const span = useMemo(() => {
    const s = new Map<number, number>();
    let start = 0;
    rows.forEach((r, i) => {
      if (i === 0 || rows[i - 1].indicatorId !== r.indicatorId || rows[i - 1].zoneId !== r.zoneId) start = i;
      s.set(start, (s.get(start) ?? 0) + 1);
      if (start !== i) s.set(i, 0);
    });
    return s;
  }, [rows]);

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
    const fresh = (await form.reload())?.rows ?? rows;
    const ids = fresh.filter((r) => selected.includes(keyOf(r)) && r.observationId && SUBMITTABLE.has(r.status ?? '')).map((r) => r.observationId!);
    if (!ids.length) {
      message.warning(t('indicators.entry.nothingToSubmit'));
      return;
    }
    setBusy('submit');
    try {
      await api.post('/api/observations/submit', { ids });
      // Undo, as on the review pages: a submission can be withdrawn until the leader approves it.
      const key = `submit-${Date.now()}`;
      const withdraw = async () => {
        message.destroy(key);
        try {
          await api.post('/api/observations/withdraw', { ids });
          message.success(t('indicators.entry.withdrawn', { count: ids.length }));
          await reloadAll();
          todoChanged();
        } catch (e) {
          message.error(errorText(e));
        }
      };
      message.success({
        key,
        duration: 10,
        content: createElement('span', null, t('indicators.entry.submitted', { count: ids.length }), createElement(Button, { type: 'link', size: 'small', onClick: () => void withdraw(), 'data-testid': 'submit-undo' }, t('indicators.review.undo'))),
      });
      setSelected([]);
      await reloadAll();
      todoChanged();
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

  const discardable = rows.filter((r) => selected.includes(keyOf(r)) && r.observationId && SUBMITTABLE.has(r.status ?? '')).length;
  const revising = reviseKey ? rows.find((r) => keyOf(r) === reviseKey && COUNTED_STATES.has(r.status ?? '')) : undefined;
  const counts = form.data?.counts ?? { all: 0, open: 0, done: 0 };
  const total = form.data?.total ?? 0;
  const selectable = (r: EntryRow) => canWrite && (SUBMITTABLE.has(r.status ?? '') || (isDirty(r) && (r.status === null || SUBMITTABLE.has(r.status))));
  const selectedCount = selected.filter((k) => rows.some((r) => keyOf(r) === k && selectable(r))).length;
  const templateUrl = `/api/observations/template.xlsx?year=${year}${unitId ? `&unitId=${unitId}` : ''}`;
  // A year change starts from a clean form: typed values belong to the year they were typed for.
  const changeYear = (y: number) => {
    setYear(y);
    setEdits(new Map());
    setRowErrors(new Map());
    setSelected([]);
  };
  const startRevise = (r: EntryRow) => setParams((p) => (p.set('year', String(year)), p.set('revise', keyOf(r)), p));
  const endRevise = () => setParams((p) => (p.delete('revise'), p));
  // After the revision is saved the screen closes without asking: nothing typed is lost.
  const finishRevise = () => {
    release();
    setReviseDirty(false);
    endRevise();
  };

  return {
    user, office, canWrite, year, changeYear, unitId, setUnitId, view, setView,
    form, missing, units, rows, span, pathOf, coveredOf, nameEnOf, page, pageSize, setPage, total,
    editOf, isDirty, dirtyRows, setEdit, errorsOf, setMembers, rowErrors,
    selected, setSelected, selectable, selectedCount, discardable, counts,
    busy, imported, setImported, templateUrl,
    revising, startRevise, endRevise, finishRevise, setReviseDirty,
    save, submit, discard, upload, reloadAll,
  };
}
