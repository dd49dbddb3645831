// Revising a value that already counts is its own, explicit action: one value, a reason, a
// confirmation — never a side effect of saving the entry form or uploading a file.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../core/api';
import { useErrorText } from '../../core/errors';
import { useIndicatorFormat } from '../format';
import { StateTag } from '../parts';
import { NumberCell } from '../NumberCell';
import type { EntryRow } from '../types';
import { useNames } from '../../org/names';

export function RevisePanel({ row, onBack, onDone, onDirty }: { row: EntryRow; onBack: () => void; onDone: () => void; onDirty: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const name = useNames();
  const f = useIndicatorFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [value, setValue] = useState<number | null>(row.value);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = value !== null && value !== row.value && reason.trim().length > 0;
  // A new value or a reason typed here is work the page's guard keeps (useEntryData).
  const dirty = value !== row.value || reason.trim().length > 0;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  useEffect(() => () => onDirty(false), [onDirty]);

  const save = async () => {
    setBusy(true);
    try {
      await api.post('/api/observations', {
        observations: [{ indicatorId: row.indicatorId, zoneId: row.zoneId, period: row.period, value, covered: row.referenceSetId ? row.covered : undefined, version: row.version ?? undefined }],
        reason: reason.trim(),
      });
      message.success(t('indicators.revise.saved'));
      onDone();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid="revise-panel"
      title={t('indicators.revise.title', { name: row.name, period: f.period(row.period) })}
      extra={
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('indicators.revise.back')}
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('indicators.revise.warning')} />
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16, maxWidth: 640 }}>
        <Descriptions.Item label={t('indicators.col.indicator')}>
          {row.name} <span className="hl-mono hl-ind-muted">{row.code}</span> · {name(row.zone, row.zoneId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.entry.period')}>{f.period(row.period)}</Descriptions.Item>
        <Descriptions.Item label={t('indicators.revise.current')}>
          <Space>
            <span className="hl-ind-num">{f.value(row.value, row.unit)}</span>
            <StateTag state={row.status} />
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label={t('indicators.revise.newValue')} required>
          <NumberCell size="middle" style={{ width: 320 }} value={value} unit={row.unit} onChange={(v) => setValue(v)} data-testid="revise-value" aria-label={t('indicators.revise.newValue')} />
        </Form.Item>
        <Form.Item label={t('indicators.revise.reason')} required>
          <Input.TextArea rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('indicators.revise.reasonPlaceholder')} data-testid="revise-reason" />
        </Form.Item>
        <Popconfirm
          title={t('indicators.revise.confirmTitle')}
          description={t('indicators.revise.confirm', { old: f.value(row.value, row.unit), value: f.value(value, row.unit) })}
          okText={t('indicators.revise.save')}
          cancelText={t('common.cancel')}
          onConfirm={() => save()}
          disabled={!ready}
        >
          <Button type="primary" danger disabled={!ready} loading={busy} data-testid="revise-save">
            {t('indicators.revise.save')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}
