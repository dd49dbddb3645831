import { memo } from 'react';
import { Alert, Button, Empty, Input, InputNumber, Select, Tooltip } from 'antd';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { targetKindOptions } from './labels';
import type { Pick } from './ReviewTasks';
import type { ExIndicator } from './types';
import { describeTarget, targetQuestions } from '../../domain/document/indicators';

/** Baseline and targets as extracted; a year the importer could not read must be filled in. */
export function ReviewIndicators({
  indicators,
  selected,
  revising,
  onChange,
  onPick,
}: {
  indicators: ExIndicator[];
  selected: string | null;
  /** A revised text updates tasks only; its indicators are shown for reference. */
  revising: boolean;
  onChange: (i: number, p: Partial<ExIndicator>) => void;
  onPick: Pick;
}) {
  const { t } = useTranslation();
  if (!indicators.length) return <Empty description={t('plans.review.noIndicators')} />;
  return (
    <div className="hl-plans-review-list">
      {revising && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('plans.review.indicatorsOnRevision')} />}
      {indicators.map((ind, i) => (
        <IndicatorRow key={i} index={i} ind={ind} selected={selected === `i${i}`} onChange={onChange} onPick={onPick} />
      ))}
    </div>
  );
}

const stop = (e: React.SyntheticEvent) => e.stopPropagation();

const IndicatorRow = memo(function IndicatorRow({
  index: i,
  ind,
  selected,
  onChange,
  onPick,
}: {
  index: number;
  ind: ExIndicator;
  selected: boolean;
  onChange: (i: number, p: Partial<ExIndicator>) => void;
  onPick: Pick;
}) {
  const { t } = useTranslation();
  const setTargets = (targets: ExIndicator['targets']) => onChange(i, { targets });
  // Asked again after every edit: a corrected year or value may settle the question.
  const questions = targetQuestions(ind);
  return (
    <div className={`hl-plans-task hl-plans-pick${selected ? ' is-selected' : ''}`} onClick={() => onPick(`i${i}`, ind.span)} data-testid="review-indicator">
      <div className="hl-plans-review-row">
        <span className="hl-plans-num">{ind.number}</span>
        <Input value={ind.name} status={ind.name.trim() ? undefined : 'error'} onChange={(e) => onChange(i, { name: e.target.value })} aria-label={t('plans.ind.name')} />
        <Input style={{ width: 120, flex: 'none' }} value={ind.category} placeholder={t('plans.ind.category')} onChange={(e) => onChange(i, { category: e.target.value })} aria-label={t('plans.ind.category')} />
        <Input style={{ width: 84, flex: 'none' }} value={ind.unit} placeholder={t('plans.ind.unit')} onChange={(e) => onChange(i, { unit: e.target.value })} aria-label={t('plans.ind.unit')} />
      </div>
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
