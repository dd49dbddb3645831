// One process per PGlite directory. PGlite is PostgreSQL compiled to WebAssembly without
// a postmaster: two processes that open the same directory each believe they own it, and
// the second one's writes overwrite pages and WAL of the first (rows vanish, indexes stop
// matching their table). So whoever opens a directory — the server or a `hubline`
// command — first takes `<dir>.lock`, a small JSON file naming its pid and port.
//
// The lock lives next to the directory, not inside it: PGlite's initdb wants an empty
// directory, and a backup of the directory should not carry a lock with it.
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../core/errors';

export interface LockOwner {
  pid: number;
  host: string;
  /** The HTTP port of a server; null for a `hubline` command. */
  port: number | null;
  /** What holds it: "server" or "hubline <command>". */
  command: string;
  startedAt: string;
}

export const lockPathOf = (dataDir: string) => `${resolve(dataDir)}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dataDir: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(lockPathOf(dataDir), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/** A lock whose process is gone (kill -9, power loss) does not count. On another host we cannot tell: it counts. */
export function isStale(owner: LockOwner | null): boolean {
  if (!owner || typeof owner.pid !== 'number') return true;
  return owner.host === hostname() && !alive(owner.pid);
}

export function lockedError(dataDir: string, o: LockOwner): AppError {
  const who = o.port
    ? { zh: `运行中的 Hubline 服务器（进程 ${o.pid}，端口 ${o.port}，主机 ${o.host}）`, en: `the running Hubline server (pid ${o.pid}, port ${o.port}, host ${o.host})` }
    : { zh: `正在运行的命令“${o.command}”（进程 ${o.pid}，主机 ${o.host}）`, en: `the running command "${o.command}" (pid ${o.pid}, host ${o.host})` };
  return new AppError(
    409,
    'data_dir_locked',
    `数据目录 ${resolve(dataDir)} 正被${who.zh}使用，内嵌数据库同一时间只能由一个进程打开。请先停止它再执行；若确认它已不在运行，删除 ${lockPathOf(dataDir)}。`,
    `The data directory ${resolve(dataDir)} is in use by ${who.en}; the embedded database can be opened by one process at a time. Stop it first; if you are sure it is not running, delete ${lockPathOf(dataDir)}.`,
  );
}

/**
 * Takes the lock or throws `data_dir_locked` naming the holder. Returns the release function
 * (also run on process exit, so a crash that still runs exit handlers leaves no lock behind).
 */
export function acquireDataDirLock(dataDir: string, who: { port?: number | null; command: string }): () => void {
  const path = lockPathOf(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const me: LockOwner = { pid: process.pid, host: hostname(), port: who.port ?? null, command: who.command, startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      // 'wx' creates atomically: of two processes starting together exactly one succeeds.
      writeFileSync(path, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readLock(dataDir);
      if (!isStale(owner) || attempt >= 2) throw lockedError(dataDir, owner ?? me);
      try {
        unlinkSync(path);
      } catch {
        /* another process cleared it first */
      }
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock: never remove one a later process took after a stale-lock takeover.
    if (readLock(dataDir)?.pid === process.pid)
      try {
        unlinkSync(path);
      } catch {
        /* already gone */
      }
  };
  process.on('exit', release);
  return release;
}
