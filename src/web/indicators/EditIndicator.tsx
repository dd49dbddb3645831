// The office's editors for an indicator: its metadata (version-checked), its targets and its
// yearly milestones. Each save recomputes the status on the server.
import { useEffect, useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useSaveFailure } from '../core/errors';
import { useRemote } from '../core/useRemote';
import type { Unit } from '../org/types';
import type { Zone } from '../../contracts/org';
import { AGGREGATIONS } from '../../contracts/indicators';
import { TARGET_KINDS, type Aggregation, type Direction, type Frequency, type IndicatorDetail, type StatusResult, type Target, type TargetKind } from './types';

interface EditorProps {
  open: boolean;
  detail: IndicatorDetail;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}

interface MetaValues {
  definition?: string | null;
  dataSource?: string | null;
  ownerUnitId?: string | null;
  frequency: Frequency;
  aggregation: Aggregation;
  direction: Direction;
  naturalLimit?: number | null;
  baselineYear?: number | null;
  baselineValue?: number | null;
  /** The zones the data is owed for (each keeps the unit it had; a new one is owed by the responsible unit). */
  zoneIds: string[];
}
const META_FIELDS = ['definition', 'dataSource', 'ownerUnitId', 'zoneIds', 'frequency', 'aggregation', 'direction', 'naturalLimit', 'baselineYear', 'baselineValue'] as const;

const blank = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
const num = (v: number | null | undefined) => (v === undefined || v === null ? null : v);

export function MetaModal({ open, detail: d, onClose, onSaved }: EditorProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const saveFailed = useSaveFailure();
  const [form] = Form.useForm<MetaValues>();
  const [saving, setSaving] = useState(false);
  const units = useRemote(() => (open ? api.get<Unit[]>('/api/units') : Promise.resolve([] as Unit[])), [open]);
  const zones = useRemote(() => (open ? api.get<Zone[]>('/api/zones') : Promise.resolve([] as Zone[])), [open]);

  useEffect(() => {
    if (open)
      form.setFieldsValue({
        definition: d.definition,
        dataSource: d.dataSource,
        ownerUnitId: d.ownerUnitId,
        frequency: d.frequency,
        aggregation: d.aggregation,
        direction: d.direction,
        naturalLimit: d.naturalLimit,
        baselineYear: d.baselineYear,
        baselineValue: d.baselineValue,
        zoneIds: d.zones.map((z) => z.zoneId),
      });
  }, [open, d, form]);

  const save = async () => {
    let v: MetaValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const saved = await api.patch<{ version: number }>(`/api/indicators/${d.id}`, {
        definition: blank(v.definition),
        dataSource: blank(v.dataSource),
        ownerUnitId: v.ownerUnitId ?? null,
        frequency: v.frequency,
        aggregation: v.aggregation,
        direction: v.direction,
        naturalLimit: num(v.naturalLimit),
        baselineYear: num(v.baselineYear),
        baselineValue: num(v.baselineValue),
        version: d.version,
      });
      const kept = new Map(d.zones.map((z) => [z.zoneId, z.unitId]));
      const zoneIds = v.zoneIds ?? [];
      if (zoneIds.length !== d.zones.length || zoneIds.some((z) => !kept.has(z)))
        await api.put(`/api/indicators/${d.id}/zones`, { zones: zoneIds.map((zoneId) => ({ zoneId, unitId: kept.get(zoneId) ?? null })), version: saved.version });
      message.success(t('indicators.edit.savedRecomputed'));
      await onSaved();
      onClose();
    } catch (e) {
      // A conflict reloads the indicator; the form then shows what is stored now.
      await saveFailed(e, { form, fields: META_FIELDS, onConflict: onSaved });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('indicators.edit.metaTitle', { name: d.name })} okText={t('common.save')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} width={680} mask={{ closable: false }} forceRender>
      <Form<MetaValues> form={form} layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item name="definition" label={t('indicators.meta.definition')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <div className="hl-form-row">
          <Form.Item name="dataSource" label={t('indicators.meta.dataSource')} rules={[{ max: 500 }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="ownerUnitId" label={t('indicators.meta.owner')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={units.loading}
              options={(units.data ?? []).filter((u) => u.active || u.id === d.ownerUnitId).map((u) => ({ value: u.id, label: i18n.language === 'en' && u.nameEn ? u.nameEn : u.name }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="zoneIds" label={t('indicators.meta.zones')} extra={t('indicators.edit.zonesHint')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={zones.loading}
            data-testid="edit-zones"
            options={(zones.data ?? []).map((z) => ({ value: z.id, label: i18n.language === 'en' && z.nameEn ? z.nameEn : z.name }))}
          />
        </Form.Item>
        <div className="hl-form-row">
          <Form.Item name="frequency" label={t('indicators.meta.frequency')} rules={[{ required: true }]}>
            <Select options={(['yearly', 'quarterly', 'monthly'] as const).map((v) => ({ value: v, label: t(`indicators.frequency.${v}`) }))} />
          </Form.Item>
          <Form.Item name="aggregation" label={t('indicators.meta.aggregation')} rules={[{ required: true }]} tooltip={t('indicators.edit.aggregationHint')}>
            <Select options={AGGREGATIONS.map((v) => ({ value: v, label: t(`indicators.aggregation.${v}`) }))} />
          </Form.Item>
          <Form.Item name="direction" label={t('indicators.meta.direction')} rules={[{ required: true }]}>
            <Select options={(['increase', 'decrease'] as const).map((v) => ({ value: v, label: t(`indicators.direction.${v}`) }))} />
          </Form.Item>
        </div>
        <div className="hl-form-row">
          <Form.Item name="baselineYear" label={t('indicators.meta.baselineYear')}>
            <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="baselineValue" label={t('indicators.meta.baselineValue', { unit: d.unit ?? '' })}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="naturalLimit" label={t('indicators.meta.naturalLimit')} tooltip={t('indicators.edit.limitHint')}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('indicators.edit.versionNote', { version: d.version })}
        </Typography.Text>
      </Form>
    </Modal>
  );
}

interface TargetValues {
  targets: { year: number; kind: TargetKind; value?: number | null; growthBasis?: 'cumulative' | 'annual' | null; text?: string | null }[];
}

export function TargetsModal({ open, detail: d, onClose, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveFailed = useSaveFailure();
  const [form] = Form.useForm<TargetValues>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) form.setFieldsValue({ targets: d.targets.map((x) => ({ year: x.year, kind: x.kind, value: x.value, growthBasis: x.growthBasis ?? null, text: x.text ?? null })) });
  }, [open, d, form]);

  const save = async () => {
    let v: TargetValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const targets: Target[] = (v.targets ?? []).map((x) => ({
      year: x.year,
      kind: x.kind,
      value: x.kind === 'pending' ? null : num(x.value),
      growthBasis: x.kind === 'growth' || x.kind === 'reduction' ? (x.growthBasis ?? 'cumulative') : null,
      text: blank(x.text),
    }));
    setSaving(true);
    try {
      await api.put(`/api/indicators/${d.id}/targets`, { targets, version: d.version });
      message.success(t('indicators.edit.savedRecomputed'));
      await onSaved();
      onClose();
    } catch (e) {
      await saveFailed(e, { onConflict: onSaved });
    } finally {
      setSaving(false);
    }
  };

  const needsValue = (k: TargetKind | undefined) => k !== 'pending' && k !== 'coverage';

  return (
    <Modal open={open} title={t('indicators.edit.targetsTitle', { name: d.name })} okText={t('common.save')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} width={860} mask={{ closable: false }} forceRender>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('indicators.edit.targetsHint')}
      </Typography.Paragraph>
      <Form<TargetValues> form={form} layout="vertical">
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Form.Item noStyle key={field.key} shouldUpdate>
                  {() => {
                    const kind = form.getFieldValue(['targets', field.name, 'kind']) as TargetKind | undefined;
                    return (
                      <Space align="start" size={8} style={{ display: 'flex' }}>
                        <Form.Item name={[field.name, 'year']} label={t('indicators.edit.year')} rules={[{ required: true, message: t('common.required', { field: t('indicators.edit.year') }) }]}>
                          <InputNumber min={1990} max={2100} precision={0} style={{ width: 96 }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'kind']} label={t('indicators.edit.kind')} rules={[{ required: true }]}>
                          <Select style={{ width: 120 }} options={TARGET_KINDS.map((k) => ({ value: k, label: t(`indicators.kind.${k}`) }))} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'value']}
                          label={t(kind === 'growth' || kind === 'reduction' ? 'indicators.edit.valuePercent' : kind === 'relative' ? 'indicators.edit.valuePoints' : 'indicators.edit.value')}
                          rules={needsValue(kind) ? [{ required: true, message: t('common.required', { field: t('indicators.edit.value') }) }] : []}
                        >
                          <InputNumber disabled={kind === 'pending'} style={{ width: 130 }} />
                        </Form.Item>
                        {(kind === 'growth' || kind === 'reduction') && (
                          <Form.Item name={[field.name, 'growthBasis']} label={t('indicators.edit.growthBasis')} initialValue="cumulative">
                            <Select
                              style={{ width: 130 }}
                              options={[
                                { value: 'cumulative', label: t('indicators.edit.cumulative') },
                                { value: 'annual', label: t('indicators.edit.annual') },
                              ]}
                            />
                          </Form.Item>
                        )}
                        <Form.Item name={[field.name, 'text']} label={t('indicators.edit.text')} style={{ flex: 1 }}>
                          <Input maxLength={200} style={{ width: 220 }} placeholder={t('indicators.edit.textPlaceholder')} />
                        </Form.Item>
                        <Form.Item label=" ">
                          <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('indicators.edit.remove')} />
                        </Form.Item>
                      </Space>
                    );
                  }}
                </Form.Item>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'level', year: (d.targets[d.targets.length - 1]?.year ?? new Date().getFullYear()) + 1 })}>
                {t('indicators.edit.addTarget')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

interface MilestoneValues {
  milestones: { year: number; value: number }[];
}

export function MilestonesModal({ open, detail: d, result, onClose, onSaved }: EditorProps & { result: StatusResult | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveFailed = useSaveFailure();
  const [form] = Form.useForm<MilestoneValues>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) form.setFieldsValue({ milestones: d.milestones.map((m) => ({ year: m.year, value: m.value })) });
  }, [open, d, form]);

  const fromPath = () => {
    const path = (result?.milestones ?? []).map((m) => ({ year: m.year, value: Math.round(m.value * 100) / 100 }));
    form.setFieldsValue({ milestones: path });
  };

  const save = async () => {
    let v: MilestoneValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const list = (v.milestones ?? []).map((m) => ({ year: m.year, value: m.value }));
    if (new Set(list.map((m) => m.year)).size !== list.length) {
      message.error(t('indicators.edit.duplicateYear'));
      return;
    }
    setSaving(true);
    try {
      await api.put(`/api/indicators/${d.id}/milestones`, { milestones: list.sort((a, b) => a.year - b.year), version: d.version });
      message.success(t('indicators.edit.savedRecomputed'));
      await onSaved();
      onClose();
    } catch (e) {
      await saveFailed(e, { onConflict: onSaved });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('indicators.edit.milestonesTitle', { name: d.name })} okText={t('common.save')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} width={560} mask={{ closable: false }} forceRender>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('indicators.edit.milestonesHint')}
      </Typography.Paragraph>
      <Form<MilestoneValues> form={form} layout="vertical">
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" size={8} style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'year']} label={t('indicators.edit.year')} rules={[{ required: true, message: t('common.required', { field: t('indicators.edit.year') }) }]}>
                    <InputNumber min={1990} max={2100} precision={0} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'value']} label={t('indicators.edit.milestoneValue', { unit: d.unit ?? '' })} rules={[{ required: true, message: t('common.required', { field: t('indicators.edit.value') }) }]}>
                    <InputNumber style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('indicators.edit.remove')} />
                  </Form.Item>
                </Space>
              ))}
              <Space>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year: new Date().getFullYear() })}>
                  {t('indicators.edit.addMilestone')}
                </Button>
                {(result?.milestones?.length ?? 0) > 0 && <Button onClick={fromPath}>{t('indicators.edit.fillFromPath')}</Button>}
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
