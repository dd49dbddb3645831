// The office imports the files a plan arrives in: a .docx holding a Word task table (made here
// with the `docx` library) and a PDF (printed here by Chromium's page.pdf). The review shows
// the table it found as a table; a click on a row highlights its source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PASSWORD, browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';
import { docxWithTable, htmlPageWithTable } from '../support/plan-files';

describe('plans from files in the browser', () => {
  let hub: Hubline | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'hubline-files-'));
  beforeAll(async () => {
    if (browserMissing()) return;
    hub = await startHubline({ HUBLINE_ADMIN_PASSWORD: ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('office: a .docx with a task table, then a PDF, each read into tasks and a table', async (ctx) => {
    requireBrowser(ctx);
    const b = await openBrowser(hub!.url);
    try {
      const { page } = b;
      const docx = join(dir, '物流枢纽工作方案.docx');
      writeFileSync(docx, await docxWithTable());
      const printer = await b.context.newPage();
      await printer.setContent(htmlPageWithTable());
      const pdf = join(dir, '物流枢纽工作方案.pdf');
      writeFileSync(pdf, await printer.pdf({ format: 'A4' }));
      await printer.close();

      await login(page, 'office');
      for (const [file, shot] of [
        [docx, 'plans-import-docx-table'],
        [pdf, 'plans-import-pdf-table'],
      ] as const) {
        await page.goto(`${hub!.url}/plans/import`);
        await page.locator('input[type=file]').first().setInputFiles(file);
        const tasks = page.getByTestId('review-task');
        try {
          await expect.poll(() => tasks.count(), { timeout: 30_000 }).toBe(3);
        } catch (e) {
          await screenshot(page, `${shot}-failed`);
          throw e;
        }
        await expect.poll(() => tasks.nth(0).innerText()).toContain('区发展改革委');
        await page.getByRole('tab', { name: /表格/ }).click();
        const rows = page.getByTestId('review-table-row');
        await expect.poll(() => rows.count()).toBe(3);
        await rows.nth(2).click();
        await expect.poll(() => page.getByTestId('source-highlight').innerText()).toContain('推进铁海联运班列常态化开行');
        await screenshot(page, shot);
      }
      // Targets in words and the questions asked, on an indicator table pasted as text.
      await page.goto(`${hub!.url}/plans/import`);
      await page.getByRole('tab', { name: '粘贴文本' }).click();
      await page
        .getByTestId('import-text')
        .fill(
          '某区物流枢纽建设行动方案\n一、主要指标\n序号\t指标\t2022年\t2027年\n1\t经陆海新通道货运量增长率\t—\t15%\n2\t综合物流成本\t—\t降低5%\n3\t口岸整体通关时间（分钟）\t90\t不高于60\n4\t国际航线数量（条）\t20\t15\n二、重点任务\n1.建设物流园区。由区商务委牵头，区交通局配合。',
        );
      await page.getByRole('button', { name: '开始识别' }).click();
      await page.getByRole('tab', { name: /指标/ }).click();
      const words = page.getByTestId('target-in-words');
      await expect.poll(() => words.count(), { timeout: 20_000 }).toBe(4);
      await expect.poll(() => words.nth(0).innerText()).toContain('2027年达到15%（每年）');
      await expect.poll(() => words.nth(2).innerText()).toContain('2027年不高于60分钟');
      await expect.poll(() => page.getByTestId('target-question').first().innerText()).toContain('基期值20已达到2027年目标15');
      await screenshot(page, 'plans-import-targets-in-words');
    } finally {
      await b.close();
    }
  });
});
