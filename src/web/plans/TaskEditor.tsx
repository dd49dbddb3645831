import { useMemo, useState } from 'react';
import { App, Alert, Button, DatePicker, Drawer, Form, Input, Segmented, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useSaveFailure } from '../core/errors';
import { useRemote } from '../core/useRemote';
import type { PlanTask, Role, Unit } from './types';

interface TaskForm {
  title: string;
  text: string;
  status: PlanTask['status'];
  deadlines: { text: string; date: Dayjs | null }[];
  units: { unitId: string; role: Role }[];
}

const unitsOf = (task: PlanTask) => task.units.map((u) => ({ unitId: u.unitId, role: u.role }));
const deadlinesOf = (v: TaskForm['deadlines']) => (v ?? []).filter((d) => d.text?.trim()).map((d) => ({ text: d.text.trim(), date: d.date ? d.date.format('YYYY-MM-DD') : null }));

/**
 * The office corrects a task after import. Wording and units are two server calls (the
 * assignments are their own resource); both carry the version, so a colleague's save in
 * between is caught instead of overwritten.
 */
export function TaskEditor({ task, onClose, onSaved }: { task: PlanTask; onClose: () => void; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveFailed = useSaveFailure();
  const units = useRemote(() => api.get<Unit[]>('/api/units'));
  const [form] = Form.useForm<TaskForm>();
  const [saving, setSaving] = useState(false);
  const initial = useMemo<TaskForm>(
    () => ({ title: task.title, text: task.text, status: task.status, deadlines: task.deadlines.map((d) => ({ text: d.text, date: d.date ? dayjs(d.date) : null })), units: unitsOf(task) }),
    [task],
  );
  const unitOptions = useMemo(() => {
    const list = (units.data ?? []).filter((u) => u.active || task.units.some((x) => x.unitId === u.id));
    const opts = list.map((u) => ({ value: u.id, label: u.name, search: [u.name, ...u.aliases].join(' ') }));
    // Until the list arrives the assigned units still show their names, not their ids.
    for (const u of task.units) if (!opts.some((o) => o.value === u.unitId)) opts.push({ value: u.unitId, label: u.unitName, search: u.unitName });
    return opts;
  }, [units.data, task.units]);

  const save = async () => {
    let v: TaskForm;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const patch: Record<string, unknown> = {};
      if (v.title.trim() !== task.title) patch.title = v.title.trim();
      if (v.text !== task.text) patch.text = v.text;
      if (v.status !== task.status) patch.status = v.status;
      const deadlines = deadlinesOf(v.deadlines);
      if (JSON.stringify(deadlines) !== JSON.stringify(task.deadlines.map((d) => ({ text: d.text, date: d.date ?? null })))) patch.deadlines = deadlines;
      let version = task.version;
      if (Object.keys(patch).length) version = (await api.patch<{ version: number }>(`/api/tasks/${task.id}`, { ...patch, version })).version;
      if (JSON.stringify(v.units) !== JSON.stringify(unitsOf(task))) await api.put(`/api/tasks/${task.id}/assignments`, { units: v.units, version });
      message.success(t('common.saved'));
      await onSaved();
      onClose();
    } catch (e) {
      // The reload gives the drawer the task as it now is (it is keyed by version).
      await saveFailed(e, { form, fields: ['title', 'text', 'status', 'deadlines'], onConflict: onSaved });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      size={680}
      title={t('plans.editTaskTitle', { number: task.number })}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="save-task">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
        <Form.Item name="title" label={t('plans.field.title')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('plans.field.title') }) }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="text" label={t('plans.field.text')} extra={t('plans.field.textHint')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="status" label={t('plans.field.status')}>
          <Segmented block options={(['open', 'in_progress', 'done', 'cancelled'] as const).map((s) => ({ value: s, label: t(`plans.taskStatus.${s}`) }))} />
        </Form.Item>

        <Typography.Title level={5} className="hl-plans-form-section">
          {t('plans.field.units')}
        </Typography.Title>
        <Form.List
          name="units"
          rules={[
            {
              validator: async (_, list: TaskForm['units'] | undefined) => {
                if (!list?.length) throw new Error(t('plans.needUnit'));
                if (!list.some((u) => u?.role === 'lead')) throw new Error(t('plans.needLead'));
                const ids = list.map((u) => u?.unitId).filter(Boolean);
                if (new Set(ids).size !== ids.length) throw new Error(t('plans.duplicateUnit'));
              },
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="hl-plans-edit-unit" data-testid="edit-unit-row">
                  <Form.Item name={[f.name, 'unitId']} rules={[{ required: true, message: t('plans.pickUnit') }]} style={{ flex: 1, marginBottom: 0 }}>
                    <Select showSearch={{ optionFilterProp: 'search' }} loading={units.loading} options={unitOptions} placeholder={t('plans.pickUnit')} aria-label={t('plans.pickUnit')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'role']} style={{ marginBottom: 0 }}>
                    <Segmented options={(['lead', 'support'] as const).map((r) => ({ value: r, label: t(`plans.role.${r}`) }))} />
                  </Form.Item>
                  <Button type="text" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('plans.moveUp')}>
                    ↑
                  </Button>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('plans.removeUnit')} />
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ role: fields.length ? 'support' : 'lead' })} style={{ marginTop: 8 }}>
                {t('plans.addUnit')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>

        <Typography.Title level={5} className="hl-plans-form-section">
          {t('plans.field.deadlines')}
        </Typography.Title>
        <Form.List name="deadlines">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 && <Typography.Paragraph type="secondary">{t('plans.noDeadlines')}</Typography.Paragraph>}
              {fields.map((f) => (
                <div key={f.key} className="hl-plans-edit-unit">
                  <Form.Item name={[f.name, 'text']} rules={[{ required: true, whitespace: true, message: t('plans.deadlineTextNeeded') }]} style={{ flex: 1, marginBottom: 0 }}>
                    <Input placeholder={t('plans.deadlineTextPlaceholder')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'date']} style={{ marginBottom: 0 }}>
                    <DatePicker placeholder={t('plans.deadlineDate')} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('plans.removeDeadline')} />
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ text: '', date: null })} style={{ marginTop: 8 }}>
                {t('plans.addDeadline')}
              </Button>
            </>
          )}
        </Form.List>
        {task.status !== 'cancelled' && <Alert type="info" showIcon style={{ marginTop: 20 }} title={t('plans.editHint')} />}
      </Form>
    </Drawer>
  );
}
