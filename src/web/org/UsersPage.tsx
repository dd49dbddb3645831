import { useMemo, useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Select, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { formatDateTime } from '../core/format';
import { SecretModal } from '../core/SecretModal';
import { ROLES, type Role } from '../core/types';
import { useRemote } from '../core/useRemote';
import type { Unit, User } from './types';
import type { Out } from '../../contracts/common';
import type { passwordOut, userCreatedOut } from '../../contracts/org';
import { ActiveFilterSelect, ActiveToggle, AdminPage, matchesActive, useAdminEditor, type ActiveFilter } from './AdminPage';

interface FormValues {
  username: string;
  displayName: string;
  unitId?: string | null;
  roles: Role[];
  password?: string;
}
const FIELDS = ['username', 'displayName', 'unitId', 'roles', 'password'] as const;
const ROLE_COLORS: Record<Role, string> = {
  admin: 'red',
  office: 'blue',
  liaison: 'cyan',
  unit_leader: 'geekblue',
  evaluator: 'purple',
  leader: 'gold',
};

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useUser();
  const errorText = useErrorText();
  const users = useRemote(() => api.get<User[]>('/api/users'));
  const units = useRemote(() => api.get<Unit[]>('/api/units'));

  const [search, setSearch] = useState('');
  const [roleFilter, setRoleFilter] = useState<Role | undefined>();
  const [statusFilter, setStatusFilter] = useState<ActiveFilter>('all');
  const [secret, setSecret] = useState<{ title: string; notice: string; value: string } | null>(null);
  const [form] = Form.useForm<FormValues>();
  const fill = (u: User | null) =>
    form.setFieldsValue(
      u ? { username: u.username, displayName: u.displayName, unitId: u.unitId, roles: u.roles, password: '' } : { username: '', displayName: '', unitId: null, roles: [], password: '' },
    );
  const editor = useAdminEditor<User, FormValues>({
    form,
    remote: users,
    fields: FIELDS,
    fill,
    send: async (v, u) => {
      if (u) {
        await api.patch(`/api/users/${u.id}`, { displayName: v.displayName.trim(), unitId: v.unitId ?? null, roles: v.roles, version: u.version });
        return;
      }
      const res = await api.post<Out<typeof userCreatedOut>>('/api/users', {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        unitId: v.unitId ?? null,
        roles: v.roles,
        ...(v.password ? { password: v.password } : {}),
      });
      if (!res.password) return;
      setSecret({ title: t('users.generatedTitle'), notice: t('users.generatedNotice', { name: v.displayName.trim() }), value: res.password });
      return false;
    },
  });
  const editing = editor.editing;

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (users.data ?? []).filter((u) => {
      if (roleFilter && !u.roles.includes(roleFilter)) return false;
      if (!matchesActive(statusFilter, u.active)) return false;
      return !q || [u.username, u.displayName, u.unitName].some((s) => s && s.toLowerCase().includes(q));
    });
  }, [users.data, search, roleFilter, statusFilter]);

  const unitOptions = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => u.active || u.id === editing?.unitId)
        .map((u) => ({ value: u.id, label: i18n.language === 'en' && u.nameEn ? `${u.name} · ${u.nameEn}` : u.name })),
    [units.data, editing, i18n.language],
  );

  const setActive = (u: User, active: boolean) => editor.quick(() => api.patch(`/api/users/${u.id}`, { active, version: u.version }));

  const resetPassword = async (u: User) => {
    try {
      const res = await api.post<Out<typeof passwordOut>>(`/api/users/${u.id}/reset-password`);
      setSecret({ title: t('users.resetTitle'), notice: t('users.resetNotice', { name: u.displayName }), value: res.password });
      await users.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      width: 170,
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (v: string, u) => (
        <Space size={6}>
          <Typography.Text className="hl-mono" style={{ fontSize: 13, whiteSpace: 'nowrap' }}>
            {v}
          </Typography.Text>
          {u.id === me.id && (
            <Tooltip title={t('users.self')}>
              <Tag bordered={false} color="blue" style={{ marginInlineEnd: 0 }}>
                {t('users.you')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 200 },
    {
      title: t('users.unit'),
      dataIndex: 'unitName',
      width: 180,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (roles: Role[]) => (
        <Space size={[4, 4]} wrap>
          {roles.map((r) => (
            <Tag key={r} color={ROLE_COLORS[r]}>
              {t(`roles.${r}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.status'),
      key: 'status',
      width: 200,
      render: (_, u) => {
        const locked = u.lockedUntil && new Date(u.lockedUntil) > new Date();
        return (
          <Space size={[4, 4]} wrap>
            <Tag color={u.active ? 'success' : 'default'}>{t(u.active ? 'common.active' : 'common.inactive')}</Tag>
            {locked && (
              <Tag color="error" icon={<LockOutlined />}>
                {t('users.locked', { time: formatDateTime(u.lockedUntil) })}
              </Tag>
            )}
            {u.mustChangePassword && <Tag color="warning">{t('users.mustChange')}</Tag>}
          </Space>
        );
      },
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => (v ? <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> : <Typography.Text type="secondary">{t('common.never')}</Typography.Text>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => editor.open(u)}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t('users.resetConfirm', { name: u.displayName })} onConfirm={() => resetPassword(u)} okText={t('common.ok')} cancelText={t('common.cancel')}>
            <Button type="link" size="small">
              {t('users.resetPassword')}
            </Button>
          </Popconfirm>
          {/* Deactivating yourself would end this very session. */}
          <ActiveToggle
            active={u.active}
            confirm={t('users.deactivateConfirm', { name: u.displayName })}
            labels={[t('users.activate'), t('users.deactivate')]}
            onChange={(active) => setActive(u, active)}
            locked={u.id === me.id}
          />
        </Space>
      ),
    },
  ];

  return (
    <AdminPage<User, FormValues>
      title={t('users.title')}
      description={t('users.description')}
      createLabel={t('users.create')}
      remote={users}
      filters={
        <>
          <Input.Search allowClear placeholder={t('users.searchPlaceholder')} style={{ width: 300 }} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Select<Role>
            allowClear
            placeholder={t('users.roleFilter')}
            aria-label={t('users.roleFilter')}
            style={{ width: 170 }}
            value={roleFilter}
            onChange={setRoleFilter}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <ActiveFilterSelect value={statusFilter} onChange={setStatusFilter} />
        </>
      }
      table={{ columns, dataSource: rows }}
      editor={{
        state: editor,
        form,
        titles: [t('users.createTitle'), t('users.editTitle')],
        width: 560,
        children: (
          <>
            <Form.Item
              name="username"
              label={t('users.username')}
              extra={editing ? undefined : t('users.usernameHint')}
              rules={[
                { required: true, message: t('common.required', { field: t('users.username') }) },
                { pattern: /^[a-zA-Z0-9_.-]{3,40}$/, message: t('users.usernameHint') },
              ]}
            >
              <Input disabled={!!editing} autoComplete="off" maxLength={40} />
            </Form.Item>
            <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.displayName') }) }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('common.selectRequired', { field: t('users.roles') }) }]}>
              <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
            </Form.Item>
            <Form.Item name="unitId" label={t('users.unit')}>
              <Select allowClear showSearch optionFilterProp="label" placeholder={t('users.unitPlaceholder')} aria-label={t('users.unitPlaceholder')} options={unitOptions} loading={units.loading} />
            </Form.Item>
            {!editing && (
              <Form.Item name="password" label={t('users.password')} extra={t('users.passwordHint')}>
                <Input.Password autoComplete="new-password" maxLength={256} />
              </Form.Item>
            )}
          </>
        ),
      }}
    >
      <SecretModal open={!!secret} title={secret?.title ?? ''} notice={secret?.notice ?? ''} secret={secret?.value ?? ''} onClose={() => setSecret(null)} />
    </AdminPage>
  );
}
