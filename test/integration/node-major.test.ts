// Node 24 LTS everywhere (issue 16): `npm test` — what CI runs (.ci/run) — fails when the tests
// run on another Node major than .nvmrc names, before anything else. The check is bin/test.js's
// own code, run on a copy whose .nvmrc names another major, so no second Node is needed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const wanted = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const scratch = mkdtempSync(join(tmpdir(), 'hubline-node-major-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a copy of bin/test.js beside an .nvmrc that says `major`, on the Node running this test. */
function runWith(major: string) {
  const dir = join(scratch, major);
  mkdirSync(join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'bin/test.js'), join(dir, 'bin/test.js'));
  writeFileSync(join(dir, '.nvmrc'), `${major}\n`);
  // An ES module like the original ("type": "module"), its import of pg resolved from the project.
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const r = spawnSync(process.execPath, [join(dir, 'bin/test.js')], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm test on another Node major', () => {
  it('the tests run on the .nvmrc major: Node 24', () => {
    expect(wanted).toBe('24');
    expect(process.versions.node.split('.')[0]).toBe(wanted);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node).toMatch(/^>=24\.\d+ <25$/);
  });

  it('refuses to run, naming both majors, when .nvmrc names another', () => {
    const other = String(Number(wanted) - 2);
    const r = runWith(other);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`✗ Node ${process.version} runs the tests; Hubline needs Node ${other} (.nvmrc).`);
    // Stopped before probing services or starting the typecheck.
    expect(r.out).not.toContain('▶');
  });
});
