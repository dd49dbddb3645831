import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function show(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 2);
}

/** An audit entry's before and after, field by field, changed fields marked. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  if (before == null && after == null) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;

  // Non-object payloads (rare) compare as a whole.
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    return (
      <table className="hl-diff">
        <thead>
          <tr>
            <th>{t('audit.before')}</th>
            <th>{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="hl-diff-before">
              <pre>{show(before)}</pre>
            </td>
            <td className="hl-diff-after">
              <pre>{show(after)}</pre>
            </td>
          </tr>
        </tbody>
      </table>
    );
  }

  const b = (before ?? null) as Record<string, unknown> | null;
  const a = (after ?? null) as Record<string, unknown> | null;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const changed = (k: string) => !!b && !!a && JSON.stringify(b[k]) !== JSON.stringify(a[k]);
  // Changed fields first: they are what the reader is looking for.
  keys.sort((x, y) => Number(changed(y)) - Number(changed(x)));
  const empty = <Typography.Text type="secondary">{t('audit.emptyValue')}</Typography.Text>;
  const cell = (obj: Record<string, unknown> | null, k: string) => (obj && obj[k] !== null && obj[k] !== undefined ? <pre>{show(obj[k])}</pre> : empty);

  return (
    <table className="hl-diff" data-testid="audit-diff">
      <thead>
        <tr>
          <th style={{ width: 180 }}>{t('audit.field')}</th>
          {b && <th>{t('audit.before')}</th>}
          {a && <th>{t('audit.after')}</th>}
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => {
          const c = changed(k);
          return (
            <tr key={k}>
              <td>
                <span className="hl-mono">{k}</span>
                {c && (
                  <Typography.Text type="warning" style={{ marginInlineStart: 6, fontSize: 12 }}>
                    {t('audit.changed')}
                  </Typography.Text>
                )}
              </td>
              {b && <td className={c ? 'hl-diff-before' : undefined}>{cell(b, k)}</td>}
              {a && <td className={c ? 'hl-diff-after' : undefined}>{cell(a, k)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
