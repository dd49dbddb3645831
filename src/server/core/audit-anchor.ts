// The audit chain's head, anchored outside the database. The hash chain alone proves that
// rows were not edited *in the middle*: whoever can write the table (a database superuser,
// with `session_replication_role = replica` to skip the append-only trigger) can delete its
// newest rows, or edit a row and re-hash everything after it, and the chain still checks.
// So every few minutes the server signs (HMAC-SHA256) the newest seq + hash with a key that
// is not in the database and appends that checkpoint to a file and to the log. `hubline audit
// verify` then requires every checkpointed row to still carry the hash it was signed with.
// docs/security.md says what this does and does not defend against.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/index';

export interface Checkpoint {
  v: 1;
  seq: number;
  hash: string;
  at: string;
  sig: string;
}

export interface AuditAnchor {
  key: Buffer;
  /** Where the key came from, for messages (never the key itself). */
  keySource: string;
  checkpointFile: string;
}

export const KEY_FILE = 'hubline-audit.key';
export const CHECKPOINT_FILE = 'hubline-audit-checkpoints.jsonl';

/**
 * The key: HUBLINE_AUDIT_KEY (32+ characters) or `<dir>/hubline-audit.key`, created with mode
 * 0600 on first start when `create` is set. Null when there is none (and none may be made).
 */
export function loadAuditAnchor(dir: string, opts: { envKey?: string; create: boolean }): AuditAnchor | null {
  const checkpointFile = join(dir, CHECKPOINT_FILE);
  if (opts.envKey) {
    if (opts.envKey.length < 32) throw new Error('HUBLINE_AUDIT_KEY must be at least 32 characters');
    return { key: Buffer.from(opts.envKey, 'utf8'), keySource: 'HUBLINE_AUDIT_KEY', checkpointFile };
  }
  const keyFile = join(dir, KEY_FILE);
  if (!existsSync(keyFile)) {
    if (!opts.create) return null;
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(keyFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Two instances starting together: the other one wrote it.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return { key: Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex'), keySource: keyFile, checkpointFile };
}

const payload = (c: Pick<Checkpoint, 'seq' | 'hash' | 'at'>) => `hubline-audit-checkpoint|v1|${c.seq}|${c.hash}|${c.at}`;

export function signCheckpoint(key: Buffer, c: Pick<Checkpoint, 'seq' | 'hash' | 'at'>): Checkpoint {
  return { v: 1, seq: c.seq, hash: c.hash, at: c.at, sig: createHmac('sha256', key).update(payload(c)).digest('hex') };
}

export function checkpointValid(key: Buffer, c: Checkpoint): boolean {
  if (typeof c?.sig !== 'string' || !/^[0-9a-f]{64}$/.test(c.sig)) return false;
  const expected = Buffer.from(signCheckpoint(key, c).sig, 'hex');
  return timingSafeEqual(expected, Buffer.from(c.sig, 'hex'));
}

/** Every line of the checkpoint file, split into signed-with-our-key and not (forged, or another key). */
export function readCheckpoints(anchor: AuditAnchor): { valid: Checkpoint[]; invalid: number } {
  if (!existsSync(anchor.checkpointFile)) return { valid: [], invalid: 0 };
  const valid: Checkpoint[] = [];
  let invalid = 0;
  for (const line of readFileSync(anchor.checkpointFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line) as Checkpoint;
      if (checkpointValid(anchor.key, c)) valid.push(c);
      else invalid++;
    } catch {
      invalid++;
    }
  }
  return { valid, invalid };
}

const lastWritten = new WeakMap<AuditAnchor, number>();

/**
 * Signs the chain's current head and appends it to the checkpoint file (and returns it, for the
 * log). Skips when the head has not moved since the last checkpoint this process wrote.
 */
export async function writeAuditCheckpoint(db: Db, anchor: AuditAnchor): Promise<Checkpoint | null> {
  const [head] = await rows<{ seq: number; hash: string }>(db, sql`select seq::int as seq, hash from audit_log order by seq desc limit 1`);
  if (!head) return null;
  if (lastWritten.get(anchor) === head.seq) return null;
  const cp = signCheckpoint(anchor.key, { seq: Number(head.seq), hash: head.hash, at: new Date().toISOString() });
  mkdirSync(join(anchor.checkpointFile, '..'), { recursive: true });
  // Opened for appending only: the server never rewrites earlier checkpoints.
  appendFileSync(anchor.checkpointFile, `${JSON.stringify(cp)}\n`, { mode: 0o600 });
  lastWritten.set(anchor, cp.seq);
  return cp;
}
