// Small helpers shared by the delivery and supervision services.
import type { FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../core/errors';
import { allowedActions, nextState, type Machine } from '../../domain/delivery/machine';
import type { Role } from '../../domain/delivery/states';
import { shanghaiDate } from '../../domain/calendar/workdays';
import { LABELS, wordsOf } from '../../contracts/labels';

export const iso = (v: Date | string | null | undefined): string | null => (v == null ? null : v instanceof Date ? v.toISOString() : String(v));
export const today = (now = new Date()) => shanghaiDate(now);

/** The words for report, measure and notice states (src/contracts/labels.ts), as the 409s and notifications name them. */
export const STATE_ZH: Record<string, string> = { ...wordsOf(LABELS.reportState, 'zh'), ...wordsOf(LABELS.noticeState, 'zh') };
/** The words of each entity's own states: a measure's 'approved' (by the office) is not a report's (by the unit leader). */
const WORDS_OF: Record<string, Record<string, string>> = { measure: wordsOf(LABELS.measureState, 'zh'), report: wordsOf(LABELS.reportState, 'zh'), notice: wordsOf(LABELS.noticeState, 'zh') };

/** 409 naming the current state: the action is not allowed from it. */
export function illegalTransition(whatZh: string, whatEn: string, state: string, action: string): AppError {
  return new AppError(409, 'invalid_transition', `${whatZh}当前状态为“${(WORDS_OF[whatEn] ?? STATE_ZH)[state] ?? state}”，不能执行此操作（${action}）`, `The ${whatEn} is ${state}; "${action}" is not allowed now`, {
    field: 'status',
  });
}

export const rolesOf = (req: FastifyRequest): Role[] => (req.principal?.kind === 'user' ? (req.principal.user.roles as Role[]) : []);

/** The state after `action`, or a 409 (wrong state) / 403 (state fine, role not). */
export function transition<S extends string, A extends string>(m: Machine<S, A, Role>, state: S, action: A, roles: readonly Role[], what: [string, string]): S {
  const to = nextState(m, state, action);
  if (!to) throw illegalTransition(what[0], what[1], state, action);
  if (!allowedActions(m, state, roles).includes(action)) throw forbidden(`当前角色不能对${what[0]}执行此操作`, `Your role may not ${action} this ${what[1]}`);
  return to;
}
