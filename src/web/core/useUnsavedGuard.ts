import { useEffect, useRef } from 'react';
import type { ButtonProps } from 'antd';
import { useApp } from './feedback';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

/**
 * Work typed on a page and not yet saved is not lost without asking: a menu click, a link or
 * the browser's back button to another page stops at a confirmation (the router's blocker), and
 * closing or reloading the tab gets the browser's own question (`beforeunload`). Moving within
 * the page (a year or a tab kept in the URL) is not leaving it and is not stopped.
 *
 * `what` names what would be lost, in words (common.unsaved.entry / .review).
 */
export function useUnsavedGuard(when: boolean, what: string) {
  const { t } = useTranslation();
  const { modal } = useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  const asking = useRef(false);

  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.content', { what }),
      okText: t('common.unsaved.leave'),
      cancelText: t('common.unsaved.stay'),
      okButtonProps: { danger: true, 'data-testid': 'unsaved-leave' } as ButtonProps,
      cancelButtonProps: { 'data-testid': 'unsaved-stay' } as ButtonProps,
      onOk: () => {
        asking.current = false;
        blocker.proceed();
      },
      onCancel: () => {
        asking.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal, t, what]);

  useEffect(() => {
    if (!when) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
}
