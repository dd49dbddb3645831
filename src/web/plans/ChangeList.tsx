import { memo, useMemo } from 'react';
import { Alert, Button, Checkbox, Space, Tag, Typography } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { diffText } from './textDiff';
import type { PlanChange } from './types';

const KIND_COLOR = { meta: 'purple', added: 'green', removed: 'red', reworded: 'blue', units_changed: 'orange', unchanged: 'default' } as const;

/**
 * What a revised text would change in the plan, one tick per change. Nothing is applied
 * unless ticked: a final text sometimes drops a task the office still wants tracked.
 */
export function ChangeList({
  changes,
  accept,
  onAccept,
  onLocate,
}: {
  changes: PlanChange[];
  accept: ReadonlySet<string>;
  onAccept: (s: Set<string>) => void;
  /** Highlights the revised task in the source text. */
  onLocate: (c: PlanChange) => void;
}) {
  const { t } = useTranslation();
  const real = useMemo(() => changes.filter((c) => c.kind !== 'unchanged'), [changes]);
  const unchanged = changes.length - real.length;
  if (!real.length) return <Alert type="success" showIcon title={t('plans.review.noChanges', { n: unchanged })} />;
  const toggle = (key: string, on: boolean) => {
    const next = new Set(accept);
    if (on) next.add(key);
    else next.delete(key);
    onAccept(next);
  };
  const counts = real.reduce<Record<string, number>>((m, c) => ((m[c.kind] = (m[c.kind] ?? 0) + 1), m), {});
  return (
    <div className="hl-plans-review-list" data-testid="change-list">
      <div className="hl-plans-change-bar">
        <Space size={4} wrap>
          {Object.entries(counts).map(([k, n]) => (
            <Tag key={k} color={KIND_COLOR[k as PlanChange['kind']]}>
              {t(`plans.change.${k}`)} {n}
            </Tag>
          ))}
          <Typography.Text type="secondary">{t('plans.review.unchangedCount', { n: unchanged })}</Typography.Text>
        </Space>
        <Space size={0}>
          <Button size="small" type="link" onClick={() => onAccept(new Set(real.filter((c) => !c.undoesManualFix).map((c) => c.key)))}>
            {t('plans.review.acceptAll')}
          </Button>
          <Button size="small" type="link" onClick={() => onAccept(new Set())}>
            {t('plans.review.acceptNone')}
          </Button>
        </Space>
      </div>
      {real.map((c) => (
        <Change key={c.key} change={c} checked={accept.has(c.key)} onToggle={toggle} onLocate={onLocate} />
      ))}
    </div>
  );
}

const Change = memo(function Change({
  change: c,
  checked,
  onToggle,
  onLocate,
}: {
  change: PlanChange;
  checked: boolean;
  onToggle: (key: string, on: boolean) => void;
  onLocate: (c: PlanChange) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`hl-plans-change${checked ? '' : ' is-off'}`} data-testid="plan-change">
      <Checkbox checked={checked} onChange={(e) => onToggle(c.key, e.target.checked)}>
        <Tag color={KIND_COLOR[c.kind]}>{t(`plans.change.${c.kind}`)}</Tag>
        <Typography.Text strong>{c.kind === 'meta' ? t('plans.review.metaChange') : `${c.number}　${c.title}`}</Typography.Text>
        {c.kind === 'reworded' && typeof c.similarity === 'number' && <span className="hl-plans-sub"> · {t('plans.review.similarity', { p: Math.round(c.similarity * 100) })}</span>}
        {c.undoesManualFix && (
          <Tag color="gold" className="hl-plans-undoes" data-testid="undoes-manual-fix">
            {t('plans.review.undoesManualFix')}
          </Tag>
        )}
      </Checkbox>
      {c.kind !== 'meta' && c.kind !== 'removed' && (
        <Button size="small" type="link" icon={<AimOutlined />} onClick={() => onLocate(c)} className="hl-plans-change-locate">
          {t('plans.locate')}
        </Button>
      )}
      <div className="hl-plans-change-body">
        {c.kind === 'meta' && c.meta && (
          <table className="hl-plans-meta-diff">
            <tbody>
              {Object.entries(c.meta).map(([k, v]) => (
                <tr key={k}>
                  <th>{t(`plans.metaField.${k}`, { defaultValue: k })}</th>
                  <td>
                    <del>{metaValue(t, k, v.from)}</del>
                  </td>
                  <td>→</td>
                  <td>
                    <ins>{metaValue(t, k, v.to)}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {c.kind === 'reworded' && c.oldTitle !== undefined && (
          <div className="hl-plans-change-title" data-testid="title-change">
            <span className="hl-plans-sub">{t('plans.review.titleChange')}</span>
            <del>{c.oldTitle}</del> → <ins>{c.title}</ins>
          </div>
        )}
        {c.kind === 'reworded' && <SideBySide oldText={c.oldText ?? ''} newText={c.newText ?? ''} />}
        {c.kind === 'added' && <div className="hl-plans-diff-new hl-plans-diff-solo">{c.newText}</div>}
        {c.kind === 'removed' && (
          <>
            <div className="hl-plans-diff-old hl-plans-diff-solo">{c.oldText}</div>
            <Typography.Text type="secondary" className="hl-plans-sub">
              {t('plans.review.removedHint')}
            </Typography.Text>
          </>
        )}
        {(c.unitsAdded?.length ?? 0) + (c.unitsRemoved?.length ?? 0) + (c.rolesChanged?.length ?? 0) > 0 && (
          <div className="hl-plans-change-units">
            <span className="hl-plans-sub">{t('plans.review.unitChanges')}</span>
            {c.unitsAdded?.map((u) => (
              <Tag key={`+${u}`} color="green">
                + {u}
              </Tag>
            ))}
            {c.unitsRemoved?.map((u) => (
              <Tag key={`-${u}`} color="red">
                − {u}
              </Tag>
            ))}
            {c.rolesChanged?.map((r) => (
              <Tag key={`~${r.name}`} color="orange">
                {r.name}：{t(`plans.role.${r.from}`, { defaultValue: r.from })} → {t(`plans.role.${r.to}`, { defaultValue: r.to })}
              </Tag>
            ))}
          </div>
        )}
      </div>
    </div>
  );
});

function metaValue(t: (k: string, o?: Record<string, unknown>) => string, key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (key === 'status') return t(`plans.status.${String(v)}`, { defaultValue: String(v) });
  return String(v);
}

/** Old and new wording side by side, the changed characters marked in each. */
export function SideBySide({ oldText, newText }: { oldText: string; newText: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffText(oldText, newText), [oldText, newText]);
  return (
    <div className="hl-plans-sbs">
      <div>
        <div className="hl-plans-sbs-label">{t('plans.review.before')}</div>
        <div className="hl-plans-diff-old" data-testid="diff-old">
          {parts.map((p, i) => (p.op === 'ins' ? null : p.op === 'del' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
        </div>
      </div>
      <div>
        <div className="hl-plans-sbs-label">{t('plans.review.after')}</div>
        <div className="hl-plans-diff-new" data-testid="diff-new">
          {parts.map((p, i) => (p.op === 'del' ? null : p.op === 'ins' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}
        </div>
      </div>
    </div>
  );
}
