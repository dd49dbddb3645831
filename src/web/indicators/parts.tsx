// Small pieces the indicator pages share: the status badge, the sparkline, the state tag.
import { Tag, Tooltip } from 'antd';
import { STATE_COLORS, STATUS_COLORS, useIndicatorFormat } from './format';
import type { IndicatorRow, ObservationState, Status } from './types';

/** Overview rows are indicator × zone. */
export const rowKey = (r: Pick<IndicatorRow, 'id' | 'zoneId'>) => `${r.id}|${r.zoneId ?? ''}`;

export function StatusBadge({ status, size = 'default' }: { status: Status | null | undefined; size?: 'default' | 'large' }) {
  const f = useIndicatorFormat();
  const s = status ?? 'insufficient_data';
  const color = STATUS_COLORS[s];
  return (
    <span className={`hl-ind-status hl-ind-status-${size}`} style={{ color, borderColor: `${color}55`, background: `${color}12` }} data-testid="status-badge" data-status={s}>
      <span className="hl-ind-status-dot" style={{ background: color }} />
      {f.status(s)}
    </span>
  );
}

export function StateTag({ state }: { state: ObservationState | null | undefined }) {
  const f = useIndicatorFormat();
  if (!state) return <Tag bordered={false}>{f.state(null)}</Tag>;
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {f.state(state)}
    </Tag>
  );
}

/**
 * A line of the counted values, drawn as plain SVG: a table of a hundred indicators should
 * not start a hundred chart engines. Without a title it is decoration beside the numbers it
 * draws, hidden from screen readers; with one it is an image named by it.
 */
export function Sparkline({ values, color = '#1659b8', width = 96, height = 28, title }: { values: number[]; color?: string; width?: number; height?: number; title?: string }) {
  if (values.length < 2) return <span className="hl-ind-muted">—</span>;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) || 1;
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => (max === min ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad));
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[values.length - 1];
  const svg = (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="hl-ind-spark" {...(title ? { role: 'img', 'aria-label': title } : { 'aria-hidden': true })}>
      <polyline points={`${x(0)},${height - 1} ${points} ${x(values.length - 1)},${height - 1}`} fill={`${color}14`} stroke="none" />
      <polyline points={points} fill="none" stroke={color} strokeWidth={1.6} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(values.length - 1)} cy={y(last)} r={2.4} fill={color} />
    </svg>
  );
  return title ? <Tooltip title={title}>{svg}</Tooltip> : svg;
}
