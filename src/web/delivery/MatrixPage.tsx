import { useMemo, useState } from 'react';
import { App as AntApp, Button, Card, InputNumber, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { Matrix } from '../../contracts/delivery';
import { download, fileForm, usePlanPicker } from './parts';

/** 责任分工表: tasks × units, with the Excel the offices already use. */
export default function MatrixPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { planId, picker } = usePlanPicker();
  const [year, setYear] = useState(new Date().getFullYear());
  const m = useRemote(() => (planId ? api.get<Matrix>(`/api/plans/${planId}/matrix?year=${year}`) : Promise.resolve(undefined)), [planId, year]);
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const units = useMemo(() => (m.data?.units ?? []).slice(0, 24), [m.data]);
  return (
    <>
      <PageHeader
        title={t('delivery.matrix.title')}
        description={t('delivery.matrix.desc')}
        extra={
          <Space>
            {picker}
            <InputNumber value={year} min={2020} max={2035} onChange={(v) => v && setYear(v)} addonBefore={t('delivery.matrix.year')} aria-label={t('delivery.matrix.year')} />
            <Button icon={<DownloadOutlined />} onClick={() => download(`/api/plans/${planId}/matrix.xlsx?year=${year}`)}>{t('delivery.action.exportXlsx')}</Button>
            {office && (
              <Upload
                showUploadList={false}
                accept=".xlsx"
                beforeUpload={(file) => {
                  void (async () => {
                    try {
                      const r = await api.upload<{ rows: number; changedTasks: number; newMeasures: number }>(`/api/plans/${planId}/matrix.xlsx`, fileForm(file, { year }));
                      message.success(t('delivery.matrix.imported', { rows: r.rows, changed: r.changedTasks, measures: r.newMeasures }));
                      await m.reload();
                    } catch (e) {
                      const details = (e as { details?: { message: string }[] }).details ?? [];
                      modal.error({ title: errorText(e), content: details.map((d) => <div key={d.message}>{d.message}</div>) });
                    }
                  })();
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />}>{t('delivery.action.importXlsx')}</Button>
              </Upload>
            )}
          </Space>
        }
      />
      <Card>
        <Table
          size="small"
          rowKey="id"
          loading={m.loading}
          dataSource={m.data?.rows}
          pagination={false}
          scroll={{ x: 360 + units.length * 56 }}
          data-testid="matrix"
          columns={[
            { title: t('delivery.col.number'), dataIndex: 'number', width: 56, fixed: 'left' },
            { title: t('delivery.col.task'), dataIndex: 'title', width: 300, fixed: 'left', render: (v: string, r) => <Typography.Link onClick={() => navigate(`/delivery/tasks?task=${r.id}`)}>{v}</Typography.Link> },
            ...units.map((u) => ({
              title: <div style={{ writingMode: 'vertical-rl', maxHeight: 130 }} title={t('delivery.matrix.counts', { lead: u.lead, support: u.support })}>{u.name}</div>,
              key: u.unitId,
              width: 56,
              align: 'center' as const,
              render: (_: unknown, r: Matrix['rows'][number]) =>
                r.lead.some((x) => x.unitId === u.unitId) ? <Tag color="blue">{t('delivery.matrix.leadShort')}</Tag> : r.support.some((x) => x.unitId === u.unitId) ? <Tag>{t('delivery.matrix.supportShort')}</Tag> : null,
            })),
          ]}
        />
      </Card>
    </>
  );
}
