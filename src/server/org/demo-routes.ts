import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { demoUsers } from '../seed/index';

/** Public: the login page says when the shared-password demo accounts are active. */
export async function demoRoutes(app: FastifyInstance, { config }: Ctx) {
  typed(app).get(
    '/api/auth/demo',
    {
      config: { access: { policy: 'public' } },
      schema: {
        tags: ['auth'],
        summary: '演示账号是否启用 / Whether demo accounts are active',
        response: { 200: z.object({ demo: z.boolean(), accounts: z.array(z.string()) }) },
      },
    },
    // Without HUBLINE_DEMO=1 the start deactivated them (seed/demo-accounts.ts), so the flag is the truth.
    async () => ({ demo: config.demo, accounts: config.demo ? demoUsers.map((d) => d.username) : [] }),
  );
}
