// `hubline corridor-figures`, `import-shipments`, `generate-shipments`: the corridor ledger
// offline. corridor-figures re-computes, without a database, the monthly figures the
// server shows, from a file in the upload layout.
import { createReadStream, statSync } from 'node:fs';
import type { ImportProgress } from '../server/corridor/import';
import { FiguresAccumulator, ShipmentFileValidator, CsvError, generateShipments, CSV_HEADER, csvLine } from '../domain/corridor/index';

type Fail = (msg: string, code?: number) => never;

/** A progress bar on stderr when it is a terminal (a million rows take a while). */
function progress(total: number) {
  let last = 0;
  return (bytes: number, rows: number) => {
    if (!process.stderr.isTTY || Date.now() - last < 250) return;
    last = Date.now();
    const pct = total ? Math.min(100, Math.round((bytes / total) * 100)) : 0;
    process.stderr.write(`\r${'█'.repeat(pct / 5).padEnd(20, '░')} ${pct}%  ${rows} 行 / rows`);
  };
}
const clearProgress = () => process.stderr.isTTY && process.stderr.write('\r\x1b[K');

const PHASE_WORDS: Record<ImportProgress['phase'], string> = {
  reading: '读取并检查 reading',
  applying: '写入台账 applying',
  rollup: '月度汇总 rollup',
  done: '已提交 done',
};
/**
 * An import's progress: the bar on a terminal; otherwise (a log, a pipe, a script) one line per
 * tenth of the file read and one per phase, e.g. `进度 / progress: 读取并检查 reading 40%, 52000 行 / rows`.
 */
function importProgress(total: number) {
  const bar = progress(total);
  let lastPhase = '';
  let lastTenth = -1;
  return (p: ImportProgress) => {
    if (process.stderr.isTTY) {
      if (p.phase === 'reading') bar(p.bytes, p.rows);
      return;
    }
    const pct = total ? Math.min(100, Math.floor((p.bytes / total) * 100)) : 0;
    const tenth = Math.floor(pct / 10);
    if (p.phase === lastPhase && (p.phase !== 'reading' || tenth === lastTenth)) return;
    lastPhase = p.phase;
    lastTenth = tenth;
    process.stderr.write(`进度 / progress: ${PHASE_WORDS[p.phase]} ${pct}%, ${p.rows} 行 / rows\n`);
  };
}

export async function corridorFigures(file: string, json: boolean, fail: Fail): Promise<void> {
  const { kindOf, recordsOf } = await import('../server/corridor/read-file');
  const kind = kindOf(file) ?? fail('只支持 .csv 和 .xlsx / only .csv and .xlsx files', 2);
  const size = statSync(file).size;
  const v = new ShipmentFileValidator();
  const acc = new FiguresAccumulator();
  const tick = progress(size);
  let bytes = 0;
  try {
    for await (const batch of recordsOf(createReadStream(file), kind, (b) => (bytes = b))) {
      for (const r of batch) {
        const rec = v.add(r.line, r.fields);
        if (rec) acc.add(rec);
      }
      tick(bytes, v.rows);
    }
  } catch (e) {
    clearProgress();
    if (e instanceof CsvError) fail(`第${e.line}行：${e.messageZh} / Line ${e.line}: ${e.messageEn}`, 2);
    throw e;
  }
  clearProgress();
  const errors = v.finish();
  if (errors.length) fail(errors.map((e) => `${e.message} / ${e.messageEn}`).join('\n'), 2);
  // Resends of the same record count once, as on the server.
  const out = acc.result();
  if (json) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log('月份 month   运单 n   吨 t          标箱 TEU   货值 CNY           通道 TEU   鲜货放行中位/P90(分钟)');
  for (const m of out.months)
    console.log(
      `${m.month}   ${String(m.shipments).padStart(7)}  ${m.tonnes.toFixed(3).padStart(12)}  ${String(m.teu).padStart(9)}  ${m.valueCny.toFixed(2).padStart(17)}  ${String(m.corridor.teu).padStart(9)}   ${m.freshClearance ? `${m.freshClearance.medianMinutes} / ${m.freshClearance.p90Minutes}` : '—'}`,
    );
}

export async function importShipmentsCli(file: string, fail: Fail): Promise<void> {
  const { kindOf } = await import('../server/corridor/read-file');
  const kind = kindOf(file) ?? fail('只支持 .csv 和 .xlsx / only .csv and .xlsx files', 2);
  const { loadConfig } = await import('../server/core/config');
  const { openDatabase } = await import('../server/db/index');
  const { importShipments } = await import('../server/corridor/import');
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const tick = importProgress(statSync(file).size);
  try {
    const r = await importShipments(database, { id: null, name: 'cli' }, { all: true }, createReadStream(file), kind, { fileName: file, onProgress: tick });
    clearProgress();
    console.log(JSON.stringify(r, null, 2));
  } finally {
    await database.close();
  }
}

export function generateShipmentsCli(args: string[], out: NodeJS.WritableStream): Promise<void> {
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
  };
  const rows = generateShipments({ from: opt('from', '2025-01'), to: opt('to', '2026-06'), perDay: Number(opt('per-day', '40')), seed: Number(opt('seed', '2026')) });
  return new Promise((resolve, reject) => {
    out.on('error', reject);
    out.write(`${CSV_HEADER}\n`);
    const pump = () => {
      let buf = '';
      for (let i = 0; i < 2000; i++) {
        const n = rows.next();
        if (n.done) {
          out.write(buf);
          return resolve();
        }
        buf += `${csvLine(n.value)}\n`;
      }
      if (out.write(buf)) setImmediate(pump);
      else out.once('drain', pump);
    };
    pump();
  });
}

export function corridorCommands(positional: string[], flags: Set<string>, args: string[], fail: Fail): Record<string, () => Promise<void>> {
  return {
    'corridor-figures': () => corridorFigures(positional[0] ?? fail('用法 / usage: hubline corridor-figures FILE --json'), flags.has('--json'), fail),
    'import-shipments': () => importShipmentsCli(positional[0] ?? fail('用法 / usage: hubline import-shipments FILE'), fail),
    'generate-shipments': () => generateShipmentsCli(args, process.stdout),
  };
}
