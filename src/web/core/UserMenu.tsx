// The user menu in the header (roles, change password, sign out), as plain elements instead of
// antd's Dropdown and Menu (see SideMenu.tsx, issue 10). A menu button (WAI-ARIA): Enter, Space
// or a click opens it with the focus on its first entry, the arrows move, Escape or a click
// elsewhere closes it and gives the focus back to the button.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface UserMenuEntry {
  key: string;
  label: ReactNode;
  icon?: ReactNode;
  disabled?: boolean;
  danger?: boolean;
  /** A line above the entry. */
  dividerBefore?: boolean;
}

interface Props {
  /** What the button shows (avatar, name, unit). */
  children: ReactNode;
  entries: UserMenuEntry[];
  onChoose(key: string): void;
}

export function UserMenu({ children, entries, onChoose }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const enabled = entries.filter((e) => !e.disabled).map((e) => e.key);

  const focusEntry = (key: string | undefined) => {
    if (key) root.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(key)}"]`)?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusEntry(enabled[0]);
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
    // Focus the first entry once, when the menu opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const closeToButton = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (key: string) => {
    setOpen(false);
    onChoose(key);
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const current = (document.activeElement as HTMLElement | null)?.dataset.entry;
    const i = current ? enabled.indexOf(current) : -1;
    switch (e.key) {
      case 'ArrowDown':
        focusEntry(enabled[(i + 1) % enabled.length]);
        break;
      case 'ArrowUp':
        focusEntry(enabled[(i - 1 + enabled.length) % enabled.length]);
        break;
      case 'Home':
        focusEntry(enabled[0]);
        break;
      case 'End':
        focusEntry(enabled[enabled.length - 1]);
        break;
      case 'Escape':
        closeToButton();
        break;
      case 'Tab':
        setOpen(false);
        return;
      case 'Enter':
      case ' ':
        if (current) choose(current);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div className="hl-user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="hl-user"
        data-testid="user-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open && (
        <ul role="menu" className="hl-user-dropdown" onKeyDown={onMenuKey}>
          {entries.map((e) => [
            e.dividerBefore ? <li key={`${e.key}-divider`} role="separator" className="hl-user-divider" /> : null,
            <li
              key={e.key}
              role="menuitem"
              data-entry={e.key}
              tabIndex={-1}
              aria-disabled={e.disabled || undefined}
              className={`hl-user-entry${e.disabled ? ' hl-user-entry-disabled' : ''}${e.danger ? ' hl-user-entry-danger' : ''}`}
              onClick={e.disabled ? undefined : () => choose(e.key)}
            >
              {e.icon && <span className="hl-menu-icon">{e.icon}</span>}
              <span>{e.label}</span>
            </li>,
          ])}
        </ul>
      )}
    </div>
  );
}
