// The calculation sheet for the leading group's meeting, read back from the Word and Excel files
// it exports: every parameter, every recipient's row, the total and each step are in both.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toDocx, toXlsx, type Sheet } from '../../src/web/evaluation/sheet';
import { sheetOf } from '../../src/web/evaluation/calculation-sheet';
import evaluationZh from '../../src/web/evaluation/i18n.zh-CN.json';
import coreZh from '../../src/web/i18n/zh-CN.json';
import { allocate, allocateInputSchema, resolveRanking, type AllocateInput } from '../../src/domain/evaluation/index';

const sheet: Sheet = {
  title: '2026 年专项资金（资金安排）',
  subtitle: '2026 年度枢纽经济区差异化考核',
  parameters: [
    ['资金池 (pool)', '5000'],
    ['因素及权重 (factors)', 'score 0.7，area 0.3'],
    ['封顶 (cap)', '25%'],
  ],
  header: ['评价对象', '得分', 'area', '一票否决', '精确值', '金额（万元）'],
  rows: [
    ['古路站片区（yubei-gulu）', '91.25', '12.5', '', '1635.9542', '1636'],
    ['洛碛片区（yubei-luoqi）', '58.00', '30', '✓', '0.0000', '0'],
  ],
  steps: ['一票否决，不参与分配：yubei-luoqi', '最大余数法取整到 1 万元'],
  total: '合计 1636 万元（总额 1636）',
};

describe('calculation sheet export', () => {
  it('Excel: parameters, rows with numbers as numbers, the total and the steps', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await toXlsx(sheet)).arrayBuffer());
    const ws = wb.getWorksheet('计算单')!;
    const values: unknown[][] = [];
    ws.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0]).toEqual([sheet.title]);
    expect(values[1]).toEqual([sheet.subtitle]);
    for (const p of sheet.parameters) expect(values).toContainEqual(p);
    expect(values).toContainEqual(sheet.header);
    expect(values).toContainEqual(['古路站片区（yubei-gulu）', 91.25, 12.5, '', 1635.9542, 1636]);
    // An empty cell stays empty (ExcelJS leaves it out), a ✓ stays text.
    expect(values).toContainEqual(['洛碛片区（yubei-luoqi）', 58, 30, '✓', 0, 0]);
    expect(values).toContainEqual([sheet.total]);
    expect(values).toContainEqual(['1. 一票否决，不参与分配：yubei-luoqi']);
    expect(values).toContainEqual(['2. 最大余数法取整到 1 万元']);
  });

  it('Word: the same parts under their headings', async () => {
    const zip = await JSZip.loadAsync(await (await toDocx(sheet)).arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const order = ['一、参数', '二、分配结果', '三、计算步骤'].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const [k, v] of sheet.parameters) expect(text.slice(order[0], order[1])).toEqual(expect.arrayContaining([k, v]));
    for (const row of sheet.rows) expect(text.slice(order[1], order[2])).toEqual(expect.arrayContaining(row.filter((c) => c !== '')));
    expect(text).toContain(sheet.total);
    expect(text.slice(order[2] + 1)).toEqual(['1. 一票否决，不参与分配：yubei-luoqi', '2. 最大余数法取整到 1 万元']);
    expect(text[0]).toBe(sheet.title);
  });
});

// The page's words, from its and the shared Chinese translation files ({{x}} filled in), so the headers are the real ones.
const zhCN = { ...coreZh, ...evaluationZh };
const t = (key: string, o: Record<string, unknown> = {}) => {
  const v = key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], zhCN);
  return typeof v === 'string' ? v.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(o[k])) : key;
};

describe('calculation sheet under a ranking method', () => {
  const zones = [
    { id: 'gulu', total: 91.25, rankScore: 78.5 },
    { id: 'luoqi', total: 88.5, rankScore: 82.25 },
  ];
  const allocation = (byRank: boolean) => {
    const input: AllocateInput = { pool: 1000, decimals: 0, rule: 'base_plus_performance', base: 0.2, recipients: zones.map((z) => ({ id: z.id, score: byRank ? z.rankScore : z.total })) } as AllocateInput;
    return { id: 'a', schemeId: 's', kind: 'funding_allocation', name: '专项资金', unit: '万元', createdAt: '2026-12-01T00:00:00Z', input, output: allocate(allocateInputSchema.parse(input)) } as unknown as Parameters<typeof sheetOf>[0];
  };
  const read = async (s: Sheet) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await toXlsx(s)).arrayBuffer());
    const values: unknown[][] = [];
    wb.getWorksheet('计算单')!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    return values;
  };

  it('allocating by the TOPSIS rank score: that column named with the method, the total beside it, read back from Excel', async () => {
    const ranking = resolveRanking({ method: 'topsis', normalization: 'vector', allocateBy: 'rank_score' });
    const s = sheetOf(allocation(true), '方案', { gulu: '古路站片区' }, t, { ranking, zones });
    expect(s.header.slice(0, 3)).toEqual(['评价对象', '排名得分（TOPSIS（逼近理想解），向量归一化）', '总分']);
    const values = await read(s);
    expect(values).toContainEqual(s.header);
    const gulu = values.find((r) => r[0] === '古路站片区（gulu）')!;
    expect(gulu.slice(1, 3)).toEqual([78.5, 91.25]);
    expect(values.find((r) => r[0] === 'luoqi')!.slice(1, 3)).toEqual([82.25, 88.5]);
    // In English the method is named in English.
    expect(sheetOf(allocation(true), '方案', {}, t, { ranking, zones }, 'en').header[1]).toBe('排名得分（TOPSIS, vector normalisation）');
  });

  it('allocating by the total under grey relational analysis: the rank score beside it; a weighted sum adds no column', async () => {
    const ranking = resolveRanking({ method: 'gra' });
    const s = sheetOf(allocation(false), '方案', {}, t, { ranking, zones });
    expect(s.header.slice(0, 3)).toEqual(['评价对象', '总分', '排名得分（灰色关联分析，极差归一化，ρ = 0.5）']);
    expect((await read(s)).find((r) => r[0] === 'gulu')!.slice(1, 3)).toEqual([91.25, 78.5]);
    const plain = sheetOf(allocation(false), '方案', {}, t, { ranking: resolveRanking(undefined), zones });
    expect(plain.header).toEqual(['评价对象', '总分', '一票否决', '精确值', '分配额（万元）']);
  });
});
