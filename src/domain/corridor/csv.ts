// An incremental RFC 4180 reader: text goes in by chunks of any size, whole records come out
// with the file line they start on, so a million-row file never has to be held whole.
// Pure (no I/O): the caller reads the file or the upload stream and pushes its text.

export interface CsvRecord {
  /** Line of the file the record starts on (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    public line: number,
    public messageZh: string,
    public messageEn: string,
  ) {
    super(messageEn);
  }
}

export class CsvReader {
  private buf = '';
  private line = 1; // line of buf[0]
  private started = false;

  /** Feed text; returns the records completed by it. */
  push(chunk: string): CsvRecord[] {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf += chunk;
    return this.drain(false);
  }

  /** No more text: returns the last record (a file need not end with a newline). */
  end(): CsvRecord[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvRecord[] {
    const out: CsvRecord[] = [];
    const buf = this.buf;
    let pos = 0;
    // Position of the next quote, searched once per stretch (a per-line search would be quadratic).
    let q = buf.indexOf('"');
    for (;;) {
      if (pos >= buf.length) break;
      const nl = buf.indexOf('\n', pos);
      if (q !== -1 && q < pos) q = buf.indexOf('"', pos);
      if (q === -1 || (nl !== -1 && q > nl)) {
        // Fast path: a line without quotes.
        if (nl === -1 && !final) break;
        const end = nl === -1 ? buf.length : nl;
        let text = buf.slice(pos, end);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        if (text.length > 0) out.push({ line: this.line, fields: text.split(',') });
        this.line++;
        pos = end + 1;
        continue;
      }
      const r = parseQuoted(buf, pos, final);
      if (!r) break; // the record continues in the next chunk
      if ('error' in r) throw new CsvError(this.line, r.error[0], r.error[1]);
      out.push({ line: this.line, fields: r.fields });
      this.line += r.lines;
      pos = r.next;
    }
    this.buf = buf.slice(pos);
    return out;
  }
}

type Parsed = { fields: string[]; next: number; lines: number } | { error: [string, string] } | null;

function parseQuoted(buf: string, start: number, final: boolean): Parsed {
  const fields: string[] = [];
  let field = '';
  let i = start;
  let lines = 1;
  let quoted = false;
  let atFieldStart = true;
  while (i < buf.length) {
    const c = buf[i];
    if (quoted) {
      if (c === '"') {
        if (buf[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (i + 1 >= buf.length && !final) return null; // cannot tell "" from " yet
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') lines++;
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (!atFieldStart) return { error: ['引号只能出现在字段开头（字段内的引号须写成两个 ""）', 'a quote may only open a field (write "" for a quote inside a field)'] };
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\n' || (c === '\r' && buf[i + 1] === '\n')) {
      fields.push(field);
      return { fields, next: i + (c === '\r' ? 2 : 1), lines };
    }
    if (c === '\r' && i + 1 >= buf.length && !final) return null;
    field += c;
    atFieldStart = false;
    i++;
  }
  if (!final) return null;
  if (quoted) return { error: ['引号未闭合', 'a quoted field is not closed'] };
  fields.push(field);
  return { fields, next: buf.length, lines };
}

/** Quote a field for CSV output when it needs it. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
