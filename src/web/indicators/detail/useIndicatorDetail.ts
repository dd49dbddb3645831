// What the indicator page shows, worked out once: the indicator, the zone picked, its status and
// yearly rows, and the names the header and tabs print. The parts only draw it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../core/api';
import { useAuth } from '../../core/auth';
import { useRemote } from '../../core/useRemote';
import type { Unit } from '../../org/types';
import { useIndicatorFormat } from '../format';
import { yearRows } from '../series';
import type { IndicatorDetail as Detail, StatusResult } from '../types';

export type Editor = 'meta' | 'targets' | 'milestones' | null;
export type DetailData = ReturnType<typeof useIndicatorDetail>;
/** The same, once the indicator has loaded. */
export type LoadedDetail = DetailData & { d: Detail };

export function useIndicatorDetail(id: string, zoneId: string | null) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const { hasRole } = useAuth();
  const office = hasRole('office', 'admin');
  const detail = useRemote(() => api.get<Detail>(`/api/indicators/${id}`), [id]);
  const units = useRemote(() => api.get<Unit[]>('/api/units'));
  const [zonePick, setZonePick] = useState<string | null>(zoneId);
  const [editor, setEditor] = useState<Editor>(null);

  const d = detail.data;
  const zone = d ? (d.zones.find((z) => z.zoneId === zonePick) ?? d.zones[0] ?? null) : null;
  const st = d && zone ? (d.statuses.find((s) => s.zoneId === zone.zoneId) ?? null) : null;
  const result: StatusResult | null = st?.result ?? null;
  const rows = useMemo(() => (d ? yearRows(d, zone?.zoneId ?? null, result) : []), [d, zone?.zoneId, result]);
  const zoneObs = useMemo(() => (d ? d.observations.filter((o) => !zone || o.zoneId === zone.zoneId) : []), [d, zone]);
  const zoneRevisions = d ? d.revisions.filter((r) => !zone || r.zoneId === zone.zoneId) : [];

  const name = d ? (f.en && d.nameEn ? d.nameEn : d.name) : '';
  const status = st?.status ?? null;
  // Who owes the data: the zone's own unit, else the indicator's owner (as the server decides).
  const owner = d ? units.data?.find((u) => u.id === d.ownerUnitId) : undefined;
  const unitName = zone?.unitName ?? (owner ? (f.en && owner.nameEn ? owner.nameEn : owner.name) : null);
  const relative = d?.targets.some((x) => x.kind === 'relative') ?? false;
  const coverage = d?.targets.some((x) => x.kind === 'coverage') ?? false;
  const benchmarkName = relative ? (result?.target?.benchmark ?? t('indicators.targetText.city')) : null;

  return { office, detail, d, zone, setZonePick, st, result, rows, zoneObs, zoneRevisions, name, status, unitName, relative, coverage, benchmarkName, editor, setEditor };
}
