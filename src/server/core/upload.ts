// Files arrive as multipart/form-data and are read from the stream with a size cap that stops
// the upload as soon as it is passed (no base64 inside JSON: that cost a third more bytes, a
// whole-body JSON parse on the request thread and a second copy in memory). Every upload route
// reads its request through readUpload and declares its form in `config.upload`, from which the
// OpenAPI document describes the multipart body (core/openapi.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { AppError } from './errors';
import { parseOr400 } from './validation';

/** The form of one upload route: its text fields (zod, values arrive as strings) and its file part. */
export interface UploadSpec<F extends z.ZodType = z.ZodType> {
  fields: F;
  file: {
    /** Form field name of the file part(s). */
    name: string;
    /** How many files at most (1: a single file). */
    max: number;
    required: boolean;
    /** A lower cap than the server-wide one (bytes), e.g. 10 MB for evidence. */
    maxBytes?: number;
    /** Accepted file name extensions (lower case, with the dot); absent: any (the service judges the content). */
    extensions?: readonly string[];
    /** One line for the OpenAPI document. */
    description: string;
  };
}

export interface UploadedFile {
  fileName: string;
  /** As the client declared it; services judge a file by its content, not by this. */
  mimeType: string;
  data: Buffer;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The multipart form this route reads (documents the body in OpenAPI). */
    upload?: UploadSpec;
  }
  interface FastifyInstance {
    /** Largest file (and text field) one upload may carry, in bytes (HUBLINE_UPLOAD_MAX_MB). */
    uploadMaxBytes: number;
  }
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

export const fileTooLarge = (fileName: string, limit: number) =>
  new AppError(413, 'file_too_large', `“${fileName}”超过 ${mb(limit)} 的上传上限，请压缩或分成几个文件上传`, `"${fileName}" is over the ${mb(limit)} upload limit; shrink it or split it into several files`, { field: 'file' });

/** Registers the multipart parser with the server-wide limit; uploads are read only by readUpload. */
export async function registerUploads(app: FastifyInstance, maxBytes: number) {
  app.decorate('uploadMaxBytes', maxBytes);
  // Parts, files and field counts are bounded so a crafted form cannot keep the parser busy.
  await app.register(multipart, { limits: { fileSize: maxBytes, fieldSize: maxBytes, files: 10, fields: 20, parts: 40, headerPairs: 200 } });
}

const notMultipart = () =>
  new AppError(415, 'unsupported_media_type', '请以 multipart/form-data（表单文件）方式上传', 'Send the upload as multipart/form-data (a form with the file)', { field: 'file' });

/** Errors @fastify/multipart raises while streaming, in the API's two-language form. */
function streamError(e: unknown, fileName: string, limit: number): AppError | null {
  const code = (e as { code?: string })?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(fileName, limit);
  if (code === 'FST_FILES_LIMIT_REACHED' || code === 'FST_PARTS_LIMIT_REACHED' || code === 'FST_FIELDS_LIMIT_REACHED')
    return new AppError(413, 'too_many_parts', '表单中的文件或字段过多', 'The form has too many files or fields', { field: 'file' });
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return notMultipart();
  if (code === 'FST_PROTO_VIOLATION') return new AppError(400, 'bad_request', '表单字段名无效', 'Invalid form field name');
  // busboy: a truncated or malformed body.
  if (e instanceof Error && /Unexpected end of form|Malformed part header|Multipart: Boundary not found/i.test(e.message))
    return new AppError(400, 'bad_request', '上传的表单不完整或格式错误，请重新上传', 'The uploaded form is incomplete or malformed; upload again', { field: 'file' });
  return null;
}

/**
 * Reads one multipart request: its text fields, validated with the route's zod schema, and its
 * file(s), each streamed into memory up to the cap (413 `file_too_large` the moment it is passed).
 */
export async function readUpload<F extends z.ZodType>(req: FastifyRequest, spec: UploadSpec<F>): Promise<{ fields: z.infer<F>; files: UploadedFile[] }> {
  if (!req.isMultipart()) throw notMultipart();
  const limit = Math.min(spec.file.maxBytes ?? Infinity, req.server.uploadMaxBytes);
  const raw: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let current = 'file';
  try {
    for await (const part of req.parts({ limits: { fileSize: limit } })) {
      if (part.type === 'file') {
        current = part.filename || 'file';
        if (part.fieldname !== spec.file.name) {
          part.file.resume();
          throw new AppError(400, 'validation', `未知的文件字段“${part.fieldname}”，应为“${spec.file.name}”`, `Unknown file field "${part.fieldname}"; expected "${spec.file.name}"`, { field: part.fieldname });
        }
        if (files.length >= spec.file.max) {
          part.file.resume();
          throw new AppError(413, 'too_many_parts', `最多上传 ${spec.file.max} 个文件`, `At most ${spec.file.max} files per upload`, { field: spec.file.name });
        }
        const ext = (current.toLowerCase().match(/\.[a-z0-9]+$/) ?? [''])[0];
        if (spec.file.extensions && !spec.file.extensions.includes(ext)) {
          part.file.resume();
          throw new AppError(415, 'unsupported_type', `不支持的文件类型“${ext || current}”，请上传 ${spec.file.extensions.join('、')}`, `Unsupported file type "${ext || current}"; upload ${spec.file.extensions.join(', ')}`, {
            field: spec.file.name,
          });
        }
        files.push({ fileName: current.replace(/[\\/\r\n"]/g, '_').slice(0, 200), mimeType: part.mimetype, data: await part.toBuffer() });
      } else {
        if (part.valueTruncated) throw fileTooLarge(part.fieldname, req.server.uploadMaxBytes);
        raw[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw streamError(e, current, limit) ?? e;
  }
  if (spec.file.required && !files.length)
    throw new AppError(400, 'validation', `请选择要上传的文件（表单字段“${spec.file.name}”）`, `Choose a file to upload (form field "${spec.file.name}")`, { field: spec.file.name });
  return { fields: parseOr400(spec.fields, raw, 'body') as z.infer<F>, files };
}

/** The OpenAPI request body of an upload route: its fields plus the file part(s) as binary. */
export function uploadBodySchema(spec: UploadSpec): Record<string, unknown> {
  const fields = z.toJSONSchema(spec.fields, { target: 'openapi-3.0', io: 'input' }) as { properties?: Record<string, unknown>; required?: string[] };
  const binary = { type: 'string', format: 'binary' };
  const file = spec.file.max > 1 ? { type: 'array', maxItems: spec.file.max, items: binary, description: spec.file.description } : { ...binary, description: spec.file.description };
  return {
    type: 'object',
    properties: { ...(fields.properties ?? {}), [spec.file.name]: file },
    required: [...(fields.required ?? []), ...(spec.file.required ? [spec.file.name] : [])],
  };
}
