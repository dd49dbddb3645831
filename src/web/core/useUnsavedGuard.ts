import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { ButtonProps } from 'antd';
import { useApp } from './feedback';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate, type Location } from 'react-router-dom';

/** What counts as leaving: by default another page (another path). */
export type Leaves = (current: Location, next: Location) => boolean;
const otherPage: Leaves = (current, next) => current.pathname !== next.pathname;

/**
 * Work typed on a page and not yet saved is not lost without asking: a menu click, a link or
 * the browser's back button to another page stops at a confirmation (the router's blocker), and
 * closing or reloading the tab gets the browser's own question (`beforeunload`). Moving within
 * the page (a year or a tab kept in the URL) is not leaving it and is not stopped.
 *
 * `what` names what would be lost, in words (common.unsaved.entry / .review / .revise / .calendar).
 * `leaves` says what counts as leaving when a screen of its own lives in the URL's query (the
 * revise screen is `?revise=…` on the entry page). The returned `release` lets the next move
 * through unasked: after a save, the screen closes itself and nothing is lost.
 */
export function useUnsavedGuard(when: boolean, what: string, leaves: Leaves = otherPage): { release: () => void } {
  const { t } = useTranslation();
  const { modal } = useApp();
  const navigate = useNavigate();
  // The router asks its blocker synchronously on a move; it reads the newest state from here
  // (set in a layout effect, before any effect of the page's own can move on).
  const live = useRef({ when, leaves });
  useLayoutEffect(() => {
    live.current = { when, leaves };
  });
  const released = useRef(false);
  const blocker = useBlocker(
    useCallback(({ currentLocation, nextLocation }: { currentLocation: Location; nextLocation: Location }) => {
      if (released.current) {
        released.current = false;
        return false;
      }
      return live.current.when && live.current.leaves(currentLocation, nextLocation);
    }, []),
  );
  // One blocked move, one question. The question belongs to the blocked episode, which ends when
  // the router is next seen unblocked, not when the answer is clicked: the answer's reset() or
  // proceed() reaches this component later (the router's state comes in a React transition), and
  // a 'blocked' state arriving in that gap found the old guard re-armed by its answer callback, so
  // it asked again (reproduced by a click on 留在此页 and a menu item in the same instant). Where
  // the repeat block came from in the back-button case seen under load is not proven; the likely
  // source is a popstate the router does not recognise as its own revert. Now a repeat block gets
  // the answer already given, and the answer goes to the newest blocker, not to the one the dialog
  // was opened for.
  const latest = useRef(blocker);
  useLayoutEffect(() => {
    latest.current = blocker;
  });
  const episode = useRef<{ answer: 'stay' | 'leave' | null } | null>(null);

  useEffect(() => {
    if (blocker.state === 'unblocked') {
      episode.current = null;
      return;
    }
    if (blocker.state !== 'blocked') return;
    const asked = episode.current;
    if (asked?.answer === 'stay') blocker.reset();
    else if (asked?.answer === 'leave') blocker.proceed();
    // Otherwise, with a question on screen, its answer goes to the newest blocker.
    if (asked) return;
    const current = (episode.current = { answer: null as 'stay' | 'leave' | null });
    const to = blocker.location;
    // The move asked about may no longer be held: a move the page made itself while the question
    // was on screen (its filter or page written into the query, which is not leaving and is let
    // through) went ahead and the router dropped the held one. 离开 must still leave: the move is
    // made again, let through once. (Seen under load: the dialog closed and the page stayed.)
    const again = () => {
      if (!to) return;
      released.current = true;
      navigate(to);
    };
    const answer = (a: 'stay' | 'leave') => {
      current.answer = a;
      const b = latest.current;
      if (b.state !== 'blocked') {
        if (a === 'leave' && b.state === 'unblocked') again();
        return;
      }
      if (a === 'stay') return b.reset();
      // What this component last rendered can be older than the router: the router drops the held
      // move when the page's own move completes, and tells React in a transition rendered later, so
      // a click in between finds 'blocked' here while the router has none, and refuses the proceed
      // (it throws "Invalid blocker state transition: unblocked -> proceeding"; seen in CI).
      try {
        b.proceed();
      } catch {
        again();
      }
    };
    modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.content', { what }),
      okText: t('common.unsaved.leave'),
      cancelText: t('common.unsaved.stay'),
      okButtonProps: { danger: true, 'data-testid': 'unsaved-leave' } as ButtonProps,
      cancelButtonProps: { 'data-testid': 'unsaved-stay' } as ButtonProps,
      onOk: () => answer('leave'),
      onCancel: () => answer('stay'),
    });
  }, [blocker, modal, t, what, navigate]);

  useEffect(() => {
    if (!when) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { release };
}
