import type { Actor } from '../core/audit';
/** Writes made by start-up seeding and operator commands are attributed to this actor. */
export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };
