// The public portal's open data: shapes of /public/data.json and /public/indicators/:code.json.
import { z } from 'zod';
import { STATUSES } from './indicators';

/** A plan or indicator code as it appears in a public URL. */
export const publicCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, '编号格式不正确 / malformed code');
export const publicCodeParam = z.object({ code: publicCode });
/** /public/indicators/:file — CODE, CODE.csv or CODE.json. */
export const publicFileParam = z.object({ file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}(\.(csv|json))?$/, '编号格式不正确 / malformed code') });

export const publicDataset = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  unit: z.string().nullable(),
  plan: z.string(),
  csv: z.string(),
  json: z.string(),
  /** When its newest accepted value last changed (ISO 8601); null without accepted values. */
  updated: z.string().nullable(),
});
export const publicCatalogue = z.object({ datasets: z.array(publicDataset), generatedAt: z.string() });
export type PublicDataset = z.infer<typeof publicDataset>;

export const publicIndicatorJson = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  unit: z.string().nullable(),
  definition: z.string().nullable(),
  source: z.string().nullable(),
  plan: z.object({ code: z.string(), title: z.string() }),
  baseline: z.object({ year: z.number(), value: z.number() }).nullable(),
  targets: z.array(z.object({ year: z.number(), kind: z.string(), value: z.number().nullable(), text: z.string().nullable() })),
  observations: z.array(z.object({ period: z.string(), zone: z.string(), value: z.number().nullable(), covered: z.array(z.string()).nullable() })),
  statuses: z.array(z.object({ zone: z.string(), status: z.enum(STATUSES), distanceCovered: z.number().nullable(), explanation: z.object({ zh: z.string(), en: z.string() }) })),
  updated: z.string().nullable(),
});
export type PublicIndicatorJson = z.infer<typeof publicIndicatorJson>;
