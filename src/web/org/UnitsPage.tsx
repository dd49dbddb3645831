import { useMemo, useState } from 'react';
import { Badge, Button, Form, Input, Select, Space, Switch, Tag, TreeSelect, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useRemote } from '../core/useRemote';
import { UNIT_TYPES, UNIT_TYPE_COLORS, type Unit, type UnitType, type Zone } from './types';
import { zoneName, zoneTreeOptions } from './zones';
import { ActiveFilterSelect, ActiveToggle, AdminPage, matchesActive, useAdminEditor, type ActiveFilter } from './AdminPage';
import { forgetNames } from './names';

interface FormValues {
  name: string;
  shortName?: string;
  nameEn?: string;
  type: UnitType;
  zoneId?: string | null;
  aliases: string[];
  collective: boolean;
  active: boolean;
}
const FIELDS = ['name', 'shortName', 'nameEn', 'type', 'zoneId', 'aliases', 'collective', 'active'] as const;

const blankToNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

export default function UnitsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const units = useRemote(() => api.get<Unit[]>('/api/units'));
  const zones = useRemote(() => api.get<Zone[]>('/api/zones'));

  const [search, setSearch] = useState('');
  const [typeFilter, setTypeFilter] = useState<UnitType | undefined>();
  const [statusFilter, setStatusFilter] = useState<ActiveFilter>('all');
  const [form] = Form.useForm<FormValues>();

  const zoneById = useMemo(() => new Map((zones.data ?? []).map((z) => [z.id, z])), [zones.data]);

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (units.data ?? []).filter((u) => {
      if (typeFilter && u.type !== typeFilter) return false;
      if (!matchesActive(statusFilter, u.active)) return false;
      if (!q) return true;
      return [u.name, u.shortName, u.nameEn, ...u.aliases].some((s) => s && s.toLowerCase().includes(q));
    });
  }, [units.data, search, typeFilter, statusFilter]);

  const fill = (u: Unit | null) =>
    form.setFieldsValue(
      u
        ? { name: u.name, shortName: u.shortName ?? '', nameEn: u.nameEn ?? '', type: u.type, zoneId: u.zoneId, aliases: u.aliases, collective: u.collective, active: u.active }
        : { name: '', shortName: '', nameEn: '', type: 'department', zoneId: null, aliases: [], collective: false, active: true },
    );

  const editor = useAdminEditor<Unit, FormValues>({
    form,
    remote: units,
    fields: FIELDS,
    fill,
    send: async (v, u) => {
      const body = {
        name: v.name.trim(),
        shortName: blankToNull(v.shortName),
        nameEn: blankToNull(v.nameEn),
        type: v.type,
        zoneId: v.zoneId ?? null,
        aliases: [...new Set(v.aliases.map((a) => a.trim()).filter(Boolean))],
        collective: v.collective,
        active: v.active,
      };
      if (u) await api.patch(`/api/units/${u.id}`, { ...body, version: u.version });
      else await api.post('/api/units', body);
      forgetNames();
    },
  });
  const editing = editor.editing;
  const setActive = (u: Unit, active: boolean) => editor.quick(() => api.patch(`/api/units/${u.id}`, { active, version: u.version }));

  const columns: TableColumnsType<Unit> = [
    {
      title: t('units.name'),
      dataIndex: 'name',
      width: 240,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_, u) => (
        <div>
          <Typography.Text strong>{u.name}</Typography.Text>
          {u.shortName && <Typography.Text type="secondary"> （{u.shortName}）</Typography.Text>}
          {u.nameEn && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {u.nameEn}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('units.type'),
      dataIndex: 'type',
      width: 130,
      render: (v: UnitType) => <Tag color={UNIT_TYPE_COLORS[v]}>{t(`unitTypes.${v}`)}</Tag>,
    },
    {
      title: t('units.zone'),
      dataIndex: 'zoneId',
      width: 180,
      render: (id: string | null) => {
        const z = id ? zoneById.get(id) : undefined;
        return z ? zoneName(z, lang) : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
    {
      title: t('units.aliases'),
      dataIndex: 'aliases',
      render: (aliases: string[], u) => (
        <Space size={[4, 4]} wrap>
          {aliases.map((a) => (
            <Tag key={a} bordered={false}>
              {a}
            </Tag>
          ))}
          {u.collective && <Tag color="magenta">{t('units.collective')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 100,
      render: (active: boolean) => <Badge status={active ? 'success' : 'default'} text={t(active ? 'common.active' : 'common.inactive')} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, u) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => editor.open(u)}>
            {t('common.edit')}
          </Button>
          <ActiveToggle active={u.active} confirm={t('units.deactivateConfirm', { name: u.name })} labels={[t('units.activate'), t('units.deactivate')]} onChange={(active) => setActive(u, active)} />
        </Space>
      ),
    },
  ];

  const zoneOptions = useMemo(() => zoneTreeOptions(zones.data ?? [], lang), [zones.data, lang]);

  return (
    <AdminPage<Unit, FormValues>
      title={t('units.title')}
      description={t('units.description')}
      createLabel={t('units.create')}
      remote={units}
      filters={
        <>
          <Input.Search allowClear placeholder={t('units.searchPlaceholder')} style={{ width: 320 }} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Select<UnitType>
            allowClear
            placeholder={t('units.typeFilter')}
            aria-label={t('units.typeFilter')}
            style={{ width: 160 }}
            value={typeFilter}
            onChange={setTypeFilter}
            options={UNIT_TYPES.map((v) => ({ value: v, label: t(`unitTypes.${v}`) }))}
          />
          <ActiveFilterSelect value={statusFilter} onChange={setStatusFilter} label={t('units.statusFilter')} />
        </>
      }
      table={{ columns, dataSource: rows }}
      tableTestId="units-table"
      editor={{
        state: editor,
        form,
        titles: [t('units.createTitle'), t('units.editTitle')],
        width: 620,
        children: (
          <>
            <Form.Item name="name" label={t('units.name')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('units.name') }) }, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
            <div className="hl-form-row">
              <Form.Item name="shortName" label={t('units.shortName')} style={{ flex: 1 }} rules={[{ max: 50 }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="type" label={t('units.type')} style={{ flex: 1 }} rules={[{ required: true, message: t('common.selectRequired', { field: t('units.type') }) }]}>
                <Select options={UNIT_TYPES.map((v) => ({ value: v, label: t(`unitTypes.${v}`) }))} />
              </Form.Item>
            </div>
            <Form.Item name="nameEn" label={t('units.nameEn')} rules={[{ max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="zoneId" label={t('units.zone')}>
              <TreeSelect allowClear treeDefaultExpandAll placeholder={t('units.zonePlaceholder')} treeData={zoneOptions} showSearch treeNodeFilterProp="title" />
            </Form.Item>
            <Form.Item name="aliases" label={t('units.aliases')} extra={t('units.aliasesHint')}>
              <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
            </Form.Item>
            <Space size={40}>
              <Form.Item name="collective" label={t('units.collective')} valuePropName="checked" tooltip={t('units.collectiveHint')}>
                <Switch />
              </Form.Item>
              {editing && (
                <Form.Item name="active" label={t('units.active')} valuePropName="checked">
                  <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
                </Form.Item>
              )}
            </Space>
          </>
        ),
      }}
    />
  );
}
