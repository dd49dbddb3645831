import { memo, useMemo } from 'react';
import { Alert, Button, Checkbox, Empty, Input, InputNumber, Select, Tooltip } from 'antd';
import { CloseOutlined, DeleteOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { targetKindOptions } from './labels';
import type { Pick } from './ReviewTasks';
import type { ExIndicator } from './types';
import { describeTarget, targetQuestions } from '../../domain/document/indicators';
import { findDuplicateIndicators } from '../../domain/document/owners';
import { FALLBACK_QUESTION } from '../../domain/document/fallback-targets';
import { SUGGESTION_QUESTION } from '../../domain/document/suggestions';
import { ReviewSuggestions } from './ReviewSuggestions';

/** Where the review's owner and zone suggestions came from, per indicator (shown under the fields). */
export interface OwnerHint {
  tasks: string[];
  zoneFromIssuer: boolean;
}

/**
 * Baseline and targets as extracted; a year the importer could not read must be filled in.
 * Each indicator gets its responsible units and zones here (suggested from the tasks that name it
 * and from the issuer); a goal sentence repeating a table indicator is merged or removed.
 */
export function ReviewIndicators({
  indicators,
  selected,
  revising,
  unitNames,
  zones,
  hints,
  officeUnit,
  onChange,
  onRemove,
  onMerge,
  onPick,
  suggestions,
  onAddSuggestion,
  onDismissSuggestion,
}: {
  indicators: ExIndicator[];
  /** What reads as a target and was not taken (listed above the indicators, see ReviewSuggestions). */
  suggestions: ExIndicator[];
  onAddSuggestion: (s: ExIndicator) => void;
  onDismissSuggestion: (s: ExIndicator) => void;
  /** The plan's leading-group office (from the issuer's text): offered to an indicator no task names. */
  officeUnit: string | null;
  selected: string | null;
  /** A revised text updates tasks only; its indicators are shown for reference. */
  revising: boolean;
  unitNames: { value: string }[];
  zones: { value: string; label: string }[];
  hints: Record<string, OwnerHint>;
  onChange: (i: number, p: Partial<ExIndicator>) => void;
  onRemove: (i: number) => void;
  onMerge: (from: number, into: number) => void;
  onPick: Pick;
}) {
  const { t } = useTranslation();
  const duplicates = useMemo(() => findDuplicateIndicators(indicators), [indicators]);
  // A revised text updates tasks only: nothing would take an added indicator.
  const offered = !revising && (
    <ReviewSuggestions suggestions={suggestions} openAtFirst={!indicators.length} selected={selected} onAdd={onAddSuggestion} onDismiss={onDismissSuggestion} onPick={onPick} />
  );
  if (!indicators.length)
    return (
      <div className="hl-plans-review-list">
        {offered}
        <Empty description={t('plans.review.noIndicators')} />
      </div>
    );
  return (
    <div className="hl-plans-review-list">
      {revising && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('plans.review.indicatorsOnRevision')} />}
      {offered}
      {indicators.map((ind, i) => {
        const into = duplicates.get(i);
        return (
          <IndicatorRow
            key={`${ind.number}:${i}`}
            index={i}
            ind={ind}
            selected={selected === `i${i}`}
            owning={!revising}
            unitNames={unitNames}
            zones={zones}
            hint={hints[ind.number]}
            officeUnit={officeUnit}
            duplicateOf={into === undefined ? null : { index: into, number: indicators[into].number, name: indicators[into].name }}
            onChange={onChange}
            onRemove={onRemove}
            onMerge={onMerge}
            onPick={onPick}
          />
        );
      })}
    </div>
  );
}

const stop = (e: React.SyntheticEvent) => e.stopPropagation();

const IndicatorRow = memo(function IndicatorRow({
  index: i,
  ind,
  selected,
  owning,
  unitNames,
  zones,
  hint,
  officeUnit,
  duplicateOf,
  onChange,
  onRemove,
  onMerge,
  onPick,
}: {
  index: number;
  officeUnit: string | null;
  ind: ExIndicator;
  selected: boolean;
  owning: boolean;
  unitNames: { value: string }[];
  zones: { value: string; label: string }[];
  hint: OwnerHint | undefined;
  duplicateOf: { index: number; number: string; name: string } | null;
  onChange: (i: number, p: Partial<ExIndicator>) => void;
  onRemove: (i: number) => void;
  onMerge: (from: number, into: number) => void;
  onPick: Pick;
}) {
  const { t } = useTranslation();
  const setTargets = (targets: ExIndicator['targets']) => onChange(i, { targets });
  // Asked again after every edit: a corrected year or value may settle the question.
  // How the importer came by it (a sentence read as a last resort, a suggestion the office added)
  // stays asked; the target's own questions follow the edits.
  const questions = [...(ind.questions ?? []).filter((q) => q === FALLBACK_QUESTION || q === SUGGESTION_QUESTION), ...targetQuestions(ind)];
  return (
    <div className={`hl-plans-task hl-plans-pick${selected ? ' is-selected' : ''}`} onClick={() => onPick(`i${i}`, ind.span)} data-testid="review-indicator" data-review-index={i}>
      <div className="hl-plans-review-row">
        <span className="hl-plans-num">{ind.number}</span>
        <Input value={ind.name} status={ind.name.trim() ? undefined : 'error'} onChange={(e) => onChange(i, { name: e.target.value })} aria-label={t('plans.ind.name')} />
        <Input style={{ width: 120, flex: 'none' }} value={ind.category} placeholder={t('plans.ind.category')} onChange={(e) => onChange(i, { category: e.target.value })} aria-label={t('plans.ind.category')} />
        <Input style={{ width: 84, flex: 'none' }} value={ind.unit} placeholder={t('plans.ind.unit')} onChange={(e) => onChange(i, { unit: e.target.value })} aria-label={t('plans.ind.unit')} />
        {owning && (
          <Tooltip title={t('plans.ind.remove')}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('plans.ind.remove')} data-testid="indicator-remove" onClick={(e) => (stop(e), onRemove(i))} />
          </Tooltip>
        )}
      </div>
      {owning && duplicateOf && (
        <Alert
          className="hl-plans-ind-ask"
          type="warning"
          showIcon
          data-testid="indicator-duplicate"
          title={t('plans.ind.duplicate', { number: duplicateOf.number, name: duplicateOf.name })}
          action={
            <Button size="small" icon={<MergeCellsOutlined />} data-testid="indicator-merge" onClick={(e) => (stop(e), onMerge(i, duplicateOf.index))}>
              {t('plans.ind.merge', { number: duplicateOf.number })}
            </Button>
          }
        />
      )}
      {owning && (
        <div className="hl-plans-ind-owners" onClick={stop}>
          <div className="hl-plans-ind-col">
            <span className="hl-plans-ind-label">{t('plans.ind.owners')}</span>
            <Select
              mode="multiple"
              size="small"
              style={{ width: '100%' }}
              value={ind.owners ?? []}
              options={unitNames}
              placeholder={t('plans.ind.ownersPlaceholder')}
              status={(ind.owners ?? []).length || ind.ownerless ? undefined : 'warning'}
              onChange={(v: string[]) => onChange(i, { owners: v, ...(v.length ? { ownerless: false } : {}) })}
              aria-label={t('plans.ind.owners')}
              data-testid="indicator-owners"
            />
            {hint && hint.tasks.length > 0 && <span className="hl-plans-sub">{t('plans.ind.suggestedFrom', { tasks: hint.tasks.join(t('common.listSep')) })}</span>}
          </div>
          <div className="hl-plans-ind-col">
            <span className="hl-plans-ind-label">{t('plans.ind.zones')}</span>
            <Select
              mode="multiple"
              size="small"
              style={{ width: '100%' }}
              value={ind.zoneIds ?? []}
              options={zones}
              optionFilterProp="label"
              placeholder={t('plans.ind.zonesPlaceholder')}
              onChange={(v: string[]) => onChange(i, { zoneIds: v })}
              aria-label={t('plans.ind.zones')}
              data-testid="indicator-zones"
            />
            {hint?.zoneFromIssuer && <span className="hl-plans-sub">{t('plans.ind.suggestedZone')}</span>}
          </div>
        </div>
      )}
      {owning && !(ind.owners ?? []).length && (
        <Alert
          className="hl-plans-ind-ask"
          type={ind.ownerless ? 'info' : 'error'}
          showIcon
          data-testid="indicator-no-owner"
          title={t('plans.ind.noOwner')}
          description={
            <div className="hl-plans-ind-noowner">
              {officeUnit && (
                <Button size="small" onClick={(e) => (stop(e), onChange(i, { owners: [officeUnit], ownerless: false }))} data-testid="indicator-owner-office">
                  {t('plans.ind.useOffice', { unit: officeUnit })}
                </Button>
              )}
              <Checkbox checked={!!ind.ownerless} onClick={stop} onChange={(e) => onChange(i, { ownerless: e.target.checked })} data-testid="indicator-ownerless">
                {t('plans.ind.ownerless')}
              </Checkbox>
            </div>
          }
        />
      )}
      <div className="hl-plans-ind-body">
        <div className="hl-plans-ind-col">
          <span className="hl-plans-ind-label">{t('plans.ind.baseline')}</span>
          {ind.baseline ? (
            <div className="hl-plans-ind-line">
              <InputNumber
                size="small"
                className="hl-plans-year"
                value={ind.baseline.year}
                status={ind.baseline.year === null ? 'error' : undefined}
                placeholder={t('plans.ind.year')}
                min={1990}
                max={2100}
                onChange={(v) => onChange(i, { baseline: { ...ind.baseline!, year: v } })}
                onClick={stop}
              />
              <InputNumber size="small" style={{ width: 84 }} value={ind.baseline.value} onChange={(v) => onChange(i, { baseline: v === null ? null : { ...ind.baseline!, value: v } })} onClick={stop} />
              <Tooltip title={t('plans.ind.removeBaseline')}>
                <Button size="small" type="text" icon={<CloseOutlined />} onClick={(e) => (stop(e), onChange(i, { baseline: null }))} />
              </Tooltip>
            </div>
          ) : (
            <Button size="small" type="link" className="hl-plans-ind-add" onClick={(e) => (stop(e), onChange(i, { baseline: { year: null, value: 0 } }))}>
              <PlusOutlined /> {t('plans.ind.addBaseline')}
            </Button>
          )}
        </div>
        <div className="hl-plans-ind-col">
          <span className="hl-plans-ind-label">{t('plans.ind.targets')}</span>
          <div className="hl-plans-ind-targets">
            {ind.targets.map((x, k) => (
              <div key={k} className="hl-plans-ind-line">
                <InputNumber
                  size="small"
                  className="hl-plans-year"
                  value={x.year}
                  status={x.year === null ? 'error' : undefined}
                  placeholder={t('plans.ind.year')}
                  min={1990}
                  max={2100}
                  onChange={(v) => setTargets(ind.targets.map((y, j) => (j === k ? { ...y, year: v } : y)))}
                  onClick={stop}
                />
                <Select
                  size="small"
                  style={{ width: 96 }}
                  value={x.kind}
                  options={targetKindOptions(t)}
                  popupMatchSelectWidth={false}
                  onChange={(v) => setTargets(ind.targets.map((y, j) => (j === k ? { ...y, kind: v, value: v === 'coverage' || v === 'pending' ? null : y.value } : y)))}
                  onClick={stop}
                  aria-label={t('plans.ind.targetKind')}
                />
                <InputNumber
                  size="small"
                  style={{ width: 84 }}
                  value={x.value}
                  disabled={x.kind === 'pending' || x.kind === 'coverage'}
                  onChange={(v) => setTargets(ind.targets.map((y, j) => (j === k ? { ...y, value: v } : y)))}
                  onClick={stop}
                />
                {x.text && x.text !== String(x.value ?? '') && (
                  <Tooltip title={t('plans.ind.asWritten', { text: x.text })}>
                    <span className="hl-plans-sub hl-plans-ind-written">{x.text}</span>
                  </Tooltip>
                )}
                <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('plans.ind.removeTarget')} onClick={(e) => (stop(e), setTargets(ind.targets.filter((_, j) => j !== k)))} />
              </div>
            ))}
            <Button
              size="small"
              type="link"
              className="hl-plans-ind-add"
              onClick={(e) => {
                stop(e);
                const last = ind.targets[ind.targets.length - 1];
                setTargets([...ind.targets, { year: last?.year ? last.year + 1 : null, kind: last?.kind ?? 'level', value: null, text: '' }]);
              }}
            >
              <PlusOutlined /> {t('plans.ind.addTarget')}
            </Button>
          </div>
        </div>
      </div>
      {ind.targets.length > 0 && (
        <div className="hl-plans-ind-words" data-testid="target-in-words">
          <span className="hl-plans-ind-label">{t('plans.ind.inWords')}</span>
          {ind.targets.map((x, k) => (
            <span key={k} className="hl-plans-ind-word">
              {describeTarget(x, ind.unit, ind.baseline)}
            </span>
          ))}
        </div>
      )}
      {questions.length > 0 && (
        <Alert className="hl-plans-ind-ask" type="warning" showIcon title={t('plans.ind.ask')} description={questions.join('；')} data-testid="target-question" />
      )}
    </div>
  );
});
