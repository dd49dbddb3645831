import { useMemo, useState } from 'react';
import { App, Button, Checkbox, DatePicker, Form, Input, Popconfirm, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { formatDate, formatDateTime } from '../core/format';
import { SecretModal } from '../core/SecretModal';
import { useRemote } from '../core/useRemote';
import type { ApiToken, TokenScope, Unit } from './types';
import type { Out } from '../../contracts/common';
import type { tokenCreatedOut } from '../../contracts/org';
import { AdminPage, useAdminEditor } from './AdminPage';

interface FormValues {
  name: string;
  unitId?: string | null;
  scopes: TokenScope[];
  expiresAt?: Dayjs | null;
}
const FIELDS = ['name', 'unitId', 'scopes', 'expiresAt'] as const;

type Status = 'active' | 'revoked' | 'expired';
const statusOf = (tk: ApiToken): Status => (tk.revokedAt ? 'revoked' : tk.expiresAt && new Date(tk.expiresAt) <= new Date() ? 'expired' : 'active');
const STATUS_COLORS: Record<Status, string> = { active: 'success', revoked: 'default', expired: 'warning' };
const STATUS_KEYS: Record<Status, string> = { active: 'tokens.statusActive', revoked: 'tokens.statusRevoked', expired: 'tokens.statusExpired' };

export default function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const tokens = useRemote(() => api.get<ApiToken[]>('/api/api-tokens'));
  const units = useRemote(() => api.get<Unit[]>('/api/units'));
  // Only scopes some endpoint accepts are offered: the server derives them from its routes.
  const scopes = useRemote(() => api.get<TokenScope[]>('/api/api-tokens/scopes'));
  const [created, setCreated] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();

  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  // Newest first, revoked ones last: the list an administrator acts on.
  const rows = useMemo(
    () => [...(tokens.data ?? [])].sort((a, b) => Number(!!a.revokedAt) - Number(!!b.revokedAt) || b.createdAt.localeCompare(a.createdAt)),
    [tokens.data],
  );

  // Tokens are made and revoked, never edited: the editor only creates.
  const editor = useAdminEditor<ApiToken, FormValues>({
    form,
    remote: tokens,
    fields: FIELDS,
    fill: () => form.setFieldsValue({ name: '', unitId: null, scopes: ['observations:write'], expiresAt: dayjs().add(1, 'year').endOf('day') }),
    send: async (v) => {
      const res = await api.post<Out<typeof tokenCreatedOut>>('/api/api-tokens', {
        name: v.name.trim(),
        unitId: v.unitId ?? null,
        scopes: v.scopes,
        // Valid through the whole chosen day.
        expiresAt: v.expiresAt ? v.expiresAt.endOf('day').toISOString() : null,
      });
      setCreated(res.token);
      return false;
    },
  });

  const revoke = async (tk: ApiToken) => {
    try {
      await api.del(`/api/api-tokens/${tk.id}`);
      message.success(t('tokens.revoked'));
      await tokens.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<ApiToken> = [
    { title: t('tokens.name'), dataIndex: 'name', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: t('tokens.unit'), dataIndex: 'unitId', width: 180, render: (id: string | null) => (id ? (unitName.get(id) ?? id) : <Typography.Text type="secondary">—</Typography.Text>) },
    {
      title: t('tokens.scopes'),
      dataIndex: 'scopes',
      render: (scopes: TokenScope[]) => (
        <Space size={[4, 4]} wrap>
          {scopes.map((s) => (
            <Tag key={s} title={s}>
              {t(`scopes.${s}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('tokens.expiresAt'), dataIndex: 'expiresAt', width: 120, render: (v: string | null) => (v ? formatDate(v) : t('tokens.noExpiry')) },
    {
      title: t('tokens.lastUsed'),
      dataIndex: 'lastUsedAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">{t('common.never')}</Typography.Text>),
    },
    { title: t('tokens.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t('tokens.status'),
      key: 'status',
      width: 100,
      render: (_, tk) => {
        const s = statusOf(tk);
        return <Tag color={STATUS_COLORS[s]}>{t(STATUS_KEYS[s])}</Tag>;
      },
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, tk) =>
        tk.revokedAt ? null : (
          <Popconfirm title={t('tokens.revokeConfirm', { name: tk.name })} onConfirm={() => revoke(tk)} okText={t('tokens.revoke')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')}>
            <Button type="link" size="small" danger>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <AdminPage<ApiToken, FormValues>
      title={t('tokens.title')}
      description={t('tokens.description')}
      createLabel={t('tokens.create')}
      remote={tokens}
      table={{ columns, dataSource: rows, pagination: { defaultPageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) } }}
      editor={{
        state: editor,
        form,
        // Tokens are never edited: the editor only creates.
        titles: [t('tokens.createTitle'), t('tokens.createTitle')],
        okText: t('common.create'),
        width: 560,
        children: (
          <>
            <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('tokens.name') }) }]}>
              <Input maxLength={100} placeholder={t('tokens.namePlaceholder')} />
            </Form.Item>
            <Form.Item name="unitId" label={t('tokens.unit')} extra={t('tokens.unitHint')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                loading={units.loading}
                options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
            <Form.Item name="scopes" label={t('tokens.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('common.selectRequired', { field: t('tokens.scopes') }) }]}>
              <Checkbox.Group options={(scopes.data ?? []).map((s) => ({ value: s, label: t(`scopes.${s}`) }))} />
            </Form.Item>
            <Form.Item name="expiresAt" label={t('tokens.expiresAt')}>
              <DatePicker style={{ width: 220 }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} placeholder={t('tokens.noExpiry')} />
            </Form.Item>
          </>
        ),
      }}
    >
      <SecretModal open={!!created} title={t('tokens.createdTitle')} notice={t('tokens.createdNotice')} secret={created ?? ''} onClose={() => setCreated(null)} />
    </AdminPage>
  );
}
