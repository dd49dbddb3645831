// Shapes the server sends; kept by hand beside the server's zod schemas (src/server/org).

export const ROLES = ['admin', 'office', 'liaison', 'unit_leader', 'evaluator', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
  roles: Role[];
  mustChangePassword: boolean;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}
