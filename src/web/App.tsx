import { lazy, Suspense, useMemo } from 'react';
import { ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider, startingSession, useAuth } from './core/auth';
import { hasSessionCookie } from './core/api';
import { ErrorBoundary } from './core/ErrorBoundary';
import { antdLocale, loadShellWords } from './core/i18n';
import { PageLoading } from './core/PageLoading';
import { theme } from './core/theme';
import { FONT_SIZE, useLargeText } from './core/large-text';
// The login page and the signed-in part (route table, menu icons, shell, status pages) load on
// demand like every module page, so the first visit (the login page) downloads only what it
// shows (issue 10: < 250 KB gzipped). The shell's words (the menu's) come with the signed-in
// part, fetched beside it: the login page needs only the core words.
const loadLoginPage = () => import('./core/LoginPage');
const loadSignedIn = () => import('./SignedIn');
const LoginPage = lazy(() => loadLoginPage().then((m) => ({ default: m.LoginPage })));
const SignedInRoutes = lazy(() => Promise.all([loadSignedIn(), loadShellWords()]).then(([m]) => m));
// Before the session's answer: the CSRF cookie is set with the session cookie and cleared with it
// (org/auth-routes.ts), so whether the page can see it tells which part is likely wanted, and
// that part starts downloading beside the core words and /api/auth/me instead of after them. A
// wrong guess (a session expired with its cookies still there) costs one chunk's download; the
// session's answer still decides what renders.
// The shell's words (the menu's) start with the signed-in part, not after the session's answer.
if (typeof document !== 'undefined') void (hasSessionCookie() ? Promise.all([loadSignedIn(), loadShellWords()]) : loadLoginPage()).catch(() => undefined);
// Whichever part the session at the start calls for downloads as soon as its answer is in,
// beside the core words and the first render, not after them (issue 10: time to interactive).
void startingSession
  .then(
    (s): Promise<unknown> => (s.user ? loadSignedIn() : loadLoginPage()),
    () => loadLoginPage(),
  )
  .catch(() => undefined);

function AppRoutes() {
  const { user } = useAuth();
  if (user === undefined) return <PageLoading />;
  if (user === null) return <LoginPage />;
  return <SignedInRoutes />;
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
