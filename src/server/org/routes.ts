import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { ROLES, actorOf, scopeOf } from '../core/access';
import { idParam, nonEmpty, versionField } from '../core/schemas';
import * as q from './queries';
import * as s from './service';

const zoneBody = z.object({
  code: z.string().trim().regex(/^[a-z0-9_-]{2,40}$/, '编码为2–40位小写字母、数字、下划线或连字符'),
  name: nonEmpty(100),
  nameEn: z.string().max(200).nullish(),
  level: z.enum(s.ZONE_LEVELS),
  parentId: z.uuid().nullish(),
  hubType: z.enum(s.HUB_TYPES).nullish(),
});
const unitBody = z.object({
  name: nonEmpty(100),
  shortName: z.string().max(50).nullish(),
  nameEn: z.string().max(200).nullish(),
  type: z.enum(s.UNIT_TYPES),
  zoneId: z.uuid().nullish(),
  aliases: z.array(nonEmpty(100)).max(20).optional(),
  collective: z.boolean().optional(),
  active: z.boolean().optional(),
});
const role = z.enum(ROLES);

export async function orgRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const tags = ['org'];

  r.get('/api/zones', { config: { access: {} }, schema: { tags, summary: '区域列表 / Zones' } }, () => q.listZones(db));
  r.post('/api/zones', { config: { access: { roles: ['admin'] } }, schema: { tags, body: zoneBody } }, (req) =>
    s.createZone(db, actorOf(req), req.body, req.id),
  );
  r.patch(
    '/api/zones/:id',
    { config: { access: { roles: ['admin'] } }, schema: { tags, params: idParam, body: zoneBody.partial().extend(versionField) } },
    (req) => {
      const { version, ...patch } = req.body;
      return s.updateZone(db, actorOf(req), req.params.id, version, patch, req.id);
    },
  );

  r.get('/api/units', { config: { access: {} }, schema: { tags, summary: '责任单位 / Units' } }, () => q.listUnits(db));
  r.post('/api/units', { config: { access: { roles: ['admin', 'office'] } }, schema: { tags, body: unitBody } }, (req) =>
    db.transaction((tx) => s.createUnit(tx, actorOf(req), req.body, req.id)),
  );
  r.patch(
    '/api/units/:id',
    { config: { access: { roles: ['admin', 'office'] } }, schema: { tags, params: idParam, body: unitBody.partial().extend(versionField) } },
    (req) => {
      const { version, ...patch } = req.body;
      return s.updateUnit(db, actorOf(req), req.params.id, version, patch, req.id);
    },
  );

  // Office staff and unit leaders see who can report; a unit leader only their own unit.
  r.get('/api/users', { config: { access: { roles: ['admin', 'office', 'unit_leader'] } }, schema: { tags } }, (req) => {
    const scope = scopeOf(req);
    return q.listUsers(db, scope.all ? undefined : (scope.unitId ?? '00000000-0000-0000-0000-000000000000'));
  });
  r.post(
    '/api/users',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        body: z.object({
          username: z.string().trim().regex(/^[a-zA-Z0-9_.-]{3,40}$/, '用户名为3–40位字母、数字、下划线、点或连字符'),
          displayName: nonEmpty(60),
          unitId: z.uuid().nullish(),
          roles: z.array(role).min(1).max(6),
          password: z.string().max(256).optional(),
        }),
      },
    },
    (req) => s.createUser(db, actorOf(req), req.body, req.id),
  );
  r.patch(
    '/api/users/:id',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        params: idParam,
        body: z.object({ displayName: nonEmpty(60).optional(), unitId: z.uuid().nullish(), roles: z.array(role).max(6).optional(), active: z.boolean().optional(), ...versionField }),
      },
    },
    (req) => {
      const { version, ...patch } = req.body;
      return s.updateUser(db, actorOf(req), req.params.id, version, patch, req.id);
    },
  );
  r.post('/api/users/:id/reset-password', { config: { access: { roles: ['admin'] } }, schema: { tags, params: idParam } }, async (req) => ({
    password: await s.resetPassword(db, actorOf(req), req.params.id, req.id),
  }));

  r.get('/api/api-tokens', { config: { access: { roles: ['admin'] } }, schema: { tags } }, () => q.listTokens(db));
  r.post(
    '/api/api-tokens',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        body: z.object({
          name: nonEmpty(100),
          unitId: z.uuid().nullish(),
          scopes: z.array(z.enum(['observations:write', 'observations:read', 'shipments:write'])).min(1),
          expiresAt: z.iso.datetime().nullish(),
        }),
      },
    },
    (req) => s.createToken(db, actorOf(req), req.body, req.id),
  );
  r.delete('/api/api-tokens/:id', { config: { access: { roles: ['admin'] } }, schema: { tags, params: idParam } }, (req) =>
    s.revokeToken(db, actorOf(req), req.params.id, req.id),
  );
}
