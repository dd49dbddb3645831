// Who may call what, as named policies. The server's routes name a policy in
// `config.access` (src/server/core/access.ts enforces it) and the web menu names the
// same policy for the page that calls those routes (src/web/routes.tsx), so the two
// cannot drift. test/contract/routes.snapshot.json lists every route's policy.
import { ROLES, type Role } from './roles';

export interface Policy {
  /** Anyone, signed in or not. */
  public?: true;
  /** Who may call; omitted: every signed-in user. */
  roles?: readonly Role[];
  /** Still allowed while the user must change a reset password (only `self`). */
  duringPasswordChange?: true;
}

export const POLICIES = {
  /** health, login, the OpenAPI document */
  public: { public: true },
  /** one's own session: me, logout, change password; also while a password change is pending */
  self: { duringPasswordChange: true },
  /** every signed-in user: plans, indicators, zones, units, own notices */
  signedIn: {},
  /** accounts, zones, tokens, the audit trail */
  admin: { roles: ['admin'] },
  /** the leading-group office: plans, indicators, units, locks */
  office: { roles: ['admin', 'office'] },
  /** who oversees the plan as a whole: the gaps list */
  oversight: { roles: ['admin', 'office', 'evaluator', 'leader'] },
  /** who enters and submits data */
  reporting: { roles: ['admin', 'office', 'liaison'] },
  /** who works with a unit's data: entry form, templates, queues, missing data */
  dataDesk: { roles: ['admin', 'office', 'liaison', 'unit_leader'] },
  /** who approves or returns a unit's data */
  approval: { roles: ['admin', 'office', 'unit_leader'] },
  /** who sees the user list (a unit leader: their own unit's) */
  people: { roles: ['admin', 'office', 'unit_leader'] },
  /** who gives unified evaluation scores (统评): the office and the evaluators, never for their own unit */
  rating: { roles: ['admin', 'office', 'evaluator'] },
  /** who scores and submits a zone's self-evaluation (自评), and its unit leader who approves it */
  selfEvaluation: { roles: ['liaison', 'unit_leader'] },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

/** The roles a policy lets in (every role for public and signed-in policies). */
export function rolesOf(name: PolicyName): readonly Role[] {
  const p: Policy = POLICIES[name];
  return p.roles ?? ROLES;
}

/** Whether a signed-in user with these roles passes the policy. */
export function allows(name: PolicyName, roles: readonly Role[]): boolean {
  const p: Policy = POLICIES[name];
  return !p.roles || p.roles.some((r) => roles.includes(r));
}

/**
 * Every scope a token can be given. A token is offered only the scopes some route
 * accepts (the server derives that list from its routes: GET /api/api-tokens/scopes).
 */
export const TOKEN_SCOPES = ['observations:write', 'observations:read', 'shipments:write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
