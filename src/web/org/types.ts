// The organisation API's shapes and enums come from src/contracts (the server's response
// schemas, as the wire carries them); only the colours are the web app's own.
import { HUB_TYPES, UNIT_TYPES, ZONE_LEVELS, type HubType, type UnitType, type ZoneLevel } from '../../contracts/org';
import type { TokenScope } from '../../contracts/access';

export { HUB_TYPES, UNIT_TYPES, ZONE_LEVELS, type HubType, type UnitType, type ZoneLevel, type TokenScope };
export type { AuditEntry, AuditVerify } from '../../contracts/system';

export type { ApiToken, Unit, User, Zone } from '../../contracts/org';

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
