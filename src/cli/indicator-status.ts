// `hubline indicator-status FILE`: one JSON document (one input → one pretty result, or an array
// of inputs → an array of results) or JSON Lines (one input a line → one result a line), so an
// auditor re-runs every stored status in one process. FILE `-` reads standard input.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { computeIndicatorStatus, parseStatusInput } from '../domain/progress/index';

type Write = (s: string) => void;
const problems = (errors: { path: string; messageZh: string; messageEn: string }[]) => errors.map((e) => `${e.path}: ${e.messageZh} / ${e.messageEn}`);

/** One input: the result, or the problems that keep it from being computed. */
function run(json: unknown): { ok: true; result: unknown } | { ok: false; errors: string[] } {
  const parsed = parseStatusInput(json);
  return parsed.ok ? { ok: true, result: computeIndicatorStatus(parsed.value) } : { ok: false, errors: problems(parsed.errors) };
}

/**
 * Returns the exit code: 0 when every input was computed, 2 when any was refused. In line mode a
 * refused line prints `{"line":n,"errors":[…]}` in its place and the others still get results.
 */
export async function indicatorStatusCommand(file: string, opts: { lines?: boolean }, out: Write, err: Write): Promise<number> {
  const linesMode = opts.lines || /\.(jsonl|ndjson)$/i.test(file);
  if (!linesMode) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (e) {
      err(`无法读取文件 / cannot read the file: ${(e as Error).message}`);
      return 2;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      // Not one document: JSON Lines when there is more than one line.
      if (text.trim().includes('\n')) return indicatorStatusCommand(file, { lines: true }, out, err);
      err(`无法读取 JSON 文件 / cannot read JSON: ${(e as Error).message}`);
      return 2;
    }
    if (Array.isArray(json)) {
      const results = json.map(run);
      results.forEach((r, i) => !r.ok && err(r.errors.map((m) => `[${i}] ${m}`).join('\n')));
      out(JSON.stringify(results.map((r, i) => (r.ok ? r.result : { index: i, errors: r.errors })), null, 2));
      return results.every((r) => r.ok) ? 0 : 2;
    }
    const r = run(json);
    if (!r.ok) {
      err(r.errors.join('\n'));
      return 2;
    }
    out(JSON.stringify(r.result, null, 2));
    return 0;
  }
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  let n = 0;
  let refused = 0;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) out(buffer.join('\n'));
    buffer = [];
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      refused++;
      buffer.push(JSON.stringify({ line: n, errors: [`不是 JSON / not JSON: ${(e as Error).message}`] }));
      continue;
    }
    const r = run(json);
    if (!r.ok) refused++;
    buffer.push(JSON.stringify(r.ok ? r.result : { line: n, errors: r.errors }));
    if (buffer.length >= 500) flush();
  }
  flush();
  if (refused) err(`${refused} 行未能计算 / ${refused} line(s) could not be computed`);
  return refused ? 2 : 0;
}
