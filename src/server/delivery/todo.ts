// 我的待办: what the caller has to do next, across reports, notices, breakdowns and indicator data, by due date.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/index';
import { scopeOf } from '../core/access';
import type { Todo, TodoCount } from '../../contracts/delivery';
import { listMeasures, listReports } from './queries';
import { listNotices } from '../supervision/notices';
import { missingData } from '../indicators/reminders';
import { queueRows } from '../indicators/queries';
import { rolesOf } from './common';

export async function myTodos(db: Db, req: FastifyRequest, day: string): Promise<Todo[]> {
  const roles = rolesOf(req);
  const scope = scopeOf(req);
  const office = roles.includes('office') || roles.includes('admin');
  const out: Todo[] = [];
  const reports = await listReports(db, scope, roles, {}, day);
  const wanted = new Set<string>([...(roles.includes('liaison') ? ['draft', 'returned'] : []), ...(roles.includes('unit_leader') ? ['submitted'] : []), ...(office ? ['approved'] : [])]);
  for (const r of reports)
    if (wanted.has(r.status))
      out.push({ kind: 'report', id: r.id, title: `${r.taskNumber}. ${r.taskTitle}（${r.period}${r.role === 'support' ? '，配合' : ''}）`, dueOn: r.dueOn, status: r.status, late: r.late, unitId: r.unitId, link: `/delivery/reports?report=${r.id}` });
  const notices = await listNotices(db, scope, roles, { open: true }, day);
  for (const n of notices)
    if (n.actions.length)
      out.push({ kind: 'notice', id: n.id, title: `${n.number} ${n.issue.slice(0, 40)}`, dueOn: n.dueOn, status: n.status, late: n.overdue, unitId: n.unitId, link: `/supervision/board?notice=${n.id}` });
  const measures = await listMeasures(db, scope, roles, {});
  for (const m of measures)
    if ((office && m.status === 'submitted') || (!office && m.status === 'draft' && m.unitId === (scope.all ? null : scope.unitId)))
      out.push({ kind: 'measure', id: m.id, title: `${m.year} 年举措：${m.title}`, dueOn: null, status: m.status, late: false, unitId: m.unitId, link: `/delivery/tasks?task=${m.taskId}` });
  // Indicator values waiting on the caller, one line per indicator: the unit leader approves what
  // was submitted, the office accepts what was approved (returned values are the liaison's
  // "indicator" lines below).
  const waiting: [string, boolean][] = [['submitted', roles.includes('unit_leader')], ['approved', office]];
  for (const [status, mine] of waiting) {
    if (!mine) continue;
    const byIndicator = new Map<string, { name: string; zoneName: string; periods: string[]; unitName: string | null; since: string }>();
    for (const o of await queueRows(db, status, scope)) {
      const e = byIndicator.get(o.indicatorId) ?? { name: o.name, zoneName: o.zoneName, periods: [], unitName: o.unitName, since: String(o.updatedAt) };
      e.periods.push(o.period);
      byIndicator.set(o.indicatorId, e);
    }
    for (const [indicatorId, e] of byIndicator)
      out.push({
        kind: 'observation',
        id: `${status}:${indicatorId}`,
        title: `${e.name}（${e.zoneName}${office && e.unitName ? `，${e.unitName}` : ''}）：${e.periods.length} 期 ${e.periods.slice(0, 3).join('、')}${e.periods.length > 3 ? '…' : ''}`,
        dueOn: null,
        status,
        late: false,
        unitId: null,
        link: '/indicators/review',
      });
  }
  if (!scope.all && roles.includes('liaison'))
    for (const i of await missingData(db, scope, Number(day.slice(0, 4)), day))
      out.push({ kind: 'indicator', id: `${i.indicatorId}:${i.period}`, title: `${i.name}（${i.zoneName} ${i.period}）`, dueOn: i.due, status: i.state, late: i.late, unitId: i.unitId, link: '/indicators/entry' });
  return out.sort((a, b) => (a.dueOn ?? '9999') .localeCompare(b.dueOn ?? '9999'));
}

/** The badges' numbers: counted from the same list as 我的待办, so the badge and the page never disagree. */
export async function countTodos(db: Db, req: FastifyRequest, day: string): Promise<TodoCount> {
  const list = await myTodos(db, req, day);
  return { all: list.length, review: list.filter((x) => x.kind === 'observation').length, entry: list.filter((x) => x.kind === 'indicator').length };
}
