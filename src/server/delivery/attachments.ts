// Evidence files: typed by content, size-limited, stored in the database, served only as downloads.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/index';
import { attachments } from '../db/schema';
import { AppError, badRequest } from '../core/errors';
import { EVIDENCE_MIME, MAX_EVIDENCE_BYTES, sniffEvidence } from '../../domain/delivery/filetype';

const OOXML: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** An uploaded file as core/upload.ts reads it. */
export interface EvidenceFile {
  fileName: string;
  data: Buffer;
}

export async function storeEvidence(tx: DbOrTx, file: EvidenceFile, unitId: string | null, userId: string | null) {
  const bytes = file.data;
  if (!bytes.length) throw badRequest('文件为空', 'The file is empty', { field: 'file' });
  if (bytes.length > MAX_EVIDENCE_BYTES)
    throw badRequest(`文件过大（${(bytes.length / 1048576).toFixed(1)} MB），单个佐证材料不超过 10 MB`, `File too large (${(bytes.length / 1048576).toFixed(1)} MB); evidence files are limited to 10 MB`, { field: 'file' });
  const type = sniffEvidence(bytes);
  if (!type)
    throw new AppError(415, 'unsupported_type', `“${file.fileName}”不是 PDF、图片或 Office 文件（按文件内容判断）`, `"${file.fileName}" is not a PDF, image or Office file (judged by its content)`, { field: 'file' });
  const ext = file.fileName.split('.').pop()?.toLowerCase() ?? '';
  const mimeType = type === 'ooxml' ? (OOXML[ext] ?? EVIDENCE_MIME.ooxml) : EVIDENCE_MIME[type];
  const name = file.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200);
  const [row] = await tx
    .insert(attachments)
    .values({ fileName: name, mimeType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes, unitId, uploadedBy: userId })
    .returning({ id: attachments.id, fileName: attachments.fileName, mimeType: attachments.mimeType, size: attachments.size });
  return row;
}

export async function attachmentUnit(db: DbOrTx, id: string): Promise<(string | null)[] | null> {
  const [a] = await db.select({ unitId: attachments.unitId }).from(attachments).where(eq(attachments.id, id));
  return a ? [a.unitId] : null;
}

export async function loadAttachment(db: DbOrTx, id: string) {
  const [a] = await db.select().from(attachments).where(eq(attachments.id, id));
  return a ?? null;
}

export const contentDisposition = (name: string) => `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;
