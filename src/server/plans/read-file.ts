import { extname } from 'node:path';
import { badRequest } from '../core/errors';
import { csvToText, htmlToText, pdfToText, xlsxToText } from './read-formats';

const MAX_BYTES = 20 * 1024 * 1024;

function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    // Many offices still save plain text as GBK.
    return new TextDecoder('gb18030').decode(data);
  }
}

const SUPPORTED = '.txt、.docx、.xlsx、.csv、.pdf、.html';

/**
 * Text of an uploaded policy document: .txt (UTF-8 or GB18030), .docx (paragraphs and real
 * Word tables, merged cells filled), .xlsx / .csv (one row per line), .pdf with a text layer
 * (lines and table cells from the positions of the text), .html / .htm (a saved web page).
 */
export async function readDocumentFile(fileName: string, data: Buffer): Promise<string> {
  if (data.length === 0) throw badRequest('文件为空', 'The file is empty', { field: 'file' });
  if (data.length > MAX_BYTES)
    throw badRequest(`文件超过 20 MB（${(data.length / 1048576).toFixed(1)} MB）`, `The file is over 20 MB (${(data.length / 1048576).toFixed(1)} MB)`, { field: 'file' });
  const ext = extname(fileName).toLowerCase();
  if (ext === '.docx') {
    if (data.subarray(0, 4).toString('latin1') !== 'PK\x03\x04')
      throw badRequest('不是有效的 .docx 文件（文件不是 zip 格式）；如为旧版 .doc，请另存为 .docx', 'Not a valid .docx file (not a zip); save an old .doc as .docx', { field: 'file' });
    const mammoth = (await import('mammoth')).default;
    try {
      // The HTML rendering keeps Word tables as tables (the raw text loses where a row ends).
      const { value } = await mammoth.convertToHtml({ buffer: data });
      return htmlToText(value);
    } catch (e) {
      throw badRequest(`无法读取 .docx 文件：${(e as Error).message}`, `Cannot read the .docx file: ${(e as Error).message}`, { field: 'file' });
    }
  }
  if (ext === '.xlsx') {
    if (data.subarray(0, 4).toString('latin1') !== 'PK\x03\x04')
      throw badRequest('不是有效的 .xlsx 文件；如为旧版 .xls，请另存为 .xlsx', 'Not a valid .xlsx file; save an old .xls as .xlsx', { field: 'file' });
    try {
      return await xlsxToText(data);
    } catch (e) {
      throw badRequest(`无法读取 .xlsx 文件：${(e as Error).message}`, `Cannot read the .xlsx file: ${(e as Error).message}`, { field: 'file' });
    }
  }
  if (ext === '.pdf') {
    if (data.subarray(0, 5).toString('latin1') !== '%PDF-') throw badRequest('不是有效的 PDF 文件', 'Not a valid PDF file', { field: 'file' });
    let res: { text: string; pages: number };
    try {
      res = await pdfToText(data);
    } catch (e) {
      throw badRequest(`无法读取 PDF 文件：${(e as Error).message}`, `Cannot read the PDF file: ${(e as Error).message}`, { field: 'file' });
    }
    if (res.text.replace(/\s+/g, '').length < 20)
      throw badRequest(
        `该 PDF（${res.pages} 页）没有文字层，像是扫描件：无法读取文字。请提供可复制文字的 PDF 或 Word 文件，或先做文字识别（OCR）`,
        `This PDF (${res.pages} pages) has no text layer and looks scanned: no text can be read. Provide a PDF with selectable text or a Word file, or run OCR first`,
        { field: 'file' },
      );
    return res.text;
  }
  if (ext && !['.txt', '.text', '.md', '.csv', '.html', '.htm'].includes(ext))
    throw badRequest(`不支持的文件类型“${ext}”，请上传 ${SUPPORTED}`, `Unsupported file type "${ext}"; upload ${SUPPORTED}`, { field: 'file' });
  if (data.includes(0)) throw badRequest('文件不是文本文件（含二进制内容）', 'The file is not text (it contains binary data)', { field: 'file' });
  const text = decodeText(data);
  if (ext === '.csv') return csvToText(text);
  if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)\b/i.test(text)) return htmlToText(text);
  return text;
}
