// Issue 9 item 2: a `hubline` command beside a running PGlite server corrupted the database.
// Now every opener of a PGlite directory takes `<dir>.lock`; commands refuse, naming the server.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { hubline, startServer, type ServerProcess } from '../support/processes';
import { acquireDataDirLock, lockPathOf } from '../../src/server/db/lock';

const tmp = mkdtempSync(join(tmpdir(), 'hubline-lock-'));

describe('one process per PGlite directory', () => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses every command that opens the directory of a running server, naming its pid and port, and leaves the database intact', async () => {
    const dir = join(tmp, 'db');
    const env = { HUBLINE_DATA_DIR: dir, DATABASE_URL: '', HUBLINE_DEMO: '', HUBLINE_ADMIN_PASSWORD: 'Lock-Test-Pass-2026', HUBLINE_JOBS: '0' };
    server = await startServer(env);
    const port = new URL(server.url).port;
    const lock = JSON.parse(readFileSync(lockPathOf(dir), 'utf8'));
    expect(lock).toMatchObject({ pid: server.proc.pid, port: Number(port), command: 'server' });

    const csv = join(tmp, 'data.csv');
    writeFileSync(csv, '指标编码,区域编码,期间,填报值,说明\nYB-CORRIDOR-2023-7,yubei,2026,352,年报\n');
    for (const args of [['import-data', csv], ['audit', 'verify'], ['backup', join(tmp, 'b.jsonl.gz')], ['restore', join(tmp, 'b.jsonl.gz')], ['seed']]) {
      const r = await hubline(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`进程 ${server.proc.pid}，端口 ${port}`);
      expect(r.stderr, args.join(' ')).toContain(`pid ${server.proc.pid}, port ${port}`);
    }
    expect(existsSync(join(tmp, 'b.jsonl.gz'))).toBe(false);
    // The server still serves from an intact database.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Lock-Test-Pass-2026' }) });
    expect(login.status).toBe(200);

    // A second server on the same directory does not start either.
    await expect(startServer(env)).rejects.toThrow(/pid \d+, port \d+/);

    await server.stop();
    expect(existsSync(lockPathOf(dir))).toBe(false);
    const verified = await hubline(['audit', 'verify'], env);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/audit chain intact/);
  }, 240_000);

  it('takes over a stale lock whose process is gone (kill -9)', async () => {
    const dir = join(tmp, 'stale');
    // A pid far above pid_max is never alive.
    writeFileSync(lockPathOf(dir), JSON.stringify({ pid: 2 ** 30, host: hostname(), port: 3999, command: 'server', startedAt: new Date().toISOString() }));
    const release = acquireDataDirLock(dir, { command: 'test' });
    expect(JSON.parse(readFileSync(lockPathOf(dir), 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(lockPathOf(dir))).toBe(false);
  });

  it('refuses a live lock in the same way inside one process, and a lock held on another host', () => {
    const dir = join(tmp, 'live');
    const release = acquireDataDirLock(dir, { port: 3123, command: 'server' });
    expect(() => acquireDataDirLock(dir, { command: 'hubline seed' })).toThrow(/pid \d+, port 3123/);
    release();
    writeFileSync(lockPathOf(dir), JSON.stringify({ pid: 2 ** 30, host: 'another-host', port: null, command: 'hubline backup', startedAt: '' }));
    expect(() => acquireDataDirLock(dir, { command: 'hubline seed' })).toThrow(/"hubline backup" \(pid 1073741824, host another-host\)/);
  });
});
