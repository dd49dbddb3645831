// Issue 9 item 5: the chain's head lived only in the database, so deleting the newest rows or
// editing a row and re-hashing everything after it went unnoticed — and
// `session_replication_role = replica` skips the append-only trigger without any ALTER TABLE.
// Signed checkpoints outside the database catch both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, gte, sql } from 'drizzle-orm';
import { auditLog } from '../../src/server/db/schema';
import { openDatabase, type Db } from '../../src/server/db/index';
import { rowHash, verifyAuditChain } from '../../src/server/core/audit';
import { readCheckpoints, writeAuditCheckpoint, CHECKPOINT_FILE, KEY_FILE } from '../../src/server/core/audit-anchor';
import { auditAnchorOf, checkpointsOf } from '../../src/server/system/checkpoints';
import { as, createTestApp, engines, type TestApp } from '../support/harness';
import { hubline, startServer } from '../support/processes';

const tmp = mkdtempSync(join(tmpdir(), 'hubline-anchor-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What a superuser can do: bypass the trigger for this transaction only. */
async function asSuperuser(db: Db, fn: (tx: Db) => Promise<void>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await fn(tx as unknown as Db);
  });
}

async function deleteTail(db: Db, fromSeq: number) {
  await asSuperuser(db, async (tx) => {
    await tx.delete(auditLog).where(gte(auditLog.seq, fromSeq));
  });
}

/** Edits one row's content and re-computes its hash and every later one: a self-consistent chain. */
async function rehashFrom(db: Db, fromSeq: number, after: unknown) {
  await asSuperuser(db, async (tx) => {
    const list = await tx.select().from(auditLog).where(gte(auditLog.seq, fromSeq - 1)).orderBy(asc(auditLog.seq));
    let prev = list[0].hash;
    for (const r of list.slice(1)) {
      const input = { at: new Date(r.at).toISOString(), actorId: r.actorId, actorName: r.actorName, action: r.action, entity: r.entity, entityId: r.entityId, before: r.before, after: r.seq === fromSeq ? after : r.after, requestId: r.requestId, prevHash: prev };
      const hash = rowHash(input);
      await tx.update(auditLog).set({ after: input.after, prevHash: prev, hash }).where(eq(auditLog.seq, r.seq));
      prev = hash;
    }
  });
}

const maxSeq = async (db: Db) => (await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(sql`seq desc`).limit(1))[0].seq;

describe.each(engines())('audit checkpoints on %s', (engine) => {
  let t: TestApp;
  const dir = join(tmp, engine);
  const config = { auditDir: dir, auditKey: undefined };
  beforeAll(async () => {
    t = await createTestApp(engine, { demo: true, config });
  });
  afterAll(() => t?.close());

  async function someWrites(n: number) {
    const office = await as(t, 'office');
    for (let i = 0; i < n; i++) expect((await office.post('/api/units', { name: `区检查点局${engine}${Date.now()}${i}`, type: 'department' })).statusCode).toBe(200);
  }

  it('creates the key outside the database on first start (mode 0600) and checkpoints the head at start', async () => {
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    const { valid, invalid } = readCheckpoints(auditAnchorOf(config)!);
    expect(invalid).toBe(0);
    expect(valid.length).toBeGreaterThanOrEqual(1);
    expect(valid.at(-1)!.seq).toBe(await maxSeq(t.database.db));
  });

  it('a deleted tail passes the bare chain check but fails against the newest checkpoint, also with the trigger bypassed', async () => {
    await someWrites(3);
    const anchor = auditAnchorOf(config)!;
    const cp = await writeAuditCheckpoint(t.database.db, anchor);
    expect(cp!.seq).toBe(await maxSeq(t.database.db));
    // The trigger still refuses an ordinary delete.
    await expect(t.database.db.delete(auditLog).where(eq(auditLog.seq, cp!.seq))).rejects.toThrow();
    await deleteTail(t.database.db, cp!.seq - 1);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true); // what the chain alone cannot see
    const r = await verifyAuditChain(t.database.db, { checkpoints: checkpointsOf(config)!.valid });
    expect(r.ok).toBe(false);
    expect(r.firstBroken).toEqual({ seq: cp!.seq - 1, reason: expect.stringContaining('newest rows were deleted') });
    // The admin's verify endpoint holds the chain against the same file.
    const admin = await as(t, 'admin');
    const api = (await admin.get('/api/audit-entries/verify')).json();
    expect(api.ok).toBe(false);
    if (engine === 'postgres') {
      const cli = await hubline(['audit', 'verify'], { DATABASE_URL: t.databaseUrl, HUBLINE_AUDIT_DIR: dir, NODE_ENV: 'production' });
      expect(cli.code).toBe(2);
      expect(cli.stderr).toMatch(/rows were deleted/);
    }
  });

  it('a re-hashed tail passes the bare chain check but fails at the checkpointed row', async () => {
    // A trail of its own: the deletion above has flagged that one for good.
    const own = { auditDir: join(tmp, `${engine}-rehash`), auditKey: undefined };
    const t2 = await createTestApp(engine, { demo: false, config: own });
    try {
      const admin = await as(t2, 'admin');
      for (let i = 0; i < 4; i++) expect((await admin.post('/api/units', { name: `区重算局${i}`, type: 'department' })).statusCode).toBe(200);
      const cp = await writeAuditCheckpoint(t2.database.db, auditAnchorOf(own)!);
      await rehashFrom(t2.database.db, cp!.seq - 2, { forged: true });
      expect((await verifyAuditChain(t2.database.db)).ok).toBe(true);
      const r = await verifyAuditChain(t2.database.db, { checkpoints: checkpointsOf(own)!.valid });
      expect(r.ok).toBe(false);
      expect(r.firstBroken?.seq).toBe(cp!.seq);
      expect(r.firstBroken?.reason).toContain('re-hashed');
    } finally {
      await t2.close();
    }
  });

  it('an untampered trail checks against all its checkpoints', async () => {
    const own = { auditDir: join(tmp, `${engine}-clean`), auditKey: 'k'.repeat(40) };
    const t3 = await createTestApp(engine, { demo: false, config: own });
    try {
      const admin = await as(t3, 'admin');
      expect((await admin.post('/api/units', { name: '区干净局', type: 'department' })).statusCode).toBe(200);
      await writeAuditCheckpoint(t3.database.db, auditAnchorOf(own)!);
      const r = await verifyAuditChain(t3.database.db, { checkpoints: checkpointsOf(own)!.valid });
      expect(r).toMatchObject({ ok: true, checkpoint: { seq: await maxSeq(t3.database.db) } });
      // HUBLINE_AUDIT_KEY given: no key file is written.
      expect(() => statSync(join(own.auditDir, KEY_FILE))).toThrow();
    } finally {
      await t3.close();
    }
  });

  it('a checkpoint line not signed with the key does not count and is reported', async () => {
    const anchor = auditAnchorOf(config)!;
    const before = readCheckpoints(anchor).valid.length;
    appendFileSync(anchor.checkpointFile, `${JSON.stringify({ v: 1, seq: 1, hash: 'f'.repeat(64), at: new Date().toISOString(), sig: '0'.repeat(64) })}\n`);
    const after = readCheckpoints(anchor);
    expect(after.valid.length).toBe(before);
    expect(after.invalid).toBe(1);
  });
});

describe('hubline audit verify on a PGlite directory', () => {
  it('logs checkpoints while running, and after a superuser deletes the tail behind its back names the missing rows (exit 2)', async () => {
    const dataDir = join(tmp, 'cli', 'db');
    const env = { HUBLINE_DATA_DIR: dataDir, DATABASE_URL: '', HUBLINE_DEMO: '', HUBLINE_ADMIN_PASSWORD: 'Anchor-Test-Pass-2026', HUBLINE_JOBS: '0', NODE_ENV: 'production', LOG_LEVEL: 'info' };
    const server = await startServer(env);
    await server.stop();
    expect(server.output()).toMatch(/"auditCheckpoint":\{"v":1,"seq":\d+,"hash":"[0-9a-f]{64}"/);
    const lines = readFileSync(join(tmp, 'cli', CHECKPOINT_FILE), 'utf8').trim().split('\n');
    const newest = JSON.parse(lines.at(-1)!);
    const ok = await hubline(['audit', 'verify'], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`seq ${newest.seq}`);

    const database = await openDatabase({ dataDir, owner: { command: 'test' } });
    await deleteTail(database.db, newest.seq);
    await database.close();
    const refused = await hubline(['audit', 'verify'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`signed rows up to seq ${newest.seq}, but the trail ends at seq ${newest.seq - 1}`);
  }, 180_000);
});
