import { useMemo, useState } from 'react';
import { App as AntApp, Button, Card, Col, Descriptions, Input, Popconfirm, Row, Segmented, Space, Statistic, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { ExportButton } from '../core/ExportButton';
import type { Notice, NoticeDetail } from '../../contracts/delivery';
import { noticeBoard } from '../../domain/delivery/board';
import { NOTICE_LEVELS } from '../../domain/supervision/notice';
import { download, when } from '../delivery/parts';

const LEVEL_COLOR: Record<string, string> = { reminder: 'gold', supervision: 'orange', listed: 'red' };
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 督办看板, or with `?notice=ID` one notice with its rectification and timeline. */
export default function BoardPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get('notice');
  return id ? <NoticeView key={id} id={id} onBack={() => setParams({})} /> : <Board onOpen={(notice) => setParams({ notice })} />;
}

function Board({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const notices = useRemote(() => api.get<Notice[]>('/api/supervision/notices'));
  const [filter, setFilter] = useState<'open' | 'overdue' | 'closed' | 'all'>('open');
  const board = useMemo(() => noticeBoard(notices.data ?? [], today()), [notices.data]);
  const shown = (notices.data ?? []).filter((n) => filter === 'all' || (filter === 'closed' ? n.status === 'closed' : filter === 'overdue' ? n.overdue : n.status !== 'closed'));
  return (
    <>
      <PageHeader title={t('supervision.board.title')} description={t('supervision.board.desc')} extra={<ExportButton list="/api/supervision/notices" />} />
      <Row gutter={16}>
        <Col span={6}><Card><Statistic title={t('supervision.board.open')} value={board.total.open} /></Card></Col>
        <Col span={6}><Card><Statistic title={t('supervision.board.overdue')} value={board.total.overdue} valueStyle={{ color: '#cf1322' }} /></Card></Col>
        <Col span={6}><Card><Statistic title={t('supervision.board.closed')} value={board.total.closed} valueStyle={{ color: '#389e0d' }} /></Card></Col>
        <Col span={6}>
          <Card size="small">
            <Typography.Text type="secondary">{t('supervision.board.open')} / {t('supervision.board.overdue')} / {t('supervision.board.closed')}</Typography.Text>
            {NOTICE_LEVELS.map((l) => (
              <div key={l}><Tag color={LEVEL_COLOR[l]}>{t(`supervision.level.${l}`)}</Tag>{board.byLevel[l].open} / {board.byLevel[l].overdue} / {board.byLevel[l].closed}</div>
            ))}
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={16}>
          <Card title={t('supervision.board.list')} extra={<Segmented value={filter} onChange={(v) => setFilter(v as typeof filter)} options={(['open', 'overdue', 'closed', 'all'] as const).map((v) => ({ value: v, label: t(`supervision.board.${v}`) }))} />}>
            <Table<Notice> size="small" rowKey="id" loading={notices.loading} dataSource={shown} pagination={{ pageSize: 12 }} data-testid="notice-table" columns={[
              { title: t('supervision.notice.number'), dataIndex: 'number', width: 130, render: (v: string, n) => <Typography.Link onClick={() => onOpen(n.id)}>{v}</Typography.Link> },
              { title: t('supervision.notice.level'), dataIndex: 'level', width: 100, render: (l: string) => <Tag color={LEVEL_COLOR[l]}>{t(`supervision.level.${l}`)}</Tag> },
              { title: t('supervision.notice.unit'), dataIndex: 'unitName', width: 140 },
              { title: t('supervision.notice.issue'), dataIndex: 'issue', ellipsis: true },
              { title: t('supervision.notice.dueOn'), dataIndex: 'dueOn', width: 110, render: (v: string, n) => <Typography.Text type={n.overdue ? 'danger' : undefined}>{v}</Typography.Text> },
              { title: t('supervision.notice.status'), dataIndex: 'status', width: 130, render: (s: string) => t(`supervision.state.${s}`) },
            ]} />
          </Card>
        </Col>
        <Col span={8}>
          <Card title={t('supervision.board.byUnit')}>
            <Table size="small" rowKey="unitId" dataSource={board.byUnit} pagination={false} columns={[
              { title: t('supervision.notice.unit'), dataIndex: 'unitName' },
              { title: t('supervision.board.open'), dataIndex: 'open', width: 70 },
              { title: t('supervision.board.overdue'), dataIndex: 'overdue', width: 70, render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0) },
              { title: t('supervision.board.closed'), dataIndex: 'closed', width: 70 },
            ]} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function NoticeView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const n = useRemote(() => api.get<NoticeDetail>(`/api/supervision/notices/${id}`), [id]);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const d = n.data;
  if (!d) return <Card loading />;
  const act = async (action: string) => {
    setBusy(true);
    try {
      const unitSide = action === 'submit_plan' || action === 'submit_report';
      if (unitSide) {
        // The unit's answer is a form: its text and the evidence files, streamed to the server.
        const form = new FormData();
        form.append('version', String(d.version));
        form.append('text', text);
        for (const f of files) form.append('files', f, f.name);
        await api.upload(`/api/supervision/notices/${id}/${action}`, form);
      } else await api.post(`/api/supervision/notices/${id}/${action}`, text.trim() ? { version: d.version, comment: text } : { version: d.version });
      setText('');
      setFiles([]);
      message.success(t('delivery.done'));
      await n.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const unitAction = d.actions.some((a) => a === 'submit_plan' || a === 'submit_report');
  return (
    <>
      <PageHeader
        title={`${d.number} · ${t(`supervision.level.${d.level}`)}`}
        description={d.unitName}
        extra={<Space><Button icon={<DownloadOutlined />} onClick={() => download(`/api/supervision/notices/${id}/notice.docx`)}>{t('supervision.action.docx')}</Button><Button onClick={onBack}>{t('supervision.notice.back')}</Button></Space>}
      />
      <Card>
        <Descriptions column={2} bordered size="small">
          <Descriptions.Item label={t('supervision.notice.status')}><Tag color={d.status === 'closed' ? 'green' : 'blue'} data-testid="notice-status">{t(`supervision.state.${d.status}`)}</Tag></Descriptions.Item>
          <Descriptions.Item label={t('supervision.notice.dueOn')}><Typography.Text type={d.overdue ? 'danger' : undefined}>{d.dueOn}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label={t('supervision.notice.issue')} span={2}>{d.issue}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.notice.requirement')} span={2}>{d.requirement}</Descriptions.Item>
          {d.taskTitle && <Descriptions.Item label={t('delivery.col.task')} span={2}>{d.taskTitle}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {d.actions.length > 0 && (
        <Card style={{ marginTop: 16 }} data-testid="notice-actions">
          <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={unitAction ? t('supervision.notice.text') : t('supervision.notice.comment')} data-testid="notice-text" />
          <Space style={{ marginTop: 12 }}>
            {unitAction && (
              <Upload beforeUpload={(f) => { setFiles((x) => [...x, f]); return false; }} fileList={files.map((f) => ({ uid: f.name, name: f.name }))} onRemove={(f) => setFiles((x) => x.filter((y) => y.name !== f.name))}>
                <Button icon={<UploadOutlined />}>{t('supervision.notice.files')}</Button>
              </Upload>
            )}
            {/* Every state change asks first, as on the data review pages (issue 17). */}
            {d.actions.map((a) => {
              const back = a === 'send_back' || a === 'return_plan';
              return (
                <Popconfirm key={a} title={t('supervision.confirm', { action: t(`supervision.action.${a}`), number: d.number })} okText={t(`supervision.action.${a}`)} okButtonProps={{ danger: back }} cancelText={t('common.cancel')} onConfirm={() => act(a)}>
                  <Button type={back ? 'default' : 'primary'} danger={back} loading={busy} data-testid={`notice-${a}`}>
                    {t(`supervision.action.${a}`)}
                  </Button>
                </Popconfirm>
              );
            })}
          </Space>
        </Card>
      )}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={14}>
          <Card title={t('supervision.notice.rectifications')}>
            {d.rectifications.map((r) => (
              <Card key={r.id} size="small" style={{ marginBottom: 8 }} title={<Space><Tag>{t(`supervision.notice.${r.kind}`)}</Tag>{r.submittedByName}<Typography.Text type="secondary">{r.createdAt.slice(0, 10)}</Typography.Text></Space>} extra={<Tag color={r.verification === 'passed' ? 'green' : r.verification === 'failed' ? 'red' : undefined}>{t(`supervision.notice.${r.verification ?? 'pending'}`)}</Tag>}>
                <div>{r.text}</div>
                {r.comment && <Typography.Text type="secondary">{t('common.labelled', { label: t('supervision.notice.comment'), value: r.comment })}</Typography.Text>}
                {r.evidence.map((e) => (<div key={e.id}><a href={`/api/evidence/${e.id}`}><DownloadOutlined /> {e.fileName}</a></div>))}
              </Card>
            ))}
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('supervision.notice.timeline')}>
            <Timeline items={d.timeline.map((x) => ({ children: <div><b>{t(`supervision.action.${x.action}`, x.action)}</b> · {x.actorName} · {when(x.at)}</div> }))} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
