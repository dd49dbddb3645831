import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/db/index';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';
import { refreshAlerts } from '../../src/server/supervision/alerts';
import { escalateNotices } from '../../src/server/supervision/notices';
import { sendReportReminders } from '../../src/server/delivery/reminders';
import { cycleBoard, type CycleBoardRow } from '../../src/domain/delivery/board';

interface TaskRow {
  id: string;
  number: string;
  kind: string;
  title: string;
  units: { unitId: string; unitName: string; role: string }[];
}
interface Rep {
  id: string;
  unitId: string;
  taskId: string;
  status: string;
  role: string;
  version: number;
  cycleId: string;
  actions: string[];
  evidence: { id: string }[];
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const HTML = Buffer.from('<html><script>alert(1)</script></html>');

describe.each(engines())('delivery and supervision on %s', (engine) => {
  let t: TestApp;
  let office: Client, liaisonC: Client, liaisonT: Client, leaderC: Client, leaderT: Client, reader: Client;
  let planId: string;
  let tasks: TaskRow[];
  let commerce: string, transport: string;
  let cycleId: string;
  // A task the commerce bureau leads and the transport bureau is not on.
  let taskC: TaskRow;

  beforeAll(async () => {
    t = await createTestApp(engine);
    [office, liaisonC, liaisonT, leaderC, leaderT, reader] = await Promise.all(['office', 'liaison_commerce', 'liaison_transport', 'leader_commerce', 'leader_transport', 'leader'].map((u) => as(t, u)));
    commerce = liaisonC.user!.unitId!;
    transport = liaisonT.user!.unitId!;
    planId = (await office.get('/api/plans')).json().find((p: { code: string }) => p.code === 'YB-CORRIDOR-2023').id;
    tasks = (await office.get(`/api/plans/${planId}`)).json().tasks;
    taskC = tasks.find((x) => x.units.some((u) => u.unitId === commerce && u.role === 'lead') && !x.units.some((u) => u.unitId === transport))!;
    expect(taskC).toBeTruthy();
  });
  afterAll(() => t?.close());

  it('opens a cycle: one to-do per lead unit and task, contributions for supporting units; 409 on a second opening', async () => {
    expect((await liaisonC.post('/api/cycles', { planId, period: '2027-01' })).statusCode).toBe(403);
    const res = await office.post('/api/cycles', { planId, period: '2027-01', dueDay: 25 });
    expect(res.statusCode).toBe(200);
    const c = res.json();
    cycleId = c.id;
    expect(c.dueOn).toBe('2027-01-25'); // a Monday
    const assignments = (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from task_assignments a join tasks t on t.id = a.task_id join units u on u.id = a.unit_id where t.plan_id = ${planId} and not u.collective`))[0].n;
    expect(c.counts.total).toBe(tasks.reduce((n, x) => n + x.units.filter((u) => u.role === 'lead').length, 0) - (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from task_assignments a join tasks t on t.id = a.task_id join units u on u.id = a.unit_id where t.plan_id = ${planId} and u.collective and a.role = 'lead'`))[0].n);
    const all: Rep[] = (await office.get(`/api/reports?cycleId=${cycleId}`)).json();
    expect(all).toHaveLength(assignments);
    expect((await office.post('/api/cycles', { planId, period: '2027-01' })).statusCode).toBe(409);
    expect((await office.post('/api/cycles', { planId, period: '2027' })).statusCode).toBe(400);
  });

  it('scopes lists and single rows to the caller’s unit; the leader reads all but writes nothing', async () => {
    const mine: Rep[] = (await liaisonC.get(`/api/reports?cycleId=${cycleId}`)).json();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.unitId === commerce)).toBe(true);
    const theirs: Rep[] = (await liaisonT.get(`/api/reports?cycleId=${cycleId}`)).json();
    expect(theirs.every((r) => r.unitId === transport)).toBe(true);
    const other = theirs[0];
    expect(other.status).toBe('draft');
    expect((await liaisonC.get(`/api/reports/${other.id}`)).statusCode).toBe(403);
    expect((await liaisonC.patch(`/api/reports/${other.id}`, { text: 'x', version: other.version })).statusCode).toBe(403);
    const everything: Rep[] = (await reader.get(`/api/reports?cycleId=${cycleId}`)).json();
    expect(new Set(everything.map((r) => r.unitId)).size).toBeGreaterThan(2);
    expect((await reader.get(`/api/reports/${other.id}`)).statusCode).toBe(200);
    expect((await reader.patch(`/api/reports/${other.id}`, { text: 'x', version: other.version })).statusCode).toBe(403);
    expect((await reader.post(`/api/reports/${other.id}/submit`, { version: other.version })).statusCode).toBe(403);
    expect((await reader.post('/api/supervision/notices', { unitId: transport, issue: 'a', requirement: 'b', dueOn: '2099-01-01' })).statusCode).toBe(403);
  });

  it('walks a report through submit → approve → return → resubmit → approve → accept, refusing illegal steps with 409', async () => {
    let rep: Rep = (await liaisonC.get(`/api/reports?cycleId=${cycleId}&taskId=${taskC.id}&role=lead`)).json()[0];
    expect(rep.actions).toEqual(['submit']);
    // Nothing written yet: submitting is a bad request, approving a draft is a conflict naming the state.
    expect((await liaisonC.post(`/api/reports/${rep.id}/submit`, { version: rep.version })).statusCode).toBe(400);
    const early = await leaderC.post(`/api/reports/${rep.id}/approve`, { version: rep.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('草稿');
    let res = await liaisonC.patch(`/api/reports/${rep.id}`, { version: rep.version, progress: 'in_progress', text: '完成航线申报材料', percentDone: 30, coordination: '需协调航权时刻资源' });
    expect(res.statusCode).toBe(200);
    rep = res.json();
    expect((await liaisonC.patch(`/api/reports/${rep.id}`, { version: rep.version - 1, text: 'stale' })).statusCode).toBe(409);
    // Evidence: typed by content, refused when it is not a pdf, image or office file.
    const bad = await liaisonC.upload(`/api/reports/${rep.id}/evidence`, {}, [{ fileName: 'photo.pdf', data: HTML }]);
    expect(bad.statusCode).toBe(415);
    expect(bad.json().error.code).toBe('unsupported_type');
    const ev = await liaisonC.upload(`/api/reports/${rep.id}/evidence`, {}, [{ fileName: '申报材料.pdf', data: PDF }]);
    expect(ev.statusCode).toBe(200);
    const evidenceId = ev.json().id;
    expect(ev.json().mimeType).toBe('application/pdf');
    // Over the 10 MB evidence cap: refused while it streams, nothing stored.
    const big = await liaisonC.upload(`/api/reports/${rep.id}/evidence`, {}, [{ fileName: 'big.pdf', data: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]) }]);
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'file_too_large', message: expect.stringContaining('10 MB'), messageEn: expect.stringContaining('10 MB') });
    expect((await liaisonC.get(`/api/reports/${rep.id}`)).json().evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['申报材料.pdf']);
    // Download only: attachment disposition, no sniffing; another unit cannot fetch it.
    const dl = await leaderC.get(`/api/evidence/${evidenceId}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment;/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-type']).toBe('application/octet-stream');
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await liaisonT.get(`/api/evidence/${evidenceId}`)).statusCode).toBe(403);

    res = await liaisonC.post(`/api/reports/${rep.id}/submit`, { version: rep.version });
    expect(res.statusCode).toBe(200);
    rep = res.json();
    expect(rep.status).toBe('submitted');
    // The other unit's leader cannot approve; the office cannot approve in the unit's place.
    expect((await leaderT.post(`/api/reports/${rep.id}/approve`, { version: rep.version })).statusCode).toBe(403);
    expect((await office.post(`/api/reports/${rep.id}/approve`, { version: rep.version })).statusCode).toBe(403);
    res = await leaderC.post(`/api/reports/${rep.id}/approve`, { version: rep.version });
    expect(res.json().status).toBe('approved');
    rep = res.json();
    expect((await office.post(`/api/reports/${rep.id}/return`, { version: rep.version })).statusCode).toBe(400); // no reason
    res = await office.post(`/api/reports/${rep.id}/return`, { version: rep.version, reason: '请补充航线开通时间表' });
    expect(res.json()).toMatchObject({ status: 'returned', returnReason: '请补充航线开通时间表' });
    rep = res.json();
    const acceptReturned = await office.post(`/api/reports/${rep.id}/accept`, { version: rep.version });
    expect(acceptReturned.statusCode).toBe(409);
    expect(acceptReturned.json().error.message).toContain('已退回');
    res = await liaisonC.patch(`/api/reports/${rep.id}`, { version: rep.version, text: '完成航线申报材料，计划3月开通' });
    rep = res.json();
    rep = (await liaisonC.post(`/api/reports/${rep.id}/submit`, { version: rep.version })).json();
    rep = (await leaderC.post(`/api/reports/${rep.id}/approve`, { version: rep.version })).json();
    res = await office.post(`/api/reports/${rep.id}/accept`, { version: rep.version });
    expect(res.statusCode).toBe(200);
    const done = res.json();
    expect(done.status).toBe('accepted');
    expect(done.actions).toEqual([]);
    expect(done.versions.map((v: { action: string }) => v.action)).toEqual(['submit', 'approve', 'return', 'submit', 'approve', 'accept']);
    expect(done.versions[2].comment).toBe('请补充航线开通时间表');
    expect(done.versions[0].content.text).toBe('完成航线申报材料');
    expect(done.versions[3].content.text).toBe('完成航线申报材料，计划3月开通');
    expect((await liaisonC.post(`/api/reports/${rep.id}/submit`, { version: done.version })).statusCode).toBe(409);
    const audits = (await rows<{ action: string }>(t.database.db, sql`select action from audit_log where entity = 'progress_report' and entity_id = ${rep.id} order by seq`)).map((a) => a.action);
    expect(audits).toEqual(['update', 'add_evidence', 'submit', 'approve', 'return', 'update', 'submit', 'approve', 'accept']);
  });

  it('keeps reviewers apart from writers', async () => {
    // An office user who also writes for a unit may not accept what they submitted.
    const other: Rep = (await liaisonT.get(`/api/reports?cycleId=${cycleId}&role=lead`)).json()[0];
    await t.database.db.execute(sql`insert into user_roles (user_id, role) values (${liaisonT.user!.id}, 'office') on conflict do nothing`);
    let r = (await liaisonT.patch(`/api/reports/${other.id}`, { version: other.version, text: '推进中', progress: 'in_progress' })).json();
    r = (await liaisonT.post(`/api/reports/${r.id}/submit`, { version: r.version })).json();
    r = (await leaderT.post(`/api/reports/${r.id}/approve`, { version: r.version })).json();
    const self = await liaisonT.post(`/api/reports/${r.id}/accept`, { version: r.version });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('本人');
    await t.database.db.execute(sql`delete from user_roles where user_id = ${liaisonT.user!.id} and role = 'office'`);
  });

  it('computes alerts in a job, scoped per unit, and runs a notice from an alert through rectification to closure', async () => {
    // A past cycle nobody reported on: every report is late.
    const past = await office.post('/api/cycles', { planId, period: '2023-06', dueDay: 25 });
    expect(past.json().dueOn).toBe('2023-06-26'); // the 25th was a Sunday
    const before = (await office.get('/api/alerts?kind=report_late')).json().length;
    const summary = await refreshAlerts(t.database.db, { id: null, name: 'test' }, '2023-07-10');
    expect(summary.opened).toBeGreaterThan(0);
    const late = (await office.get('/api/alerts?kind=report_late')).json();
    expect(late.length).toBeGreaterThan(before);
    expect(late.find((a: { since: string }) => a.since === '2023-06-26')).toMatchObject({ level: 'red' }); // 14 days ≥ 10
    const mineA = (await liaisonC.get('/api/alerts')).json();
    expect(mineA.length).toBeGreaterThan(0);
    expect(mineA.every((a: { unitId: string }) => a.unitId === commerce)).toBe(true);
    const alert = late.find((a: { unitId: string; since: string }) => a.unitId === commerce && a.since === '2023-06-26');
    expect(alert).toMatchObject({ kind: 'report_late', entity: 'report' });
    expect(alert.reportId).toBe(alert.entityId);

    const issued = await office.post('/api/supervision/notices', { unitId: commerce, alertId: alert.id, issue: '6月进展报告逾期未报', requirement: '三个工作日内补报并说明原因', dueOn: '2099-01-10', level: 'reminder' });
    expect(issued.statusCode).toBe(200);
    let n = issued.json();
    expect(n).toMatchObject({ status: 'issued', level: 'reminder', source: 'alert', unitId: commerce });
    expect(n.number).toMatch(/^督〔\d{4}〕\d{3}号$/);
    expect((await liaisonT.get(`/api/supervision/notices/${n.id}`)).statusCode).toBe(403);
    expect((await liaisonT.get('/api/supervision/notices')).json().some((x: { id: string }) => x.id === n.id)).toBe(false);
    expect((await liaisonC.get('/api/supervision/notices')).json().map((x: { id: string }) => x.id)).toContain(n.id);
    expect((await liaisonC.get(`/api/alerts/${alert.id}`)).json().noticeId).toBe(n.id);
    expect((await office.post(`/api/supervision/notices/${n.id}/verify`, { version: n.version })).statusCode).toBe(409);

    n = (await liaisonC.upload(`/api/supervision/notices/${n.id}/submit_plan`, { version: n.version, text: '本周内补报，明确专人负责' })).json();
    expect(n.status).toBe('plan_submitted');
    n = (await office.post(`/api/supervision/notices/${n.id}/accept_plan`, { version: n.version })).json();
    expect(n.status).toBe('rectifying');
    const badFile = await liaisonC.upload(`/api/supervision/notices/${n.id}/submit_report`, { version: n.version, text: '已补报' }, [{ field: 'files', fileName: 'x.docx', data: HTML }]);
    expect(badFile.statusCode).toBe(415);
    n = (await liaisonC.upload(`/api/supervision/notices/${n.id}/submit_report`, { version: n.version, text: '已补报' }, [{ field: 'files', fileName: '补报截图.pdf', data: PDF }])).json();
    expect(n.status).toBe('report_submitted');
    n = (await office.post(`/api/supervision/notices/${n.id}/send_back`, { version: n.version, comment: '缺少原因说明' })).json();
    expect(n.status).toBe('sent_back');
    n = (await liaisonC.upload(`/api/supervision/notices/${n.id}/submit_report`, { version: n.version, text: '已补报并说明原因' })).json();
    // Separation: a unit-side person cannot verify; an office user who answered the notice cannot either.
    expect((await leaderC.post(`/api/supervision/notices/${n.id}/verify`, { version: n.version })).statusCode).toBe(403);
    n = (await office.post(`/api/supervision/notices/${n.id}/verify`, { version: n.version, comment: '核查通过' })).json();
    expect(n.status).toBe('closed');
    expect(n.rectifications.map((r: { kind: string; verification: string }) => `${r.kind}:${r.verification}`)).toEqual(['plan:passed', 'report:failed', 'report:passed']);
    expect(n.rectifications[1].evidence).toHaveLength(1);
    expect(n.timeline.map((x: { action: string }) => x.action)).toEqual(['issue', 'submit_plan', 'accept_plan', 'submit_report', 'send_back', 'submit_report', 'verify']);
    const docx = await liaisonC.get(`/api/supervision/notices/${n.id}/notice.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toMatch(/^attachment;/);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const text = (await (await import('mammoth')).extractRawText({ buffer: docx.rawPayload })).value;
    expect(text).toContain('催办通知单');
    expect(text).toContain('6月进展报告逾期未报');
  });

  it('verifier separation on notices: whoever answered cannot verify', async () => {
    await t.database.db.execute(sql`insert into user_roles (user_id, role) values (${liaisonC.user!.id}, 'office') on conflict do nothing`);
    let n = (await office.post('/api/supervision/notices', { unitId: commerce, issue: '手工督办', requirement: '按期完成', dueOn: '2099-02-01' })).json();
    n = (await liaisonC.upload(`/api/supervision/notices/${n.id}/submit_plan`, { version: n.version, text: '方案' })).json();
    n = (await office.post(`/api/supervision/notices/${n.id}/accept_plan`, { version: n.version })).json();
    n = (await liaisonC.upload(`/api/supervision/notices/${n.id}/submit_report`, { version: n.version, text: '报告' })).json();
    const self = await liaisonC.post(`/api/supervision/notices/${n.id}/verify`, { version: n.version });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('核查人');
    await t.database.db.execute(sql`delete from user_roles where user_id = ${liaisonC.user!.id} and role = 'office'`);
  });

  it('escalates an overdue notice one level and tells the leader in charge', async () => {
    let n = (await office.post('/api/supervision/notices', { unitId: transport, issue: '节点逾期', requirement: '尽快完成', dueOn: '2099-03-01' })).json();
    await t.database.db.execute(sql`update supervision_notices set due_on = '2026-01-05' where id = ${n.id}`);
    const escalated = await escalateNotices(t.database.db, { id: null, name: 'test' }, '2026-01-06');
    expect(escalated).toBeGreaterThanOrEqual(1);
    n = (await office.get(`/api/supervision/notices/${n.id}`)).json();
    expect(n).toMatchObject({ level: 'supervision', dueOn: '2026-01-13', escalatedOn: '2026-01-06' });
    expect(await escalateNotices(t.database.db, { id: null, name: 'test' }, '2026-01-07')).toBe(0);
    const notes = (await leaderT.get('/api/notifications')).json().items;
    expect(notes.some((x: { title: string }) => x.title.startsWith('督办升级为督办'))).toBe(true);
    // The unit's liaison is told once of the issue and once of the escalation (set-based insert, no doubles).
    const mine = (await liaisonT.get('/api/notifications')).json().items.filter((x: { link: string }) => x.link === `/supervision/board?notice=${n.id}`);
    expect(mine.filter((x: { title: string }) => x.title.startsWith('收到') && x.title.endsWith(n.number))).toHaveLength(1);
    expect(mine.filter((x: { title: string }) => x.title.startsWith('督办升级为'))).toHaveLength(1);
  });

  it('drafts, approves and revises a yearly breakdown; only the lead unit drafts, only the office approves', async () => {
    const support = tasks.find((x) => x.units.some((u) => u.unitId === transport && u.role === 'support') && !x.units.some((u) => u.unitId === transport && u.role === 'lead'))!;
    expect((await liaisonT.post('/api/measures', { taskId: support.id, year: 2026, title: 'x' })).statusCode).toBe(403);
    let m = (await liaisonC.post('/api/measures', { taskId: taskC.id, year: 2026, title: '新开国际货运航线2条', milestones: [{ dueDate: '2026-06-30', deliverable: '完成航线论证' }] })).json();
    expect(m).toMatchObject({ status: 'draft', revision: 1, unitId: commerce, actions: ['submit'] });
    m = (await liaisonC.post(`/api/measures/${m.id}/submit`, { version: m.version })).json();
    expect((await liaisonC.post(`/api/measures/${m.id}/approve`, { version: m.version })).statusCode).toBe(403);
    m = (await office.post(`/api/measures/${m.id}/approve`, { version: m.version })).json();
    expect(m.status).toBe('approved');
    const edit = await liaisonC.patch(`/api/measures/${m.id}`, { version: m.version, title: '改' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('已批准');
    const v2 = (await liaisonC.post(`/api/measures/${m.id}/revise`, { version: m.version })).json();
    expect(v2).toMatchObject({ status: 'draft', revision: 2, supersedesId: m.id, title: '新开国际货运航线2条' });
    expect(v2.milestones.map((x: { deliverable: string }) => x.deliverable)).toEqual(['完成航线论证']);
    let v = (await liaisonC.patch(`/api/measures/${v2.id}`, { version: v2.version, title: '新开国际货运航线3条' })).json();
    v = (await liaisonC.post(`/api/measures/${v.id}/submit`, { version: v.version })).json();
    v = (await office.post(`/api/measures/${v.id}/approve`, { version: v.version })).json();
    const list = (await reader.get(`/api/measures?taskId=${taskC.id}&year=2026`)).json();
    expect(list.map((x: { revision: number; status: string }) => `${x.revision}:${x.status}`)).toEqual(expect.arrayContaining(['1:superseded', '2:approved']));
  });

  // 2027: a year the demo data has no measures for, so the sheet is the whole truth.
  it('exports the responsibility matrix as xlsx and imports it back unchanged; a bad file changes nothing and names the rows', async () => {
    const x = await office.get(`/api/plans/${planId}/matrix.xlsx?year=2027`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '重点任务', '工作举措', '牵头单位', '配合单位', '完成时限']);
    expect(ws.rowCount).toBe(2 + tasks.length);
    const before = (await office.get(`/api/plans/${planId}/matrix?year=2027`)).json();
    const same = await office.upload(`/api/plans/${planId}/matrix.xlsx`, { year: 2027 }, [{ fileName: '责任分工表.xlsx', data: x.rawPayload }]);
    expect(same.json()).toEqual({ rows: tasks.length, changedTasks: 0, newMeasures: 0 });
    expect((await office.get(`/api/plans/${planId}/matrix?year=2027`)).json()).toEqual(before);

    const rowOf = (n: number) => ws.getRow(2 + tasks.findIndex((tk) => tk.id === taskC.id) + 1 + n);
    rowOf(0).getCell(5).value = '区交通局';
    rowOf(0).getCell(3).value = '新开国际货运航线3条\n培育航空物流企业';
    ws.getRow(3).getCell(4).value = '不存在的单位';
    ws.getRow(4).getCell(1).value = '99';
    const bad = await office.upload(`/api/plans/${planId}/matrix.xlsx`, { year: 2027 }, [{ fileName: '责任分工表.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`)).toEqual(['3:lead', '4:number']);
    expect((await office.get(`/api/plans/${planId}/matrix?year=2027`)).json()).toEqual(before);

    ws.getRow(3).getCell(4).value = before.rows[0].lead.map((u: { name: string }) => u.name).join('、');
    ws.getRow(4).getCell(1).value = before.rows[1].number;
    const good = await office.upload(`/api/plans/${planId}/matrix.xlsx`, { year: 2027 }, [{ fileName: '责任分工表.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) }]);
    expect(good.json()).toEqual({ rows: tasks.length, changedTasks: 1, newMeasures: 2 });
    const after = (await office.get(`/api/plans/${planId}/matrix?year=2027`)).json();
    const row = after.rows.find((r: { id: string }) => r.id === taskC.id);
    expect(row.support.map((u: { name: string }) => u.name)).toEqual(['区交通局']);
    expect(row.measures).toEqual(['新开国际货运航线3条', '培育航空物流企业']);
    expect((await liaisonC.upload(`/api/plans/${planId}/matrix.xlsx`, { year: 2027 }, [{ fileName: 'm.xlsx', data: Buffer.from([0]) }])).statusCode).toBe(403);
  });

  it('serves the to-do list, task page, unit page and reminders', async () => {
    const todo = (await liaisonT.get('/api/todo')).json();
    expect(todo.some((x: { kind: string }) => x.kind === 'report')).toBe(true);
    const dues = todo.map((x: { dueOn: string | null }) => x.dueOn ?? '9999');
    expect([...dues].sort()).toEqual(dues);
    const page = (await liaisonC.get(`/api/tasks/${taskC.id}/delivery`)).json();
    expect(page.title).toBe(taskC.title);
    expect(page.reports.every((r: { unitId: string }) => r.unitId === commerce)).toBe(true);
    expect((await liaisonT.get(`/api/tasks/${tasks.find((x) => !x.units.some((u) => u.unitId === transport))!.id}/delivery`)).statusCode).toBe(403);
    const unit = (await leaderC.get(`/api/delivery/units/${commerce}`)).json();
    expect(unit.name).toBe('区商务委');
    expect(unit.punctuality.due).toBeGreaterThan(0);
    expect((await leaderC.get(`/api/delivery/units/${transport}`)).statusCode).toBe(403);
    const late = (await office.get('/api/reports/late')).json();
    expect(late.length).toBeGreaterThan(0);
    const sent = await sendReportReminders(t.database.db, '2027-01-20'); // 3 working days before 2027-01-25
    expect(sent).toBeGreaterThan(0);
    expect(await sendReportReminders(t.database.db, '2027-01-20')).toBe(0); // once a day
    expect(await sendReportReminders(t.database.db, '2027-01-23')).toBe(0); // a Saturday
    // After the due date: a 催报 on each working day, naming the overdue period.
    const overdue = async (day: string) => (await rows<{ title: string }>(t.database.db, sql`select title from notifications where dedupe_key = ${`report-reminder:2027-01:${day}`}`)).map((r) => r.title);
    for (const day of ['2027-01-26', '2027-01-27']) {
      await sendReportReminders(t.database.db, day);
      const titles = await overdue(day);
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.every((x) => x.startsWith('进展催报：2027-01 ') && x.endsWith('已逾期'))).toBe(true);
    }
    expect(await overdue('2027-01-20')).toEqual(expect.arrayContaining([expect.stringMatching(/^进展提醒：2027-01 .*将于 2027-01-25 截止$/)]));
  });
  // After the matrix import above, the transport bureau supports taskC (it is not on the other task).
  it('supporting units see a breakdown and comment on it; the drafting unit is told; others cannot', async () => {
    const list = (await liaisonT.get(`/api/measures?taskId=${taskC.id}&year=2026`)).json() as { id: string; title: string; status: string; supersedesId: string | null }[];
    // The breakdown the test above drafted and revised (the demo data has its own for this task).
    const inForce = list.find((m) => m.status === 'approved' && m.title === '新开国际货运航线3条')!;
    const old = list.find((m) => m.id === inForce?.supersedesId && m.status === 'superseded')!;
    expect(inForce && old).toBeTruthy();

    const before = (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = 'measure' and action = 'comment' and entity_id = ${inForce.id}`))[0].n;
    const res = await liaisonT.post(`/api/measures/${inForce.id}/comments`, { text: '我局负责的节点时间偏紧，建议调整到9月底' });
    expect(res.statusCode).toBe(200);
    expect(res.json().comments.at(-1)).toMatchObject({ unitId: transport, unitName: '区交通局', userName: '张伟（区交通局联络员）', text: '我局负责的节点时间偏紧，建议调整到9月底' });
    const after = (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = 'measure' and action = 'comment' and entity_id = ${inForce.id}`))[0].n;
    expect(after).toBe(before + 1);
    // The lead unit reads it on the task page and is told of it once.
    const page = (await liaisonC.get(`/api/tasks/${taskC.id}/delivery`)).json();
    expect(page.measures.find((m: { id: string }) => m.id === inForce.id).comments.map((c: { text: string }) => c.text)).toContain('我局负责的节点时间偏紧，建议调整到9月底');
    // The drafting unit's liaison and leader are told, once each; the commenter's own unit is not.
    const told = await rows<{ user_id: string; title: string; link: string }>(t.database.db, sql`select user_id, title, link from notifications where dedupe_key = ${`measure-comment:${res.json().comments.at(-1).id}`}`);
    expect(told.map((x) => x.user_id).sort()).toEqual(expect.arrayContaining([liaisonC.user!.id, leaderC.user!.id].sort()));
    expect(told.map((x) => x.user_id)).not.toContain(liaisonT.user!.id);
    expect(new Set(told.map((x) => x.user_id)).size).toBe(told.length);
    expect(told[0]).toMatchObject({ title: '区交通局对“新开国际货运航线3条”提了意见', link: `/delivery/tasks?task=${taskC.id}` });

    const empty = await liaisonT.post(`/api/measures/${inForce.id}/comments`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    const stale = await liaisonT.post(`/api/measures/${old.id}/comments`, { text: '旧版本' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('已被新版本替代');
    expect((await reader.post(`/api/measures/${inForce.id}/comments`, { text: '领导只读' })).statusCode).toBe(403);

    // A unit that is not on the task neither sees its breakdown nor comments on it.
    const other = tasks.find((x) => x.id !== taskC.id && !x.units.some((u) => u.unitId === transport))!;
    const m = (await office.post('/api/measures', { taskId: other.id, year: 2026, title: '交通局不在的任务的举措' })).json();
    expect(m.id).toBeTruthy();
    expect((await liaisonT.get(`/api/measures?taskId=${other.id}`)).json()).toEqual([]);
    expect((await liaisonT.get(`/api/measures/${m.id}`)).statusCode).toBe(403);
    expect((await liaisonT.post(`/api/measures/${m.id}/comments`, { text: '越权' })).statusCode).toBe(403);
    const total = (await rows<{ n: number }>(t.database.db, sql`select count(*)::int as n from measure_comments where measure_id = ${m.id} or measure_id = ${old.id}`))[0].n;
    expect(total).toBe(0);
  });

  it('lists late and missing reports per unit for a plan, only what is still owed, scoped to the unit', async () => {
    const all = (await office.get(`/api/reports/late?planId=${planId}`)).json() as { unitId: string; count: number; reports: { planId: string; status: string; late: boolean; unitId: string; dueOn: string }[] }[];
    expect(all.length).toBeGreaterThan(0);
    for (const u of all) {
      expect(u.count).toBe(u.reports.length);
      for (const r of u.reports) expect(r).toMatchObject({ planId, late: true, unitId: u.unitId, status: expect.stringMatching(/^(draft|returned)$/) });
      expect(u.reports.map((r) => r.dueOn)).toEqual([...u.reports.map((r) => r.dueOn)].sort());
    }
    // Cross-check against the database: every draft or returned report of the plan past its due date, and nothing else.
    const raw = await rows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from progress_reports r join tasks k on k.id = r.task_id where k.plan_id = ${planId} and r.status in ('draft', 'returned') and r.due_on < (now() at time zone 'Asia/Shanghai')::date`,
    );
    expect(all.reduce((a, u) => a + u.count, 0)).toBe(raw[0].n);
    const mine = (await liaisonT.get(`/api/reports/late?planId=${planId}`)).json() as { unitId: string }[];
    expect(mine.every((u) => u.unitId === transport)).toBe(true);
    const otherPlan = (await office.get('/api/plans')).json().find((p: { id: string }) => p.id !== planId);
    const none = (await office.get(`/api/reports/late?planId=${otherPlan.id}`)).json() as { reports: { planId: string }[] }[];
    expect(none.every((u) => u.reports.every((r) => r.planId === otherPlan.id))).toBe(true);
  });
  it('turns a report’s coordination request (需协调事项) into a notice that names its source; only the office issues it; the notice is scoped to the unit it is addressed to', async () => {
    const rep: Rep & { coordination: string } = (await office.get(`/api/reports?cycleId=${cycleId}&taskId=${taskC.id}&role=lead`)).json()[0];
    expect(rep.coordination).toBe('需协调航权时刻资源');
    const body = { reportId: rep.id, issue: '协调航权时刻资源', requirement: '两周内提出协调方案', dueOn: '2099-04-01', level: 'supervision' };
    // Only the office issues notices; a unit cannot turn its own request into one.
    expect((await liaisonC.post('/api/supervision/notices', { ...body, unitId: commerce })).statusCode).toBe(403);
    expect((await leaderC.post('/api/supervision/notices', { ...body, unitId: commerce })).statusCode).toBe(403);
    // A report with no coordination request is refused, naming the field; nothing is issued.
    const before = (await office.get('/api/supervision/notices')).json().length;
    const blank = ((await office.get(`/api/reports?cycleId=${cycleId}&unitId=${transport}`)).json() as (Rep & { coordination: string })[]).find((r) => !r.coordination.trim())!;
    const refused = await office.post('/api/supervision/notices', { ...body, reportId: blank.id, unitId: transport });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ field: 'reportId', message: expect.stringContaining('需协调事项') });
    expect((await office.get('/api/supervision/notices')).json()).toHaveLength(before);

    // The request asks another unit for help: the office addresses the notice to it.
    const res = await office.post('/api/supervision/notices', { ...body, unitId: transport });
    expect(res.statusCode).toBe(200);
    const n = res.json();
    expect(n).toMatchObject({ source: 'coordination', reportId: rep.id, taskId: taskC.id, unitId: transport, status: 'issued', level: 'supervision', alertId: null });
    expect(n.timeline.map((e: { action: string }) => e.action)).toContain('issue');
    // Scoped to the addressed unit: transport sees and reads it, commerce (whose report it came from) does not.
    expect((await liaisonT.get(`/api/supervision/notices/${n.id}`)).json()).toMatchObject({ source: 'coordination', reportId: rep.id });
    expect((await liaisonT.get('/api/supervision/notices')).json().map((x: { id: string }) => x.id)).toContain(n.id);
    expect((await liaisonC.get(`/api/supervision/notices/${n.id}`)).statusCode).toBe(403);
    expect((await liaisonC.get(`/api/supervision/notices?taskId=${taskC.id}`)).json().some((x: { id: string }) => x.id === n.id)).toBe(false);
    // The addressed unit is told.
    const told = (await liaisonT.get('/api/notifications')).json().items as { title: string; link: string }[];
    expect(told.some((x) => x.link === `/supervision/board?notice=${n.id}`)).toBe(true);
    // Addressed to the reporting unit itself, the same request is its own unit's notice.
    const own = (await office.post('/api/supervision/notices', { ...body, unitId: commerce })).json();
    expect(own).toMatchObject({ source: 'coordination', reportId: rep.id, unitId: commerce });
    expect((await liaisonC.get(`/api/supervision/notices/${own.id}`)).statusCode).toBe(200);
    expect((await liaisonT.get(`/api/supervision/notices/${own.id}`)).statusCode).toBe(403);
  });
  it('refreshes alerts day by day: levels and reasons change in place, a report handed in closes its alert, an unchanged day writes nothing', async () => {
    const c = (await office.post('/api/cycles', { planId, period: '2023-09', dueDay: 25 })).json();
    expect(c.dueOn).toBe('2023-09-25');
    const job = { id: null, name: 'test' };
    await refreshAlerts(t.database.db, job, '2023-09-27');
    const mine = async () => ((await office.get('/api/alerts?kind=report_late')).json() as { id: string; reportId: string; level: string; reason: string; since: string; unitId: string }[]).filter((a) => a.since === '2023-09-25');
    const first = await mine();
    const owed = (await office.get(`/api/reports?cycleId=${c.id}`)).json() as Rep[];
    expect(first).toHaveLength(owed.length);
    expect(first.every((a) => a.level === 'yellow' && a.reason.includes('逾期 2 天'))).toBe(true);

    const later = await refreshAlerts(t.database.db, job, '2023-10-09');
    expect(later.changed).toBeGreaterThanOrEqual(first.length);
    const second = await mine();
    expect(second.map((a) => a.id).sort()).toEqual(first.map((a) => a.id).sort()); // the same alerts, changed in place
    expect(second.every((a) => a.level === 'red' && a.reason.includes('逾期 14 天'))).toBe(true);
    const en = await rows<{ reason_en: string }>(t.database.db, sql`select reason_en from alerts where id = ${second[0].id}`);
    expect(en[0].reason_en).toContain('14 days late');
    expect(await refreshAlerts(t.database.db, job, '2023-10-09')).toMatchObject({ opened: 0, changed: 0, closed: 0 });

    const r = owed.find((x) => x.unitId === commerce)!;
    const written = (await liaisonC.patch(`/api/reports/${r.id}`, { version: r.version, progress: 'in_progress', text: '补报' })).json();
    const sub = await liaisonC.post(`/api/reports/${r.id}/submit`, { version: written.version });
    expect(sub.statusCode).toBe(200);
    expect((await refreshAlerts(t.database.db, job, '2023-10-09')).closed).toBe(1);
    expect((await mine()).map((a) => a.reportId)).not.toContain(r.id);
  });
  it('counts the cycle board in the database: the same rows as the report list rolled up, scoped to the unit', async () => {
    const cycles = (await office.get(`/api/cycles?planId=${planId}`)).json() as { id: string; period: string; counts: { total: number; late: number } }[];
    expect(cycles.length).toBeGreaterThanOrEqual(2);
    for (const c of cycles) {
      const board = (await office.get(`/api/cycles/${c.id}/board`)).json() as CycleBoardRow[];
      const reports = (await office.get(`/api/reports?cycleId=${c.id}&role=lead`)).json();
      expect(board).toEqual(cycleBoard(reports));
      expect(board.reduce((n, r) => n + r.total, 0)).toBe(c.counts.total);
      // The cycle list's late counts only what is still owed; the board also counts reports handed in late.
      expect(board.reduce((n, r) => n + r.late, 0)).toBeGreaterThanOrEqual(c.counts.late);
    }
    // The past cycle has late reports.
    const past = cycles.find((c) => c.period === '2023-09')!;
    const pastBoard = (await office.get(`/api/cycles/${past.id}/board`)).json() as CycleBoardRow[];
    expect(pastBoard.reduce((n, r) => n + r.late, 0)).toBeGreaterThan(0);
    const mine = (await liaisonC.get(`/api/cycles/${past.id}/board`)).json() as CycleBoardRow[];
    expect(mine.map((r) => r.unitId)).toEqual([commerce]);
    expect(mine[0]).toEqual(pastBoard.find((r) => r.unitId === commerce));
  });
  it('one "late" for the list and the board: the due day ends at midnight Beijing time, not UTC', async () => {
    const past = ((await office.get(`/api/cycles?planId=${planId}`)).json() as { id: string; period: string }[]).find((c) => c.period === '2023-09')!;
    const owed = ((await office.get(`/api/reports?cycleId=${past.id}&role=lead&status=draft`)).json() as { id: string; unitId: string; dueOn: string }[]).filter((r) => r.unitId === commerce);
    expect(owed.length).toBeGreaterThanOrEqual(2);
    const [justLate, justOnTime] = owed;
    // 16:30 UTC on the due day is 00:30 the next day in Beijing: late. 15:30 UTC is 23:30 on the due day: on time.
    const handIn = (id: string, utc: string) =>
      t.database.db.execute(sql`update progress_reports set status = 'submitted', submitted_at = (due_on::timestamp + ${utc}::interval) at time zone 'UTC' where id = ${id}`);
    await handIn(justLate.id, '16 hours 30 minutes');
    await handIn(justOnTime.id, '15 hours 30 minutes');
    const listed = (await office.get(`/api/reports?cycleId=${past.id}&role=lead`)).json() as { id: string; late: boolean }[];
    expect(listed.find((r) => r.id === justLate.id)!.late).toBe(true);
    expect(listed.find((r) => r.id === justOnTime.id)!.late).toBe(false);
    const board = (await office.get(`/api/cycles/${past.id}/board`)).json() as CycleBoardRow[];
    expect(board).toEqual(cycleBoard(listed as never));
  });
  it('scopes milestones, to-dos and late lists to the unit; another unit cannot update a milestone, the leader reads but cannot', async () => {
    const all = (await office.get('/api/milestones')).json() as { id: string; unitId: string; measureId: string | null; version: number }[];
    const theirs = all.find((x) => x.unitId === commerce && x.measureId)!;
    expect(theirs).toBeTruthy();
    // A unit sees the milestones of every task it is on (lead or support, as with the breakdowns), no other.
    const onTasks = new Set((await rows<{ task_id: string }>(t.database.db, sql`select task_id from task_assignments where unit_id = ${transport}`)).map((r) => r.task_id));
    const mine = (await liaisonT.get('/api/milestones')).json() as { taskId: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.every((x) => onTasks.has(x.taskId))).toBe(true);
    expect((await liaisonT.patch(`/api/milestones/${theirs.id}`, { version: theirs.version, percentDone: 50 })).statusCode).toBe(403);
    expect((await reader.get('/api/milestones')).json()).toHaveLength(all.length);
    expect((await reader.patch(`/api/milestones/${theirs.id}`, { version: theirs.version, percentDone: 50 })).statusCode).toBe(403);
    const todo = (await liaisonT.get('/api/todo')).json() as { unitId: string | null }[];
    expect(todo.length).toBeGreaterThan(0);
    expect(todo.every((x) => x.unitId === transport)).toBe(true);
    const late = (await liaisonC.get('/api/reports/late')).json() as { unitId: string }[];
    expect(late.every((u) => u.unitId === commerce)).toBe(true);
    // Another unit's notice: no answer from outside it, and the leader reads it but cannot answer.
    const n = (await office.post('/api/supervision/notices', { unitId: commerce, issue: '范围测试', requirement: '按期完成', dueOn: '2099-05-01' })).json();
    expect((await liaisonT.upload(`/api/supervision/notices/${n.id}/submit_plan`, { version: n.version, text: '越权方案' })).statusCode).toBe(403);
    expect((await reader.get(`/api/supervision/notices/${n.id}`)).statusCode).toBe(200);
    expect((await reader.upload(`/api/supervision/notices/${n.id}/submit_plan`, { version: n.version, text: '领导只读' })).statusCode).toBe(403);
    expect((await office.get(`/api/supervision/notices/${n.id}`)).json().status).toBe('issued');
  });
  it('takes per-milestone percentages of the task only (row named otherwise); accepting writes them to the milestones', async () => {
    const c = (await office.post('/api/cycles', { planId, period: '2023-11', dueDay: 25 })).json();
    let rep: Rep = (await liaisonC.get(`/api/reports?cycleId=${c.id}&taskId=${taskC.id}&role=lead`)).json()[0];
    const own = ((await office.get(`/api/milestones?taskId=${taskC.id}`)).json() as { id: string; doneAt: string | null }[]).find((m) => !m.doneAt)!;
    expect(own).toBeTruthy();
    const foreign = ((await office.get('/api/milestones')).json() as { id: string; taskId: string }[]).find((m) => m.taskId !== taskC.id)!;
    const bad = await liaisonC.patch(`/api/reports/${rep.id}`, { version: rep.version, text: '论证完成', milestoneProgress: [{ milestoneId: own.id, percent: 100 }, { milestoneId: foreign.id, percent: 50 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: 'milestoneProgress', row: 2, message: expect.stringContaining('第 2 行') });
    expect((await liaisonC.get(`/api/reports/${rep.id}`)).json()).toMatchObject({ text: '', milestoneProgress: [] }); // nothing written
    rep = (await liaisonC.patch(`/api/reports/${rep.id}`, { version: rep.version, text: '论证完成', milestoneProgress: [{ milestoneId: own.id, percent: 100 }] })).json();
    rep = (await liaisonC.post(`/api/reports/${rep.id}/submit`, { version: rep.version })).json();
    rep = (await leaderC.post(`/api/reports/${rep.id}/approve`, { version: rep.version })).json();
    rep = (await office.post(`/api/reports/${rep.id}/accept`, { version: rep.version })).json();
    expect(rep.status).toBe('accepted');
    const after = ((await office.get(`/api/milestones?taskId=${taskC.id}`)).json() as { id: string; percentDone: number; doneAt: string | null }[]).find((m) => m.id === own.id)!;
    expect(after).toMatchObject({ percentDone: 100, doneAt: expect.any(String) });
  });
});
