// The offline calculators: what the server shows, anyone can re-compute from JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, createTestApp, type TestApp } from '../support/harness';
import { hubline } from '../support/processes';

const tmp = mkdtempSync(join(tmpdir(), 'hubline-cli-'));

describe('hubline calculators', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('re-computes every status the server stored, from the JSON the server serves', async () => {
    const office = await as(t, 'office');
    const list = (await office.get('/api/indicators')).json();
    expect(list.length).toBeGreaterThanOrEqual(12);
    for (const ind of list) {
      const input = (await office.get(`/api/indicators/${ind.id}/status-input?zoneId=${ind.zoneId}`)).json();
      const file = join(tmp, `${ind.code}.json`);
      writeFileSync(file, JSON.stringify(input));
      const r = await hubline(['indicator-status', file], {});
      expect(r.code, r.stderr).toBe(0);
      const offline = JSON.parse(r.stdout);
      expect(offline.status, ind.code).toBe(ind.status);
      expect(offline.progressValue).toEqual(ind.result.progressValue);
      expect(offline.score).toEqual(ind.result.score);
      expect(offline.explanation).toEqual(ind.result.explanation);
    }
  }, 180_000);

  it('rejects a malformed status file naming the field', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ indicator: { direction: 'sideways', targets: [] }, observations: [{ period: '2024-13', value: 'x' }] }));
    const r = await hubline(['indicator-status', file], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/indicator\.direction/);
    const notJson = join(tmp, 'not.json');
    writeFileSync(notJson, '{');
    expect((await hubline(['indicator-status', notJson], {})).stderr).toContain('JSON');
  });

  it('prints the extraction of a document as JSON and refuses bad files clearly', async () => {
    const r = await hubline(['import-doc', 'seeds/documents/yubei-corridor-plan-2023.txt', '--json'], {});
    expect(r.code, r.stderr).toBe(0);
    const ex = JSON.parse(r.stdout);
    expect(ex.tasks.filter((x: { kind: string }) => x.kind === 'task')).toHaveLength(19);
    expect(ex.indicators).toHaveLength(7);
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.txt', '', /空/],
      ['binary.txt', Buffer.from([0, 159, 146, 150, 0, 1]), /二进制|文本/],
      ['fake.docx', 'this is not a zip', /docx/],
      ['story.txt', '从前有座山，山里有座庙。庙里有个老和尚。', /.+/],
    ];
    for (const [name, content, message] of cases) {
      const f = join(tmp, name);
      writeFileSync(f, content);
      const res = await hubline(['import-doc', f, '--json'], {});
      expect(res.code, name).toBe(2);
      expect(res.stderr, name).toMatch(message);
    }
  });

  it('loads indicator data from a file with import-data, all-or-nothing', async () => {
    const env = { HUBLINE_DATA_DIR: join(tmp, 'db'), DATABASE_URL: '', HUBLINE_ADMIN_PASSWORD: 'Cli-Test-Pass-2026' };
    expect((await hubline(['seed', '--demo'], env)).code).toBe(0);
    const good = join(tmp, 'good.csv');
    writeFileSync(good, '指标编码,区域编码,期间,填报值,说明\nYB-CORRIDOR-2023-7,yubei,2026,352,年报\nYB-CORRIDOR-2023-6,yubei,2026,63,\n');
    const ok = await hubline(['import-data', good], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ saved: 2 });
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, '指标编码,区域编码,期间,填报值\nYB-CORRIDOR-2023-7,yubei,2025-07,1\nNOPE,yubei,2026,1\n');
    const refused = await hubline(['import-data', bad], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/第3行（A3）/);
  }, 180_000); // `seed --demo` in a child process now takes ~45 s with the corridor demo data
});
