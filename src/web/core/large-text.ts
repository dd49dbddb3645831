// 适老化 large-text mode: one switch in the header makes every text larger (antd's base font
// size and the rem-sized text of our own CSS), remembered in this browser.
import { useSyncExternalStore } from 'react';

const KEY = 'hubline.largeText';
const listeners = new Set<() => void>();
let large = typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === '1';
const apply = () => document.documentElement.classList.toggle('hl-large-text', large);
if (typeof document !== 'undefined') apply();

export function setLargeText(on: boolean) {
  large = on;
  localStorage.setItem(KEY, on ? '1' : '0');
  apply();
  for (const l of listeners) l();
}

export function useLargeText(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => large,
  );
}

/** Base font size of antd in each mode (px): 14 is antd's default, 18 reads well for older eyes. */
export const FONT_SIZE = { normal: 14, large: 18 } as const;
