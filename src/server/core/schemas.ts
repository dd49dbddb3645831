import { z } from 'zod';

export const idParam = z.object({ id: z.uuid() });
export const versionField = { version: z.number().int().positive().describe('the version you read; 409 if it changed') };
export const nonEmpty = (max = 200) => z.string().trim().min(1).max(max);
