// The menu and the route table of the whole web app, in one place.
//
// To add a page, add ONE entry below (or set `page` on an existing one):
//
//   { path: 'plans', label: 'nav.plans', icon: <ProfileOutlined />,
//     page: pageOf('plans', () => import('./plans/PlansPage')), data: ['/api/plans'] },
//
// - `path` is the URL segment (`/plans`); a child's URL is `/<module>/<child>`.
// - `label` is a key in src/web/i18n/zh-CN.json and en.json (add the words to both files).
// - `policy` names who sees the menu entry and may open the page: the policy of the API
//   routes the page needs (src/contracts/access.ts, the same names the server's routes
//   declare), so menu and server cannot disagree. Leave it out for everyone signed in.
// - `page` is a lazily loaded component with a default export, so each module's code
//   (and ECharts, for the cockpit) downloads only when someone opens it; `pageOf` names the
//   module folder whose words (i18n.<lang>.json) load beside it. An entry without `page` shows
//   the "not available yet" page.
// - `children` turns the entry into a sub-menu; `/<module>` then opens the first child the
//   user may see.
//
// The shell wraps every page in an error boundary and a loading spinner, and shows the
// breadcrumb from these labels: pages need not do either.
import type { ComponentType, ReactNode } from 'react';
import { lazyComponent, type Preloadable } from './core/lazy';
import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  ImportOutlined,
  GlobalOutlined,
  KeyOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { allows, type PolicyName } from '../contracts/access';
import type { Role } from '../contracts/roles';

export interface PageEntry {
  path: string;
  label: string;
  icon?: ReactNode;
  policy?: PolicyName;
  page?: ComponentType & Preloadable & { module?: string; load?: () => Promise<unknown> };
  /** GETs the page sends as it opens, started with its code when it is the address opened (SignedIn.tsx). */
  data?: string[];
  /**
   * The page starts its own lazy parts as soon as its chunk runs (the cockpit's charts): the page
   * the server sends for this address names them too (bin/route-pages.ts), not only its static imports.
   */
  eagerParts?: boolean;
}

export interface ModuleEntry extends PageEntry {
  icon: ReactNode;
  children?: PageEntry[];
}

/**
 * A module's page, loaded with the words of its module folder (src/web/<module>/i18n.<lang>.json).
 * core/i18n is imported when a page loads (it is in the first chunk already, so this costs no
 * request): the browser tests read this route table in Node, where i18n's start-up cannot run.
 */
const pageOf = (module: string, load: () => Promise<{ default: ComponentType }>) => {
  // One download however it starts (lazyComponent starts it once): by the first render, or
  // earlier by `preload` (SignedIn.tsx). `module` and `load` stay readable for the build, which
  // names each address's chunks in the page it sends (bin/route-pages.ts, vite.config.ts routePreloads).
  const page = lazyComponent(() => Promise.all([load(), import('./core/i18n').then((i) => i.loadModuleWords(module))]).then(([m]) => m));
  return Object.assign(page, { module, load });
};

export const modules: ModuleEntry[] = [
  {
    path: 'plans',
    label: 'nav.plans',
    icon: <ProfileOutlined />,
    children: [
      { path: 'list', label: 'plans.nav.list', icon: <ProfileOutlined />, page: pageOf('plans', () => import('./plans/PlansPage')), data: ['/api/plans'] },
      { path: 'import', label: 'plans.nav.import', icon: <ImportOutlined />, policy: 'office', page: pageOf('plans', () => import('./plans/ImportPage')) },
    ],
  },
  // Being written by the indicators engineers (src/web/indicators).
  {
    path: 'indicators',
    label: 'nav.indicators',
    icon: <FundOutlined />,
    children: [
      { path: 'overview', label: 'indicators.nav.overview', icon: <FundOutlined />, page: pageOf('indicators', () => import('./indicators/OverviewPage')) },
      { path: 'entry', label: 'indicators.nav.entry', icon: <FormOutlined />, policy: 'dataDesk', page: pageOf('indicators', () => import('./indicators/EntryPage')) },
      { path: 'review', label: 'indicators.nav.review', icon: <AuditOutlined />, policy: 'approval', page: pageOf('indicators', () => import('./indicators/ReviewPage')) },
      { path: 'gaps', label: 'indicators.nav.gaps', icon: <FileSearchOutlined />, policy: 'oversight', page: pageOf('indicators', () => import('./indicators/GapsPage')) },
    ],
  },
  {
    path: 'delivery',
    label: 'nav.delivery',
    icon: <FormOutlined />,
    children: [
      { path: 'todo', label: 'delivery.nav.todo', icon: <FormOutlined />, page: pageOf('delivery', () => import('./delivery/TodoPage')) },
      { path: 'tasks', label: 'delivery.nav.tasks', icon: <ProfileOutlined />, page: pageOf('delivery', () => import('./delivery/TasksPage')) },
      { path: 'reports', label: 'delivery.nav.reports', icon: <FormOutlined />, page: pageOf('delivery', () => import('./delivery/ReportsPage')) },
      { path: 'cycles', label: 'delivery.nav.cycles', icon: <AuditOutlined />, policy: 'office', page: pageOf('delivery', () => import('./delivery/CyclesPage')) },
      { path: 'units', label: 'delivery.nav.units', icon: <ApartmentOutlined />, page: pageOf('delivery', () => import('./delivery/UnitsPage')) },
      { path: 'matrix', label: 'delivery.nav.matrix', icon: <ApartmentOutlined />, page: pageOf('delivery', () => import('./delivery/MatrixPage')) },
      { path: 'calendar', label: 'delivery.nav.calendar', icon: <CalendarOutlined />, page: pageOf('delivery', () => import('./delivery/CalendarPage')) },
    ],
  },
  {
    path: 'supervision',
    label: 'nav.supervision',
    icon: <AuditOutlined />,
    children: [
      { path: 'board', label: 'supervision.nav.board', icon: <AuditOutlined />, page: pageOf('supervision', () => import('./supervision/BoardPage')) },
      { path: 'alerts', label: 'supervision.nav.alerts', icon: <FileSearchOutlined />, page: pageOf('supervision', () => import('./supervision/AlertsPage')) },
      { path: 'rules', label: 'supervision.nav.rules', icon: <SettingOutlined />, page: pageOf('supervision', () => import('./supervision/RulesPage')) },
    ],
  },
  {
    path: 'evaluation',
    label: 'nav.evaluation',
    icon: <TrophyOutlined />,
    children: [
      { path: 'board', label: 'evaluation.nav.board', icon: <TrophyOutlined />, page: pageOf('evaluation', () => import('./evaluation/BoardPage')) },
      { path: 'results', label: 'evaluation.nav.results', icon: <FundOutlined />, page: pageOf('evaluation', () => import('./evaluation/ResultsPage')) },
      { path: 'schemes', label: 'evaluation.nav.schemes', icon: <ProfileOutlined />, page: pageOf('evaluation', () => import('./evaluation/SchemesPage')) },
      { path: 'appeals', label: 'evaluation.nav.appeals', icon: <AuditOutlined />, page: pageOf('evaluation', () => import('./evaluation/AppealsPage')) },
      { path: 'allocation', label: 'evaluation.nav.allocation', icon: <ApartmentOutlined />, page: pageOf('evaluation', () => import('./evaluation/AllocationPage')) },
      { path: 'awards', label: 'evaluation.nav.awards', icon: <TrophyOutlined />, page: pageOf('evaluation', () => import('./evaluation/AwardsPage')) },
    ],
  },
  {
    path: 'corridor',
    label: 'nav.corridor',
    icon: <NodeIndexOutlined />,
    children: [
      { path: 'figures', label: 'corridor.nav.figures', icon: <FundOutlined />, page: pageOf('corridor', () => import('./corridor/FiguresPage')) },
      { path: 'ledger', label: 'corridor.nav.ledger', icon: <ProfileOutlined />, page: pageOf('corridor', () => import('./corridor/LedgerPage')) },
      { path: 'routes', label: 'corridor.nav.routes', icon: <GlobalOutlined />, page: pageOf('corridor', () => import('./corridor/RoutesPage')) },
    ],
  },
  // The leaders' screen: who oversees the plan as a whole (GET /api/cockpit), not unit users.
  { path: 'cockpit', label: 'nav.cockpit', icon: <DashboardOutlined />, policy: 'oversight', page: pageOf('cockpit', () => import('./cockpit/CockpitPage')), data: ['/api/plans', '/api/cockpit'], eagerParts: true },
  // Progress briefings: those who oversee the plan read and download them; the office requests them (GET/POST /api/briefings).
  { path: 'briefings', label: 'briefings.nav', icon: <FileTextOutlined />, policy: 'oversight', page: pageOf('briefings', () => import('./briefings/BriefingsPage')) },
  {
    path: 'admin',
    label: 'nav.admin',
    icon: <SettingOutlined />,
    // The office maintains the unit list (it names units in plans); the rest is the administrator's.
    policy: 'office',
    children: [
      { path: 'units', label: 'nav.units', icon: <ApartmentOutlined />, policy: 'office', page: pageOf('org', () => import('./org/UnitsPage')) },
      { path: 'users', label: 'nav.users', icon: <TeamOutlined />, policy: 'admin', page: pageOf('org', () => import('./org/UsersPage')) },
      { path: 'zones', label: 'nav.zones', icon: <GlobalOutlined />, policy: 'admin', page: pageOf('org', () => import('./org/ZonesPage')) },
      { path: 'tokens', label: 'nav.tokens', icon: <KeyOutlined />, policy: 'admin', page: pageOf('org', () => import('./org/TokensPage')) },
      { path: 'audit', label: 'nav.audit', icon: <FileSearchOutlined />, policy: 'admin', page: pageOf('org', () => import('./org/AuditPage')) },
    ],
  },
];

export const canSee = (entry: PageEntry, roles: readonly Role[]) => !entry.policy || allows(entry.policy, roles);

/** The modules (and their children) this user's roles show, in menu order. */
export function visibleModules(roles: readonly Role[]): ModuleEntry[] {
  return modules
    .filter((m) => canSee(m, roles))
    .map((m) => (m.children ? { ...m, children: m.children.filter((c) => canSee(c, roles)) } : m))
    .filter((m) => !m.children || m.children.length > 0);
}

/** The page an address opens: `/<module>/<page>`, or `/<module>` for a module without a sub-menu (the cockpit). */
export function pageAt(pathname: string): PageEntry | undefined {
  const [, modulePath, pagePath] = pathname.split('/');
  const module = modules.find((m) => m.path === modulePath);
  return module?.children ? module.children.find((c) => c.path === pagePath) : module;
}

/** Where a signed-in user lands: the first page of the first module they see. */
export function homePath(roles: readonly Role[]): string {
  const first = visibleModules(roles)[0];
  if (!first) return '/';
  return first.children?.length ? `/${first.path}/${first.children[0].path}` : `/${first.path}`;
}

