// What waits on the signed-in user, counted for the menu and the header (issue 17): the server
// counts the same list as 我的待办 (GET /api/todo/count beside GET /api/todo), so the badge and
// the page can never disagree, and the badge does not fetch the whole list to count it.
import { useEffect, useState } from 'react';
import { CheckSquareOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from './api';
import { PlainButton } from './plain';
import type { TodoCount } from '../../contracts/delivery';

export type TodoCounts = TodoCount;

const REFRESH_MS = 60_000;
// White digits on these keep 4.5:1 (AA): antd's default badge red does not.
const COUNT_COLOR = '#c4161c'; // the theme's colorError
const ZERO_COLOR = '#595959';

/** Counts 我的待办 on arrival, after every page change (an approval just made is gone) and every minute. */
export function useTodoCounts(enabled: boolean): TodoCounts | null {
  const { pathname, search } = useLocation();
  const [counts, setCounts] = useState<TodoCounts | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    // A page that changes what waits (an approval, a submission) says so; the badge follows at once.
    const now = () => setTick((n) => n + 1);
    window.addEventListener('hubline:todo-changed', now);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('hubline:todo-changed', now);
    };
  }, [enabled]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api
      .get<TodoCount>('/api/todo/count')
      .then((c) => live && setCounts(c))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [enabled, pathname, search, tick]);
  return counts;
}

/** Tells the menu's badge that what waits on the user changed. */
export const todoChanged = () => window.dispatchEvent(new Event('hubline:todo-changed'));

/**
 * A count in a small round badge, with antd Badge's look (size small): a plain element, since
 * antd's Badge (with its scrolling digits) cost every signed-in page ≈ 4 KB gzipped (issue 10).
 * Nothing is shown for zero unless `showZero`; above 99 it reads 99+.
 */
function Count({ count, color, showZero, testId }: { count: number; color: string; showZero?: boolean; testId?: string }) {
  if (!count && !showZero) return null;
  return (
    <sup className="hl-count" style={{ background: color }} data-testid={testId}>
      {count > 99 ? '99+' : count}
    </sup>
  );
}

/** A menu label with its count beside it (nothing when zero). */
export function MenuCount({ label, count, testId }: { label: string; count: number | undefined; testId: string }) {
  return (
    <span className="hl-menu-count">
      <span>{label}</span>
      <Count count={count ?? 0} color={COUNT_COLOR} testId={testId} />
    </span>
  );
}

/** 我的待办 N in the header, for every role (0 for a role nobody waits on). */
export function TodoButton({ counts }: { counts: TodoCounts | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <PlainButton kind="text" size="small" icon={<CheckSquareOutlined />} onClick={() => navigate('/delivery/todo')} data-testid="todo-count" aria-label={t('header.todoAria', { count: counts?.all ?? 0 })}>
      {t('header.todo')}
      <Count count={counts?.all ?? 0} showZero color={counts?.all ? COUNT_COLOR : ZERO_COLOR} />
    </PlainButton>
  );
}
