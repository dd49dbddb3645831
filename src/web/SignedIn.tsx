// The signed-in part of the app: the route table (src/web/routes.tsx, with the menu's icons),
// the shell around it and the role check of each page. A chunk of its own, loaded once the
// session says someone is signed in, so the login page downloads none of it (issue 10).
import { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { prefetch } from './core/api';
import { useAuth } from './core/auth';
import { ErrorBoundary } from './core/ErrorBoundary';
import { lazyComponent } from './core/lazy';
import { PageLoading } from './core/PageLoading';
import { Shell } from './core/Shell';
import { canSee, homePath, modules, pageAt, type PageEntry } from './routes';

// The page of the address opened starts downloading with this chunk, not after the shell's first
// render (issue 10: time to interactive of the plans list); the render then finds it under way.
// Its data too, when the route table names it (a page the user may not open answers 403, unread).
// App.tsx shows its loading screen until that page's code is in (`openingPage`), so the page
// renders at once rather than behind a Suspense fallback (core/lazy.ts).
const opened = typeof window !== 'undefined' ? pageAt(window.location.pathname) : undefined;
/** Settles when the code of the page at the address opened is in (or failed to come). */
export const openingPage: Promise<unknown> = opened?.page?.preload().catch(() => undefined) ?? Promise.resolve();
for (const path of opened?.data ?? []) prefetch(path);

const Forbidden = lazyComponent(() => import('./core/StatusPages').then((m) => ({ default: m.Forbidden })));
const NotAvailable = lazyComponent(() => import('./core/StatusPages').then((m) => ({ default: m.NotAvailable })));
const NotFound = lazyComponent(() => import('./core/StatusPages').then((m) => ({ default: m.NotFound })));

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

export default function SignedInRoutes() {
  const { user } = useAuth();
  if (!user) return <PageLoading />;
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
