// The roles, without zod: the web app's first page (login, menu) needs them and must not
// download the schema library for it (issue 10). src/contracts/common.ts re-exports them.
export const ROLES = ['admin', 'office', 'liaison', 'unit_leader', 'evaluator', 'leader'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that see every unit; the others see only their own unit. */
export const GLOBAL_ROLES: readonly Role[] = ['admin', 'office', 'evaluator', 'leader'];
/** Roles that belong to one unit and act only for it. */
export const UNIT_ROLES: readonly Role[] = ['liaison', 'unit_leader'];
