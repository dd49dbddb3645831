// antd's App hooks (message, notification, modal) without loading them with the first page
// (issue 10: the plans list under 250 KB gzipped). The shell provides antd's own App context,
// so every page's `App.useApp()` (and `useApp()` here, which does not import antd's App and
// with it the three components) gets the same objects; their methods load the real ones, with
// the holders antd renders for them, on the first call, and play the calls made meanwhile.
// What a call returns (close a message, update or await a confirm) works before that too.
import { Suspense, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { lazyComponent } from './lazy';
import AppContext, { type useAppProps } from 'antd/es/app/context';
import useStyle from 'antd/es/app/style';
import { ConfigContext } from 'antd/es/config-provider/context';

type Kind = keyof useAppProps;
type AnyFn = (...args: unknown[]) => unknown;
const METHODS: Record<Kind, string[]> = {
  message: ['open', 'success', 'error', 'info', 'warning', 'loading'],
  notification: ['open', 'success', 'error', 'info', 'warning'],
  modal: ['confirm', 'info', 'success', 'error', 'warning', 'warn'],
};

const Holders = lazyComponent(() => import('./feedback-holders'));

/** `App.useApp()` without importing antd's App: message, notification and modal of the shell. */
export const useApp = (): useAppProps => useContext(AppContext);

interface Pending {
  kind: Kind;
  method: string;
  args: unknown[];
  handle: Handle;
}

/** What a call made before the real API is in returns: close/destroy, update, then. */
class Handle {
  private real: unknown;
  private closed = false;
  private updates: unknown[] = [];
  private settle!: (v: { real: unknown }) => void;
  private ready = new Promise<{ real: unknown }>((r) => (this.settle = r));

  attach(real: unknown) {
    this.real = real;
    for (const u of this.updates) (real as { update?: AnyFn }).update?.(u);
    if (this.closed) this.close();
    this.settle({ real });
  }
  close = () => {
    const r = this.real as (AnyFn & { destroy?: AnyFn }) | { destroy?: AnyFn } | undefined;
    if (r === undefined) this.closed = true;
    else if (typeof r === 'function') r();
    else r.destroy?.();
  };
  update = (config: unknown) => {
    if (this.real === undefined) this.updates.push(config);
    else (this.real as { update?: AnyFn }).update?.(config);
  };
  // Resolves as the real return value does (a message when it closes, a confirm with ok/cancel).
  then = (ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) => this.ready.then(({ real }) => real).then(ok, fail);
  /** A message's return value is a function (close) that is also a thenable. */
  asReturn(kind: Kind): unknown {
    if (kind === 'modal') return { destroy: this.close, update: this.update, then: this.then };
    return Object.assign(() => this.close(), { then: this.then });
  }
}

/** Wraps the signed-in pages (the shell) like antd's App, loading the three on first use. */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const { getPrefixCls } = useContext(ConfigContext);
  const prefixCls = getPrefixCls('app');
  const [hashId, cssVarCls] = useStyle(prefixCls);
  const real = useRef<useAppProps | null>(null);
  const queue = useRef<Pending[]>([]);
  const [wanted, setWanted] = useState(false);

  const value = useMemo(() => {
    const api = (kind: Kind) => {
      const o: Record<string, unknown> = {};
      for (const method of METHODS[kind])
        o[method] = (...args: unknown[]) => {
          const r = real.current;
          if (r) return ((r[kind] as unknown as Record<string, AnyFn>)[method])(...args);
          const handle = new Handle();
          queue.current.push({ kind, method, args, handle });
          setWanted(true);
          return handle.asReturn(kind);
        };
      o.destroy = (...args: unknown[]) => {
        const r = real.current;
        if (r) return (r[kind] as unknown as Record<string, AnyFn>).destroy?.(...args);
        queue.current = queue.current.filter((p) => p.kind !== kind);
      };
      return o;
    };
    return { message: api('message'), notification: api('notification'), modal: api('modal') } as unknown as useAppProps;
  }, []);

  const onReady = useCallback((apis: useAppProps) => {
    real.current = apis;
    const pending = queue.current;
    queue.current = [];
    for (const p of pending) p.handle.attach(((apis[p.kind] as unknown as Record<string, AnyFn>)[p.method])(...p.args));
  }, []);

  return (
    <AppContext.Provider value={value}>
      <div className={[hashId, prefixCls, cssVarCls].filter(Boolean).join(' ')}>
        {wanted && (
          <Suspense fallback={null}>
            <Holders onReady={onReady} />
          </Suspense>
        )}
        {children}
      </div>
    </AppContext.Provider>
  );
}
