// The session the server sends (GET /api/auth/me, POST /api/auth/login): its shape is the
// server's response schema in src/contracts/auth.ts.
export { ROLES, type Role } from '../../contracts/roles';
export type { Session, SessionUser } from '../../contracts/auth';
