// 资金与用地分配: final results turned into amounts, with the calculation sheet for the leading
// group's meeting (inputs, weights, each step, result), exported to Word and Excel.
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, InputNumber, List, Row, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { useUser } from '../core/auth';
import type { AllocateInput, AllocationResult } from '../../contracts/evaluation';
import { fmt, SchemePicker, useSchemeChoice } from './shared';
import { toDocx, toXlsx, type Sheet } from './sheet';

interface AllocationRow { id: string; kind: string; name: string; unit: string; createdAt: string }
interface AllocationFull extends AllocationRow { input: AllocateInput; output: AllocationResult }

export default function AllocationPage() {
  const { t } = useTranslation();
  const user = useUser();
  const choice = useSchemeChoice();
  const s = choice.chosen;
  const list = useRemote(() => (s ? api.get<AllocationRow[]>(`/api/evaluation/allocations?schemeId=${s.id}`) : Promise.resolve([])), [s?.id]);
  const [selected, setSelected] = useState<string>();
  const current = selected ?? list.data?.[0]?.id;
  const full = useRemote(() => (current ? api.get<AllocationFull>(`/api/evaluation/allocations/${current}`) : Promise.resolve(undefined)), [current]);
  // Recipients are zone codes in the input (so `hubline allocate` re-runs it); the sheet shows names.
  const board = useRemote(() => (s?.roundId ? api.get<{ zones: { code: string; name: string }[] }>(`/api/evaluation/rounds/${s.roundId}`) : Promise.resolve(undefined)), [s?.roundId]);
  const names = Object.fromEntries((board.data?.zones ?? []).map((z) => [z.code, z.name]));
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  return (
    <div>
      <PageHeader title={t('evaluation.nav.allocation')} extra={<SchemePicker {...choice} />} />
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('evaluation.nav.allocation')}>
            <List
              size="small"
              dataSource={list.data ?? []}
              renderItem={(a) => (
                <List.Item onClick={() => setSelected(a.id)} style={{ cursor: 'pointer', background: a.id === current ? '#e6f4ff' : undefined }} data-testid={`allocation-${a.kind}`}>
                  <div>
                    <div>{a.name}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`evaluation.allocation.${a.kind}`)} · {a.unit}</Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </Card>
          {office && s && (s.state === 'final' ? <NewAllocation schemeId={s.id} onDone={async (id) => { await list.reload(); setSelected(id); }} /> : <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('evaluation.allocation.needFinal')} />)}
        </Col>
        <Col xs={24} lg={17}>{full.data && <CalculationSheet a={full.data} scheme={s?.name ?? ''} names={names} />}</Col>
      </Row>
    </div>
  );
}

const PARAM_LABELS: Record<string, string> = { pool: 'pool', decimals: 'decimals', rule: 'rule', base: 'base', threshold: 'threshold', cap: 'cap', floor: 'floor', tiers: 'tiers', factors: 'factors', baseFactor: 'baseFactor' };

function sheetOf(a: AllocationFull, scheme: string, names: Record<string, string>, t: (k: string, o?: Record<string, unknown>) => string): Sheet {
  const { recipients, ...params } = a.input;
  return {
    title: `${a.name}（${t(`evaluation.allocation.${a.kind}`)}）`,
    subtitle: scheme,
    parameters: Object.entries(params).map(([k, v]) => [
      `${t(`evaluation.param.${PARAM_LABELS[k] ?? k}`)} (${k})`,
      k === 'rule' ? t(`evaluation.allocation.${String(v)}`) : typeof v === 'object' ? JSON.stringify(v) : String(v),
    ]),
    header: [t('evaluation.zone'), t('evaluation.total'), t('evaluation.veto'), t('evaluation.allocation.exact'), `${t('evaluation.allocation.amount')}（${a.unit}）`],
    rows: a.output.allocations.map((x) => {
      const r = recipients.find((y) => y.id === x.id);
      return [names[x.id] ? `${names[x.id]}（${x.id}）` : x.id, r?.score === undefined ? '' : fmt(r.score), r?.veto ? '✓' : '', fmt(x.exact, 4), String(x.amount)];
    }),
    steps: a.output.steps.map((s) => s.zh),
    total: t('evaluation.allocation.totalLine', { total: a.output.total, unit: a.unit, pool: a.input.pool }),
  };
}

function CalculationSheet({ a, scheme, names }: { a: AllocationFull; scheme: string; names: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const sheet = sheetOf(a, scheme, names, t);
  const save = (blob: Blob, name: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
  };
  return (
    <Card
      size="small"
      title={`${t('evaluation.allocation.sheet')} · ${sheet.title}`}
      data-testid="calculation-sheet"
      extra={
        <Space>
          <Button icon={<FileWordOutlined />} onClick={async () => save(await toDocx(sheet), `${a.name}.docx`)}>{t('evaluation.allocation.word')}</Button>
          <Button icon={<FileExcelOutlined />} onClick={async () => save(await toXlsx(sheet), `${a.name}.xlsx`)}>{t('evaluation.allocation.excel')}</Button>
        </Space>
      }
    >
      <Descriptions size="small" column={3} bordered items={sheet.parameters.map(([k, v]) => ({ label: k, children: v }))} />
      <Table
        style={{ marginTop: 12 }}
        rowKey={(r) => r[0]}
        size="small"
        pagination={false}
        dataSource={sheet.rows}
        columns={sheet.header.map((h, i) => ({ title: h, key: String(i), align: i > 0 ? ('right' as const) : undefined, render: (_: unknown, r: string[]) => r[i] }))}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              <Typography.Text strong data-testid="allocation-total">{sheet.total}</Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>{t('evaluation.allocation.steps')}</Typography.Title>
      <ol style={{ paddingLeft: 20 }}>
        {a.output.steps.map((s) => <li key={s.step}>{i18n.language === 'en' ? s.en : s.zh}</li>)}
      </ol>
    </Card>
  );
}

function NewAllocation({ schemeId, onDone }: { schemeId: string; onDone: (id: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm();
  const rule = Form.useWatch('rule', form);
  const submit = async (v: Record<string, unknown>) => {
    try {
      const body = {
        schemeId,
        kind: v.kind,
        name: v.name,
        unit: v.unit,
        rule: {
          pool: v.pool,
          decimals: v.decimals ?? 0,
          rule: v.rule,
          ...(v.base !== undefined && v.base !== null ? { base: v.base } : {}),
          ...(v.threshold !== undefined && v.threshold !== null ? { threshold: v.threshold } : {}),
          ...(v.cap !== undefined && v.cap !== null ? { cap: v.cap } : {}),
          ...(v.rule === 'rank_tiers' ? { tiers: JSON.parse(String(v.tiers)) } : {}),
          ...(v.rule === 'factor_share' ? { factors: [{ name: 'score', weight: 1 }] } : {}),
        },
      };
      const created = await api.post<{ id: string }>('/api/evaluation/allocations', body);
      form.resetFields();
      await onDone(created.id);
    } catch (e) {
      message.error(e instanceof SyntaxError ? e.message : errorText(e));
    }
  };
  return (
    <Card size="small" title={t('evaluation.allocation.new')} style={{ marginTop: 16 }}>
      <Form form={form} layout="vertical" size="small" onFinish={submit} initialValues={{ kind: 'funding_allocation', unit: '万元', rule: 'base_plus_performance', decimals: 0, base: 0.3, tiers: '[{"fromRank":1,"toRank":1,"amount":1300},{"fromRank":2,"toRank":6,"amount":900}]' }}>
        <Form.Item name="name" label={t('evaluation.allocation.name')} rules={[{ required: true }]}><Input data-testid="alloc-name" /></Form.Item>
        <Space>
          <Form.Item name="kind" label={t('evaluation.allocation.kind')}><Select style={{ width: 120 }} options={['funding_allocation', 'land_quota'].map((k) => ({ value: k, label: t(`evaluation.allocation.${k}`) }))} /></Form.Item>
          <Form.Item name="unit" label={t('evaluation.allocation.unit')}><Input style={{ width: 70 }} /></Form.Item>
        </Space>
        <Space>
          <Form.Item name="pool" label={t('evaluation.allocation.pool')} rules={[{ required: true }]}><InputNumber min={0} data-testid="alloc-pool" /></Form.Item>
          <Form.Item name="decimals" label="decimals"><InputNumber min={0} max={6} style={{ width: 70 }} /></Form.Item>
        </Space>
        <Form.Item name="rule" label={t('evaluation.allocation.rule')}><Select options={['base_plus_performance', 'factor_share', 'rank_tiers'].map((k) => ({ value: k, label: t(`evaluation.allocation.${k}`) }))} /></Form.Item>
        {rule === 'base_plus_performance' && <Form.Item name="base" label={t('evaluation.allocation.base')}><InputNumber min={0} max={1} step={0.05} /></Form.Item>}
        {rule === 'rank_tiers' && <Form.Item name="tiers" label={t('evaluation.allocation.tiers')}><Input.TextArea rows={3} /></Form.Item>}
        <Space>
          <Form.Item name="threshold" label={t('evaluation.allocation.threshold')}><InputNumber /></Form.Item>
          <Form.Item name="cap" label={t('evaluation.allocation.cap')}><InputNumber min={0} max={1} step={0.05} /></Form.Item>
        </Space>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="alloc-create">{t('evaluation.create')}</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
