// The offline calculators: what the server shows, anyone can re-compute from JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, createTestApp, type TestApp } from '../support/harness';
import { hubline } from '../support/processes';
import { LABELS } from '../../src/contracts/labels';

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

  it('re-computes every status the server stored, from the JSON the server serves, in one call over JSON Lines', async () => {
    const office = await as(t, 'office');
    const list = (await office.get('/api/indicators')).json() as { id: string; code: string; zoneId: string; status: string }[];
    expect(list.length).toBeGreaterThanOrEqual(12);
    const inputs: unknown[] = [];
    const stored: { code: string; status: string; result: { progressValue: unknown; score: unknown; explanation: unknown } }[] = [];
    for (const ind of list) {
      inputs.push((await office.get(`/api/indicators/${ind.id}/status-input?zoneId=${ind.zoneId}`)).json());
      const detail = (await office.get(`/api/indicators/${ind.id}`)).json();
      stored.push({ code: ind.code, status: ind.status, result: detail.statuses.find((s: { zoneId: string }) => s.zoneId === ind.zoneId).result });
    }
    const file = join(tmp, 'all.jsonl');
    writeFileSync(file, inputs.map((i) => JSON.stringify(i)).join('\n') + '\n');
    const r = await hubline(['indicator-status', file], {});
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(list.length);
    lines.forEach((offline, i) => {
      expect(offline.status, stored[i].code).toBe(stored[i].status);
      expect(offline.progressValue).toEqual(stored[i].result.progressValue);
      expect(offline.score).toEqual(stored[i].result.score);
      expect(offline.explanation).toEqual(stored[i].result.explanation);
    });
    // One document still gives one pretty-printed result, the same as its line.
    const one = join(tmp, 'one.json');
    writeFileSync(one, JSON.stringify(inputs[0]));
    const single = await hubline(['indicator-status', one], {});
    expect(single.code, single.stderr).toBe(0);
    expect(JSON.parse(single.stdout)).toEqual(lines[0]);
    expect(single.stdout.split('\n').length).toBeGreaterThan(5);
    // A bad line is answered in its place; the others still get results, and the exit code says so.
    const mixed = join(tmp, 'mixed.jsonl');
    writeFileSync(mixed, [JSON.stringify(inputs[0]), '{"indicator":{"direction":"sideways","targets":[]},"observations":[]}', 'not json', JSON.stringify(inputs[1])].join('\n'));
    const m = await hubline(['indicator-status', mixed], {});
    expect(m.code).toBe(2);
    const out = m.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.line ?? o.status)).toEqual([lines[0].status, 2, 3, lines[1].status]);
    expect(out[1].errors.join(' ')).toMatch(/indicator\.direction/);
    expect(m.stderr).toContain('2 行未能计算');
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
    // Three processes (seed, two imports, each reading its file in a worker): minutes on a loaded machine.
  }, 180_000);

  it('writes the progress briefing offline: hubline briefing PLAN_CODE --period --format --out, on HUBLINE_DATA_DIR', async () => {
    const env = { HUBLINE_DATA_DIR: join(tmp, 'briefing-db'), DATABASE_URL: '', HUBLINE_ADMIN_PASSWORD: 'Cli-Test-Pass-2026' };
    expect((await hubline(['seed', '--demo'], env)).code).toBe(0);
    const out = join(tmp, 'briefing.docx');
    const r = await hubline(['briefing', 'YB-CORRIDOR-2023', '--period', '2026-10', '--format', 'docx', '--out', out], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ out, cutOff: '2026-10-31' });
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(out) });
    for (const h of ['一、总体情况', '二、主要指标完成情况', '三、重点任务推进情况', '四、存在的问题和需协调事项', '五、下一步工作']) expect(html).toContain(`<h1>${h}</h1>`);
    expect(html).toContain('（数据截至2026年10月31日）');
    // Statuses in words, as the web app shows them.
    const words = Object.values(LABELS.indicatorStatus).map((l) => l.zh);
    expect(words.some((w) => html.includes(`<td><p>${w}</p></td>`))).toBe(true);
    expect(html).not.toMatch(/\b(on_track|off_track|insufficient_data|target_pending|no_report|in_progress)\b/);
    // A bad period or an unknown plan is refused in words, and no file is written.
    const bad = join(tmp, 'bad.docx');
    const refused = await hubline(['briefing', 'YB-CORRIDOR-2023', '--period', '2026-13', '--format', 'docx', '--out', bad], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('时期“2026-13”无效');
    const unknown = await hubline(['briefing', 'NO-SUCH-PLAN', '--period', '2026-10', '--out', bad], env);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('NO-SUCH-PLAN');
    expect(existsSync(bad)).toBe(false);
  }, 240_000);
});
