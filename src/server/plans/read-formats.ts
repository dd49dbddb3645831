// File formats an office receives a plan in, turned into the text the parser reads. Tables
// come out one row per line with tab-separated cells (merged cells filled in), paragraphs one
// per line followed by a blank line, as mammoth's raw text does. Parsing stays in src/domain.

/** HTML entities that occur in government pages and Word HTML. */
function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

const inlineText = (html: string) => decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '')).replace(/[ \t\r]+/g, ' ');

/** Cell text: paragraphs of a cell joined; a list of short names (units on lines of their own) with 、. */
function cellText(html: string): string {
  const paras = html
    .split(/<\/p>|<br\s*\/?>|<\/li>/i)
    .map((p) => inlineText(p).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paras.length > 1 && paras.every((p) => p.length <= 24 && !/[。；，,]/.test(p))) return paras.join('、');
  return paras.join(' ');
}

/** One table: rows of cells with colspan (empty cells) and rowspan (the value filled down). */
export function tableRows(tableHtml: string): string[][] {
  const rows: string[][] = [];
  const carry: { text: string; left: number }[] = [];
  const trs = tableHtml.match(/<tr[\s\S]*?<\/tr>/gi) ?? [];
  for (const tr of trs) {
    const row: string[] = [];
    const cells = tr.match(/<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi) ?? [];
    let col = 0;
    const fill = () => {
      while (carry[col] && carry[col].left > 0) {
        row[col] = carry[col].text;
        carry[col].left--;
        col++;
      }
    };
    for (const c of cells) {
      fill();
      const attrs = c.match(/^<t[dh]\b([^>]*)>/i)?.[1] ?? '';
      const colspan = Math.max(1, Math.min(50, Number(attrs.match(/colspan\s*=\s*"?(\d+)/i)?.[1] ?? 1)));
      const rowspan = Math.max(1, Math.min(1000, Number(attrs.match(/rowspan\s*=\s*"?(\d+)/i)?.[1] ?? 1)));
      const text = cellText(c.replace(/^<t[dh]\b[^>]*>|<\/t[dh]>$/gi, ''));
      for (let k = 0; k < colspan; k++) {
        row[col] = k === 0 ? text : '';
        if (rowspan > 1) carry[col] = { text: k === 0 ? text : '', left: rowspan - 1 };
        col++;
      }
    }
    fill();
    rows.push(Array.from(row, (x) => x ?? ''));
  }
  return rows;
}

const rowLine = (cells: string[]) => {
  const c = cells.map((x) => x.replace(/[\t\n]+/g, ' ').trim());
  // A title row merged across the table.
  if (c.length > 1 && c.every((x) => x === c[0])) return c[0];
  while (c.length && !c[c.length - 1]) c.pop();
  return c.join('\t');
};

/**
 * HTML (mammoth's rendering of a .docx, or a saved web page) to text: block elements one per
 * line with a blank line after, tables one row per line. Scripts, styles and page chrome
 * (<nav>, <header>, <footer>) are dropped.
 */
export function htmlToText(html: string): string {
  let h = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|nav|header|footer|select|button|iframe|svg)\b[\s\S]*?<\/\1>/gi, '');
  const body = h.match(/<body\b[^>]*>([\s\S]*)<\/body>/i);
  if (body) h = body[1];
  const out: string[] = [];
  const tableRe = /<table\b[\s\S]*?<\/table>/gi;
  let last = 0;
  let m: RegExpExecArray | null;
  const blocks = (s: string) => {
    const text = inlineText(s.replace(/<\/(p|div|h[1-6]|li|section|article|dd|dt|ul|ol)>/gi, '\n\n').replace(/<(p|div|h[1-6]|li)\b[^>]*>/gi, '\n'));
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t) out.push(t, '');
    }
  };
  while ((m = tableRe.exec(h))) {
    blocks(h.slice(last, m.index));
    // Nested tables are rare in plans; the outer table's rows are read.
    for (const r of tableRows(m[0])) {
      const line = rowLine(r);
      if (line.trim()) out.push(line);
    }
    out.push('');
    last = m.index + m[0].length;
  }
  blocks(h.slice(last));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** CSV with quoted fields (RFC 4180) to tab-separated lines. */
export function csvToText(csv: string): string {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  const s = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (q) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => rowLine(r.map((c) => c.replace(/\s*\n\s*/g, ' ')))).join('\n');
}

/** Worksheets of an .xlsx: each sheet's rows tab-separated, merged cells filled from their master. */
export async function xlsxToText(data: Buffer): Promise<string> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    const lines: string[] = [];
    ws.eachRow({ includeEmpty: false }, (r) => {
      const cells: string[] = [];
      for (let c = 1; c <= r.cellCount; c++) {
        const cell = r.getCell(c);
        const v = (cell.isMerged ? cell.master : cell).text ?? '';
        cells.push(String(v).replace(/\s*\n\s*/g, ' '));
      }
      lines.push(rowLine(cells));
    });
    if (lines.length) parts.push(lines.join('\n'));
  });
  return parts.join('\n\n');
}

/**
 * PDF fonts often map characters to CJK radicals (⾰ U+2FB0, ⺠ U+2EA0) instead of the
 * ideograph; NFKC folds the Kangxi radicals, these supplement forms are folded here.
 */
const RADICALS: Record<string, string> = { '⺠': '民', '⻓': '长', '⻔': '门', '⻢': '马', '⻛': '风', '⻚': '页', '⻜': '飞', '⻋': '车', '⻅': '见', '⻆': '角', '⻩': '黄', '⻬': '齐', '⻝': '食', '⻉': '贝', '⻘': '青', '⻄': '西', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻳': '龟', '⺟': '母' };
const unradical = (s: string) => s.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c);

interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * A PDF's text layer, line by line from the positions of the text: items on the same
 * baseline form a line; a wide gap between items is a cell boundary (tab). A line below a
 * table row that starts under a later column continues that row's cells (leading tabs), so a
 * cell wrapped over lines is read back into its row.
 */
export async function pdfToText(data: Buffer): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const it of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
      if (!it.str || !it.transform) continue;
      if (!it.str.trim()) continue;
      items.push({ str: unradical(it.str), x: it.transform[4], y: it.transform[5], w: it.width ?? 0, h: Math.abs(it.height ?? it.transform[3] ?? 10) || 10 });
    }
    items.sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: PdfItem[][] = [];
    for (const it of items) {
      const line = lines[lines.length - 1];
      if (line && Math.abs(line[0].y - it.y) <= Math.max(2, it.h * 0.4)) line.push(it);
      else lines.push([it]);
    }
    const out: string[] = [];
    let cols: number[] | null = null;
    for (const line of lines) {
      line.sort((a, b) => a.x - b.x);
      const cells: { x: number; text: string }[] = [];
      for (const it of line) {
        const prev = cells[cells.length - 1];
        const prevItem = prev ? line[line.indexOf(it) - 1] : null;
        const gap = prevItem ? it.x - (prevItem.x + prevItem.w) : 0;
        if (prev && gap < Math.max(3, it.h * 0.5)) prev.text += gap > it.h * 0.25 && /[A-Za-z0-9]$/.test(prev.text) ? ` ${it.str}` : it.str;
        else cells.push({ x: it.x, text: it.str });
      }
      if (cells.length >= 3) {
        cols = cells.map((c) => c.x);
        out.push(cells.map((c) => c.text.trim()).join('\t'));
      } else if (cols && cells.length && cells[0].x > cols[0] + 8) {
        // Continuation of a wrapped cell: place each piece under its column.
        const row: string[] = Array(cols.length).fill('');
        for (const c of cells) {
          let k = 0;
          for (let j = 0; j < cols.length; j++) if (c.x >= cols[j] - 8) k = j;
          row[k] = row[k] ? `${row[k]} ${c.text}` : c.text;
        }
        out.push(row.join('\t').replace(/\t+$/, ''));
      } else {
        cols = null;
        out.push(cells.map((c) => c.text.trim()).join('\t'));
      }
    }
    pages.push(out.join('\n'));
    page.cleanup();
  }
  await doc.destroy();
  return { text: pages.join('\n'), pages: doc.numPages };
}
