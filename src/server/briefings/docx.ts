// The briefing as a Word document in the 公文 layout of GB/T 9704-2012: A4, margins 37/35/28/26
// mm, title in 二号 方正小标宋 centred, body in 三号 仿宋 at a fixed 28.95 pt line (22 lines of
// 28 characters), first-level headings in 黑体, second-level in 楷体, issuing office and date
// at the end, a note with the data cut-off, page numbers "— 1 —" at the foot.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { BriefingContent } from './content';
import { cnDate } from './content';
import type { Fonts } from './fonts';
import { fmtNumber } from '../public/render';

const MM = 56.7; // twips per millimetre
const SIZE = { title: 44, body: 32, table: 24, footer: 28 }; // half-points: 二号, 三号, 小四, 四号
const LINE = { line: 579, lineRule: LineRuleType.EXACT }; // 28.95 pt

export async function briefingDocx(c: BriefingContent, fonts: Fonts, issuedOn: string): Promise<Buffer> {
  const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
  const run = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, font: font(fonts.body), size: SIZE.body, ...o });
  const body = (text: string, o: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
    new Paragraph({ children: [run(text)], spacing: LINE, indent: o.indent === false ? undefined : { firstLine: 640 }, alignment: o.align ?? AlignmentType.JUSTIFIED });
  const h1 = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(text, { font: font(fonts.heading1), color: '000000' })], spacing: LINE, indent: { firstLine: 640 } });
  const h2 = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text, { font: font(fonts.heading2), color: '000000' })], spacing: LINE, indent: { firstLine: 640 } });
  const cell = (text: string, o: { bold?: boolean; right?: boolean; width: number } = { width: 10 }) =>
    new TableCell({
      width: { size: o.width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: o.right ? AlignmentType.RIGHT : AlignmentType.CENTER, children: [run(text, { size: SIZE.table, bold: o.bold })] })],
    });
  const widths = [6, 30, 9, 17, 18, 11, 9];
  const head = ['序号', '指标', '单位', '最新值（时期）', '目标', '进展状态', '完成度'];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { bold: true, width: widths[i] })) }),
      ...c.indicators.map(
        (r, n) =>
          new TableRow({
            children: [
              cell(String(n + 1), { width: widths[0] }),
              cell(r.name, { width: widths[1] }),
              cell(r.unit, { width: widths[2] }),
              cell(r.latest, { width: widths[3], right: true }),
              cell(r.target, { width: widths[4] }),
              cell(r.statusLabel, { width: widths[5] }),
              cell(r.distanceCovered === null ? '—' : `${fmtNumber(r.distanceCovered, 'zh')}%`, { width: widths[6], right: true }),
            ],
          }),
      ),
    ],
  });

  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 579 },
      children: [new TextRun({ text: c.title, font: font(fonts.title), size: SIZE.title, color: '000000' })],
    }),
    new Paragraph({ children: [run(`${c.addressee}：`)], spacing: LINE }),
    ...c.overviewText.map((t, i) => (i === 0 ? body(t) : body(t))),
    h1('一、总体情况'),
    body(`指标方面：纳入监测${c.overview.indicators}项；任务方面：重点任务${c.overview.tasks.total}项，完成率${c.overview.tasks.percentDone ?? 0}%。`),
    h1('二、主要指标完成情况'),
    body('各项指标最新值、目标与进展状态见下表（状态依 Open SDG 方法计算，仅含审核通过的数据）。'),
    table,
    h1('三、重点任务推进情况'),
  ];
  for (const g of c.groups) {
    children.push(h2(`${g.heading}（${g.statusLabel}）`));
    for (const t of g.tasks) {
      const done = t.reports.map((r) => `${r.unit}：${r.text}`).join('；');
      children.push(body(`${t.number}. ${t.title}（${t.standingLabel}）。${done ? `${done}${/[。；]$/.test(done) ? '' : '。'}` : '本期无审核通过的进展报告。'}`));
    }
  }
  children.push(h1('四、存在的问题和需协调事项'));
  if (!c.problems.length && !c.coordination.length) children.push(body('本期审核通过的报告未提出问题或需协调事项。'));
  if (c.problems.length) {
    children.push(h2('（一）存在的问题'));
    c.problems.forEach((p, i) => children.push(body(`${i + 1}. ${p.unit}（任务${p.task}）：${p.text}`)));
  }
  if (c.coordination.length) {
    children.push(h2(c.problems.length ? '（二）需协调事项' : '（一）需协调事项'));
    c.coordination.forEach((p, i) => children.push(body(`${i + 1}. ${p.unit}（任务${p.task}）：${p.text}`)));
  }
  children.push(h1('五、下一步工作'));
  if (!c.nextSteps.length) children.push(body('各责任单位将按照分工继续推进。'));
  // Several units often write the same next step: say each once, naming who.
  const steps = new Map<string, string[]>();
  for (const s of c.nextSteps) steps.set(s.text, [...new Set([...(steps.get(s.text) ?? []), s.unit])]);
  [...steps].forEach(([text, who], i) => children.push(body(`${i + 1}. ${text}（${who.join('、')}）`)));
  children.push(
    new Paragraph({ spacing: LINE, children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE, children: [run(c.issuer)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE, children: [run(cnDate(issuedOn))] }),
    new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(`（数据截至${cnDate(c.cutOff)}）`)] }),
  );

  const doc = new Document({
    creator: c.issuer,
    title: c.title,
    description: `数据截至 ${c.cutOff}；字体：标题 ${fonts.title}，正文 ${fonts.body}`,
    styles: { default: { document: { run: { font: fonts.body, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: { width: Math.round(210 * MM), height: Math.round(297 * MM) }, margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZE.footer })] })],
          }),
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
