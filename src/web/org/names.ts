// The English names of seeded things (zones and units) from one source. Rows from the server
// carry the Chinese name (and mostly the id); in English mode a page shows the name through
// useNames(), which looks it up in /api/zones and /api/units (loaded once, only in English
// mode). A name without an English one stays as it is: nothing is machine-translated.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import type { Unit, Zone } from './types';

interface Lookup {
  byId: Map<string, string>;
  byName: Map<string, string>;
}

let loading: Promise<Lookup> | null = null;

function load(): Promise<Lookup> {
  loading ??= Promise.all([api.get<Zone[]>('/api/zones'), api.get<Unit[]>('/api/units')])
    .then(([zones, units]) => {
      const byId = new Map<string, string>();
      const byName = new Map<string, string>();
      for (const x of [...zones, ...units])
        if (x.nameEn) {
          byId.set(x.id, x.nameEn);
          byName.set(x.name, x.nameEn);
        }
      for (const u of units) if (u.nameEn && u.shortName) byName.set(u.shortName, u.nameEn);
      return { byId, byName };
    })
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}

/** After a zone or unit is renamed: the next page in English mode loads the names again. */
export function forgetNames() {
  loading = null;
}

/**
 * `name(chinese, id?)`: the zone's or unit's name in the reader's language. By id where the row
 * has one, else by the Chinese name (or a unit's short name).
 */
export function useNames() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [lookup, setLookup] = useState<Lookup | null>(null);
  useEffect(() => {
    if (!en) return;
    let live = true;
    load()
      .then((l) => live && setLookup(l))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [en]);
  const name = useCallback(
    <T extends string | null | undefined>(zh: T, id?: string | null): T | string => {
      if (!en || !lookup) return zh;
      return (id ? lookup.byId.get(id) : undefined) ?? (zh ? lookup.byName.get(zh) : undefined) ?? zh;
    },
    [en, lookup],
  );
  return name;
}
