// One reporting cycle and one supervision notice, walked by the people involved in real
// Chromium on a real server: the office opens the cycle; the 区商务委 liaison reports with a
// PDF; the unit leader approves; the office returns it; the liaison corrects and resubmits;
// it is approved and accepted. Then the office issues a notice from an alert and the notice
// goes through plan, report and verification to 已办结. Screenshots at every step.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type BrowserSession, type Hubline } from './helpers';

const PERIOD = '2027-01';

async function reportAction(page: Page, id: string, action: string) {
  await page.goto(`/delivery/reports?report=${id}`);
  await page.getByTestId(`act-${action}`).click();
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click(); // every state change asks first
  await page.getByText('操作成功').first().waitFor();
}

describe('delivery', () => {
  let hub: Hubline | undefined;
  let dir: string;
  const sessions: BrowserSession[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hubline-delivery-'));
    if (browserMissing()) return;
    hub = await startHubline();
  });
  afterAll(async () => {
    for (const s of sessions) await s.close();
    await hub?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (user: string) => {
    const s = await openBrowser(hub!.url);
    sessions.push(s);
    await login(s.page, user);
    return s.page;
  };

  it('walks a cycle through submit, approve, return, resubmit and accept, then a notice to closure', async (ctx) => {
    requireBrowser(ctx);
    const office = await open('office');
    const liaison = await open('liaison_commerce');
    const leader = await open('leader_commerce');

    // 1. The office opens the cycle.
    await office.goto('/delivery/cycles');
    await office.getByTestId('cycle-period').fill(PERIOD);
    await office.getByTestId('open-cycle').click();
    await office.getByTestId('cycle-board').getByText(`${PERIOD.slice(0, 4)}年1月进展报送`).waitFor();
    await screenshot(office, 'delivery-01-cycle-opened');

    // 2. The liaison finds the to-do, writes the report, attaches a PDF and submits.
    await liaison.goto('/delivery/todo');
    // Earliest due first: the late items of past cycles lead, the new cycle's to-dos follow.
    await liaison.getByTestId('todo-table').locator('.ant-table-row').first().waitFor();
    await screenshot(liaison, 'delivery-02-todo');
    const mine = (await (await liaison.request.get(`/api/reports?period=${PERIOD}&role=lead`)).json()) as { id: string; taskTitle: string }[];
    expect(mine.length).toBeGreaterThan(0);
    const id = mine[0].id;
    await liaison.goto(`/delivery/reports?report=${id}`);
    await liaison.getByTestId('report-text').fill('完成国际货运航线申报材料，与两家航司对接。');
    const pdf = join(dir, '航线申报材料.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await liaison.locator('input[type=file]').setInputFiles(pdf);
    await liaison.getByTestId('evidence-link').waitFor();
    await liaison.getByTestId('act-submit').click();
    await liaison.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await liaison.getByText('操作成功').first().waitFor();
    await liaison.getByTestId('report-actions').getByText('提交').waitFor({ state: 'detached' });
    await screenshot(liaison, 'delivery-03-submitted');

    // 3. The unit leader approves.
    await reportAction(leader, id, 'approve');
    await screenshot(leader, 'delivery-04-approved');

    // 4. The office returns it with a reason.
    await office.goto(`/delivery/reports?report=${id}`);
    await office.getByTestId('act-return').click();
    await office.getByTestId('return-reason-input').fill('请补充航线开通时间表');
    await office.getByTestId('return-ok').click();
    await office.getByText('操作成功').first().waitFor();
    await screenshot(office, 'delivery-05-returned');

    // 5. The liaison sees the reason, corrects and resubmits.
    await liaison.goto(`/delivery/reports?report=${id}`);
    await expect.poll(() => liaison.getByTestId('return-reason').innerText(), { timeout: 20_000 }).toContain('请补充航线开通时间表');
    await liaison.getByTestId('report-text').fill('完成国际货运航线申报材料，与两家航司对接；计划3月开通。');
    await liaison.getByTestId('act-submit').click();
    await liaison.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await liaison.getByText('操作成功').first().waitFor();
    await screenshot(liaison, 'delivery-06-resubmitted');

    // 6. Approved again, then accepted by the office; the versions show the change.
    await reportAction(leader, id, 'approve');
    await reportAction(office, id, 'accept');
    await office.getByText('已通过').first().waitFor();
    // The resubmission is compared with the first submission, field by field.
    const diff = office.getByTestId('version-diff').first();
    await expect.poll(() => diff.innerText(), { timeout: 20_000 }).toContain('计划3月开通');
    expect(await diff.innerText()).toContain('本期工作进展');
    expect(await diff.locator('del').first().innerText()).toBe('完成国际货运航线申报材料，与两家航司对接。');
    await screenshot(office, 'delivery-07-accepted');
    const done = await (await office.request.get(`/api/reports/${id}`)).json();
    expect(done.status).toBe('accepted');
    expect(done.versions.map((v: { action: string }) => v.action)).toEqual(['submit', 'approve', 'return', 'submit', 'approve', 'accept']);

    // 7. A notice from an alert of 区商务委.
    const units = (await (await office.request.get('/api/units')).json()) as { id: string; name: string }[];
    const commerce = units.find((u) => u.name === '区商务委')!.id;
    await office.goto(`/supervision/alerts?unit=${commerce}`);
    await office.getByTestId('issue-from-alert').first().click();
    await office.getByTestId('issue-ok').click();
    await office.getByTestId('notice-status').waitFor();
    await expect.poll(() => office.getByTestId('notice-status').innerText(), { timeout: 20_000 }).toBe('已下发');
    await screenshot(office, 'delivery-08-notice-issued');
    const noticeUrl = office.url();

    const step = async (page: Page, action: string, text: string | null, expected: string, shot: string) => {
      await page.goto(noticeUrl.replace(hub!.url, ''));
      if (text !== null) await page.getByTestId('notice-text').fill(text);
      await page.getByTestId(`notice-${action}`).click();
      await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
      await expect.poll(() => page.getByTestId('notice-status').innerText(), { timeout: 20_000 }).toBe(expected);
      await screenshot(page, shot);
    };
    await step(liaison, 'submit_plan', '成立专班，每周调度，月底前完成。', '整改方案待审', 'delivery-09-plan-submitted');
    await step(office, 'accept_plan', null, '整改中', 'delivery-10-rectifying');
    await liaison.goto(noticeUrl.replace(hub!.url, ''));
    await liaison.getByTestId('notice-text').fill('已完成整改，附整改材料。');
    await liaison.locator('input[type=file]').setInputFiles(pdf);
    await liaison.getByTestId('notice-submit_report').click();
    await liaison.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect.poll(() => liaison.getByTestId('notice-status').innerText(), { timeout: 20_000 }).toBe('整改报告待核查');
    await screenshot(liaison, 'delivery-11-report-submitted');
    await step(office, 'verify', '核查通过', '已办结', 'delivery-12-closed');
    await office.goto('/supervision/board');
    await office.getByTestId('notice-table').waitFor();
    await screenshot(office, 'delivery-13-board');

    // The other pages, as the office sees them with the demo data.
    await office.goto(`/delivery/tasks?task=${done.taskId}`);
    await office.getByText('年度工作举措与节点').waitFor();
    await screenshot(office, 'delivery-14-task');
    await office.goto('/delivery/matrix');
    await office.getByTestId('matrix').locator('.ant-table-row').first().waitFor();
    await screenshot(office, 'delivery-15-matrix');
    await office.goto(`/delivery/units?unit=${commerce}`);
    await office.getByText('报送及时率').waitFor();
    await screenshot(office, 'delivery-16-unit');
    await office.goto('/supervision/alerts');
    await office.getByTestId('alert-table').locator('.ant-table-row').first().waitFor();
    await screenshot(office, 'delivery-17-alerts');
  });
  it('a supporting unit comments on a breakdown and the lead unit reads it; the cycle board lists late reports per unit', async (ctx) => {
    requireBrowser(ctx);
    const transport = await open('liaison_transport');
    const commerceLiaison = await open('liaison_commerce');
    const office = await open('office');
    const units = (await (await office.request.get('/api/units')).json()) as { id: string; name: string }[];
    const commerce = units.find((u) => u.name === '区商务委')!.id;
    // A breakdown 区商务委 drafted on a task 区交通局 is on: the transport liaison sees only such tasks' measures.
    const seen = (await (await transport.request.get('/api/measures')).json()) as { id: string; taskId: string; unitId: string; status: string; title: string }[];
    const m = seen.find((x) => x.unitId === commerce && x.status !== 'superseded')!;
    expect(m).toBeTruthy();

    await transport.goto(`/delivery/tasks?task=${m.taskId}`);
    const item = transport.locator('.ant-list-item').filter({ hasText: m.title }).first();
    await item.getByTestId('measure-comment').waitFor();
    // Another unit's breakdown: the supporting unit may comment, not submit or revise it.
    expect(await item.getByRole('button', { name: '修订新版本' }).count()).toBe(0);
    await item.getByTestId('measure-comment').click();
    await transport.getByTestId('measure-comment-input').waitFor();
    await transport.getByTestId('measure-comment-ok').click(); // empty: the dialog stays and says why
    await transport.locator('.ant-modal:visible').getByText('请填写意见').waitFor();
    await transport.getByTestId('measure-comment-input').fill('我局负责的铁路专用线节点偏紧，建议调整到9月底');
    await transport.getByTestId('measure-comment-ok').click();
    await transport.getByText('操作成功').first().waitFor();
    await expect.poll(() => item.getByTestId('measure-comments').innerText(), { timeout: 20_000 }).toContain('区交通局');
    await screenshot(transport, 'delivery-18-support-commented');

    await commerceLiaison.goto(`/delivery/tasks?task=${m.taskId}`);
    const theirs = commerceLiaison.locator('.ant-list-item').filter({ hasText: m.title }).first();
    await expect.poll(() => theirs.getByTestId('measure-comments').innerText(), { timeout: 20_000 }).toContain('建议调整到9月底');
    await screenshot(commerceLiaison, 'delivery-19-lead-reads-comment');
    const notes = (await (await commerceLiaison.request.get('/api/notifications')).json()).items as { title: string }[];
    expect(notes.some((n) => n.title === `区交通局对“${m.title}”提了意见`)).toBe(true);

    // The board opens on the corridor plan: the card lists the same units, in the same order, as the API.
    await office.goto('/delivery/cycles');
    const plan = ((await (await office.request.get('/api/plans')).json()) as { id: string; code: string }[]).find((p) => p.code === 'YB-CORRIDOR-2023')!;
    const api = (await (await office.request.get(`/api/reports/late?planId=${plan.id}`)).json()) as { unitName: string; count: number }[];
    expect(api.length).toBeGreaterThan(0);
    const late = office.getByTestId('late-by-unit');
    await late.locator('.ant-table-row').first().waitFor();
    await expect.poll(() => late.locator('.ant-table-row').count(), { timeout: 20_000 }).toBe(api.length);
    expect(await late.locator('.ant-table-row').first().innerText()).toContain(api[0].unitName);
    await screenshot(office, 'delivery-20-late-by-unit');
  });
});
