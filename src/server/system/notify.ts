// Notices to the people of units (liaisons and unit leaders), written set-based: one
// insert … select for any number of units, not a query and an insert per person.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { rows } from '../db/index';

export interface UnitMessage {
  unitId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  /** One notice per person and key: sending again the same day changes nothing. */
  dedupeKey: string;
}

/** Sends each message to every active liaison and unit leader of its unit; returns how many notices were new. */
export async function notifyUnitPeople(db: DbOrTx, messages: UnitMessage[]): Promise<number> {
  if (!messages.length) return 0;
  const values = sql.join(
    messages.map((m, i) => sql`(${m.unitId}::uuid, ${m.kind}::text, ${m.title}::text, ${m.body}::text, ${m.link}::text, ${m.dedupeKey}::text, ${i}::int)`),
    sql`, `,
  );
  // Ordered as given, so of two messages with one key the first is kept (as sending in turn did).
  const inserted = await rows<{ id: string }>(
    db,
    sql`insert into notifications (user_id, unit_id, kind, title, body, link, dedupe_key)
        select u.id, m.unit_id, m.kind, m.title, m.body, m.link, m.dedupe_key
          from (values ${values}) as m(unit_id, kind, title, body, link, dedupe_key, ord)
          join users u on u.unit_id = m.unit_id and u.active
         where exists (select 1 from user_roles r where r.user_id = u.id and r.role in ('liaison', 'unit_leader'))
         order by m.ord, u.id
        on conflict do nothing
        returning id`,
  );
  return inserted.length;
}
