// Rows of the organisation API (src/server/org/queries.ts); dates arrive as ISO strings.
// Enums and the audit shapes come from src/contracts, shared with the server.
import type { Role } from '../../contracts/common';
import { HUB_TYPES, UNIT_TYPES, ZONE_LEVELS, type HubType, type UnitType, type ZoneLevel } from '../../contracts/org';
import type { TokenScope } from '../../contracts/access';

export { HUB_TYPES, UNIT_TYPES, ZONE_LEVELS, type HubType, type UnitType, type ZoneLevel, type TokenScope };
export type { AuditEntry, AuditVerify } from '../../contracts/system';

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
