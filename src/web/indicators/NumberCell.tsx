// A number field that reads what people type on a Chinese keyboard (full-width digits, 1，234,
// "356亿元") and says, under the field, how it read it — or why it cannot. Never silent.
import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { unitEn } from '../../domain/progress/units';
import { useTranslation } from 'react-i18next';
import { describeReading, readNumber } from '../../domain/input/number';

export interface NumberCellProps {
  value: number | null;
  unit: string | null;
  /** The number read, or null while the field is empty; `valid` false while the text cannot be read. */
  onChange: (value: number | null, valid: boolean) => void;
  disabled?: boolean;
  error?: boolean;
  size?: 'small' | 'middle';
  style?: React.CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
}

export function NumberCell({ value, unit, onChange, disabled, error, size = 'small', style, ...rest }: NumberCellProps) {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [text, setText] = useState(value === null ? '' : String(value));
  // A new value from outside (reload, discard) replaces the text unless it is what the text reads as.
  useEffect(() => {
    const r = readNumber(text, unit);
    if (!(r.ok && r.value === value) && !(value === null && !text.trim())) setText(value === null ? '' : String(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const reading = readNumber(text, unit);
  const note = describeReading(reading, unit, en);
  const bad = !reading.ok && reading.reason !== 'empty';
  return (
    <div style={style}>
      <Input
        size={size}
        inputMode="decimal"
        disabled={disabled}
        status={error || bad ? 'error' : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const r = readNumber(e.target.value, unit);
          onChange(r.ok ? r.value : null, r.ok || r.reason === 'empty');
        }}
        suffix={unit && unit.length <= 4 ? <span className="hl-ind-muted">{en ? unitEn(unit) : unit}</span> : undefined}
        aria-label={rest['aria-label']}
        data-testid={rest['data-testid']}
      />
      {note && (
        <div className={bad ? 'hl-ind-cell-error' : 'hl-ind-cell-note'} data-testid={rest['data-testid'] ? `${rest['data-testid']}-note` : undefined}>
          {note}
        </div>
      )}
    </div>
  );
}
