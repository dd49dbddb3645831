import { Suspense, useEffect, useMemo, useState } from 'react';
import { lazyComponent } from './lazy';
import { KeyOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { visibleModules } from '../routes';
import { useAuth, useUser } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { LargeTextSwitch } from './LargeTextSwitch';
import { FeedbackProvider, useApp } from './feedback';
import { LogoMark } from './Logo';
import { PlainButton } from './plain';
import { MenuCount, TodoButton, useTodoCounts } from './TodoBadge';
import { useNames } from '../org/names';
import { SideMenu, type SideMenuItem } from './SideMenu';
import { UserMenu, type UserMenuEntry } from './UserMenu';

/** Below this width (a 1024 px laptop) the menu folds to its icons: antd's `xl` breakpoint, as before. */
const FOLD_BELOW = '(max-width: 1199.98px)';

// The password dialog (antd Form and its validator) loads when it is opened, not with every page.
const ChangePasswordModal = lazyComponent(() => import('./ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));

/**
 * antd's App context (message, notification and modal hooks) wraps the signed-in pages only,
 * and the three load on their first use (core/feedback.tsx): the login page does not use them
 * and the plans list does not until something goes wrong (issue 10).
 */
export function Shell() {
  return (
    <FeedbackProvider>
      <ShellFrame />
    </FeedbackProvider>
  );
}

/**
 * A table wider than its column scrolls sideways: keyboard users must be able to focus the
 * scrolling region to scroll it (WCAG 2.1.1; axe scrollable-region-focusable). antd renders
 * these regions itself, so every page's tables are marked here once.
 */
function useFocusableScrollRegions() {
  useEffect(() => {
    const mark = () => {
      for (const el of document.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body'))
        if (!el.hasAttribute('tabindex')) el.tabIndex = 0;
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}

function ShellFrame() {
  useFocusableScrollRegions();
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useAuth();
  const { message } = useApp();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(() => typeof window !== 'undefined' && window.matchMedia(FOLD_BELOW).matches);
  // Crossing the breakpoint folds or unfolds the menu; the button in the header overrides it until the next crossing.
  useEffect(() => {
    const query = window.matchMedia(FOLD_BELOW);
    const follow = () => setCollapsed(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  const [passwordOpen, setPasswordOpen] = useState(false);

  const mods = useMemo(() => visibleModules(user.roles), [user.roles]);
  const todo = useTodoCounts(!user.mustChangePassword);
  // The user's unit in the reader's language (the one source of English names).
  const unitLabel = useNames();
  // What waits on the user, beside the menu entries that lead to it.
  // A liaison's owed indicator data count on 数据填报 too (and its 指标监测 group): the 进展填报
  // badge alone sent a first-time liaison looking for data entry under progress reports.
  const counted: Record<string, number | undefined> = {
    '/delivery/todo': todo?.all,
    '/indicators/review': todo?.review,
    '/indicators/entry': todo?.entry,
    '/delivery': todo?.all,
    '/indicators': todo ? todo.review + todo.entry : undefined,
  };
  const label = (key: string, text: string) => (counted[key] ? <MenuCount label={text} count={counted[key]} testId={`menu-count-${key.slice(1).replace('/', '-')}`} /> : text);

  const items: SideMenuItem[] = mods.map((m) => ({
    key: `/${m.path}`,
    icon: m.icon,
    title: t(m.label),
    label: m.children ? label(`/${m.path}`, t(m.label)) : t(m.label),
    children: m.children?.map((c) => ({ key: `/${m.path}/${c.path}`, icon: c.icon, title: t(c.label), label: label(`/${m.path}/${c.path}`, t(c.label)) })),
  }));

  // The module and page under the current URL, for the menu highlight and the breadcrumb.
  const [moduleSeg, childSeg] = pathname.split('/').filter(Boolean);
  const current = mods.find((m) => m.path === moduleSeg);
  const currentChild = current?.children?.find((c) => c.path === childSeg);
  const selectedKey = current ? (currentChild ? `/${current.path}/${currentChild.path}` : `/${current.path}`) : '';
  const [openKeys, setOpenKeys] = useState<string[]>([]);
  const openModule = current?.children ? `/${current.path}` : null;
  // Arriving at a sub-page by URL or redirect should show where it sits in the menu.
  useEffect(() => {
    if (openModule) setOpenKeys((keys) => (keys.includes(openModule) ? keys : [...keys, openModule]));
  }, [openModule]);

  const userMenu: UserMenuEntry[] = [
    { key: 'roles', disabled: true, label: user.roles.map((r) => t(`roles.${r}`)).join(' · ') },
    { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword'), dividerBefore: true },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];

  const onUserMenu = async (key: string) => {
    if (key === 'password') setPasswordOpen(true);
    if (key === 'logout') {
      await logout();
      navigate('/', { replace: true });
      message.success(t('header.loggedOut'));
    }
  };

  return (
    <div className="hl-shell">
      {/* Below 1200 px (a 1024 px laptop) the menu folds to its icons and gives the tables room;
          the button in the header opens it again. */}
      <aside className={`hl-sider${collapsed ? ' hl-sider-collapsed' : ''}`} data-testid="sider">
        <div className="hl-sider-inner">
          <div className="hl-brand" onClick={() => navigate('/')} role="link" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && navigate('/')}>
            <LogoMark size={30} />
            {!collapsed && (
              <div className="hl-brand-text">
                <div className="hl-brand-name">{t('app.name')}</div>
                <div className="hl-brand-sub">{t('app.nameEn')}</div>
              </div>
            )}
          </div>
          <nav aria-label={t('app.name')}>
            <SideMenu
              items={items}
              selectedKey={selectedKey}
              openKeys={openKeys}
              onOpenChange={setOpenKeys}
              onSelect={(key) => navigate(key)}
              collapsed={collapsed}
            />
          </nav>
        </div>
      </aside>
      <div className="hl-main">
        <header className="hl-header">
          <div className="hl-header-side">
            <PlainButton
              kind="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              tip={t(collapsed ? 'header.expand' : 'header.collapse')}
              onClick={() => setCollapsed((c) => !c)}
              data-testid="sider-toggle"
              aria-label={t(collapsed ? 'header.expand' : 'header.collapse')}
            />
            <nav aria-label={t('header.breadcrumb')} className="hl-breadcrumb">
              <ol>
                {current && <li>{t(current.label)}</li>}
                {currentChild && <li aria-current="page">{t(currentChild.label)}</li>}
              </ol>
            </nav>
          </div>
          <div className="hl-header-side hl-header-tools">
            {!user.mustChangePassword && <TodoButton counts={todo} />}
            <LargeTextSwitch />
            <LanguageSwitch size="small" />
            <UserMenu entries={userMenu} onChoose={(key) => void onUserMenu(key)}>
              <span className="hl-avatar" aria-hidden="true">
                {user.displayName.slice(0, 1)}
              </span>
              <span className="hl-user-text">
                <span className="hl-user-name">{user.displayName}</span>
                {/* A district leader or the evaluator belongs to no unit: their role says who they are. */}
                <span className="hl-user-unit" data-testid="user-unit">{unitLabel(user.unitName, user.unitId) ?? user.roles.map((r) => t(`roles.${r}`)).join(' · ')}</span>
              </span>
              {user.mustChangePassword && <span className="hl-tag-warning">{t('users.mustChange')}</span>}
            </UserMenu>
          </div>
        </header>
        <main className="hl-content">
          {/* The server refuses every other call until the password is changed: no page behind the dialog. */}
          {!user.mustChangePassword && <Outlet />}
        </main>
      </div>
      {(passwordOpen || user.mustChangePassword) && (
        <Suspense fallback={null}>
          <ChangePasswordModal open forced={user.mustChangePassword} onClose={() => setPasswordOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
