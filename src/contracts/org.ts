// Organisation: zones, units, users, API tokens.
import { z } from 'zod';
import { ROLES, nonEmpty, timestamp, versionField, type Narrow, type Out, uuidOut } from './common';
import { TOKEN_SCOPES } from './access';

export const UNIT_TYPES = ['department', 'town', 'company', 'external_agency', 'enterprise', 'project_hq'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const ZONE_LEVELS = ['city', 'district', 'functional_area'] as const;
export type ZoneLevel = (typeof ZONE_LEVELS)[number];
export const HUB_TYPES = ['dry_port', 'airport', 'seaport', 'trade_service', 'production_service', 'land_border'] as const;
export type HubType = (typeof HUB_TYPES)[number];

export const zoneBody = z.object({
  code: z.string().trim().regex(/^[a-z0-9_-]{2,40}$/, '编码为2–40位小写字母、数字、下划线或连字符'),
  name: nonEmpty(100),
  nameEn: z.string().max(200).nullish(),
  level: z.enum(ZONE_LEVELS),
  parentId: z.uuid().nullish(),
  hubType: z.enum(HUB_TYPES).nullish(),
});
export type ZoneInput = z.infer<typeof zoneBody>;
export const zonePatch = zoneBody.partial().extend(versionField);

export const unitBody = z.object({
  name: nonEmpty(100),
  shortName: z.string().max(50).nullish(),
  nameEn: z.string().max(200).nullish(),
  type: z.enum(UNIT_TYPES),
  zoneId: z.uuid().nullish(),
  aliases: z.array(nonEmpty(100)).max(20).optional(),
  collective: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type UnitInput = z.infer<typeof unitBody>;
export const unitPatch = unitBody.partial().extend(versionField);

export const userBody = z.object({
  username: z.string().trim().regex(/^[a-zA-Z0-9_.-]{3,40}$/, '用户名为3–40位字母、数字、下划线、点或连字符'),
  displayName: nonEmpty(60),
  unitId: z.uuid().nullish(),
  roles: z.array(z.enum(ROLES)).min(1).max(6),
  password: z.string().max(256).optional(),
});
export type UserInput = z.infer<typeof userBody>;
export const userPatch = z.object({
  displayName: nonEmpty(60).optional(),
  unitId: z.uuid().nullish(),
  roles: z.array(z.enum(ROLES)).max(6).optional(),
  active: z.boolean().optional(),
  ...versionField,
});

export const tokenBody = z.object({
  name: nonEmpty(100),
  unitId: z.uuid().nullish(),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
  expiresAt: z.iso.datetime().nullish(),
});
export type TokenInput = z.infer<typeof tokenBody>;

// ── Responses ──
export const zoneOut = z.object({
  id: uuidOut,
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  level: z.string(),
  parentId: uuidOut.nullable(),
  hubType: z.string().nullable(),
  version: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** Text columns as the enums they hold. */
export type Zone = Narrow<Out<typeof zoneOut>, { level: ZoneLevel; hubType: HubType | null }>;

export const unitOut = z.object({
  id: uuidOut,
  name: z.string(),
  shortName: z.string().nullable(),
  nameEn: z.string().nullable(),
  type: z.string(),
  zoneId: uuidOut.nullable(),
  aliases: z.array(z.string()),
  collective: z.boolean(),
  active: z.boolean(),
  version: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Unit = Narrow<Out<typeof unitOut>, { type: UnitType }>;

/** A user row as the API shows it: never the password hash. */
const userRow = z.object({
  id: uuidOut,
  username: z.string(),
  displayName: z.string(),
  unitId: uuidOut.nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: timestamp.nullable(),
  lastLoginAt: timestamp.nullable(),
  version: z.number(),
});
export const userOut = userRow.extend({ unitName: z.string().nullable(), roles: z.array(z.enum(ROLES)) });
export type User = Out<typeof userOut>;
/** The stored row after a create or an edit (roles and unit name are in the list). */
export const userRowOut = userRow.extend({ failedLogins: z.number(), locale: z.string(), createdAt: timestamp, updatedAt: timestamp });
/** The generated password is shown once, only when the admin gave none. */
export const userCreatedOut = z.object({ user: userRowOut, password: z.string().optional() });
export const passwordOut = z.object({ password: z.string() });

export const tokenOut = z.object({
  id: uuidOut,
  name: z.string(),
  unitId: uuidOut.nullable(),
  /** As stored: a scope no route accepts any more still shows (and is refused at use). */
  scopes: z.array(z.string()),
  expiresAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
  lastUsedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type ApiToken = Out<typeof tokenOut>;
/** The raw token is shown once, at creation. */
export const tokenCreatedOut = tokenOut.extend({ token: z.string(), createdBy: uuidOut.nullable() });
