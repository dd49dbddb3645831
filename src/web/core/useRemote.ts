import { useCallback, useEffect, useRef, useState } from 'react';

export interface Remote<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  /** Loads again; resolves with the fresh data (or undefined when it failed). */
  reload: () => Promise<T | undefined>;
}

/** Loads data for a page and keeps the last good copy while reloading. */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[] = []): Remote<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  // Only the newest request may set state: a slow earlier answer must not overwrite it.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const d = await loadRef.current();
      if (mine === generation.current) {
        setData(d);
        setError(null);
      }
      return d;
    } catch (e) {
      if (mine === generation.current) setError(e);
      return undefined;
    } finally {
      if (mine === generation.current) setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, loading, error, reload };
}
