import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
export async function indicatorRoutes(_app: FastifyInstance, _ctx: Ctx) {}
