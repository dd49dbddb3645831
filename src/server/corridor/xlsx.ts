// Excel export of the corridor figures (the pattern: src/server/core/xlsx-route.ts).
import { xlsxExport } from '../core/xlsx-route';
import type { FiguresOut, MonthFiguresOut } from '../../contracts/corridor';

/** 通道月度数据 / Monthly corridor figures (all shipments and the corridor's own, fresh-goods clearance). */
export const monthlyFiguresXlsx = xlsxExport<MonthFiguresOut>({
  file: ['通道月度数据', 'corridor monthly figures'],
  rows: (answer: FiguresOut) => answer.months,
  columns: [
    { zh: '月份', en: 'Month', width: 10, value: (r) => r.month },
    { zh: '票数', en: 'Shipments', kind: 'integer', width: 12, value: (r) => r.shipments },
    { zh: '货量（吨）', en: 'Tonnes', kind: 'decimal', width: 14, value: (r) => r.tonnes },
    { zh: '标箱', en: 'TEU', kind: 'decimal', width: 12, value: (r) => r.teu },
    { zh: '货值（元）', en: 'Value (CNY)', kind: 'decimal', width: 18, value: (r) => r.valueCny },
    { zh: '通道票数', en: 'Corridor shipments', kind: 'integer', width: 12, value: (r) => r.corridor.shipments },
    { zh: '通道货量（吨）', en: 'Corridor tonnes', kind: 'decimal', width: 14, value: (r) => r.corridor.tonnes },
    { zh: '通道标箱', en: 'Corridor TEU', kind: 'decimal', width: 12, value: (r) => r.corridor.teu },
    { zh: '通道货值（元）', en: 'Corridor value (CNY)', kind: 'decimal', width: 18, value: (r) => r.corridor.valueCny },
    { zh: '生鲜通关票数', en: 'Fresh cleared', kind: 'integer', width: 12, value: (r) => r.freshClearance?.count ?? null },
    { zh: '通关时长中位数（分钟）', en: 'Median clearance (min)', kind: 'decimal', width: 14, value: (r) => r.freshClearance?.medianMinutes ?? null },
    { zh: '60分钟内占比', en: 'Within 60 min', kind: 'percent', width: 12, value: (r) => r.freshClearance?.shareWithin60 ?? null },
  ],
});
