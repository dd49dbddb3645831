import { useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Segmented, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useSaveFailure } from '../core/errors';
import type { PlanDetail, PlanSummary } from './types';

interface MetaForm {
  title: string;
  docNumber: string;
  issuer: string;
  issuedDate: Dayjs | null;
  public: boolean;
  status: PlanSummary['status'];
}

/** 文号, 发文机关 and the like as printed on the document; the office fixes what the importer misread. */
export function PlanMetaEditor({ plan, onClose, onSaved }: { plan: PlanDetail; onClose: () => void; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveFailed = useSaveFailure();
  const [form] = Form.useForm<MetaForm>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    let v: MetaForm;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await api.patch(`/api/plans/${plan.id}`, {
        title: v.title.trim(),
        docNumber: v.docNumber?.trim() || null,
        issuer: v.issuer?.trim() || null,
        issuedDate: v.issuedDate ? v.issuedDate.format('YYYY-MM-DD') : null,
        public: v.public,
        status: v.status,
        version: plan.version,
      });
      message.success(t('common.saved'));
      await onSaved();
      onClose();
    } catch (e) {
      await saveFailed(e, {
        form,
        fields: ['title', 'docNumber', 'issuer', 'issuedDate'],
        onConflict: async () => {
          await onSaved();
          onClose();
        },
      });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={t('plans.meta.edit')} width={620} onCancel={onClose} onOk={() => void save()} okText={t('common.save')} confirmLoading={saving} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          title: plan.title,
          docNumber: plan.docNumber ?? '',
          issuer: plan.issuer ?? '',
          issuedDate: plan.issuedDate ? dayjs(plan.issuedDate) : null,
          public: plan.public,
          status: plan.status,
        }}
      >
        <Form.Item name="title" label={t('plans.col.title')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('plans.col.title') }) }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="docNumber" label={t('plans.col.docNumber')} extra={t('plans.meta.docNumberHint')}>
          <Input maxLength={100} placeholder="渝北府办发〔2023〕36号" />
        </Form.Item>
        <Form.Item name="issuer" label={t('plans.col.issuer')}>
          <Input maxLength={200} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 24 }}>
          <Form.Item name="issuedDate" label={t('plans.col.issuedDate')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="public" label={t('plans.publicity')} valuePropName="checked">
            <Switch checkedChildren={t('plans.publicShort')} unCheckedChildren={t('plans.notPublic')} />
          </Form.Item>
        </div>
        <Form.Item name="status" label={t('plans.col.status')} extra={t('plans.meta.statusHint')}>
          <Segmented options={(['draft', 'active', 'archived'] as const).map((s) => ({ value: s, label: t(`plans.status.${s}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
