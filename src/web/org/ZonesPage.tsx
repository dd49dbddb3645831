import { useMemo, useState, type Key } from 'react';
import { Button, Form, Input, Select, Tag, TreeSelect, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useRemote } from '../core/useRemote';
import { HUB_TYPES, HUB_TYPE_COLORS, ZONE_LEVELS, type HubType, type Zone, type ZoneLevel } from './types';
import { zoneTree, zoneTreeOptions, type ZoneNode } from './zones';
import { AdminPage, useAdminEditor } from './AdminPage';
import { forgetNames } from './names';

interface FormValues {
  code: string;
  name: string;
  nameEn?: string;
  level: ZoneLevel;
  parentId?: string | null;
  hubType?: HubType | null;
}
const FIELDS = ['code', 'name', 'nameEn', 'level', 'parentId', 'hubType'] as const;
const LEVEL_ORDER: Record<ZoneLevel, number> = { city: 0, district: 1, functional_area: 2 };

export default function ZonesPage() {
  const { t, i18n } = useTranslation();
  const zones = useRemote(() => api.get<Zone[]>('/api/zones'));
  const [form] = Form.useForm<FormValues>();
  const level = Form.useWatch('level', form);

  const tree = useMemo(() => zoneTree(zones.data ?? []), [zones.data]);
  const allKeys = useMemo(() => (zones.data ?? []).map((z) => z.id), [zones.data]);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);

  const fill = (z: Zone | null) =>
    form.setFieldsValue(
      z
        ? { code: z.code, name: z.name, nameEn: z.nameEn ?? '', level: z.level, parentId: z.parentId, hubType: z.hubType }
        : { code: '', name: '', nameEn: '', level: 'functional_area', parentId: null, hubType: null },
    );
  const editor = useAdminEditor<Zone, FormValues>({
    form,
    remote: zones,
    fields: FIELDS,
    fill,
    send: async (v, z) => {
      const body = { code: v.code.trim(), name: v.name.trim(), nameEn: v.nameEn?.trim() || null, level: v.level, parentId: v.parentId ?? null, hubType: v.hubType ?? null };
      if (z) await api.patch(`/api/zones/${z.id}`, { ...body, version: z.version });
      else await api.post('/api/zones', body);
      forgetNames();
    },
  });
  const editing = editor.editing;

  // A parent must sit on a higher level, and a zone cannot hang under itself.
  const parentOptions = useMemo(
    () => zoneTreeOptions(zones.data ?? [], i18n.language, (z) => z.id === editing?.id || (!!level && LEVEL_ORDER[z.level] >= LEVEL_ORDER[level])),
    [zones.data, i18n.language, editing, level],
  );

  const columns: TableColumnsType<ZoneNode> = [
    {
      title: t('zones.name'),
      dataIndex: 'name',
      render: (_, z) => (
        <span>
          <Typography.Text strong={z.level !== 'functional_area'}>{z.name}</Typography.Text>
          {z.nameEn && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {z.nameEn}
            </Typography.Text>
          )}
        </span>
      ),
    },
    { title: t('zones.code'), dataIndex: 'code', width: 180, render: (v: string) => <span className="hl-mono">{v}</span> },
    { title: t('zones.level'), dataIndex: 'level', width: 120, render: (v: ZoneLevel) => t(`zoneLevels.${v}`) },
    {
      title: t('zones.hubType'),
      dataIndex: 'hubType',
      width: 150,
      render: (v: HubType | null) => (v ? <Tag color={HUB_TYPE_COLORS[v]}>{t(`hubTypes.${v}`)}</Tag> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, z) => (
        <Button type="link" size="small" onClick={() => editor.open(z)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <AdminPage<ZoneNode, FormValues>
      title={t('zones.title')}
      description={t('zones.description')}
      createLabel={t('zones.create')}
      remote={zones}
      actions={<Button onClick={() => setExpanded(allKeys)}>{t('zones.expandAll')}</Button>}
      table={{
        columns,
        dataSource: tree,
        pagination: false,
        expandable: { expandedRowKeys: expanded ?? allKeys, onExpandedRowsChange: (keys) => setExpanded(keys) },
      }}
      editor={{
        state: editor,
        form,
        titles: [t('zones.createTitle'), t('zones.editTitle')],
        width: 560,
        children: (
          <>
            <div className="hl-form-row">
              <Form.Item name="name" label={t('zones.name')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('zones.name') }) }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name="code"
                label={t('zones.code')}
                tooltip={t('zones.codeHint')}
                rules={[
                  { required: true, message: t('common.required', { field: t('zones.code') }) },
                  { pattern: /^[a-z0-9_-]{2,40}$/, message: t('zones.codeHint') },
                ]}
              >
                <Input maxLength={40} className="hl-mono" />
              </Form.Item>
            </div>
            <Form.Item name="nameEn" label={t('zones.nameEn')}>
              <Input maxLength={200} />
            </Form.Item>
            <div className="hl-form-row">
              <Form.Item name="level" label={t('zones.level')} rules={[{ required: true }]}>
                <Select options={ZONE_LEVELS.map((v) => ({ value: v, label: t(`zoneLevels.${v}`) }))} />
              </Form.Item>
              <Form.Item name="hubType" label={t('zones.hubType')}>
                <Select allowClear placeholder={t('zones.hubTypeNone')} aria-label={t('zones.hubTypeNone')} options={HUB_TYPES.map((v) => ({ value: v, label: t(`hubTypes.${v}`) }))} />
              </Form.Item>
            </div>
            <Form.Item name="parentId" label={t('zones.parent')}>
              <TreeSelect allowClear treeDefaultExpandAll placeholder={t('zones.parentPlaceholder')} treeData={parentOptions} />
            </Form.Item>
          </>
        ),
      }}
    />
  );
}
