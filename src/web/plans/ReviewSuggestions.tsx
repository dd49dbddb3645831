import { memo, useState } from 'react';
import { Button, Tag } from 'antd';
import { CheckOutlined, CloseOutlined, DownOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Pick } from './ReviewTasks';
import type { ExIndicator } from './types';
import { describeTarget } from '../../domain/document/indicators';

/**
 * Sentences that read as a quantified target the importer did not take (suggestions.ts): listed
 * for the office to add with a click or dismiss. Nothing here is committed unless added. Folded
 * when the importer found indicators (the list then is a check), open when it found none.
 */
export const ReviewSuggestions = memo(function ReviewSuggestions({
  suggestions,
  openAtFirst,
  selected,
  onAdd,
  onDismiss,
  onPick,
}: {
  suggestions: ExIndicator[];
  openAtFirst: boolean;
  selected: string | null;
  onAdd: (s: ExIndicator) => void;
  onDismiss: (s: ExIndicator) => void;
  onPick: Pick;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(openAtFirst);
  if (!suggestions.length) return null;
  return (
    <section className="hl-plans-sugg" data-testid="review-suggestions" aria-label={t('plans.sugg.title', { n: suggestions.length })}>
      <button type="button" className="hl-plans-sugg-head" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? <DownOutlined /> : <RightOutlined />}
        <span className="hl-plans-sugg-title">{t('plans.sugg.title', { n: suggestions.length })}</span>
        <span className="hl-plans-sub">{t('plans.sugg.hint')}</span>
      </button>
      {open && (
        <ul className="hl-plans-sugg-list">
          {suggestions.map((s) => {
            const key = `s${s.number}`;
            return (
              <li key={s.number} className={selected === key ? 'is-selected' : undefined} data-testid="suggestion" onClick={() => onPick(key, s.span)}>
                <div className="hl-plans-sugg-name">
                  <Tag>{s.number}</Tag>
                  {s.name}
                </div>
                <div className="hl-plans-sub">
                  {s.targets.map((x, k) => (
                    <span key={k} className="hl-plans-ind-word">
                      {x.year === null ? t('plans.sugg.noYear') : ''}
                      {describeTarget(x, s.unit, s.baseline)}
                    </span>
                  ))}
                </div>
                <div className="hl-plans-sugg-actions">
                  <Button
                    size="small"
                    icon={<CheckOutlined />}
                    onClick={(e) => {
                      e.stopPropagation();
                      onAdd(s);
                    }}
                  >
                    {t('plans.sugg.add')}
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    icon={<CloseOutlined />}
                    aria-label={t('plans.sugg.dismiss', { name: s.name })}
                    onClick={(e) => {
                      e.stopPropagation();
                      onDismiss(s);
                    }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
