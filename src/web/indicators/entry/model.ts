// The entry form's small vocabulary: how a row is keyed, which states the form may touch.
import type { EntryRow } from '../types';

export interface Edit {
  value: number | null;
  /** False while the typed text cannot be read as a number (the cell says why). */
  valid?: boolean;
  covered: string[] | null;
  comment: string;
}

export type RowErrors = Map<string, { field: string; text: string }[]>;

export const keyOf = (r: { indicatorId: string; zoneId: string; period: string }) => `${r.indicatorId}|${r.zoneId}|${r.period}`;
/** States whose value the form may change; a value that counts is revised on its own screen (RevisePanel). */
export const EDITABLE = new Set([null, 'draft', 'returned']);
export const COUNTED_STATES = new Set(['approved', 'accepted']);
export const SUBMITTABLE = new Set(['draft', 'returned']);
export const THIS_YEAR = new Date().getFullYear();

export const sameList = (a: string[] | null, b: string[] | null) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());
export const done = (r: EntryRow) => r.status === 'submitted' || r.status === 'approved' || r.status === 'accepted';
