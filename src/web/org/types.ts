// Rows of the organisation API (src/server/org/queries.ts); dates arrive as ISO strings.
import type { Role } from '../core/types';

export const UNIT_TYPES = ['department', 'town', 'company', 'external_agency', 'enterprise', 'project_hq'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const ZONE_LEVELS = ['city', 'district', 'functional_area'] as const;
export type ZoneLevel = (typeof ZONE_LEVELS)[number];
export const HUB_TYPES = ['dry_port', 'airport', 'seaport', 'trade_service', 'production_service', 'land_border'] as const;
export type HubType = (typeof HUB_TYPES)[number];
export const TOKEN_SCOPES = ['observations:write', 'observations:read', 'shipments:write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface Zone {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  level: ZoneLevel;
  parentId: string | null;
  hubType: HubType | null;
  version: number;
}

export interface Unit {
  id: string;
  name: string;
  shortName: string | null;
  nameEn: string | null;
  type: UnitType;
  zoneId: string | null;
  aliases: string[];
  collective: boolean;
  active: boolean;
  version: number;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
  roles: Role[];
}

export interface ApiToken {
  id: string;
  name: string;
  unitId: string | null;
  scopes: TokenScope[];
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditVerify {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

/** Hub types in a colour each, the same everywhere they appear. */
export const HUB_TYPE_COLORS: Record<HubType, string> = {
  dry_port: 'orange',
  airport: 'blue',
  seaport: 'cyan',
  trade_service: 'purple',
  production_service: 'green',
  land_border: 'volcano',
};

export const UNIT_TYPE_COLORS: Record<UnitType, string> = {
  department: 'blue',
  town: 'green',
  company: 'geekblue',
  external_agency: 'purple',
  enterprise: 'gold',
  project_hq: 'volcano',
};
