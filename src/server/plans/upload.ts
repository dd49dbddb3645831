import { z } from 'zod';

/** A document arrives as pasted text or as a file (base64): .txt or .docx, up to 20 MB. */
export const sourceDocumentSchema = z
  .object({
    fileName: z.string().max(200).optional(),
    text: z.string().max(21 * 1024 * 1024).optional(),
    contentBase64: z.string().max(28 * 1024 * 1024).optional(),
  })
  .refine((b) => (b.text != null) !== (b.contentBase64 != null), { message: '请粘贴文本或上传文件（二选一）', path: ['text'] });
