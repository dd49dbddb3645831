import { lazy, Suspense, useMemo } from 'react';
import { ConfigProvider, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Route, RouterProvider, Routes, useLocation } from 'react-router-dom';
import { AuthProvider, useAuth } from './core/auth';
import { ErrorBoundary } from './core/ErrorBoundary';
import { antdLocale, loadModuleWords } from './core/i18n';
// The login page, the shell and the status pages load on demand like every module page, so
// the first visit (the login page) downloads only what it shows (issue 10: < 250 KB gzipped).
const LoginPage = lazy(() => import('./core/LoginPage').then((m) => ({ default: m.LoginPage })));
// The modules' words come with the shell: the login page needs only the core words.
const Shell = lazy(() => Promise.all([import('./core/Shell'), loadModuleWords()]).then(([m]) => ({ default: m.Shell })));
const Forbidden = lazy(() => import('./core/StatusPages').then((m) => ({ default: m.Forbidden })));
const NotAvailable = lazy(() => import('./core/StatusPages').then((m) => ({ default: m.NotAvailable })));
const NotFound = lazy(() => import('./core/StatusPages').then((m) => ({ default: m.NotFound })));
import { theme } from './core/theme';
import { FONT_SIZE, useLargeText } from './core/large-text';
import { canSee, homePath, modules, type PageEntry } from './routes';

function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="hl-page-loading">
      <Spin size="large" tip={t('common.loading')}>
        <div style={{ width: 200, height: 80 }} />
      </Spin>
    </div>
  );
}

/** One page of the route table: role check, error boundary, lazy loading, or "not available yet". */
function PageFrame({ entry, label }: { entry: PageEntry; label: string }) {
  const { user } = useAuth();
  const { pathname } = useLocation();
  if (!user || !canSee(entry, user.roles)) return <Forbidden />;
  if (!entry.page) return <NotAvailable label={label} />;
  const Page = entry.page;
  return (
    // Keyed by URL: leaving a broken page and coming back tries again.
    <ErrorBoundary key={pathname}>
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    </ErrorBoundary>
  );
}

function AppRoutes() {
  const { user } = useAuth();
  if (user === undefined) return <PageLoading />;
  if (user === null) return <LoginPage />;
  const home = homePath(user.roles);
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={home} replace />} />
      <Route element={<Shell />}>
        <Route index element={<Navigate to={home} replace />} />
        {modules.map((m) =>
          m.children ? (
            <Route key={m.path} path={m.path}>
              <Route index element={<ModuleIndex module={m.path} />} />
              {m.children.map((c) => (
                <Route key={c.path} path={c.path} element={<PageFrame entry={{ ...c, policy: c.policy ?? m.policy }} label={c.label} />} />
              ))}
            </Route>
          ) : (
            <Route key={m.path} path={m.path} element={<PageFrame entry={m} label={m.label} />} />
          ),
        )}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/** `/<module>` of a sub-menu module opens its first page this user may see. */
function ModuleIndex({ module }: { module: string }) {
  const { user } = useAuth();
  const m = modules.find((x) => x.path === module);
  const first = m?.children?.find((c) => user && canSee(c, user.roles));
  if (!m || !first || !user || !canSee(m, user.roles)) return <Forbidden />;
  return <Navigate to={`/${m.path}/${first.path}`} replace />;
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
