// Code loaded on demand without React's hold-back on the first page (issue 10: time to interactive).
//
// React.lazy suspends at its first render even when its module is already in, and React 19 holds
// the reveal of suspended content back until 300 ms after the last fallback was shown
// (FALLBACK_THROTTLE_MS in react-dom). On the first page that hold-back was most of the wait: the
// login form's code was in at 0.32 s, its form on screen at 1.1 s, the page idle 0.26 s of that
// for the timer (Chromium trace, 2026-12-03). So a part here renders its component directly once
// its code is in, and the first page waits for its part's code (usePreloaded, App.tsx) showing
// the loading screen, which suspends nothing.
import { createElement, lazy, useEffect, useReducer, type ComponentProps, type ComponentType } from 'react';

export interface Preloadable {
  /** Starts the wait (once); settles when it is over, either way. */
  preload(): Promise<unknown>;
  /** The wait is over (the code is in, or failed to come). */
  settled(): boolean;
}

/** A wait started once, on demand, whose end can be read synchronously. */
export function preloadable<T>(start: () => Promise<T>): { preload(): Promise<T>; settled(): boolean } {
  let done = false;
  let started: Promise<T> | undefined;
  const end = () => {
    done = true;
  };
  return {
    preload: () => {
      if (!started) {
        started = start();
        started.then(end, end);
      }
      return started;
    },
    settled: () => done,
  };
}

/**
 * A component loaded on demand: rendered directly once its code is in; before that through
 * React.lazy (a navigation in a transition keeps the old page until it is in, a first render
 * shows the nearest Suspense fallback, a failed download reaches the nearest error boundary).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, its props kept
export function lazyComponent<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): C & Preloadable {
  let loaded: C | undefined;
  // `loaded` is set before the promise React waits on resolves: when React retries after the
  // suspension it renders the component itself, the lazy wrapper having committed nothing.
  const code = preloadable(() =>
    load().then((m) => {
      loaded = m.default;
      return m;
    }),
  );
  const Suspending = lazy(code.preload);
  const Component = (props: ComponentProps<C>) => createElement(loaded ?? Suspending, props);
  return Object.assign(Component as C, code);
}

/**
 * Whether every one of `parts` has settled, starting those not yet started: the caller shows its
 * loading screen until then instead of a Suspense fallback. Read synchronously, so a part that
 * settled before the first render renders in that render. `parts` is a module-level constant
 * (its identity is the effect's dependency).
 */
export function usePreloaded(parts: readonly Preloadable[]): boolean {
  const [, changed] = useReducer((n: number) => n + 1, 0);
  const ready = parts.every((p) => p.settled());
  useEffect(() => {
    if (ready) return;
    let live = true;
    void Promise.allSettled(parts.map((p) => p.preload())).then(() => live && changed());
    return () => {
      live = false;
    };
  }, [ready, parts]);
  return ready;
}
