// Responsibility tables (重点任务分工表 / 责任清单 / 任务台账): 序号 | 重点任务 | 具体措施 |
// 牵头单位 | 配合单位 | 责任领导 | 完成时限. Offices receive them as Word tables, spreadsheets,
// or text copied from a web page; the file readers turn all of these into text with one cell
// per line, or one row per line with `|` or tab separated cells, which is what is read here.
import type { DocTable, Goal, Task } from './types';
import type { Line } from './text';
import { resolveUnits, UNIT_SUFFIX, type UnitSegment } from './units';
import { findDeadlines } from './deadlines';
import { headingOf } from './sections';

export type TaskColumn = 'serial' | 'task' | 'measure' | 'lead' | 'support' | 'resp' | 'leader' | 'deadline' | 'other';

/** Header words, by column. A header cell may carry a note in brackets: 重点工作任务(杭州市2项配合工作). */
const COLUMN_WORDS: [TaskColumn, RegExp][] = [
  ['serial', /^(序号|编号|序|项次)$/],
  ['leader', /(责任|牵头|分管|联系|包保)(市|区|县)?(领导|负责人)|^责任人$/],
  ['lead', /^(牵头(责任)?(单位|部门)|主责(单位|部门)|主办单位|牵头)$/],
  ['support', /^((配合|协同|协办|参与|协助|协作|支持)(责任)?(单位|部门)|配合|协同)$/],
  ['resp', /^((主要)?责任(单位|部门|主体)|实施(单位|主体)|落实单位|承办单位)$/],
  ['deadline', /^(完成(时限|时间|期限)|时间(节点|安排|要求)|时限(要求)?|进度安排|完成节点|办结时限)$/],
  ['measure', /^((?:(?:19|20)\d{2}年度?(?:预期|主要)?|预期|年度|主要)目标(?:任务)?|工作举措|具体措施|主要措施|工作措施|推进措施|具体举措|措施|举措|(?:主要|重点)(?:工作)?(?:举措|措施)|工作目标|目标要求|具体内容|工作要求|进展情况|完成情况|备注)$/],
  ['task', /^((重点|主要|具体)?(工作)?任务(内容|事项|名称)?|重点工作(任务)?|工作(内容|事项)|内容(与要求)?|任务分解|事项|项目(名称)?)$/],
];

function headerWord(cell: string): TaskColumn | null {
  const t = cell.replace(/\s+/g, '').replace(/[（(][^（()）]{0,30}[）)]$/, '');
  // An empty cell matches no header word; only the length needs a check.
  if (t.length > 12) return null;
  for (const [col, re] of COLUMN_WORDS) if (re.test(t)) return col;
  return null;
}

function usable(cols: TaskColumn[]): boolean {
  const hasUnits = cols.some((c) => c === 'lead' || c === 'resp' || c === 'support');
  const hasTask = cols.some((c) => c === 'task' || c === 'measure');
  return hasUnits && hasTask && cols.length >= 3;
}

const SEP_LINE = /^[|｜]?\s*:?-{2,}:?\s*([|｜]\s*:?-{2,}:?\s*)*[|｜]?$/;

/**
 * Cells of a row-per-line table: `|`-separated (Markdown or web copy) or tab-separated. The
 * line comes from splitLines, which breaks at \r too, so it holds none.
 */
function splitRow(t: string): string[] | null {
  if (/[|｜]/.test(t)) {
    // At least two parts, as the line holds a bar: one is left after the shift.
    const parts = t.split(/[|｜]/);
    if (!parts[0].trim()) parts.shift();
    if (!parts[parts.length - 1].trim()) parts.pop();
    return parts.map((p) => p.trim());
  }
  if (t.includes('\t')) return t.replace(/^\t+(?=\S)/, '').split('\t').map((p) => p.trim());
  return null;
}

const SERIAL_CELL = /^(\d{1,4})\s*[*＊]?[.．、]?$|^[（(]?([一二三四五六七八九十]{1,3})[)）]?$/;

function serialOf(s: string): string | null {
  const m = s.trim().match(SERIAL_CELL);
  if (!m) return null;
  return m[1] ?? `（${m[2]}）`;
}

/**
 * A cell-per-line copy may close (or open) each cell with a bar: `序号 |`, `| 1`, `|招商工作部|`.
 * Such a line holds one cell; the bars are the copy's column marks, not its words.
 */
function lineCell(l: Line): string {
  // (The content is trimmed, so a tab inside it parts two cells, never one.)
  const parts = splitRow(l.content);
  return parts && parts.length === 1 ? parts[0] : l.content;
}

interface Row {
  cells: string[];
  start: number;
  end: number;
  lines: number[];
  /** The copy ends inside the row: its last cells are missing, so a unit cell may hold the task's prose. */
  cut?: boolean;
}

/**
 * A chapter or 一、 heading: the table has ended. A （一） group line (rank 3) is a note of the
 * row above, like the 1. items below it.
 */
function endsTable(line: Line): boolean {
  const h = headingOf(line.content);
  return !!h && h.rank <= 2;
}

/** Row cells keeping leading empty cells (a PDF or spreadsheet line continuing a wrapped cell). */
function rowCells(t: string): string[] | null {
  if (!/[|｜]/.test(t) && t.includes('\t')) return t.split('\t').map((p) => p.trim());
  return splitRow(t);
}

function readSeparatedRows(lines: Line[], from: number, n: number): { rows: Row[]; next: number } {
  const rows: Row[] = [];
  let j = from;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (!l.content) {
      // One blank line inside a table is spacing; two end it.
      if (j + 1 < lines.length && !lines[j + 1].content) break;
      continue;
    }
    if (SEP_LINE.test(l.content)) continue;
    const cells = rowCells(l.raw);
    if (!cells || cells.length < 2) break;
    // A header row repeated on a new page (a usable header has at least three columns).
    if (cells.filter((c) => headerWord(c)).length >= 3) continue;
    const padded = cells.length >= n ? cells.slice(0, n) : [...cells, ...Array(n - cells.length).fill('')];
    // A row without a serial continues the one above (a cell broken over lines).
    if (rows.length && padded[0] === '') {
      const last = rows[rows.length - 1];
      padded.forEach((c, k) => {
        if (c) last.cells[k] = `${last.cells[k]}${last.cells[k] ? '\n' : ''}${c}`;
      });
      last.end = l.cEnd;
      last.lines.push(l.index);
      continue;
    }
    rows.push({ cells: padded, start: l.cStart, end: l.cEnd, lines: [l.index] });
  }
  return { rows, next: j };
}

/**
 * Cell-per-line tables (web copy, Word tables pasted as text): after the header, a row starts
 * at a line holding only a serial number and its cells are the next non-empty lines. Lines
 * past the row's width until the next serial (a note such as 省牵头单位：…, or a group line
 * such as （二）…牵头重点工作) belong to the row's text but not to its cells.
 */
function readCellRows(lines: Line[], from: number, n: number): { rows: Row[]; next: number } {
  const rows: Row[] = [];
  let j = from;
  let cur: Row | null = null;
  let overflow = 0;
  for (; j < lines.length; j++) {
    const l = lines[j];
    const cell = lineCell(l);
    if (!cell) continue;
    const serial = serialOf(cell);
    // The header starts with 序号, so a row starts with its serial; a （一） line is a group line.
    const isRowStart = serial !== null && !/^[（(]/.test(cell);
    if (isRowStart) {
      cur = { cells: [cell], start: l.cStart, end: l.cEnd, lines: [l.index] };
      rows.push(cur);
      overflow = 0;
      continue;
    }
    if (!cur) {
      // Group lines (（一）…) may sit between the header and the first row.
      if (overflow++ < 2) continue;
      break;
    }
    if (cur.cells.length < n) {
      cur.cells.push(cell);
      cur.end = l.cEnd;
      cur.lines.push(l.index);
      continue;
    }
    // Past the row's width: a note line, a group line, or the end of the table.
    if (endsTable(l)) break;
    if (headerWord(cell) === 'serial') break;
    if (++overflow > 3) break;
    cur.lines.push(l.index);
  }
  // A row short of the header's width at the end of the text was cut off by the copy.
  // (The last row is short only where the text ends: any line after it would be its next cell.)
  if (cur && cur.cells.length < n) cur.cut = true;
  return { rows: rows.filter((r) => r.cells.length >= Math.max(2, n - 1)), next: j };
}

/**
 * A unit cell as one list: a Word, PDF or spreadsheet cell often holds one unit per line (an
 * .xlsx cell's line breaks arrive as spaces), and resolveUnits ends a list at a line break or a
 * wide gap. A piece ending like a unit (…局, …委, …（牵头）) is followed by 、 (by ， after a role
 * word: 区商务委牵头 / 区交通局配合), unless the next piece is its marker (（牵头）) or 等; any other
 * piece is a name broken over lines (区发展改 / 革委) or a list broken after its 、, and runs on.
 */
function unitCellText(cell: string): string {
  const pieces = cell.trim().split(/(\s+)/);
  let out = pieces[0];
  for (let i = 2; i < pieces.length; i += 2) {
    const joiner = /^[（(等]/.test(pieces[i])
      ? ''
      : UNIT_SUFFIX.test(out) || /[)）]$/.test(out)
        ? '、'
        : /(?:牵头|配合)$/.test(out)
          ? '，'
          : // A single space that is no line break stays as it was written.
            !pieces[i - 1].includes('\n') && !/[、，,；;]$/.test(out)
            ? ' '
            : '';
    out += joiner + pieces[i];
  }
  return out;
}

function unitsOfRow(cols: TaskColumn[], cells: string[], cut = false) {
  const segs: UnitSegment[] = [];
  cols.forEach((c, k) => {
    const v = unitCellText(cells[k] ?? '');
    // In a row the copy cut off, a unit cell holding a sentence's commas is prose shifted in
    // from a column the copy lost (推动…落地,引进…机构、中科), not a list of units.
    if (!v || (cut && /[，,。]/.test(v))) return;
    if (c === 'lead') segs.push({ label: 'lead', content: v });
    else if (c === 'support') segs.push({ label: 'support', content: v });
    else if (c === 'resp') segs.push({ label: 'resp', content: v });
  });
  // With a lead column, the 责任单位 column lists the supporting units; a 牵头单位 cell left
  // empty leaves the first responsible unit to lead (resolveUnits reads a 责任 label as
  // unlabelled when no lead label is present).
  return resolveUnits(segs);
}

function firstSentence(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const stop = t.indexOf('。');
  return (stop >= 0 ? t.slice(0, stop) : t).replace(/[；;，,：:]+$/, '').slice(0, 120);
}

// A 完成时限 column states its date without 前 (2025年6月, 2025年): read the cell as the labelled
// limit it is when it says nothing more.
const LABEL = '完成时限：';
function columnDeadlines(cell: string, docYear: number | null) {
  const found = findDeadlines(cell, docYear);
  if (found.length) return found;
  return findDeadlines(`${LABEL}${cell}`, docYear).map((d) => ({ ...d, text: d.text.slice(LABEL.length) }));
}

export interface TaskTableResult {
  tasks: Task[];
  tables: DocTable[];
  /** Line indices occupied by the tables (header and rows). */
  lines: Set<number>;
  /** The cells of a column of the year's targets (2022年预期目标), each a goal of that year. */
  goals: Goal[];
}

/** A column heading naming the year of the targets below it: 2022年预期目标, 2023年度目标. */
const TARGET_COLUMN = /^((?:19|20)\d{2})年度?(?:预期|主要)?目标(?:任务)?$/;

/** The caption line above a header (附件 … 重点任务分工表), if it reads as one. */
function captionAbove(lines: Line[], at: number): string {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const c = lines[k].content;
    if (!c) continue;
    // 附件：2 and 附件2： both occur; the colon after the number must go with it. A line that is
    // only 附件 and its number is left empty by the same replacement: no caption.
    if (c.length <= 60 && !/[。；]$/.test(c)) return c.replace(/^附件[:：]?\s*\d*\s*[:：]?\s*/, '');
    break;
  }
  return '';
}

export function findTaskTables(lines: Line[], docYear: number | null): TaskTableResult {
  const tasks: Task[] = [];
  const tables: DocTable[] = [];
  const used = new Set<number>();
  const goals: Goal[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    const c = l.content;
    if (!c) {
      i++;
      continue;
    }
    let cols: TaskColumn[] | null = null;
    let header: string[] = [];
    let rows: Row[] = [];
    let next = i + 1;
    let headerLines: number[] = [];
    const inline = splitRow(l.raw);
    if (inline && inline.length >= 3) {
      const words = inline.map(headerWord);
      if (words.every((w) => w !== null) && usable(words as TaskColumn[])) {
        cols = words as TaskColumn[];
        header = inline;
        headerLines = [l.index];
        const r = readSeparatedRows(lines, i + 1, cols.length);
        rows = r.rows;
        next = r.next;
      }
    } else if (headerWord(lineCell(l)) === 'serial') {
      // One header cell per line, blank lines allowed between them.
      const hdr: string[] = [];
      const hdrLines: number[] = [];
      let j = i;
      while (j < lines.length && hdr.length < 10) {
        const cell = lineCell(lines[j]);
        if (!cell) {
          j++;
          continue;
        }
        if (!headerWord(cell) || (hdr.length && headerWord(cell) === 'serial')) break;
        hdr.push(cell);
        hdrLines.push(lines[j].index);
        j++;
      }
      const words = hdr.map((h) => headerWord(h) as TaskColumn);
      if (usable(words)) {
        cols = words;
        header = hdr;
        headerLines = hdrLines;
        const r = readCellRows(lines, j, cols.length);
        rows = r.rows;
        next = r.next;
      }
    }
    if (!cols || !rows.length) {
      i++;
      continue;
    }
    const caption = captionAbove(lines, i);
    const table: DocTable = {
      kind: 'task',
      title: caption,
      header,
      rows: rows.map((r) => ({ cells: r.cells.map((x) => x.trim()), span: [r.start, Math.max(r.start, r.end)] })),
      span: [l.cStart, Math.max(l.cStart, rows[rows.length - 1].end)],
    };
    tables.push(table);
    headerLines.forEach((x) => used.add(x));
    const taskCol = cols.indexOf('task') >= 0 ? cols.indexOf('task') : cols.indexOf('measure');
    const serialCol = cols.indexOf('serial');
    const targetCol = header.findIndex((h) => TARGET_COLUMN.test(h.replace(/\s+/g, '')));
    const targetYear = targetCol >= 0 ? header[targetCol].replace(/\s+/g, '').match(TARGET_COLUMN)![1] : undefined;
    rows.forEach((r, k) => {
      r.lines.forEach((x) => used.add(x));
      const cellText = (col: TaskColumn, except = -1) =>
        cols!.map((cc, idx) => (cc === col && idx !== except ? r.cells[idx] ?? '' : '')).filter(Boolean).join('\n');
      const titleCell = r.cells[taskCol] ?? '';
      // Without a task column the first 具体措施 column is the title cell: not its own measure too.
      const text = [titleCell, cellText('measure', taskCol)].filter(Boolean).join('\n');
      const deadlineText = cellText('deadline');
      const number = serialCol >= 0 ? serialOf(r.cells[serialCol] ?? '') ?? String(k + 1) : String(k + 1);
      tasks.push({
        number,
        kind: 'task',
        title: firstSentence(titleCell) || firstSentence(text) || number,
        text: text.trim(),
        section: null,
        sectionTitle: caption,
        deadlines: deadlineText ? columnDeadlines(deadlineText, docYear) : findDeadlines(text, docYear),
        units: unitsOfRow(cols!, r.cells, r.cut),
        span: [r.start, Math.max(r.start, r.end)],
      });
      // The goal spans the cell's own line (a goal is read from the text under its span).
      // (lines[i].index === i: the row's own lines, not a scan of the document per row.)
      const cellLine = targetYear ? r.lines.map((x) => lines[x]).find((x) => x.content === r.cells[targetCol]) : undefined;
      if (cellLine) goals.push({ year: Number(targetYear), text: cellLine.content, span: [cellLine.cStart, cellLine.cEnd] });
    });
    i = Math.max(next, i + 1);
  }
  return { tasks, tables, lines: used, goals };
}
