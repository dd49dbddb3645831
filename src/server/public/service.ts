// Assembles the portal's pages and files from the published read model (model.ts).
import type { Db } from '../db/index';
import { parallel } from '../db/parallel';
import type { z } from 'zod';
import type { publicCatalogue, PublicIndicatorJson } from '../../contracts/public';
type PublicCatalogue = z.infer<typeof publicCatalogue>;
import { acceptedIndicators, catalogue, planByCode, planSectionsOf, publishedIndicatorPlan, publishedPlans, taskGroups } from './model';
import { renderIndex, renderIndicator, renderNotFound, renderPlan } from './render';
import type { Lang } from './i18n';

export const indexPage = async (db: Db, lang: Lang) => renderIndex(lang, await publishedPlans(db));
export const notFoundPage = (lang: Lang) => renderNotFound(lang);

export async function planPage(db: Db, lang: Lang, code: string): Promise<string | null> {
  const plan = await planByCode(db, code, { publishedOnly: true });
  if (!plan) return null;
  const [inds, groups, sections] = await parallel(
    db,
    () => acceptedIndicators(db, [plan.id]),
    () => taskGroups(db, plan.id),
    () => planSectionsOf(db, plan.id),
  );
  return renderPlan(lang, plan, inds, groups, sections);
}

async function publishedIndicator(db: Db, code: string) {
  const plan = await publishedIndicatorPlan(db, code);
  if (!plan) return null;
  const [ind] = await acceptedIndicators(db, [plan.id], { codes: [code] });
  return ind ? { plan, ind } : null;
}

export async function indicatorPage(db: Db, lang: Lang, code: string): Promise<string | null> {
  const found = await publishedIndicator(db, code);
  return found ? renderIndicator(lang, found.plan, found.ind) : null;
}

export async function indicatorJson(db: Db, code: string): Promise<PublicIndicatorJson | null> {
  const found = await publishedIndicator(db, code);
  if (!found) return null;
  const { plan, ind } = found;
  return {
    code: ind.code,
    name: ind.name,
    nameEn: ind.nameEn,
    unit: ind.unit,
    definition: ind.definition,
    source: ind.dataSource,
    plan: { code: plan.code, title: plan.title },
    baseline: ind.baseline,
    targets: ind.targets,
    observations: ind.observations.map((o) => ({ period: o.period, zone: o.zone, value: o.value, covered: o.covered })),
    statuses: ind.statuses.map((s) => ({ zone: s.zone, status: s.summary.status, distanceCovered: s.summary.distanceCovered, explanation: s.summary.explanation })),
    updated: ind.updated,
  };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * One row per accepted value and one per target (`record` says which), each carrying the
 * indicator's code, name, unit, definition and source, so a single file stands on its own.
 * A BOM first, so that Excel opens the Chinese text as UTF-8.
 */
export async function indicatorCsv(db: Db, code: string): Promise<string | null> {
  const j = await indicatorJson(db, code);
  if (!j) return null;
  const head = ['record', 'period', 'zone', 'value', 'target_kind', 'code', 'name', 'unit', 'definition', 'source'];
  const meta = [j.code, j.name, j.unit, j.definition, j.source];
  const lines = [
    head,
    ...j.observations.map((o) => ['observation', o.period, o.zone, o.value, '', ...meta]),
    ...j.targets.map((t) => ['target', String(t.year), '', t.value, t.kind, ...meta]),
  ];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function dataJson(db: Db): Promise<PublicCatalogue> {
  const list = await catalogue(db);
  return {
    datasets: list.map((d) => ({
      code: d.code,
      name: d.name,
      nameEn: d.nameEn,
      unit: d.unit,
      plan: d.plan,
      csv: `/public/indicators/${encodeURIComponent(d.code)}.csv`,
      json: `/public/indicators/${encodeURIComponent(d.code)}.json`,
      updated: d.updated,
    })),
    generatedAt: new Date().toISOString(),
  };
}
