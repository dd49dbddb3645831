import type { Extraction } from './types';

export const MAX_DOCUMENT_CHARS = 20 * 1024 * 1024;

export type DocumentErrorCode = 'EMPTY_TEXT' | 'BINARY_TEXT' | 'TEXT_TOO_LARGE' | 'NO_STRUCTURE' | 'NO_TASKS';

/** Raised only by validateDocumentText and parseCheckedDocument; parseDocument itself never throws. */
export class DocumentError extends Error {
  code: string;
  messageZh: string;
  messageEn: string;
  constructor(code: DocumentErrorCode | string, messageZh: string, messageEn: string) {
    super(messageZh);
    this.name = 'DocumentError';
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}

/** Share of characters that cannot occur in a text document (NUL aside, checked first). */
export function controlShare(text: string): number {
  if (!text.length) return 0;
  // Sampling keeps the check linear but cheap on a 20 MB upload.
  const step = text.length > 2_000_000 ? Math.ceil(text.length / 2_000_000) : 1;
  let bad = 0;
  let seen = 0;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    seen++;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / seen;
}

export function checkText(text: unknown): void {
  if (typeof text !== 'string' || !/[^\s\u3000\ufeff]/.test(text)) {
    throw new DocumentError(
      'EMPTY_TEXT',
      '文档内容为空：未读取到任何文字，请确认上传的是含正文的文件。',
      'The document is empty: no text was found. Check that the file has body text.',
    );
  }
  if (text.length > MAX_DOCUMENT_CHARS) {
    throw new DocumentError(
      'TEXT_TOO_LARGE',
      `文档过大：共 ${text.length} 个字符，超过 20 MB（${MAX_DOCUMENT_CHARS} 个字符）的上限，请拆分后再导入。`,
      `The document is too large: ${text.length} characters exceeds the 20 MB (${MAX_DOCUMENT_CHARS} characters) limit. Split it before importing.`,
    );
  }
  if (text.includes('\u0000') || controlShare(text) > 0.05) {
    throw new DocumentError(
      'BINARY_TEXT',
      '文档内容像是二进制文件（含有空字符或大量乱码），请先转换为文本（.txt 或 .docx）再导入。',
      'The content looks binary (NUL bytes or many control/replacement characters). Convert it to text (.txt or .docx) first.',
    );
  }
}

export function checkStructure(x: Extraction): void {
  if (x.sections.length === 0 && x.tasks.length === 0 && x.indicators.length === 0) {
    throw new DocumentError(
      'NO_STRUCTURE',
      '未识别到文档结构：没有找到“一、”“（一）”“1.”等标题、编号任务或指标表，请确认这是一份工作方案或指导意见。',
      'No document structure recognised: no headings (一、/（一）/1.), numbered tasks or indicator table. Check that this is a plan or guidance document.',
    );
  }
  if (x.tasks.length === 0 && x.indicators.length === 0) {
    throw new DocumentError(
      'NO_TASKS',
      '未识别到任何任务或指标：文档虽有标题，但“重点任务”“保障措施”等部分下没有编号事项，也没有指标表，无法生成计划。',
      'No tasks or indicators recognised: the document has headings but no numbered items under 重点任务/保障措施 and no indicator table, so no plan can be built.',
    );
  }
}
