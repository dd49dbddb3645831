import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
import { typed } from '../core/context';
import { acceptedScopes, actorOf, scopeOf } from '../core/access';
import { z } from 'zod';
import { idParam, okOut } from '../../contracts/common';
import { TOKEN_SCOPES } from '../../contracts/access';
import {
  passwordOut,
  tokenBody,
  tokenCreatedOut,
  tokenOut,
  unitBody,
  unitOut,
  unitPatch,
  userBody,
  userCreatedOut,
  userOut,
  userPatch,
  userRowOut,
  zoneBody,
  zoneOut,
  zonePatch,
} from '../../contracts/org';
import * as q from './queries';
import * as s from './service';

export async function orgRoutes(app: FastifyInstance, { db }: Ctx) {
  const r = typed(app);
  const tags = ['org'];

  r.get('/api/zones', { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '区域列表 / Zones', response: { 200: z.array(zoneOut) } } }, () => q.listZones(db));
  r.post('/api/zones', { config: { access: { policy: 'admin' } }, schema: { tags, body: zoneBody, response: { 200: zoneOut } } }, (req) => s.createZone(db, actorOf(req), req.body, req.id));
  r.patch('/api/zones/:id', { config: { access: { policy: 'admin' } }, schema: { tags, params: idParam, body: zonePatch, response: { 200: zoneOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateZone(db, actorOf(req), req.params.id, version, patch, req.id);
  });

  r.get('/api/units', { config: { access: { policy: 'signedIn' } }, schema: { tags, summary: '责任单位 / Units', response: { 200: z.array(unitOut) } } }, () => q.listUnits(db));
  r.post('/api/units', { config: { access: { policy: 'office' } }, schema: { tags, body: unitBody, response: { 200: unitOut } } }, (req) => s.addUnit(db, actorOf(req), req.body, req.id));
  r.patch('/api/units/:id', { config: { access: { policy: 'office' } }, schema: { tags, params: idParam, body: unitPatch, response: { 200: unitOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateUnit(db, actorOf(req), req.params.id, version, patch, req.id);
  });

  // Office staff and unit leaders see who can report; a unit leader only their own unit.
  r.get('/api/users', { config: { access: { policy: 'people', unit: 'list' } }, schema: { tags, response: { 200: z.array(userOut) } } }, (req) => q.listUsers(db, scopeOf(req)));
  r.post('/api/users', { config: { access: { policy: 'admin' } }, schema: { tags, body: userBody, response: { 200: userCreatedOut } } }, (req) => s.createUser(db, actorOf(req), req.body, req.id));
  r.patch('/api/users/:id', { config: { access: { policy: 'admin' } }, schema: { tags, params: idParam, body: userPatch, response: { 200: userRowOut } } }, (req) => {
    const { version, ...patch } = req.body;
    return s.updateUser(db, actorOf(req), req.params.id, version, patch, req.id);
  });
  r.post('/api/users/:id/reset-password', { config: { access: { policy: 'admin' } }, schema: { tags, params: idParam, response: { 200: passwordOut } } }, async (req) => ({
    password: await s.resetPassword(db, actorOf(req), req.params.id, req.id),
  }));

  r.get('/api/api-tokens', { config: { access: { policy: 'admin' } }, schema: { tags, response: { 200: z.array(tokenOut) } } }, () => q.listTokens(db));
  r.get('/api/api-tokens/scopes', { config: { access: { policy: 'admin' } }, schema: { tags, summary: '可授予的令牌权限（有接口接受的） / Scopes a token may be given', response: { 200: z.array(z.enum(TOKEN_SCOPES)) } } }, () =>
    acceptedScopes(app.routeTable),
  );
  r.post('/api/api-tokens', { config: { access: { policy: 'admin' } }, schema: { tags, body: tokenBody, response: { 200: tokenCreatedOut } } }, (req) =>
    s.createToken(db, actorOf(req), req.body, acceptedScopes(app.routeTable), req.id),
  );
  r.delete('/api/api-tokens/:id', { config: { access: { policy: 'admin' } }, schema: { tags, params: idParam, response: { 200: okOut } } }, (req) => s.revokeToken(db, actorOf(req), req.params.id, req.id));
}
