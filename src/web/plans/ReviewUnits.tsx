import { Alert, Collapse, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_TYPES, type Unit, type UnitType } from './types';

export interface Decision {
  action: 'create' | 'match' | 'merge';
  type: UnitType;
  unitId?: string;
  collective: boolean;
}

export interface UnknownUnit {
  name: string;
  guessedType: UnitType;
  collective: boolean;
  /** Task numbers that name the unit, with the task's index for picking it. */
  tasks: { i: number; number: string }[];
}

/**
 * Names the system does not know. Each needs a decision before the plan goes in: a new unit
 * (with its type), this once an existing unit (match), or an existing unit that is from now
 * on also known by this name (merge: the name becomes an alias).
 */
export function ReviewUnits({
  unknown,
  matched,
  decisions,
  known,
  onDecide,
  onPickTask,
}: {
  unknown: UnknownUnit[];
  matched: { name: string; unitName: string }[];
  decisions: Record<string, Decision>;
  known: Unit[];
  onDecide: (name: string, d: Decision) => void;
  onPickTask: (i: number) => void;
}) {
  const { t } = useTranslation();
  const active = known.filter((u) => u.active);
  // The likeliest units first: "区发展和改革局" is usually "区发展改革委" under another spelling.
  const optionsFor = (name: string) =>
    active
      .map((u) => ({ value: u.id, label: u.name, search: [u.name, ...u.aliases].join(' '), type: u.type, score: Math.max(...[u.name, ...u.aliases].map((n) => similarity(name, n))) }))
      .sort((a, b) => b.score - a.score);
  return (
    <div className="hl-plans-review-list" data-testid="unit-decisions">
      {unknown.length ? (
        <Alert type="warning" showIcon title={t('plans.review.unitsHint', { n: unknown.length })} style={{ marginBottom: 8 }} />
      ) : (
        <Alert type="success" showIcon title={t('plans.review.allKnown')} style={{ marginBottom: 8 }} />
      )}
      {unknown.map((u) => {
        const d = decisions[u.name] ?? { action: 'create', type: u.guessedType, collective: u.collective };
        const set = (patch: Partial<Decision>) => onDecide(u.name, { ...d, ...patch });
        const undecided = d.action !== 'create' && !d.unitId;
        return (
          <div key={u.name} className={`hl-plans-decision${undecided ? ' is-open' : ''}`} data-testid="unit-decision">
            <div className="hl-plans-decision-head">
              <Typography.Text strong>{u.name}</Typography.Text>
              {u.collective && <Tag>{t('plans.review.collective')}</Tag>}
              <span className="hl-plans-sub">
                {t('plans.review.namedIn')}
                {u.tasks.slice(0, 8).map((x) => (
                  <a key={x.i} className="hl-plans-tasklink" onClick={() => onPickTask(x.i)}>
                    {x.number}
                  </a>
                ))}
                {u.tasks.length > 8 && '…'}
              </span>
            </div>
            <Space wrap size={8}>
              <Segmented
                size="small"
                value={d.action}
                onChange={(v) => set({ action: v as Decision['action'] })}
                options={[
                  { value: 'create', label: t('plans.review.createUnit') },
                  { value: 'match', label: t('plans.review.matchUnit') },
                  { value: 'merge', label: t('plans.review.mergeUnit') },
                ]}
              />
              {d.action === 'create' ? (
                <Select
                  size="small"
                  value={d.type}
                  style={{ width: 190 }}
                  onChange={(v) => set({ type: v })}
                  options={UNIT_TYPES.map((x) => ({ value: x, label: `${t(`plans.unitType.${x}`)}${x === u.guessedType ? t('plans.review.guessed') : ''}` }))}
                  aria-label={t('plans.review.unitType')}
                  data-testid="unit-type"
                />
              ) : (
                <Select
                  size="small"
                  showSearch={{ optionFilterProp: 'search' }}
                  style={{ width: 260 }}
                  value={d.unitId}
                  status={undecided ? 'warning' : undefined}
                  placeholder={t('plans.review.pickUnit')} aria-label={t('plans.review.pickUnit')}
                  onChange={(v) => set({ unitId: v })}
                  options={optionsFor(u.name)}
                  optionRender={(o) => (
                    <div className="hl-plans-option">
                      <span>
                        {o.label}
                        {o.data.score >= 0.5 && (
                          <Tag color="green" variant="filled" style={{ marginLeft: 6 }}>
                            {t('plans.review.likely')}
                          </Tag>
                        )}
                      </span>
                      <span className="hl-plans-sub">{t(`plans.unitType.${o.data.type}`)}</span>
                    </div>
                  )}
                />
              )}
              <span className="hl-plans-sub">{t(`plans.review.actionNote.${d.action}`)}</span>
            </Space>
          </div>
        );
      })}
      {matched.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'm',
              label: t('plans.review.matchedCount', { n: matched.length }),
              children: (
                <div className="hl-plans-matched">
                  {matched.map((m) => (
                    <div key={m.name}>
                      {m.name}
                      {m.unitName !== m.name && <span className="hl-plans-sub"> → {m.unitName}</span>}
                    </div>
                  ))}
                </div>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

/** Dice coefficient of character bigrams: enough to rank unit names that share most characters. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const x = grams(a);
  const y = grams(b);
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  const total = Math.max(1, a.length - 1 + b.length - 1);
  return (2 * common) / total;
}
