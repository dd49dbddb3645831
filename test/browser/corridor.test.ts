// The corridor ledger as the office uses it: upload a file with two bad rows, read the rows at
// fault, fix them, upload again, see the fresh-clearance indicator get this year's computed
// value, and drill down from the figure to the shipments behind it. Real server, database, Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, login, openBrowser, requireBrowser, screenshot, startHubline, type Hubline } from './helpers';
import { COLUMNS } from '../../src/domain/corridor/index';

const YEAR = new Date().getFullYear();
const NAME = '国际进口鲜货保障标准';

/** Fresh chilled-shrimp imports from Ho Chi Minh City by air this year, cleared in the given minutes. */
function file(minutes: number[], broken: boolean): string {
  const rows = minutes.map((m, i) => {
    const arrived = Date.parse(`${YEAR}-03-0${(i % 5) + 1}T10:00:00+08:00`);
    const r: Record<string, string> = {
      shipment_id: `BT-${i + 1}`,
      operator: 'GENAIR',
      legs: 'air',
      origin: 'VNSGN',
      destination: 'CNCKG',
      corridor: '1',
      node: 'CKG-AIRPORT',
      direction: 'import',
      weight_kg: String(600 + i * 10),
      teu: '',
      value_cny: String(72000 + i * 1000),
      hs_code: '030617',
      fresh: '1',
      passed_at: new Date(arrived + 3 * 3600_000).toISOString(),
      arrived_at: new Date(arrived).toISOString(),
      released_at: new Date(arrived + m * 60_000).toISOString(),
      inspected: '0',
    };
    if (broken && i === 1) r.weight_kg = '0';
    if (broken && i === 3) r.released_at = new Date(arrived - 60_000).toISOString();
    return COLUMNS.map((c) => r[c]).join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\n') + '\n';
}

describe('corridor', () => {
  let hub: Hubline | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hubline-corridor-'));
    if (browserMissing()) return;
    hub = await startHubline();
  });
  afterAll(async () => {
    await hub?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('bad rows named → fixed → uploaded → the indicator gets this year\'s value → drill down to the shipments', async (ctx) => {
    requireBrowser(ctx);
    const minutes = [35, 42, 48, 51, 58, 64];
    const bad = join(dir, 'fresh-bad.csv');
    const good = join(dir, 'fresh.csv');
    writeFileSync(bad, file(minutes, true));
    writeFileSync(good, file(minutes, false));
    const { page, close } = await openBrowser(hub!.url);
    try {
      await login(page, 'office');

      // Before: the indicator has the published figures only.
      await page.goto('/indicators/overview');
      await page.getByTestId('indicators-table').locator('.ant-table-row').first().waitFor();
      await page.getByTestId('indicators-table').getByText(NAME).first().click();
      await page.getByTestId('indicator-detail').waitFor();
      await page.getByRole('tab', { name: /填报记录/ }).click();
      await page.getByTestId('observation-table').waitFor();
      expect(await page.getByTestId('observation-table').innerText()).not.toContain(`${YEAR}年`);

      // Upload with two bad rows: nothing imported, both rows named.
      await page.goto('/corridor/ledger');
      await page.getByTestId('ledger').waitFor();
      await page.locator('input[type="file"]').setInputFiles(bad);
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      const text = await errors.innerText();
      expect(text).toContain('文件有 2 处错误，未导入任何数据');
      expect(text).toContain('须大于 0（现为 0）');
      expect(text).toContain('放行时间早于到达时间');
      expect(await errors.locator('.ant-table-row').count()).toBe(2);
      await screenshot(page, 'corridor-upload-errors');

      // Fixed file: imported.
      await page.locator('input[type="file"]').setInputFiles(good);
      await page.getByTestId('import-result').waitFor();
      expect(await page.getByTestId('import-result').innerText()).toContain('新增 6');

      // The indicator moved: this year's value, computed from the ledger.
      await page.goto('/indicators/overview');
      await page.getByTestId('indicators-table').locator('.ant-table-row').first().waitFor();
      await page.getByTestId('indicators-table').getByText(NAME).first().click();
      await page.getByTestId('indicator-detail').waitFor();
      await page.getByRole('tab', { name: /填报记录/ }).click();
      await page.getByTestId('observation-table').waitFor();
      await expect.poll(() => page.getByTestId('observation-table').innerText()).toContain(`${YEAR}年`);
      expect(await page.getByTestId('observation-table').innerText()).toContain('系统计算');
      await screenshot(page, 'corridor-indicator-computed');

      // The figures page shows this year's clearance; drill down to the shipments behind it.
      await page.goto('/corridor/figures');
      const card = page.getByTestId(`year-${YEAR}`);
      await card.waitFor();
      await page.getByTestId('volume-chart').locator('canvas').first().waitFor();
      await screenshot(page, 'corridor-figures');
      await card.getByText('鲜货放行（非查验） P90').click();
      await page.getByTestId('ledger-total').waitFor();
      await expect.poll(() => page.getByTestId('ledger-total').innerText()).toContain('共 6 票');
      const ids = await page.getByTestId('ledger').locator('.ant-table-row td:first-child').allInnerTexts();
      expect(ids.sort()).toEqual(['BT-1', 'BT-2', 'BT-3', 'BT-4', 'BT-5', 'BT-6']);
      await screenshot(page, 'corridor-drilldown');

      // One shipment: legs, timeline, map.
      await page.getByTestId('ledger').getByText('BT-6').click();
      await page.getByTestId('shipment-title').waitFor();
      await page.getByTestId('route-map').waitFor();
      await screenshot(page, 'corridor-shipment');

      // Routes: coverage with the missing member named in Chinese.
      await page.goto('/corridor/routes');
      await page.getByTestId('routes').waitFor();
      await screenshot(page, 'corridor-routes');
      await expect.poll(() => page.getByTestId('missing').innerText()).toContain('文莱');
      await screenshot(page, 'corridor-routes');
    } finally {
      await close();
    }
  });
});
