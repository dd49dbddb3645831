import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

const SEED_000 = readFileSync('seeds/documents/yubei-corridor-plan-2023.txt', 'utf8');

async function docxOf(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
  return Buffer.from(await Packer.toBuffer(doc));
}

const count = async (t: TestApp, table: string) => (await rows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

describe.each(engines())('plans from documents on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t?.close());

  it('loads both seed documents through the importer on first start', async () => {
    const office = await as(t, 'office');
    const list = (await office.get('/api/plans')).json();
    expect(list.map((p: { code: string }) => p.code)).toEqual(['YB-CORRIDOR-2023', 'CQ-HUBZONE-DRAFT']);
    expect(list[0]).toMatchObject({ taskCount: 22, indicatorCount: 7 });
    const yubei = (await office.get(`/api/plans/${list[0].id}`)).json();
    expect(yubei.docNumber).toBe('渝北府办发〔2023〕36号');
    expect(yubei.public).toBe(true);
    const tasks = yubei.tasks.filter((x: { kind: string }) => x.kind === 'task');
    expect(tasks).toHaveLength(19);
    expect(tasks.reduce((n: number, x: { units: unknown[] }) => n + x.units.length, 0)).toBe(104);
    expect(yubei.tasks.filter((x: { kind: string }) => x.kind === 'safeguard')).toHaveLength(3);
    const first = tasks[0];
    expect(first.units.map((u: { unitName: string; role: string }) => `${u.unitName}:${u.role}`)).toEqual([
      '区交通局:lead',
      '区商务委:support',
      '临空经济示范区公司:support',
      '重庆机场集团相关单位:support',
      '机场海关:support',
    ]);
    expect(yubei.indicators).toHaveLength(7);
    const rcep = yubei.indicators.find((i: { number: string }) => i.number === '3');
    expect(rcep.targets[0]).toMatchObject({ year: 2027, kind: 'coverage' });
    const hub = (await office.get(`/api/plans/${list[1].id}`)).json();
    expect(hub.kind).toBe('guidance');
    expect(hub.status).toBe('draft');
    expect(hub.horizonYears).toEqual([2027, 2030, 2035]);
    const goals = hub.indicators.filter((i: { number: string }) => i.number.startsWith('G'));
    expect(goals.map((i: { targets: { kind: string }[] }) => i.targets[0].kind)).toEqual(['pending', 'relative', 'growth', 'reduction', 'level']);
    // The relative goal is measured against the city-wide series the office set up beside it.
    const benchmark = hub.indicators.find((i: { number: string }) => i.number === 'B1');
    expect(goals[1].benchmarkIndicatorId).toBe(benchmark.id);
  });

  it('shows a liaison only the tasks of their own unit', async () => {
    const liaison = await as(t, 'liaison_transport');
    const [plan] = (await liaison.get('/api/plans')).json();
    const detail = (await liaison.get(`/api/plans/${plan.id}`)).json();
    expect(detail.tasks.length).toBeGreaterThan(0);
    for (const task of detail.tasks) expect(task.units.map((u: { unitName: string }) => u.unitName)).toContain('区交通局');
    expect(detail.tasks.length).toBeLessThan(22);
    expect(plan.myTaskCount).toBe(detail.tasks.length);
    expect((await liaison.upload('/api/plans/imports', { text: SEED_000 })).statusCode).toBe(403);
  });

  it('pages the plan detail\'s tasks under the task list\'s filters: pages concatenated are the whole filtered list, with the counts the page shows', async () => {
    type Unit = { unitId: string; unitName: string; role: string };
    type Task = { id: string; kind: string; status: string; number: string; title: string; text: string; units: Unit[] };
    type Detail = { tasks: Task[]; taskPage: { page: number; pageSize: number; total: number; byKind: Record<string, number>; units: { unitId: string; unitName: string; lead: number; support: number; all: number }[] } };
    for (const user of ['office', 'liaison_transport'] as const) {
      const client = await as(t, user);
      const [plan] = (await client.get('/api/plans')).json();
      const whole = (await client.get(`/api/plans/${plan.id}`)).json() as Detail;
      expect(whole.taskPage).toBeUndefined();
      const first = (await client.get(`/api/plans/${plan.id}?taskPageSize=500`)).json() as Detail;
      expect(first.tasks).toEqual(whole.tasks);
      // The counts are over every task the caller sees, whatever the filter.
      const byKind: Record<string, number> = {};
      for (const x of whole.tasks) byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
      expect(first.taskPage.byKind).toEqual(byKind);
      const units = new Map<string, { lead: number; support: number; all: number }>();
      for (const x of whole.tasks)
        for (const u of x.units) {
          const e = units.get(u.unitId) ?? { lead: 0, support: 0, all: 0 };
          e.all++;
          if (u.role === 'lead') e.lead++;
          if (u.role === 'support') e.support++;
          units.set(u.unitId, e);
        }
      expect(new Map(first.taskPage.units.map((u) => [u.unitId, { lead: u.lead, support: u.support, all: u.all }]))).toEqual(units);
      const leads = first.taskPage.units.map((u) => u.lead);
      expect(leads).toEqual([...leads].sort((a, b) => b - a));
      const someUnit = whole.tasks.flatMap((x) => x.units).find((u) => u.role === 'support')!.unitId;
      const word = whole.tasks[1].title.slice(2, 4);
      const filters: [string, (x: Task) => boolean][] = [
        ['', () => true],
        ['&kind=task', (x) => x.kind === 'task'],
        ['&status=open', (x) => x.status === 'open'],
        [`&unitId=${someUnit}`, (x) => x.units.some((u) => u.unitId === someUnit)],
        [`&unitId=${someUnit}&leadOnly=true`, (x) => x.units.some((u) => u.unitId === someUnit && u.role === 'lead')],
        [`&q=${encodeURIComponent(word)}`, (x) => x.title.includes(word) || x.text.includes(word) || x.number === word],
        [`&q=${encodeURIComponent(whole.tasks[2].number)}&kind=${whole.tasks[2].kind}`, (x) => x.kind === whole.tasks[2].kind && (x.title.includes(whole.tasks[2].number) || x.text.includes(whole.tasks[2].number) || x.number === whole.tasks[2].number)],
      ];
      let matched = 0;
      for (const [query, keep] of filters) {
        const expected = whole.tasks.filter(keep).map((x) => x.id);
        if (expected.length && expected.length < whole.tasks.length) matched++;
        const size = 4;
        const got: string[] = [];
        const pages = Math.ceil(expected.length / size);
        for (let page = 1; page <= pages + 1; page++) {
          const res = (await client.get(`/api/plans/${plan.id}?taskPage=${page}&taskPageSize=${size}${query}`)).json() as Detail;
          expect(res.taskPage).toMatchObject({ page, pageSize: size, total: expected.length, byKind });
          expect(res.tasks.length).toBe(page < pages ? size : page === pages ? expected.length - (pages - 1) * size : 0);
          got.push(...res.tasks.map((x) => x.id));
        }
        expect(got, query).toEqual(expected);
      }
      expect(matched).toBeGreaterThan(2);
    }
    const office = await as(t, 'office');
    const [plan] = (await office.get('/api/plans')).json();
    expect((await office.get(`/api/plans/${plan.id}?taskPageSize=501`)).statusCode).toBe(400);
    expect((await office.get(`/api/plans/${plan.id}?taskPageSize=5&kind=nothing`)).statusCode).toBe(400);
    expect((await office.get('/api/plans/00000000-0000-4000-8000-000000000000?taskPageSize=5')).statusCode).toBe(404);
  });

  it('imports a .docx after review, creating confirmed units, all in one transaction', async () => {
    const office = await as(t, 'office');
    const text = SEED_000.replaceAll('渝北区深入推进西部陆海', '渝北区测试导入西部陆海').replace('渝北府办发〔2023〕36号', '渝北府办发〔2024〕99号').replace('区交通局、区商务委、临空经济示范区公司，重庆机场集团相关单位、机场海关等', '区交通局、区测试新设局');
    const file = await docxOf(text);
    const draft = (await office.upload('/api/plans/imports', {}, [{ fileName: 'plan.docx', data: file }])).json();
    expect(draft.extraction.tasks.length).toBe(22);
    expect(draft.existingPlan).toBeNull();
    const unknown = draft.extraction.units.filter((u: { known: boolean }) => !u.known).map((u: { name: string }) => u.name);
    expect(unknown).toContain('区测试新设局');
    const plansBefore = await count(t, 'plans');
    const unitsBefore = await count(t, 'units');

    const confirmedButOne = draft.extraction.units
      .filter((u: { known: boolean; name: string }) => !u.known && u.name !== '区测试新设局')
      .map((u: { name: string; type: string }) => ({ name: u.name, action: 'create', type: u.type }));
    const all = [...confirmedButOne, { name: '区测试新设局', action: 'create', type: 'department' }];

    // Indicators nobody owns are refused, each named, unless the office ticks "commit without owner" (issue 17).
    const unowned = await office.post(`/api/plans/imports/${draft.id}/commit`, { extraction: draft.extraction, units: all, code: 'TEST-DOCX' });
    expect(unowned.statusCode).toBe(400);
    expect(unowned.json().error.message).toContain('没有责任单位');
    expect(unowned.json().error.message).toContain('机场货邮保障能力');
    expect(unowned.json().error.field).toBe('indicators.0.owners');
    expect(unowned.json().error.details).toHaveLength(draft.extraction.indicators.length);
    expect(await count(t, 'plans')).toBe(plansBefore);
    const yubei = (await office.get('/api/zones')).json().find((z: { code: string }) => z.code === 'yubei');
    type Ind = { number: string };
    const extraction = {
      ...draft.extraction,
      indicators: draft.extraction.indicators.map((ind: Ind) =>
        ind.number === '1' ? { ...ind, owners: ['区测试新设局'], zoneIds: [yubei.id] } : ind.number === '2' ? { ...ind, owners: ['区交通局'], zoneIds: [yubei.id] } : { ...ind, ownerless: true },
      ),
    };

    // An unknown unit left unconfirmed rejects the whole commit.
    const refused = await office.post(`/api/plans/imports/${draft.id}/commit`, { extraction, units: confirmedButOne });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('区测试新设局');
    expect(await count(t, 'plans')).toBe(plansBefore);
    expect(await count(t, 'units')).toBe(unitsBefore);

    const ok = await office.post(`/api/plans/imports/${draft.id}/commit`, { extraction, units: all, code: 'TEST-DOCX' });
    expect(ok.statusCode, ok.body).toBe(200);
    const plan = (await office.get(`/api/plans/${ok.json().planId}`)).json();
    // The owners and zones chosen in the review are the indicators' (the new unit by its new id).
    const owned = (await office.get(`/api/indicators?planId=${plan.id}`)).json() as { id: string; number: string; zoneName: string | null }[];
    const first = owned.find((i) => i.number === '1')!;
    expect(first.zoneName).toBe(yubei.name);
    const detail = (await office.get(`/api/indicators/${first.id}`)).json();
    const units = (await office.get('/api/units')).json() as { id: string; name: string }[];
    expect(detail.ownerUnitId).toBe(units.find((u) => u.name === '区测试新设局')!.id);
    expect(detail.zones.map((z: { zoneId: string }) => z.zoneId)).toEqual([yubei.id]);
    expect(owned.find((i) => i.number === '3')!.zoneName).toBeNull();
    expect(plan.title).toBe('渝北区测试导入西部陆海新通道建设工作方案');
    expect(plan.tasks[0].units.map((u: { unitName: string }) => u.unitName)).toEqual(['区交通局', '区测试新设局']);
    const audit = (await (await as(t, 'admin')).get(`/api/audit-entries?entity=plan&entityId=${plan.id}`)).json();
    expect(audit[0]).toMatchObject({ action: 'import', actorName: 'office' });
    // Committing the same draft twice is refused.
    expect((await office.post(`/api/plans/imports/${draft.id}/commit`, { extraction, units: all, code: 'TEST-DOCX2' })).statusCode).toBe(409);
  });

  it('rejects bad files with a clear message and saves nothing', async () => {
    const office = await as(t, 'office');
    const before = await count(t, 'source_documents');
    const file = (fileName: string, data: Buffer) => [{ fileName, data }];
    const cases: [Record<string, string>, { fileName: string; data: Buffer }[], number, RegExp][] = [
      [{ text: '' }, [], 400, /空/],
      [{ text: '   \n  ' }, [], 400, /空/],
      [{}, [], 400, /二选一/],
      [{ text: '区交通局' }, file('x.txt', Buffer.from('区交通局')), 400, /二选一/],
      [{}, file('x.docx', Buffer.from('not a zip at all')), 400, /docx/],
      [{}, file('x.txt', Buffer.from([0, 1, 2, 3, 0, 255])), 400, /二进制|文本/],
      [{ text: '今天天气很好。我们去公园散步。' }, [], 400, /.+/],
      [{}, file('x.pdf', Buffer.from('%PDF-1.4')), 400, /无法读取 PDF/],
      // The upload helper refuses a type no reader handles before reading the file.
      [{}, file('x.pptx', Buffer.from('PK')), 415, /不支持/],
    ];
    for (const [fields, files, status, message] of cases) {
      const res = await office.upload('/api/plans/imports', fields, files);
      expect(res.statusCode, JSON.stringify([fields, files[0]?.fileName]).slice(0, 60)).toBe(status);
      expect(res.json().error.message).toMatch(message);
    }
    // Base64 inside JSON is no longer read: the route takes a form.
    const json = await office.post('/api/plans/imports', { text: SEED_000 });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('unsupported_media_type');
    expect(await count(t, 'source_documents')).toBe(before);
  });

  it('re-imports a revised text: shows the changes and applies only those accepted', async () => {
    const office = await as(t, 'office');
    const [plan] = (await office.get('/api/plans')).json();
    const before = (await office.get(`/api/plans/${plan.id}`)).json();
    const task = (n: string, p = before) => p.tasks.find((x: { number: string; kind: string }) => x.number === n && x.kind === 'task');
    const revised = SEED_000.replace('3. 推动洛碛港、洛碛物流城建设。积极推进', '3. 推动洛碛港、洛碛物流城建设。加快推进')
      .replace('（责任单位：区交通局、区商务委、古路镇、空港经济公司等）', '（责任单位：区交通局、古路镇等）')
      .replace(/19\. 培育高水平专业服务领军企业。[^\n]*\n/, '');
    const draft = (await office.upload('/api/plans/imports', { text: revised })).json();
    expect(draft.existingPlan.id).toBe(plan.id);
    const byKind = (k: string) => draft.diff.filter((d: { kind: string }) => d.kind === k);
    expect(byKind('reworded').map((d: { number: string }) => d.number)).toEqual(['3']);
    expect(byKind('units_changed').map((d: { number: string }) => d.number)).toEqual(['2']);
    expect(byKind('removed').map((d: { number: string }) => d.number)).toEqual(['19']);
    // Accept the rewording and the removal, not the change of units.
    const accept = [...byKind('reworded'), ...byKind('removed')].map((d: { key: string }) => d.key);
    const res = await office.post(`/api/plans/imports/${draft.id}/commit`, { extraction: draft.extraction, units: [], planId: plan.id, accept });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await office.get(`/api/plans/${plan.id}`)).json();
    expect(task('3', after).id).toBe(task('3').id);
    expect(task('3', after).text).toContain('加快推进');
    expect(task('2', after).units).toHaveLength(4); // not accepted: unchanged
    expect(task('19', after).status).toBe('cancelled');
    expect(task('1', after).version).toBe(task('1').version);
  });

  it('re-importing says nothing of an alias swap and leaves unticked a change that would undo a fix made by hand', async () => {
    const office = await as(t, 'office');
    const [plan] = (await office.get('/api/plans')).json();
    const before = (await office.get(`/api/plans/${plan.id}`)).json();
    const task = (n: string) => before.tasks.find((x: { number: string; kind: string }) => x.number === n && x.kind === 'task');
    // After the last import the office corrected task 5's title by hand.
    const five = task('5');
    const fixed = await office.patch(`/api/tasks/${five.id}`, { title: `${five.title}（已更正）`, version: five.version });
    expect(fixed.statusCode, fixed.body).toBe(200);
    // The same revised text again, with 区经济信息委 written as its alias 区经信委 in task 9, and a real new change in task 3.
    const nine = SEED_000.split('\n').find((l) => l.startsWith('9. '))!;
    expect(nine).toContain('区经济信息委');
    const again = SEED_000.replace('3. 推动洛碛港、洛碛物流城建设。积极推进', '3. 推动洛碛港、洛碛物流城建设。全力推进')
      .replace('（责任单位：区交通局、区商务委、古路镇、空港经济公司等）', '（责任单位：区交通局、古路镇等）')
      .replace(/19\. 培育高水平专业服务领军企业。[^\n]*\n/, '')
      .replace(nine, nine.replace('区经济信息委', '区经信委'));
    const draft = (await office.upload('/api/plans/imports', { text: again })).json();
    expect(draft.existingPlan.id).toBe(plan.id);
    const change = (n: string) => draft.diff.find((d: { number: string; kind: string }) => d.number === n && d.kind !== 'meta');
    // 区经信委 is 区经济信息委: task 9 did not change.
    expect(change('9').kind).toBe('unchanged');
    // Task 5's title goes back to what the document says: a change, but one that undoes the fix.
    expect(change('5')).toMatchObject({ kind: 'reworded', undoesManualFix: true, oldTitle: `${five.title}（已更正）`, title: five.title });
    // Task 2's units were declined at the last import: offering them again undoes that decision.
    expect(change('2')).toMatchObject({ kind: 'units_changed', undoesManualFix: true });
    // The document's own new wording of task 3 is a change like any other.
    expect(change('3')).toMatchObject({ kind: 'reworded', undoesManualFix: false });
    expect((await office.post(`/api/plans/imports/${draft.id}/discard`, {})).statusCode).toBe(200);
  });
});
