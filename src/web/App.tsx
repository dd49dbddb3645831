import { Suspense, useMemo } from 'react';
import { ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider, startingSession, useAuth } from './core/auth';
import { hasSessionCookie } from './core/api';
import { ErrorBoundary } from './core/ErrorBoundary';
import { antdLocale, loadShellWords } from './core/i18n';
import { lazyComponent, preloadable, usePreloaded, type Preloadable } from './core/lazy';
import { PageLoading } from './core/PageLoading';
import { theme } from './core/theme';
import { FONT_SIZE, useLargeText } from './core/large-text';
// The login page and the signed-in part (route table, menu icons, shell, status pages) load on
// demand like every module page, so the first visit (the login page) downloads only what it
// shows (issue 10: < 250 KB gzipped). The shell's words (the menu's) come with the signed-in
// part, fetched beside it: the login page needs only the core words.
const loadLoginPage = () => import('./core/LoginPage');
const loadSignedIn = () => import('./SignedIn');
const LoginPage = lazyComponent(() => loadLoginPage().then((m) => ({ default: m.LoginPage })));
const SignedInRoutes = lazyComponent(() => Promise.all([loadSignedIn(), loadShellWords()]).then(([m]) => ({ default: m.default })));
/** The signed-in part waits also for the code of the page at the address opened. */
const openingPage = preloadable(() => loadSignedIn().then((m) => m.openingPage));
const NO_PARTS: readonly Preloadable[] = [];
const LOGIN_PARTS: readonly Preloadable[] = [LoginPage];
const SIGNED_IN_PARTS: readonly Preloadable[] = [SignedInRoutes, openingPage];
/** Starts the code of the login page or of the signed-in part; settles when it is in (or failed). */
const preloadPart = (signedIn: boolean) => Promise.all((signedIn ? SIGNED_IN_PARTS : LOGIN_PARTS).map((p) => p.preload()));
// Before the session's answer: the CSRF cookie is set with the session cookie and cleared with it
// (org/auth-routes.ts), so whether the page can see it tells which part is likely wanted, and
// that part starts downloading beside the core words and /api/auth/me instead of after them. A
// wrong guess (a session expired with its cookies still there) costs one chunk's download; the
// session's answer still decides what renders.
// The shell's words (the menu's) start with the signed-in part, not after the session's answer.
if (typeof document !== 'undefined') void preloadPart(hasSessionCookie()).catch(() => undefined);
/**
 * What the first render needs: the session's answer and the code of the part it calls for
 * (main.tsx renders once it is in, the page meanwhile showing index.html's loading screen). The
 * first render is then the page itself, not a loading screen rendered and replaced.
 */
export const firstPart: Promise<unknown> = startingSession
  .then(
    (s): Promise<unknown> => preloadPart(!!s.user),
    () => preloadPart(false),
  )
  .catch(() => undefined);

function AppRoutes() {
  const { user } = useAuth();
  // The loading screen, not a Suspense fallback, until the part's code is in (core/lazy.ts).
  const ready = usePreloaded(user === undefined ? NO_PARTS : user === null ? LOGIN_PARTS : SIGNED_IN_PARTS);
  if (user === undefined || !ready) return <PageLoading />;
  return user === null ? <LoginPage /> : <SignedInRoutes />;
}

/**
 * Everything under the router: the session, then the route table. The route table stays a
 * `<Routes>` of its own under one catch-all route, so every page keeps its lazy loading; the
 * router is a data router all the same, which is what lets a page with unsaved work stop a
 * menu click or the back button (useBlocker, see core/useUnsavedGuard.ts).
 */
function Root() {
  return (
    <ErrorBoundary>
      <AuthProvider>
        <Suspense fallback={<PageLoading />}>
          <AppRoutes />
        </Suspense>
      </AuthProvider>
    </ErrorBoundary>
  );
}

const router = createBrowserRouter([{ path: '*', element: <Root /> }]);

export function App() {
  const { i18n } = useTranslation();
  const large = useLargeText();
  const themed = useMemo(() => ({ ...theme, token: { ...theme.token, fontSize: large ? FONT_SIZE.large : FONT_SIZE.normal } }), [large]);
  return (
    <ConfigProvider locale={antdLocale(i18n.language)} theme={themed}>
      <ErrorBoundary>
        <RouterProvider router={router} />
      </ErrorBoundary>
    </ConfigProvider>
  );
}
