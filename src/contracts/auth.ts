// The signed-in session: what login and `me` answer.
import { z } from 'zod';
import { ROLES } from './common';

export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUser>;
export const sessionOut = z.object({ user: sessionUser, csrfToken: z.string() });
export type Session = z.infer<typeof sessionOut>;

export const loginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) });
export const passwordBody = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(1).max(256) });
