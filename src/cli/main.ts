// `hubline` — operations and offline calculators. Every number the platform shows
// can be re-computed here from a JSON file, without a database.
import { readFileSync } from 'node:fs';
import type { openDatabase } from '../server/db/index';
import { EVALUATION_HELP, evaluationCommands } from './evaluation';
import { corridorCommands } from './corridor';

// `hubline import-doc … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const [command, ...args] = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const positional = args.filter((a) => !a.startsWith('--'));

const HELP = `hubline — 通道枢纽推进平台命令行 / Hubline command line

  hubline backup FILE             备份数据库 / back up the database (PGlite or DATABASE_URL)
  hubline restore FILE            从备份恢复（覆盖全部数据） / restore, replacing all data
  hubline audit verify            校验审计链 / verify the audit hash chain
  hubline seed [--demo]           载入组织、种子计划（及演示数据） / load organisation, seed plans (and demo data)
  hubline import-doc FILE --json  解析政策文件并输出 JSON，不保存 / parse a policy document, print JSON, save nothing
  hubline indicator-status FILE   离线重算指标进展状态（JSON 或每行一个输入的 JSON Lines） / re-compute progress statuses offline (JSON, or JSON Lines: one input a line, one result a line)
  hubline import-data FILE        导入指标数据（xlsx/csv） / import observations (xlsx/csv)
  hubline briefing PLAN_CODE --period 2026-10 --format docx|xlsx|pdf --out FILE  推进情况报告（仅审核通过的数据） / progress briefing from accepted data
${EVALUATION_HELP}
  hubline corridor-figures FILE --json  离线计算通道月度数据 / corridor monthly figures from a shipment file, offline
  hubline import-shipments FILE   导入运单（csv/xlsx，全部成功或全部不导入） / import shipments, all or nothing
  hubline generate-shipments [--from 2025-01 --to 2026-06 --per-day 40 --seed 2026]  生成样例运单（标注为生成） / generated sample file

Uses DATABASE_URL when set, otherwise the PGlite directory HUBLINE_DATA_DIR (default ./data).
With PGlite only one process may open the data directory: a command refuses while the server
(or another command) holds it, naming its pid and port; stop the server first.`;

function fail(msg: string, code = 1): never {
  console.error(msg);
  process.exit(code);
}

// The server's modules (configuration, database drivers, Drizzle) load only for the commands
// that use a database: an offline calculator starts in the time of a bare runtime (issue 10:
// 2,400 statuses by one call in under a second; resolving Drizzle's files alone took longer).
const loadConfig = async () => (await import('../server/core/config')).loadConfig();
const isAppError = async (e: unknown) => e instanceof (await import('../server/core/errors')).AppError;

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const config = await loadConfig();
  const { openDatabase } = await import('../server/db/index');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, owner: { command: `hubline ${command}` } });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const commands: Record<string, () => Promise<void>> = {
  ...evaluationCommands(positional, flags),
  ...corridorCommands(positional, flags, args, fail),
  async backup() {
    const file = positional[0] ?? fail('用法 / usage: hubline backup FILE');
    const { backup } = await import('../server/system/backup');
    const counts = await withDb((d) => backup(d.db, file));
    console.log(JSON.stringify({ file, rows: counts }, null, 2));
  },
  async restore() {
    const file = positional[0] ?? fail('用法 / usage: hubline restore FILE');
    const { restore } = await import('../server/system/backup');
    const counts = await withDb((d) => restore(d.db, file));
    console.log(JSON.stringify({ restored: file, rows: counts }, null, 2));
  },
  async audit() {
    if (positional[0] !== 'verify') fail('用法 / usage: hubline audit verify');
    const { verifyAudit } = await import('./audit-verify');
    const config = await loadConfig();
    await withDb((d) => verifyAudit(d.db, config));
  },
  async seed() {
    const { ensureSeeded } = await import('../server/seed/index');
    const config = await loadConfig();
    const r = await withDb((d) => ensureSeeded(d.db, { demo: flags.has('--demo') || config.demo, adminPassword: config.adminPassword, log: console.log }));
    if (r.adminPassword) console.log(`admin password: ${r.adminPassword}`);
  },
  async 'import-doc'() {
    const file = positional[0] ?? fail('用法 / usage: hubline import-doc FILE --json');
    const { readDocumentFile } = await import('../server/plans/read-file');
    const { parseCheckedDocument, DocumentError } = await import('../domain/document/index');
    try {
      const text = await readDocumentFile(file, readFileSync(file));
      const extraction = parseCheckedDocument(text);
      if (!flags.has('--json')) fail('请加 --json 输出解析结果；在网页“计划与任务 → 导入文件”中审核后导入 / add --json; commit through the web review screen');
      console.log(JSON.stringify(extraction, null, 2));
    } catch (e) {
      if (e instanceof DocumentError) fail(`${e.messageZh} / ${e.messageEn}`, 2);
      if (await isAppError(e)) {
        const a = e as { messageZh: string; messageEn: string };
        fail(`${a.messageZh} / ${a.messageEn}`, 2);
      }
      throw e;
    }
  },
  async 'indicator-status'() {
    const file = positional[0] ?? fail('用法 / usage: hubline indicator-status FILE.json|FILE.jsonl|- [--lines]');
    const { indicatorStatusCommand } = await import('./indicator-status');
    const code = await indicatorStatusCommand(file, { lines: flags.has('--lines') }, (s) => console.log(s), (s) => console.error(s));
    if (code) process.exitCode = code;
  },
  async briefing() {
    const code = positional[0] ?? fail('用法 / usage: hubline briefing PLAN_CODE --period 2026-10 --format docx|xlsx|pdf --out FILE');
    const opt = (name: string) => {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args[i + 1] : undefined;
    };
    const period = opt('period') ?? fail('请指定 --period 2026-10 / --period is required');
    const format = (opt('format') ?? 'docx') as 'docx' | 'xlsx' | 'pdf';
    if (!['docx', 'xlsx', 'pdf'].includes(format)) fail('--format 应为 docx、xlsx 或 pdf / --format must be docx, xlsx or pdf');
    const out = opt('out') ?? fail('请指定 --out FILE / --out is required');
    const { renderBriefing } = await import('../server/briefings/service');
    const r = await withDb((d) => renderBriefing(d.db, code, period, format));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(out, r.file);
    console.log(JSON.stringify({ out, bytes: r.file.length, cutOff: r.content.cutOff, inputVersion: r.inputVersion, ...r.notes }));
  },
  async 'import-data'() {
    const file = positional[0] ?? fail('用法 / usage: hubline import-data FILE');
    const { importObservationsFile } = await import('../server/indicators/import');
    const r = await withDb((d) => importObservationsFile(d.db, file));
    console.log(JSON.stringify(r, null, 2));
  },
};

if (!command || command === 'help' || flags.has('--help')) {
  console.log(HELP);
} else if (!commands[command]) {
  fail(`未知命令 / unknown command: ${command}\n\n${HELP}`);
} else {
  try {
    await commands[command]();
  } catch (e) {
    // The same bilingual messages the web app shows, one line per row or field at fault.
    const { AppError } = await import('../server/core/errors');
    if (e instanceof AppError) {
      const lines = e.extra.details?.length ? e.extra.details.map((d) => `${d.message} / ${d.messageEn}`) : [`${e.messageZh} / ${e.messageEn}`];
      fail(lines.join('\n'), 2);
    }
    // A failed statement's error carries its parameters (password hashes among them): print it scrubbed.
    const { scrubText } = await import('../server/core/logging');
    fail(scrubText(e instanceof Error ? (e.stack ?? e.message) : String(e)), 1);
  }
}
