import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Db } from '../db/index';
import type { Config } from './config';

/** What every module's routes receive. */
export interface Ctx {
  database: Database;
  db: Db;
  config: Config;
}

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
