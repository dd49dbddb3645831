// A direct reader of an .xlsx's cell values for the upload path: the zip parts are inflated once
// (by checkZipDirectory, which verifies every part anyway) and the sheet's XML is scanned as bytes,
// cell values decoded only where they are used. It reads what exceljs's streaming reader read
// (shared, inline and formula strings, numbers, booleans, errors, rich text), in about a third of
// its time for the 100,000-row bench workbook and without its temporary files; styles, comments
// and hyperlinks are not read. No database work: it runs in the parse worker.

/** What a row holds within the columns read; `width` is its right-most cell's column (read or not). */
export interface SheetRow {
  row: number;
  vals: string[];
  width: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML character and entity references in a text or attribute value. */
export function xmlDecode(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The value of attribute `name` in a start tag's text, decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    at = tag.indexOf(name, at);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    let eq = at + name.length;
    // A whole attribute name (not the tail of another, e.g. `r` in `spans`) followed by `=`.
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (tag.charCodeAt(eq) === 32) eq++;
      if (tag.charCodeAt(eq) === 61) {
        let q = eq + 1;
        while (tag.charCodeAt(q) === 32) q++;
        const quote = tag[q];
        if (quote === '"' || quote === "'") {
          const end = tag.indexOf(quote, q + 1);
          if (end < 0) return undefined;
          return xmlDecode(tag.slice(q + 1, end));
        }
      }
    }
    at += name.length;
  }
}

/** The local name of a tag starting at `from` (after `<` or `</`), namespace prefix dropped. */
function tagName(s: string, from: number): string {
  let end = from;
  for (;;) {
    const c = s.charCodeAt(end);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13 || Number.isNaN(c)) break;
    end++;
  }
  const name = s.slice(from, end);
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** End (index of `>`) of the tag starting at `lt`, skipping a `>` inside a quoted attribute value. */
function tagEnd(s: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

class Malformed extends Error {}

/**
 * Walks the XML in `buf` and calls `visit` for each start tag (local name, the tag's text, whether
 * it closes itself), end tag and text run. Text is handed as byte offsets into `buf` (the window
 * strings are latin1, one character per byte) so only the texts kept are decoded as UTF-8; CDATA
 * sections are handed as text too. `cut` names a tag before which the document may be split into
 * windows of about `window` bytes (the rows of a sheet), to bound the size of one string.
 */
function walk(
  buf: Buffer,
  visit: {
    open: (name: string, tag: string, selfClosing: boolean) => void;
    close: (name: string) => void;
    text: (from: number, to: number, raw: boolean) => void;
  },
  cut?: string,
  window = 8 * 1024 * 1024,
): void {
  let base = 0;
  while (base < buf.length) {
    let limit = buf.length;
    if (cut && buf.length - base > window) {
      const at = buf.indexOf(cut, base + window, 'latin1');
      if (at > base) limit = at;
    }
    const s = buf.toString('latin1', base, limit);
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (pos < s.length) visit.text(base + pos, base + s.length, false);
        break;
      }
      if (lt > pos) visit.text(base + pos, base + lt, false);
      const c = s.charCodeAt(lt + 1);
      if (c === 47) {
        // </name>
        const gt = s.indexOf('>', lt);
        if (gt < 0) throw new Malformed('unterminated end tag');
        visit.close(tagName(s, lt + 2));
        pos = gt + 1;
      } else if (c === 33) {
        // <!-- comment -->, <![CDATA[ … ]]>, <!DOCTYPE …>
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) throw new Malformed('unterminated CDATA');
          visit.text(base + lt + 9, base + end, true);
          pos = end + 3;
        } else if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) throw new Malformed('unterminated comment');
          pos = end + 3;
        } else {
          const gt = s.indexOf('>', lt);
          if (gt < 0) throw new Malformed('unterminated declaration');
          pos = gt + 1;
        }
      } else if (c === 63) {
        // <?xml … ?>
        const end = s.indexOf('?>', lt);
        if (end < 0) throw new Malformed('unterminated processing instruction');
        pos = end + 2;
      } else {
        const gt = tagEnd(s, lt);
        if (gt < 0) throw new Malformed('unterminated start tag');
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        visit.open(tagName(s, lt + 1), s.slice(lt, gt + 1), selfClosing);
        pos = gt + 1;
      }
    }
    base = limit;
  }
}

/** Text of `[from, to)` of `buf`: UTF-8, entities decoded unless it came from CDATA. */
const textOf = (buf: Buffer, from: number, to: number, raw: boolean) => {
  const t = buf.toString('utf8', from, to);
  return raw ? t : xmlDecode(t);
};

/** The shared strings: each `<si>`'s `<t>` texts (plain or rich runs), phonetic guides left out. */
export function readSharedStrings(buf: Buffer): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  walk(
    buf,
    {
      open(name, _tag, selfClosing) {
        if (name === 'si') {
          cur = [];
          if (selfClosing) out.push(''), (cur = null);
        } else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
        else if (name === 't' && cur && !phonetic && !selfClosing) inT = true;
      },
      close(name) {
        if (name === 'si' && cur) out.push(cur.join('')), (cur = null);
        else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
        else if (name === 't') inT = false;
      },
      text(from, to, raw) {
        if (inT && cur) cur.push(textOf(buf, from, to, raw));
      },
    },
    '<si',
  );
  return out;
}

/** Column number of a cell reference (`AB12` → 28); 0 when it has no letters. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

/**
 * Text of a number cell as exceljs gave it (the number, then String): `80.0` → `80`. A value that is
 * not a number is kept as written (exceljs read `2024-03` as 2024), so the check can name it.
 */
const numberText = (t: string) => {
  const s = t.trim();
  if (!s) return '';
  const n = Number(s);
  return Number.isNaN(n) ? s : String(n);
};

const isDelimiter = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** Value of attribute `name` (e.g. ` r="`) in the start tag `[lt, gt]` of `s`: fast path for the usual spelling. */
function attrIn(s: string, lt: number, gt: number, quoted: string, name: string): string | undefined {
  const at = s.indexOf(quoted, lt);
  if (at >= 0 && at < gt) {
    const end = s.indexOf('"', at + quoted.length);
    if (end >= 0 && end < gt) return xmlDecode(s.slice(at + quoted.length, end));
  }
  // Other spellings (single quotes, spaces around `=`, a line break before the name).
  return attr(s.slice(lt, gt + 1), name);
}

/**
 * The rows of one worksheet's XML. `onRow` receives every row element (rows without cells too),
 * with the values of its first `columns` columns as text (trimmed; '' for none) and the column of
 * its right-most cell, and may throw to stop the read. Written as one loop over the tags inside
 * `<sheetData>` (the only place cell values live), since it runs once per cell.
 */
export function readSheetRows(buf: Buffer, shared: readonly string[], columns: number, onRow: (r: SheetRow) => void): void {
  // The main namespace's prefix, if the sheet uses one (`<x:sheetData>`); other elements are skipped.
  const dataAt = buf.indexOf('sheetData', 0, 'latin1');
  if (dataAt < 0) return;
  const ltAt = buf.lastIndexOf('<', dataAt, 'latin1');
  if (ltAt < 0 || dataAt - ltAt > 64) throw new Malformed('no <sheetData>');
  const prefix = buf.toString('latin1', ltAt + 1, dataAt);
  if (prefix && !/^[A-Za-z_][\w.-]*:$/.test(prefix)) throw new Malformed('no <sheetData>');
  const startGt = buf.indexOf('>', dataAt, 'latin1');
  if (startGt < 0) throw new Malformed('unterminated <sheetData>');
  if (buf[startGt - 1] === 47) return; // <sheetData/>
  const P = prefix.length;
  const rowTag = `<${prefix}row`;
  const WINDOW = 8 * 1024 * 1024;

  let rowNo = 0;
  let row: SheetRow | null = null;
  let col = 0;
  // The cell being read: its type, whether it is within the read columns, its gathered text.
  let type: string | undefined;
  let keep = false;
  let inCell = false;
  let hasValue = false;
  let text = '';
  let capture = false; // inside <v> or an inline string's <t>
  let inIs = false;
  let phonetic = 0;
  const endCell = () => {
    inCell = false;
    if (!row || !keep || !hasValue) return;
    let v: string;
    switch (type) {
      case 's':
        v = shared[parseInt(text, 10)] ?? '';
        break;
      case 'str':
      case 'inlineStr':
      case 'e':
      case 'd':
        v = text;
        break;
      case 'b':
        v = text.trim() === '' ? '' : String(parseInt(text, 10) !== 0);
        break;
      default:
        v = numberText(text);
    }
    row.vals[col - 1] = v.trim();
  };
  /** Text of `[from, to)` of the window `s` at `base`: latin1 as is when ASCII, else UTF-8 from the bytes. */
  const piece = (s: string, base: number, from: number, to: number) => {
    for (let i = from; i < to; i++) if (s.charCodeAt(i) > 127) return xmlDecode(buf.toString('utf8', base + from, base + to));
    return xmlDecode(s.slice(from, to));
  };

  let base = startGt + 1;
  let done = false;
  while (base < buf.length && !done) {
    let limit = buf.length;
    if (buf.length - base > WINDOW) {
      const at = buf.indexOf(rowTag, base + WINDOW, 'latin1');
      if (at > base) limit = at;
    }
    const s = buf.toString('latin1', base, limit);
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (capture) text += piece(s, base, pos, s.length);
        break;
      }
      if (capture && lt > pos) text += piece(s, base, pos, lt);
      let k = lt + 1;
      const c = s.charCodeAt(k);
      if (c === 33 || c === 63) {
        // CDATA (kept as text when gathering), comment, processing instruction.
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) throw new Malformed('unterminated CDATA');
          if (capture) text += buf.toString('utf8', base + lt + 9, base + end);
          pos = end + 3;
        } else {
          const end = s.startsWith('<!--', lt) ? s.indexOf('-->', lt + 4) : s.indexOf('>', lt);
          if (end < 0) throw new Malformed('unterminated markup');
          pos = end + (s.startsWith('<!--', lt) ? 3 : 1);
        }
        continue;
      }
      const closing = c === 47;
      if (closing) k++;
      const gt = closing ? s.indexOf('>', k) : tagEnd(s, lt);
      if (gt < 0) throw new Malformed('unterminated tag');
      pos = gt + 1;
      if (P && !s.startsWith(prefix, k)) continue; // another namespace's element
      k += P;
      const selfClosing = !closing && s.charCodeAt(gt - 1) === 47;
      const c0 = s.charCodeAt(k);
      const c1 = s.charCodeAt(k + 1);
      if (c0 === 99 && isDelimiter(c1)) {
        // <c>
        if (closing) {
          if (inCell) endCell();
          continue;
        }
        if (!row) continue;
        const ref = attrIn(s, lt, gt, ' r="', 'r');
        col = ref === undefined ? col + 1 : columnOf(ref);
        if (col < 1) throw new Malformed(`bad cell reference "${ref}"`);
        if (col > row.width) row.width = col;
        keep = col <= columns;
        type = keep ? attrIn(s, lt, gt, ' t="', 't') : undefined;
        text = '';
        hasValue = false;
        inIs = false;
        phonetic = 0;
        capture = false;
        inCell = !selfClosing;
        continue;
      }
      if (c0 === 118 && isDelimiter(c1)) {
        // <v>
        if (closing) capture = false;
        else if (inCell && keep && !inIs && !selfClosing) (capture = true), (hasValue = true), (text = '');
        else if (inCell && selfClosing) hasValue = true;
        continue;
      }
      if (c0 === 116 && isDelimiter(c1)) {
        // <t> of an inline string
        if (closing) capture = false;
        else if (inIs && keep && !phonetic && !selfClosing) capture = true;
        continue;
      }
      if (c0 === 105 && c1 === 115 && isDelimiter(s.charCodeAt(k + 2))) {
        // <is>
        if (closing) inIs = false;
        else if (inCell && keep) (inIs = !selfClosing), (hasValue = true), (text = '');
        continue;
      }
      if (c0 === 114 && c1 === 80 && s.charCodeAt(k + 2) === 104 && isDelimiter(s.charCodeAt(k + 3))) {
        // <rPh>: a phonetic guide, not part of the value
        if (closing) phonetic = Math.max(0, phonetic - 1);
        else if (inIs && !selfClosing) phonetic++;
        continue;
      }
      if (c0 === 114 && c1 === 111 && s.charCodeAt(k + 2) === 119 && isDelimiter(s.charCodeAt(k + 3))) {
        // <row>
        if (closing) {
          if (row) onRow(row);
          row = null;
          continue;
        }
        const r = attrIn(s, lt, gt, ' r="', 'r');
        rowNo = r === undefined ? rowNo + 1 : parseInt(r, 10);
        if (!Number.isFinite(rowNo) || rowNo < 1) throw new Malformed(`bad row number "${r}"`);
        row = { row: rowNo, vals: [], width: 0 };
        col = 0;
        if (selfClosing) onRow(row), (row = null);
        continue;
      }
      if (closing && s.startsWith('sheetData', k) && isDelimiter(s.charCodeAt(k + 9))) {
        done = true;
        break;
      }
    }
    base = limit;
  }
}

/** The sheets of a workbook in its own order: name and part path. */
export function readSheetList(workbookXml: Buffer | undefined, relsXml: Buffer | undefined): { sheets: { name: string; path: string }[]; sharedStrings?: string } {
  // Tags come as latin1 text (one character per byte): names and paths are UTF-8.
  const utf8 = (tag: string) => Buffer.from(tag, 'latin1').toString('utf8');
  const targets = new Map<string, { type: string; target: string }>();
  if (relsXml)
    walk(relsXml, {
      open(name, tag) {
        if (name !== 'Relationship') return;
        const id = attr(tag, 'Id');
        const target = attr(utf8(tag), 'Target');
        if (id && target) targets.set(id, { type: attr(tag, 'Type') ?? '', target });
      },
      close() {},
      text() {},
    });
  const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).replace(/\/\.\//g, '/');
  const sheets: { name: string; path: string }[] = [];
  if (workbookXml)
    walk(workbookXml, {
      open(name, tag) {
        if (name !== 'sheet') return;
        const id = attr(tag, 'r:id') ?? attr(tag, 'id');
        const rel = id ? targets.get(id) : undefined;
        if (rel && /\/worksheet$/.test(rel.type)) sheets.push({ name: attr(utf8(tag), 'name') ?? '', path: resolve(rel.target) });
      },
      close() {},
      text() {},
    });
  const shared = [...targets.values()].find((t) => /\/sharedStrings$/.test(t.type));
  return { sheets, sharedStrings: shared ? resolve(shared.target) : undefined };
}

export { Malformed as MalformedXml };
