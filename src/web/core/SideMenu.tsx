// The side menu, as plain elements: antd's Menu (with rc-menu, rc-overflow and its styles) cost
// every signed-in page ≈ 25 KB gzipped with the user menu's Dropdown (issue 10). It keeps what
// the keyboard and screen-reader users had (WAI-ARIA menu pattern, as antd's inline menu):
// Tab reaches the menu at one item (roving tabindex), the arrow keys move between the items
// shown, Enter or Space opens a module's sub-menu (aria-expanded) or opens a page, Right and Left
// open and close a sub-menu, Home and End go to the first and last item.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface SideMenuItem {
  key: string;
  icon: ReactNode;
  /** What the menu shows (the name, with a count beside it where something waits). */
  label: ReactNode;
  /** The name alone, for the folded menu's tooltips and flyouts. */
  title: string;
  children?: Array<Omit<SideMenuItem, 'children'>>;
}

interface Props {
  items: SideMenuItem[];
  selectedKey: string;
  openKeys: string[];
  onOpenChange(keys: string[]): void;
  onSelect(key: string): void;
  /** Folded to its icons: a module's pages then open beside it (a flyout), not under it. */
  collapsed: boolean;
}

export function SideMenu({ items, selectedKey, openKeys, onOpenChange, onSelect, collapsed }: Props) {
  const ref = useRef<HTMLUListElement>(null);
  // The flyout of the folded menu: one module at a time, placed beside its icon.
  const [flyout, setFlyout] = useState<{ key: string; top: number } | null>(null);
  const isOpen = (key: string) => (collapsed ? flyout?.key === key : openKeys.includes(key));

  // The items shown, in order: what Tab lands on and the arrows move through.
  const shown: string[] = [];
  for (const m of items) {
    shown.push(m.key);
    if (m.children && isOpen(m.key)) for (const c of m.children) shown.push(c.key);
  }
  const selectedShown = shown.includes(selectedKey) ? selectedKey : items.find((m) => selectedKey.startsWith(`${m.key}/`))?.key;
  const [active, setActive] = useState<string | null>(null);
  const tabStop = active && shown.includes(active) ? active : (selectedShown ?? shown[0]);

  useEffect(() => {
    if (!collapsed) setFlyout(null);
  }, [collapsed]);
  // The flyout closes on a click elsewhere, like antd's popup sub-menu.
  useEffect(() => {
    if (!flyout) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setFlyout(null);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [flyout]);

  const focusKey = (key: string) => {
    setActive(key);
    // The element is there already, or appears with this render (a sub-menu just opened).
    const go = () => ref.current?.querySelector<HTMLElement>(`[data-menu-key="${CSS.escape(key)}"]`)?.focus();
    go();
    requestAnimationFrame(go);
  };

  const toggle = (key: string, open: boolean, anchor?: HTMLElement | null) => {
    if (collapsed) {
      const top = anchor?.getBoundingClientRect().top ?? 0;
      setFlyout(open ? { key, top } : null);
    } else onOpenChange(open ? [...openKeys.filter((k) => k !== key), key] : openKeys.filter((k) => k !== key));
  };

  const choose = (key: string) => {
    setFlyout(null);
    onSelect(key);
  };

  const parentOf = (key: string) => items.find((m) => m.children?.some((c) => c.key === key));

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const current = (document.activeElement as HTMLElement | null)?.dataset.menuKey;
    if (!current) return;
    const i = shown.indexOf(current);
    const module = items.find((m) => m.key === current);
    const el = document.activeElement as HTMLElement;
    switch (e.key) {
      case 'ArrowDown':
        focusKey(shown[Math.min(i + 1, shown.length - 1)]);
        break;
      case 'ArrowUp':
        focusKey(shown[Math.max(i - 1, 0)]);
        break;
      case 'Home':
        focusKey(shown[0]);
        break;
      case 'End':
        focusKey(shown[shown.length - 1]);
        break;
      case 'ArrowRight':
        if (module?.children && !isOpen(current)) toggle(current, true, el);
        else if (module?.children) focusKey(module.children[0].key);
        else return;
        break;
      case 'ArrowLeft':
      case 'Escape': {
        const parent = parentOf(current);
        if (module?.children && isOpen(current)) toggle(current, false);
        else if (parent) {
          if (collapsed) toggle(parent.key, false);
          focusKey(parent.key);
        } else return;
        break;
      }
      case 'Enter':
      case ' ':
        if (module?.children) toggle(current, !isOpen(current), el);
        else choose(current);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const entry = (item: Omit<SideMenuItem, 'children'>, sub: boolean) => (
    <li
      key={item.key}
      role="menuitem"
      data-menu-key={item.key}
      tabIndex={tabStop === item.key ? 0 : -1}
      aria-current={item.key === selectedKey ? 'page' : undefined}
      className={`hl-menu-item${item.key === selectedKey ? ' hl-menu-selected' : ''}${sub ? ' hl-menu-subitem' : ''}`}
      title={collapsed && !sub ? item.title : undefined}
      onClick={() => choose(item.key)}
      onFocus={() => setActive(item.key)}
    >
      <span className="hl-menu-icon">{item.icon}</span>
      {(!collapsed || sub) && <span className="hl-menu-label">{item.label}</span>}
    </li>
  );

  return (
    <ul ref={ref} role="menu" aria-orientation="vertical" className={`hl-menu${collapsed ? ' hl-menu-collapsed' : ''}`} data-testid="main-menu" onKeyDown={onKeyDown}>
      {items.map((m) => {
        if (!m.children) return entry(m, false);
        const open = isOpen(m.key);
        const holdsSelected = m.children.some((c) => c.key === selectedKey);
        return (
          <li key={m.key} role="none" className={`hl-menu-group${open ? ' hl-menu-open' : ''}${holdsSelected ? ' hl-menu-group-selected' : ''}`}>
            <div
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={open}
              data-menu-key={m.key}
              tabIndex={tabStop === m.key ? 0 : -1}
              className="hl-menu-item hl-menu-title"
              title={collapsed ? m.title : undefined}
              onClick={(e) => toggle(m.key, !open, e.currentTarget)}
              onFocus={() => setActive(m.key)}
            >
              <span className="hl-menu-icon">{m.icon}</span>
              {!collapsed && <span className="hl-menu-label">{m.label}</span>}
              {!collapsed && <span className="hl-menu-arrow" aria-hidden="true" />}
            </div>
            {open && (
              <ul
                role="menu"
                aria-label={m.title}
                className={collapsed ? 'hl-menu-sub hl-menu-flyout' : 'hl-menu-sub'}
                style={collapsed && flyout ? { top: flyout.top } : undefined}
              >
                {m.children.map((c) => entry(c, true))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
