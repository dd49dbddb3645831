import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, api, onUnauthorized, setCsrfToken } from './api';
import type { Role, Session, SessionUser } from './types';

interface AuthState {
  /** undefined while the first "who am I" call is under way. */
  user: SessionUser | null | undefined;
  /** Set when the server ended the session (expired, logged out elsewhere): the login page says so. */
  expired: boolean;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

const fetchSession = () => api.get<Session>('/api/auth/me', { quietUnauthorized: true });

/**
 * The first "who am I" starts when the app's code is evaluated, beside the download of the
 * words, not after the first render (issue 10: time to interactive); the provider's first
 * refresh takes its answer, later ones ask again.
 */
let sessionAtStart: Promise<Session> | null = fetchSession();
/** The session as the page opened (App.tsx starts the shell's download on it when someone is signed in). */
export const startingSession: Promise<Session> = sessionAtStart;
/** The user of that first answer once it is in (null: nobody, or no answer): the provider starts from it. */
let userAtStart: SessionUser | null | undefined;
// Also what keeps a failed first answer from going unhandled when the app fails before it renders.
sessionAtStart.then(
  (s) => {
    userAtStart = s.user;
  },
  () => {
    userAtStart = null;
  },
);

export function AuthProvider({ children }: { children: ReactNode }) {
  // When the first answer is already in (main.tsx renders after it), the first render shows the
  // page, not a loading screen; the refresh below then takes the same answer and changes nothing.
  // Only until that refresh has taken it: a provider mounted later (after an error boundary's
  // reset) asks again rather than start from a user who may have signed out since.
  const [user, setUser] = useState<SessionUser | null | undefined>(() => (sessionAtStart ? userAtStart : undefined));
  const [expired, setExpired] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const first = sessionAtStart;
      sessionAtStart = null;
      const s = await (first ?? fetchSession());
      setCsrfToken(s.csrfToken);
      setUser(s.user);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 400)) setUser(null);
      else {
        // Server unreachable at start: show the login page rather than a blank screen;
        // the login call will then report the network problem.
        setUser(null);
      }
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const userRef = useRef(user);
  userRef.current = user;
  useEffect(
    () =>
      onUnauthorized(() => {
        if (userRef.current) setExpired(true);
        setUser(null);
      }),
    [],
  );

  const login = useCallback(async (username: string, password: string) => {
    const s = await api.post<Session>('/api/auth/login', { username, password }, { quietUnauthorized: true });
    setCsrfToken(s.csrfToken);
    setExpired(false);
    setUser(s.user);
    return s.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', {}, { quietUnauthorized: true });
    } finally {
      setCsrfToken('');
      setExpired(false);
      setUser(null);
    }
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      expired,
      login,
      logout,
      refresh,
      hasRole: (...roles) => !!user && user.roles.some((r) => roles.includes(r)),
    }),
    [user, expired, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** For pages that only render behind the login: the user is known there. */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
