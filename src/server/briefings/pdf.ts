// PDF of a briefing: LibreOffice converts the Word file where it is installed (the same layout
// as the .docx); otherwise Chromium prints the Word file's HTML rendering, so a PDF is always made.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function pdfEngine(prefer = process.env.HUBLINE_PDF_ENGINE): 'libreoffice' | 'chromium' {
  if (prefer === 'chromium') return 'chromium';
  return SOFFICE.some((p) => existsSync(p)) ? 'libreoffice' : 'chromium';
}

export async function docxToPdf(docx: Buffer, engine = pdfEngine()): Promise<{ pdf: Buffer; engine: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hubline-pdf-'));
  try {
    if (engine === 'libreoffice') {
      const soffice = SOFFICE.find((p) => existsSync(p))!;
      writeFileSync(join(dir, 'briefing.docx'), docx);
      // A profile of its own: two conversions at once would otherwise share (and lock) one.
      await run(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'briefing.docx')], { timeout: 120_000 });
      return { pdf: readFileSync(join(dir, 'briefing.pdf')), engine: 'libreoffice' };
    }
    const mammoth = await import('mammoth');
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'], headless: true });
    try {
      const page = await browser.newPage();
      await page.setContent(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>${PRINT_CSS}</style><body>${html}</body></html>`);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ format: 'A4', margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' }, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="width:100%;text-align:center;font-size:12pt">— <span class="pageNumber"></span> —</div>' });
      return { pdf: Buffer.from(pdf), engine: 'chromium' };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PRINT_CSS = `body{font-family:"仿宋_GB2312","仿宋","FangSong","Noto Serif CJK SC",serif;font-size:16pt;line-height:28.95pt}
p{margin:0;text-indent:2em}h1{font-family:"黑体","Noto Sans CJK SC",sans-serif;font-size:16pt;font-weight:400;margin:0;text-indent:2em}
h2{font-family:"楷体_GB2312","楷体","Noto Serif CJK SC",serif;font-size:16pt;font-weight:400;margin:0;text-indent:2em}
table{border-collapse:collapse;width:100%;font-size:12pt;line-height:1.4}td,th{border:1px solid #000;padding:2pt 4pt}td p{text-indent:0}
tr:first-child>*{white-space:nowrap}
body>p:first-child{font-family:"方正小标宋简体","Noto Serif CJK SC",serif;font-size:22pt;text-align:center;text-indent:0;line-height:1.6;margin-bottom:28pt}`;
