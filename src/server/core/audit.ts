import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows, type DbOrTx, type Db } from '../db/index';
import { auditLog } from '../db/schema';
import type { AuditVerify } from '../../contracts/system';

export interface Actor {
  id: string | null;
  name: string;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);
// Every audited write in every instance takes this lock for the rest of its
// transaction, so the chain has one order even with several servers on one database.
const CHAIN_LOCK = 727_002;

// jsonb re-orders keys and drops undefined; hash a canonical form that survives the round trip.
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

const plain = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

interface HashInput {
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

export function rowHash(r: HashInput): string {
  return createHash('sha256').update(canonical(r)).digest('hex');
}

/** Append one entry; call inside the transaction that makes the change. */
export async function audit(tx: DbOrTx, actor: Actor | null, entry: AuditEntry, requestId?: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const last = await rows<{ hash: string }>(tx, sql`select hash from audit_log order by seq desc limit 1`);
  const input: HashInput = {
    at: new Date().toISOString(),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: plain(entry.before),
    after: plain(entry.after),
    requestId: requestId ?? null,
    prevHash: last[0]?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...input, at: new Date(input.at), hash: rowHash(input) });
}

export type VerifyResult = AuditVerify;

/**
 * Re-computes the chain from the first row; names the first row that does not match. Given
 * signed checkpoints (audit-anchor.ts), also requires each checkpointed row to exist with the
 * hash it was signed with: that catches a deleted tail and an edited-then-re-hashed tail,
 * which a self-consistent chain alone cannot show.
 */
export async function verifyAuditChain(db: Db, opts: { batch?: number; checkpoints?: { seq: number; hash: string; at: string }[] } = {}): Promise<VerifyResult> {
  const batch = opts.batch ?? 2000;
  const cps = [...(opts.checkpoints ?? [])].sort((a, b) => a.seq - b.seq);
  const newest = cps.length ? { seq: cps[cps.length - 1].seq, at: cps[cps.length - 1].at } : undefined;
  let ci = 0; // the next checkpoint to meet, walking up the chain
  let prev = GENESIS;
  let lastSeq = 0;
  let checked = 0;
  const broken = (seq: number, reason: string): VerifyResult => ({ ok: false, checked, firstBroken: { seq, reason }, checkpoint: newest });
  for (;;) {
    const page = await db.select().from(auditLog).where(sql`${auditLog.seq} > ${lastSeq}`).orderBy(auditLog.seq).limit(batch);
    if (page.length === 0) break;
    for (const r of page) {
      // A checkpointed row that is gone from the middle (the rest re-hashed around it).
      if (ci < cps.length && cps[ci].seq < r.seq)
        return broken(cps[ci].seq, `row ${cps[ci].seq}, signed in the checkpoint of ${cps[ci].at}, is missing (rows were deleted and the chain re-hashed)`);
      if (r.prevHash !== prev) return broken(r.seq, 'prev_hash does not match the previous row (a row was removed or inserted)');
      const expected = rowHash({
        at: new Date(r.at).toISOString(),
        actorId: r.actorId,
        actorName: r.actorName,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
        requestId: r.requestId,
        prevHash: r.prevHash,
      });
      if (expected !== r.hash) return broken(r.seq, 'content does not match its hash (the row was edited)');
      // Several checkpoints may name one seq (the head did not move between two processes).
      for (; ci < cps.length && cps[ci].seq === r.seq; ci++)
        if (cps[ci].hash !== r.hash) return broken(r.seq, `hash differs from the one signed in the checkpoint of ${cps[ci].at} (rows up to here were edited and the chain re-hashed)`);
      prev = r.hash;
      lastSeq = r.seq;
      checked++;
    }
  }
  if (newest && newest.seq > lastSeq)
    return broken(lastSeq + 1, `the checkpoint of ${newest.at} signed rows up to seq ${newest.seq}, but the trail ends at seq ${lastSeq} (its newest rows were deleted)`);
  return { ok: true, checked, checkpoint: newest };
}
