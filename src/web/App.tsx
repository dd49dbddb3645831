import { Suspense, useMemo } from 'react';
import { ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider, startingSession, useAuth } from './core/auth';
import { hasSessionCookie } from './core/api';
import { ErrorBoundary } from './core/ErrorBoundary';
import { antdLocale, loadShellWords } from './core/i18n';
import { lazyComponent, preloadable, usePreloaded } from './core/lazy';
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
const openingPage = preloadable(() => loadSignedIn().then((m) => m.openingPage()));
const signedInParts = [SignedInRoutes, openingPage];
// Before the session's answer: the CSRF cookie is set with the session cookie and cleared with it
// (org/auth-routes.ts), so whether the page can see it tells which part is likely wanted, and
// that part starts downloading beside the core words and /api/auth/me instead of after them. A
// wrong guess (a session expired with its cookies still there) costs one chunk's download; the
// session's answer still decides what renders.
// The shell's words (the menu's) start with the signed-in part, not after the session's answer.
if (typeof document !== 'undefined') void (hasSessionCookie() ? Promise.all(signedInParts.map((p) => p.preload())) : LoginPage.preload()).catch(() => undefined);
/**
 * What the first render needs: the session's answer and the code of the part it calls for
 * (main.tsx renders once it is in, the page meanwhile showing index.html's loading screen). The
 * first render is then the page itself, not a loading screen rendered and replaced.
 */
export const firstPart: Promise<unknown> = startingSession
  .then(
    (s): Promise<unknown> => (s.user ? Promise.all(signedInParts.map((p) => p.preload())) : LoginPage.preload()),
    () => LoginPage.preload(),
  )
  .catch(() => undefined);

function AppRoutes() {
  const { user } = useAuth();
  // The loading screen, not a Suspense fallback, until the part's code is in (core/lazy.ts).
  const ready = usePreloaded(...(user === undefined ? [] : user === null ? [LoginPage] : signedInParts));
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
