// The production path an IT department runs: `npm run build`, then a copy of the build with
// production dependencies only (`npm ci --omit=dev`: no tsx, no vite, no TypeScript), started
// with the Node of the `node` package, answering liveness and readiness, stopped by SIGTERM.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../support/processes';

const root = resolve('.');
// A production install is slow (the Node binary alone is 120 MB): kept in .tmp/ and reused
// while package-lock.json is unchanged.
const prod = join(root, '.tmp', 'prod-install');

function prepareInstall() {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const stamp = createHash('sha256').update(lock).update(readFileSync(join(root, 'package.json'))).digest('hex');
  const stampFile = join(prod, 'node_modules', '.hubline-lock');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(prod, { recursive: true, force: true });
    mkdirSync(prod, { recursive: true });
    for (const f of ['package.json', 'package-lock.json', '.nvmrc']) cpSync(join(root, f), join(prod, f));
    execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: prod, stdio: 'pipe' });
    writeFileSync(stampFile, stamp);
  }
  // The build itself is copied fresh every time.
  for (const d of ['dist', 'seeds', 'bin']) rmSync(join(prod, d), { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(prod, 'dist'), { recursive: true });
  cpSync(join(root, 'seeds'), join(prod, 'seeds'), { recursive: true });
  mkdirSync(join(prod, 'bin'));
  cpSync(join(root, 'bin', 'hubline.js'), join(prod, 'bin', 'hubline.js'));
}

describe('production build', () => {
  it('runs compiled from a production-only install, ready and then stopped gracefully', { timeout: 600_000 }, async () => {
    execFileSync(process.execPath, ['bin/build-web-if-needed.js'], { cwd: root, stdio: 'pipe' });
    execFileSync(process.execPath, ['bin/build-server.js'], { cwd: root, stdio: 'pipe' });
    prepareInstall();
    expect(existsSync(join(prod, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(join(prod, 'node_modules', 'vite'))).toBe(false);
    const node = join(prod, 'node_modules', '.bin', 'node');
    expect(execFileSync(node, ['-p', 'process.versions.node']).toString()).toMatch(/^24\./);

    const data = mkdtempSync(join(tmpdir(), 'hubline-prod-'));
    try {
      const env = { NODE_ENV: 'production', HUBLINE_DATA_DIR: join(data, 'db'), DATABASE_URL: '', HUBLINE_DEMO: '', HUBLINE_ADMIN_PASSWORD: 'Chief-Test-Pass-2026', LOG_LEVEL: 'info' };
      const s = await startServer(env, { node, args: ['--enable-source-maps', 'dist/server/main.js'], cwd: prod });
      const exited = new Promise<number | null>((r) => s.proc.once('exit', (code) => r(code)));
      try {
        expect(await (await fetch(`${s.url}/api/health`)).json()).toEqual({ ok: true, database: 'pglite', node: expect.stringMatching(/^v24\./) });
        const ready = await fetch(`${s.url}/api/ready`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({ ready: true, migrations: { pending: [] } });
        const page = await fetch(`${s.url}/plans`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<div id="root">');
        expect(page.headers.get('cache-control')).toBe('no-cache');
        // Hashed assets: precompressed at build, cached for a year.
        const script = (await fetch(`${s.url}/`).then((r) => r.text())).match(/src="(\/assets\/index-[\w-]+\.js)"/)![1];
        for (const encoding of ['br', 'gzip']) {
          const asset = await fetch(`${s.url}${script}`, { headers: { 'accept-encoding': encoding } });
          expect(asset.status).toBe(200);
          expect(asset.headers.get('content-encoding')).toBe(encoding);
          expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        }
      } finally {
        s.proc.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(s.output()).toContain('shutting down');

      // The `hubline` command runs compiled too (no tsx here), against the database just left.
      const verify = execFileSync(node, ['bin/hubline.js', 'audit', 'verify'], { cwd: prod, env: { ...process.env, ...env } }).toString();
      expect(verify).toMatch(/audit chain intact: \d+ rows/);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
