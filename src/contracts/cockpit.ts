// The cockpit's one response, for the server's route, the page and the PDF.
import { z } from 'zod';
import { COCKPIT_REFRESH_SECONDS, INDICATOR_STATUSES, PERIOD_RE, TASK_PROGRESS } from '../domain/cockpit/index';
import { NOTICE_LEVELS } from '../domain/supervision/notice';

export { INDICATOR_STATUSES, TASK_PROGRESS, NOTICE_LEVELS };

export const cockpitPeriod = z.string().regex(PERIOD_RE, '期间应为月份，如 2026-10 / period must be a month such as 2026-10');
export const cockpitQuery = z.object({
  /**
   * omitted: the plan the cockpit opens on, the first plan in execution (status active) in the
   * plans list's order, else the first plan; the page then asks for its tiles without waiting for
   * the plans list, and the server can name that request in the page it sends (issue 14)
   */
  planId: z.uuid().optional(),
  /** omitted: the latest reporting period of the plan up to today, else the current month */
  period: cockpitPeriod.optional(),
});
/** The printed copy names its plan: a PDF is a document of one plan, kept and sent on. */
export const cockpitPdfQuery = cockpitQuery.extend({ planId: z.uuid() });

const counts = z.object({ open: z.number(), overdue: z.number(), closed: z.number() });
const byLevel = z.object(Object.fromEntries(NOTICE_LEVELS.map((l) => [l, z.number()])) as Record<(typeof NOTICE_LEVELS)[number], z.ZodNumber>);
const byLevelCounts = z.object(Object.fromEntries(NOTICE_LEVELS.map((l) => [l, counts])) as Record<(typeof NOTICE_LEVELS)[number], typeof counts>);
const tileStatus = z.enum([...INDICATOR_STATUSES, 'not_computed']);
const totals = { shipments: z.number(), tonnes: z.number(), valueCny: z.number() };

export const cockpitOut = z.object({
  plan: z.object({ id: z.string(), code: z.string(), title: z.string() }),
  period: z.string(),
  /** the day figures are taken on: the period's last day or today */
  asOf: z.string(),
  /** when the delivery roll-up was computed (null: none yet) */
  computedAt: z.string().nullable(),
  indicators: z.object({
    available: z.boolean(),
    counts: z.record(z.string(), z.number()),
    tiles: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        nameEn: z.string().nullable(),
        unit: z.string().nullable(),
        zoneName: z.string().nullable(),
        status: tileStatus,
        latest: z.object({ period: z.string(), value: z.number() }).nullable(),
        target: z.object({ year: z.number(), value: z.number().nullable() }).nullable(),
        distanceCovered: z.number().nullable(),
        sparkline: z.array(z.number()),
      }),
    ),
  }),
  tasks: z.object({
    available: z.boolean(),
    groups: z.array(
      z.object({
        ref: z.string(),
        number: z.string().nullable(),
        title: z.string(),
        total: z.number(),
        byProgress: z.object(Object.fromEntries(TASK_PROGRESS.map((p) => [p, z.number()])) as Record<(typeof TASK_PROGRESS)[number], z.ZodNumber>),
        milestones: z.object({ total: z.number(), overdue: z.number() }),
      }),
    ),
  }),
  units: z.object({
    available: z.boolean(),
    /** year to date, best first */
    punctuality: z.array(z.object({ unitId: z.string(), unitName: z.string(), due: z.number(), onTime: z.number(), late: z.number(), rate: z.number().nullable() })),
  }),
  notices: z.object({
    available: z.boolean(),
    total: counts,
    byLevel: byLevelCounts,
    byUnit: z.array(counts.extend({ unitId: z.string(), unitName: z.string(), byLevel })),
  }),
  corridor: z.object({
    available: z.boolean(),
    months: z.array(z.string()),
    modes: z.array(z.string()),
    series: z.array(z.object({ month: z.string(), mode: z.string(), teu: z.number(), ...totals })),
    total: z.object(totals),
    clearance: z.object({
      standardMinutes: z.number(),
      series: z.array(z.object({ month: z.string(), count: z.number(), medianMinutes: z.number().nullable(), p90Minutes: z.number().nullable(), shareWithin60: z.number().nullable() })),
      latest: z.object({ month: z.string(), count: z.number(), medianMinutes: z.number().nullable(), p90Minutes: z.number().nullable(), shareWithin60: z.number().nullable() }).nullable(),
      shareWithin60: z.number().nullable(),
      count: z.number(),
    }),
    rcep: z.object({
      available: z.boolean(),
      asOf: z.string(),
      covered: z.array(z.object({ code: z.string(), zh: z.string() })),
      missing: z.array(z.object({ code: z.string(), zh: z.string() })),
      total: z.number(),
      count: z.number(),
    }),
    network: z.object({
      nodes: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string().nullable(), kind: z.string(), lat: z.number(), lon: z.number(), ...totals })),
      links: z.array(z.object({ from: z.string(), to: z.string(), mode: z.string(), shipments: z.number(), tonnes: z.number() })),
    }),
  }),
});
export type Cockpit = z.infer<typeof cockpitOut>;

export { COCKPIT_REFRESH_SECONDS };
/** How many months the corridor charts show, ending with the period. */
export const COCKPIT_MONTHS = 12;
