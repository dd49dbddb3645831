import { extname } from 'node:path';
import { badRequest } from '../core/errors';

const MAX_BYTES = 20 * 1024 * 1024;

/** Text of an uploaded policy document: .txt (UTF-8 or GB18030) or .docx. */
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
      const { value } = await mammoth.extractRawText({ buffer: data });
      return value;
    } catch (e) {
      throw badRequest(`无法读取 .docx 文件：${(e as Error).message}`, `Cannot read the .docx file: ${(e as Error).message}`, { field: 'file' });
    }
  }
  if (ext && !['.txt', '.text', '.md'].includes(ext))
    throw badRequest(`不支持的文件类型“${ext}”，请上传 .txt 或 .docx`, `Unsupported file type "${ext}"; upload .txt or .docx`, { field: 'file' });
  if (data.includes(0)) throw badRequest('文件不是文本文件（含二进制内容）', 'The file is not text (it contains binary data)', { field: 'file' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    // Many offices still save plain text as GBK.
    return new TextDecoder('gb18030').decode(data);
  }
}
