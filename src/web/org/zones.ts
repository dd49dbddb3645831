import type { Zone } from './types';

export const zoneName = (z: Zone, lang: string) => (lang === 'en' && z.nameEn ? z.nameEn : z.name);

export interface ZoneNode extends Zone {
  children?: ZoneNode[];
}

/** Zones as a tree (city → district → functional area), siblings in the server's order. */
export function zoneTree(zones: Zone[]): ZoneNode[] {
  const byId = new Map<string, ZoneNode>(zones.map((z) => [z.id, { ...z }]));
  const roots: ZoneNode[] = [];
  for (const z of byId.values()) {
    const parent = z.parentId ? byId.get(z.parentId) : undefined;
    if (parent) (parent.children ??= []).push(z);
    else roots.push(z);
  }
  return roots;
}

export interface ZoneTreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: ZoneTreeOption[];
}

/** Options for an antd TreeSelect; `disable` greys out zones that may not be chosen. */
export function zoneTreeOptions(zones: Zone[], lang: string, disable?: (z: Zone) => boolean): ZoneTreeOption[] {
  const walk = (nodes: ZoneNode[]): ZoneTreeOption[] =>
    nodes.map((n) => ({
      value: n.id,
      title: zoneName(n, lang),
      disabled: disable?.(n),
      children: n.children ? walk(n.children) : undefined,
    }));
  return walk(zoneTree(zones));
}
