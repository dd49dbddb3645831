import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { LeftOutlined, ReloadOutlined, RightOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { formatDateTimeSeconds } from '../core/format';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { AuditDiff } from './AuditDiff';
import type { AuditEntry, AuditVerify } from './types';
import zh from '../i18n/zh-CN.json';

// The entities the server records today; others still show, under their code.
const KNOWN_ENTITIES = Object.keys(zh.audit.entities);
const PAGE_SIZES = [20, 50, 100];
const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  revoke: 'red',
  login_failed: 'orange',
  login_locked: 'red',
  reset_password: 'gold',
  change_password: 'gold',
};

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [entity, setEntity] = useState<string | undefined>();
  const [entityIdInput, setEntityIdInput] = useState('');
  const [entityId, setEntityId] = useState('');
  const [pageSize, setPageSize] = useState(20);
  // The audit trail pages by sequence number: cursors[i] is the `before` of page i.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const page = cursors.length - 1;
  const [verify, setVerify] = useState<AuditVerify | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);

  const entries = useRemote(
    // One more than shown tells whether a next page exists.
    () => api.get<AuditEntry[]>('/api/audit-entries', { query: { before: cursors[page], entity, entityId: entityId || undefined, limit: pageSize + 1 } }),
    [cursors, page, entity, entityId, pageSize],
  );
  const rows = (entries.data ?? []).slice(0, pageSize);
  const hasNext = (entries.data?.length ?? 0) > pageSize;

  const restart = () => setCursors([undefined]);
  const label = (group: 'actions' | 'entities', code: string) => (i18n.exists(`audit.${group}.${code}`) ? t(`audit.${group}.${code}`) : code);

  const runVerify = async () => {
    setVerifying(true);
    setVerify(null);
    setVerifyError(null);
    try {
      setVerify(await api.get<AuditVerify>('/api/audit-entries/verify'));
    } catch (e) {
      setVerifyError(e);
    } finally {
      setVerifying(false);
    }
  };

  const reasonText = (reason: string) =>
    reason.includes('prev_hash') ? t('audit.verifyReasonRemoved') : reason.includes('content') ? t('audit.verifyReasonEdited') : reason;

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 90, render: (v: number) => <span className="hl-mono">{v}</span> },
    { title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => formatDateTimeSeconds(v) },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 150, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text> },
    { title: t('audit.action'), dataIndex: 'action', width: 150, render: (v: string) => <Tag color={ACTION_COLORS[v]}>{label('actions', v)}</Tag> },
    { title: t('audit.entity'), dataIndex: 'entity', width: 130, render: (v: string) => label('entities', v) },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      ellipsis: true,
      render: (v: string | null) =>
        v ? (
          <Typography.Text className="hl-mono" copyable={{ text: v }}>
            {v}
          </Typography.Text>
        ) : null,
    },
  ];

  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        extra={
          <Button icon={<SafetyCertificateOutlined />} onClick={runVerify} loading={verifying} type="primary" ghost>
            {t('audit.verify')}
          </Button>
        }
      />
      {verify && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          closable={{ onClose: () => setVerify(null) }}
          type={verify.ok ? 'success' : 'error'}
          title={
            verify.ok
              ? t('audit.verifyOk', { checked: verify.checked })
              : t('audit.verifyBroken', { seq: verify.firstBroken?.seq, checked: verify.checked, reason: reasonText(verify.firstBroken?.reason ?? '') })
          }
          data-testid="audit-verify-result"
        />
      )}
      {verifyError != null && <Alert style={{ marginBottom: 16 }} showIcon type="error" title={errorText(verifyError)} />}
      <div className="hl-toolbar">
        <Select
          allowClear
          showSearch
          placeholder={t('audit.entityFilter')} aria-label={t('audit.entityFilter')}
          style={{ width: 180 }}
          value={entity}
          onChange={(v) => {
            setEntity(v);
            restart();
          }}
          options={KNOWN_ENTITIES.map((e) => ({ value: e, label: label('entities', e) }))}
          optionFilterProp="label"
        />
        <Input.Search
          allowClear
          placeholder={t('audit.entityIdPlaceholder')}
          style={{ width: 340 }}
          value={entityIdInput}
          onChange={(e) => setEntityIdInput(e.target.value)}
          onSearch={(v) => {
            setEntityId(v.trim());
            restart();
          }}
          enterButton={t('common.search')}
        />
        <Button icon={<ReloadOutlined />} onClick={restart}>
          {t('common.refresh')}
        </Button>
      </div>
      {entries.error != null && <Alert style={{ marginBottom: 16 }} showIcon type="error" title={t('common.loadFailed', { message: errorText(entries.error) })} />}
      <Table<AuditEntry>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={entries.loading}
        pagination={false}
        expandable={{
          expandedRowRender: (r) => (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <AuditDiff before={r.before} after={r.after} />
              <Descriptions size="small" column={1} bordered title={t('audit.details')}>
                <Descriptions.Item label={t('audit.requestId')}>
                  <span className="hl-mono">{r.requestId ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('audit.hash')}>
                  <span className="hl-mono">{r.hash}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('audit.prevHash')}>
                  <span className="hl-mono">{r.prevHash}</span>
                </Descriptions.Item>
              </Descriptions>
            </Space>
          ),
        }}
      />
      <div className="hl-pager">
        <Typography.Text type="secondary">{t('audit.page', { n: page + 1 })}</Typography.Text>
        <Space>
          <Button icon={<LeftOutlined />} disabled={page === 0 || entries.loading} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('audit.prevPage')}
          </Button>
          <Button disabled={!hasNext || entries.loading} onClick={() => setCursors((c) => [...c, rows[rows.length - 1]?.seq])}>
            {t('audit.nextPage')} <RightOutlined />
          </Button>
          <Select
            aria-label={t('audit.pageSizeLabel')}
            value={pageSize}
            style={{ width: 110 }}
            onChange={(n) => {
              setPageSize(n);
              restart();
            }}
            options={PAGE_SIZES.map((n) => ({ value: n, label: t('audit.pageSize', { n }) }))}
          />
        </Space>
      </div>
    </Card>
  );
}
