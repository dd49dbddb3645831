import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

// Plain elements drawn like antd's Button, Tooltip, Spin, Alert and Input, for what every signed-in
// page shows first (the shell, the plans list, the loading spinner) and for the login page. antd's
// components make their styles at run time on first render and bring their script with them: on
// the 2-core machines that was most of the plans list's time to interactive (issue 10). Pages
// further in keep antd. Styles in app.css (`hl-btn`, `hl-tip`, `hl-spin`, `hl-notice`, `hl-input`).

/** Two Chinese characters on a button are spaced apart (登 录), as antd's Button writes them. */
export const spaced = (label: string) => (/^[\u4e00-\u9fa5]{2}$/.test(label) ? `${label[0]} ${label[1]}` : label);

export interface PlainButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  kind?: 'default' | 'primary' | 'text';
  size?: 'small' | 'middle';
  icon?: ReactNode;
  /** Shown above the button on hover and keyboard focus, as antd's Tooltip. */
  tip?: string;
}

export function PlainButton({ kind = 'default', size = 'middle', icon, tip, children, className, type = 'button', ...rest }: PlainButtonProps) {
  const tipId = useId();
  // antd spaces a two-character label only when it stands alone, without an icon.
  const label = typeof children === 'string' ? <span>{icon ? children : spaced(children)}</span> : children;
  const cls = ['hl-btn', `hl-btn-${kind}`, `hl-btn-${size}`, icon && children == null ? 'hl-btn-icon-only' : '', className ?? ''].filter(Boolean).join(' ');
  const button = (
    <button type={type} className={cls} aria-describedby={tip ? tipId : undefined} {...rest}>
      {icon && <span className="hl-btn-icon">{icon}</span>}
      {label}
    </button>
  );
  if (!tip) return button;
  return (
    <span className="hl-tip-anchor">
      {button}
      <span role="tooltip" id={tipId} className="hl-tip">
        {tip}
      </span>
    </span>
  );
}

/** A spinner, with its words under it when `tip` is given (role status, read once). */
export function Spinner({ size = 'middle', tip, className }: { size?: 'middle' | 'large'; tip?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`hl-spin hl-spin-${size}${className ? ` ${className}` : ''}`} role="status" aria-label={tip ?? t('common.loading')}>
      <span className="hl-spin-dot" aria-hidden="true" />
      {tip && (
        <span className="hl-spin-tip" aria-hidden="true">
          {tip}
        </span>
      )}
    </span>
  );
}

export function Notice({ type, icon, title, description, testId, role, className }: { type: 'info' | 'warning' | 'error'; icon?: ReactNode; title: ReactNode; description?: ReactNode; testId?: string; role?: 'alert'; className?: string }) {
  const shown = icon ?? (type === 'info' ? <InfoCircleFilled /> : type === 'warning' ? <ExclamationCircleFilled /> : <CloseCircleFilled />);
  return (
    <div className={`hl-notice hl-notice-${type}${description ? ' hl-notice-with-description' : ''}${className ? ` ${className}` : ''}`} data-testid={testId} role={role}>
      <span className="hl-notice-icon">{shown}</span>
      <div>
        <div className="hl-notice-title">{title}</div>
        {description && <div className="hl-notice-description">{description}</div>}
      </div>
    </div>
  );
}

/** A search field with its magnifier and a clear button once something is typed (antd's Input allowClear). */
export function SearchBox({ value, onChange, placeholder, width }: { value: string; onChange: (value: string) => void; placeholder: string; width?: number }) {
  const { t } = useTranslation();
  return (
    <span className="hl-input hl-input-middle" style={{ width }}>
      <SearchOutlined className="hl-input-prefix" />
      <input value={value} placeholder={placeholder} aria-label={placeholder} onChange={(e) => onChange(e.target.value)} />
      {value && (
        <button type="button" className="hl-input-clear" aria-label={t('common.clear')} onClick={() => onChange('')}>
          <CloseCircleFilled />
        </button>
      )}
    </span>
  );
}
