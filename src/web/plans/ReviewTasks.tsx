import { memo, useRef, useState } from 'react';
import { AutoComplete, Button, Empty, Input, Select, Tag, Tooltip } from 'antd';
import { ClockCircleOutlined, DeleteOutlined, EditOutlined, PlusOutlined, QuestionCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { headingNumber } from './labels';
import { UnitTag } from './parts';
import type { ExTask, Extraction } from './types';

export type Pick = (key: string, span: [number, number]) => void;

/**
 * The extracted tasks, each editable in place. Rows are memoised: typing in one title, or
 * clicking another task, re-renders one or two rows, not three hundred.
 */
export function ReviewTasks({
  tasks,
  sections,
  selected,
  unknown,
  unitNames,
  onChange,
  onRemove,
  onPick,
}: {
  tasks: ExTask[];
  sections: Extraction['sections'];
  selected: string | null;
  unknown: ReadonlySet<string>;
  unitNames: { value: string }[];
  onChange: (i: number, patch: Partial<ExTask>) => void;
  onRemove: (i: number) => void;
  onPick: Pick;
}) {
  const { t } = useTranslation();
  if (!tasks.length) return <Empty description={t('plans.review.noTasks')} />;
  const byId = new Map(sections.map((s) => [s.id, s]));
  return (
    <div className="hl-plans-review-list" data-testid="review-tasks">
      {tasks.map((task, i) => {
        const s = task.section ? byId.get(task.section) : undefined;
        const newSection = i === 0 || tasks[i - 1].section !== task.section;
        return (
          <div key={i}>
            {newSection && s && (
              <button type="button" className={`hl-plans-review-heading${selected === `s:${s.id}` ? ' is-selected' : ''}`} onClick={() => onPick(`s:${s.id}`, s.span)}>
                {headingNumber(s.number)}
                {s.title}
              </button>
            )}
            <TaskRow index={i} task={task} selected={selected === `t${i}`} unknown={unknown} unitNames={unitNames} onChange={onChange} onRemove={onRemove} onPick={onPick} />
          </div>
        );
      })}
    </div>
  );
}

const TaskRow = memo(function TaskRow({
  index: i,
  task,
  selected,
  unknown,
  unitNames,
  onChange,
  onRemove,
  onPick,
}: {
  index: number;
  task: ExTask;
  selected: boolean;
  unknown: ReadonlySet<string>;
  unitNames: { value: string }[];
  onChange: (i: number, patch: Partial<ExTask>) => void;
  onRemove: (i: number) => void;
  onPick: Pick;
}) {
  const { t } = useTranslation();
  const setUnits = (units: ExTask['units']) => onChange(i, { units });
  const unknownMark = (name: string) => (unknown.has(name) ? <QuestionCircleFilled className="hl-plans-unknown-mark" aria-label={t('plans.review.unknownUnit')} /> : undefined);
  // Only the selected row carries inputs: three hundred rows of selects and text boxes take
  // seconds to mount, and a list of plain rows reads better beside the source.
  return (
    <div className={`hl-plans-task hl-plans-pick${selected ? ' is-selected' : ''}`} onClick={() => onPick(`t${i}`, task.span)} data-testid="review-task">
      {selected ? (
        <div className="hl-plans-review-row">
          <Input className="hl-plans-review-num" value={task.number} onChange={(e) => onChange(i, { number: e.target.value })} aria-label={t('plans.field.number')} status={task.number.trim() ? undefined : 'error'} />
          <Select
            className="hl-plans-review-kind"
            value={task.kind}
            onChange={(v) => onChange(i, { kind: v })}
            options={(['task', 'safeguard', 'measure'] as const).map((k) => ({ value: k, label: t(`plans.taskKind.${k}`) }))}
            aria-label={t('plans.field.kind')}
          />
          <Input value={task.title} onChange={(e) => onChange(i, { title: e.target.value })} aria-label={t('plans.field.title')} status={task.title.trim() ? undefined : 'error'} />
          <Tooltip title={t('plans.review.removeTask')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={(e) => {
                e.stopPropagation();
                onRemove(i);
              }}
              aria-label={t('plans.review.removeTask')}
            />
          </Tooltip>
        </div>
      ) : (
        <div className="hl-plans-task-head">
          <span className={`hl-plans-num hl-plans-num-${task.kind}`}>{task.number || '?'}</span>
          <span className={`hl-plans-review-title${task.title.trim() ? '' : ' is-empty'}`}>{task.title.trim() || t('plans.review.noTitle')}</span>
          {task.kind !== 'task' && <Tag variant="filled">{t(`plans.taskKind.${task.kind}`)}</Tag>}
          <EditOutlined className="hl-plans-review-edit" aria-hidden />
        </div>
      )}
      {selected && (
        <Input.TextArea
          className="hl-plans-review-text"
          autoSize={{ minRows: 3, maxRows: 10 }}
          value={task.text}
          onChange={(e) => onChange(i, { text: e.target.value })}
          aria-label={t('plans.field.text')}
        />
      )}
      <div className="hl-plans-task-foot">
        {task.units.length === 0 && <span className="hl-plans-sub">{t('plans.noUnits')}</span>}
        {selected
          ? task.units.map((u, k) => (
              <UnitTag
                key={`${u.name}-${k}`}
                name={u.name}
                role={u.role}
                closable
                title={t('plans.review.toggleRole')}
                suffix={unknownMark(u.name)}
                onClose={(e) => {
                  e.preventDefault();
                  e.stopPropagation();
                  setUnits(task.units.filter((_, j) => j !== k));
                }}
                onClick={(e) => {
                  e.stopPropagation();
                  setUnits(task.units.map((x, j) => (j === k ? { ...x, role: x.role === 'lead' ? 'support' : 'lead' } : x)));
                }}
                style={{ cursor: 'pointer' }}
                data-testid="review-unit"
              />
            ))
          : task.units.map((u, k) => <UnitTag key={`${u.name}-${k}`} name={u.name} role={u.role} suffix={unknownMark(u.name)} data-testid="review-unit" />)}
        {selected && (
          <AddUnit names={unitNames} onAdd={(name) => setUnits([...task.units, { name, role: task.units.some((u) => u.role === 'lead') ? 'support' : 'lead', collective: false }])} />
        )}
        {task.deadlines.map((d) => (
          <Tag key={d.text} icon={<ClockCircleOutlined />} color="gold" variant="outlined">
            {d.text}
          </Tag>
        ))}
      </div>
      {selected && <div className="hl-plans-sub hl-plans-review-tip">{t('plans.review.toggleRole')}</div>}
    </div>
  );
});

function AddUnit({ names, onAdd }: { names: { value: string }[]; onAdd: (name: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  // Enter on a highlighted option fires both select and keydown: add the name once.
  const finished = useRef(false);
  if (!editing)
    return (
      <Tag
        className="hl-plans-add"
        onClick={(e) => {
          e.stopPropagation();
          finished.current = false;
          setEditing(true);
        }}
      >
        <PlusOutlined /> {t('plans.addUnit')}
      </Tag>
    );
  const done = (v = name) => {
    if (finished.current) return;
    finished.current = true;
    if (v.trim()) onAdd(v.trim());
    setName('');
    setEditing(false);
  };
  return (
    <AutoComplete
      size="small"
      autoFocus
      defaultOpen
      defaultActiveFirstOption={false}
      style={{ width: 200 }}
      value={name}
      options={names}
      showSearch={{ filterOption: (input, o) => !!o?.value && String(o.value).includes(input) }}
      onClick={(e) => e.stopPropagation()}
      onChange={setName}
      onSelect={(v: string) => done(v)}
      onBlur={() => done()}
      onKeyDown={(e) => {
        // Later than the option list's own Enter, which picks the highlighted name.
        if (e.key === 'Enter' && !(e.nativeEvent as KeyboardEvent).isComposing) setTimeout(() => done(), 0);
        if (e.key === 'Escape') {
          finished.current = true;
          setName('');
          setEditing(false);
        }
      }}
      placeholder={t('plans.review.unitNamePlaceholder')}
    />
  );
}
