// 资金与用地分配: final results turned into amounts, with the calculation sheet for the leading
// group's meeting (inputs, weights, each step, result), exported to Word and Excel.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, InputNumber, List, Row, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { useUser } from '../core/auth';
import type { AllocateInput, AllocationResult, allocationDetailOut, allocationOut, resultsOut } from '../../contracts/evaluation';
import type { Out } from '../../contracts/common';
import { EvaluationError, InputError, runAllocate } from '../../domain/evaluation/index';
import { fmt, SchemePicker, useSchemeChoice } from './shared';
import { toDocx, toXlsx } from './sheet';
import { sheetOf, type RankedResults } from './calculation-sheet';
import { allocationBody, factorColumns, given, type AllocationForm, type ResultZone } from './allocation-form';

type AllocationRow = Out<typeof allocationOut>;
type AllocationFull = Out<typeof allocationDetailOut>;

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
  // The final results are the recipients (by zone code), as the server takes them.
  const results = useRemote(() => (s?.roundId && s.state === 'final' ? api.get<Out<typeof resultsOut>>(`/api/evaluation/rounds/${s.roundId}/results`) : Promise.resolve(undefined)), [s?.roundId, s?.state]);
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
          {office && s && s.state !== 'final' && <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('evaluation.allocation.needFinal')} />}
        </Col>
        <Col xs={24} lg={17}>{full.data && <CalculationSheet a={full.data} scheme={s?.name ?? ''} names={names} ranked={results.data?.output ?? undefined} />}</Col>
      </Row>
      {office && s && s.state === 'final' && results.data?.output && (
        <NewAllocation schemeId={s.id} zones={results.data.output.zones} names={names} onDone={async (id) => { await list.reload(); setSelected(id); }} />
      )}
    </div>
  );
}

function CalculationSheet({ a, scheme, names, ranked }: { a: AllocationFull; scheme: string; names: Record<string, string>; ranked?: RankedResults }) {
  const { t, i18n } = useTranslation();
  const sheet = sheetOf(a, scheme, names, t, ranked, i18n.language === 'en' ? 'en' : 'zh');
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
      <Descriptions size="small" column={2} bordered styles={{ content: { minWidth: 90 } }} items={sheet.parameters.map(([k, v]) => ({ label: k, children: v }))} />
      <Table
        style={{ marginTop: 12 }}
        rowKey={(r) => r[0]}
        size="small"
        pagination={false}
        dataSource={sheet.rows}
        columns={sheet.header.map((h, i) => ({ title: h, key: String(i), align: i > 0 ? ('right' as const) : undefined, render: (_: unknown, r: string[]) => r[i] }))}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={sheet.header.length}>
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

function NewAllocation({ schemeId, zones, names, onDone }: { schemeId: string; zones: ResultZone[]; names: Record<string, string>; onDone: (id: string) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<AllocationForm>();
  const values = Form.useWatch([], form) as Partial<AllocationForm> | undefined;
  const rule = values?.rule;
  const columns = factorColumns(values ?? {});
  // The same calculation the server makes (the input `hubline allocate` re-runs), before saving.
  const preview = useMemo(() => {
    if (!values || !given(values.pool)) return null;
    const body = allocationBody(schemeId, values);
    try {
      const out = runAllocate({ ...body.rule, recipients: zones.map((z) => ({ id: z.id, score: z.total, veto: !z.eligible || undefined, ...(body.factors?.[z.id] ? { factors: body.factors[z.id] } : {}) })) });
      return { out, error: null };
    } catch (e) {
      const text = e instanceof EvaluationError ? (i18n.language === 'en' ? e.messageEn : e.messageZh) : e instanceof InputError ? (i18n.language === 'en' ? e.issues[0].messageEn : e.issues[0].messageZh) : String(e);
      return { out: null, error: text };
    }
  }, [values, zones, schemeId, i18n.language]);
  const submit = async (v: AllocationForm) => {
    try {
      const created = await api.post<{ id: string }>('/api/evaluation/allocations', allocationBody(schemeId, v));
      form.resetFields();
      await onDone(created.id);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const required = (label: string) => ({ required: true, message: t('evaluation.allocForm.required', { field: label }) });
  return (
    <Card size="small" title={t('evaluation.allocation.new')} style={{ marginTop: 16 }} data-testid="allocation-form">
      <Form<AllocationForm>
        form={form}
        layout="vertical"
        size="small"
        onFinish={submit}
        initialValues={{
          kind: 'funding_allocation',
          unit: '万元',
          rule: 'base_plus_performance',
          decimals: 0,
          base: 0.3,
          baseFactor: '',
          factors: [{ name: 'score', weight: 0.6 }, { name: 'area', weight: 0.4 }],
          tiers: [{ fromRank: 1, toRank: 1, amount: 1300 }, { fromRank: 2, toRank: 6, amount: 900 }],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} xl={9}>
            <Form.Item name="name" label={t('evaluation.allocation.name')} rules={[required(t('evaluation.allocation.name'))]}><Input data-testid="alloc-name" /></Form.Item>
            <Space wrap>
              <Form.Item name="kind" label={t('evaluation.allocation.kind')}><Select style={{ width: 120 }} options={['funding_allocation', 'land_quota'].map((k) => ({ value: k, label: t(`evaluation.allocation.${k}`) }))} /></Form.Item>
              <Form.Item name="unit" label={t('evaluation.allocation.unit')} rules={[required(t('evaluation.allocation.unit'))]}><Input style={{ width: 70 }} /></Form.Item>
              <Form.Item name="pool" label={t('evaluation.allocation.pool')} rules={[required(t('evaluation.allocation.pool'))]}><InputNumber min={0} data-testid="alloc-pool" /></Form.Item>
              <Form.Item name="decimals" label={t('evaluation.param.decimals')}><InputNumber min={0} max={6} style={{ width: 70 }} /></Form.Item>
            </Space>
            <Form.Item name="rule" label={t('evaluation.allocation.rule')}>
              <Select data-testid="alloc-rule" options={['base_plus_performance', 'factor_share', 'rank_tiers'].map((k) => ({ value: k, label: t(`evaluation.allocation.${k}`) }))} />
            </Form.Item>
            {rule === 'base_plus_performance' && (
              <Space wrap>
                <Form.Item name="base" label={t('evaluation.allocation.base')}><InputNumber min={0} max={1} step={0.05} /></Form.Item>
                <Form.Item name="baseFactor" label={t('evaluation.param.baseFactor')} tooltip={t('evaluation.allocForm.baseFactorHint')}>
                  <Input style={{ width: 140 }} placeholder={t('evaluation.allocForm.equal')} data-testid="alloc-base-factor" />
                </Form.Item>
              </Space>
            )}
            {rule === 'factor_share' && (
              <Form.Item label={t('evaluation.param.factors')} tooltip={t('evaluation.allocForm.factorsHint')} required>
                <Form.List name="factors" rules={[{ validator: async (_, list) => { if (!list?.length) throw new Error(t('evaluation.allocForm.noFactor')); } }]}>
                  {(fields, { add, remove }, { errors }) => (
                    <>
                      {fields.map((f, i) => (
                        <Space key={f.key} align="baseline">
                          <Form.Item name={[f.name, 'name']} rules={[required(t('evaluation.allocForm.factorName', { n: i + 1 }))]}><Input style={{ width: 120 }} placeholder={t('evaluation.allocForm.factorNamePh')} data-testid={`factor-name-${i}`} /></Form.Item>
                          <Form.Item name={[f.name, 'weight']} rules={[required(t('evaluation.allocForm.factorWeight', { n: i + 1 }))]}><InputNumber min={0} step={0.1} style={{ width: 90 }} placeholder={t('evaluation.weight')} data-testid={`factor-weight-${i}`} /></Form.Item>
                          <Button size="small" onClick={() => remove(f.name)} aria-label={t('evaluation.allocForm.remove')}>−</Button>
                        </Space>
                      ))}
                      <Button size="small" onClick={() => add({ name: '', weight: 0.1 })} data-testid="factor-add">{t('evaluation.allocForm.addFactor')}</Button>
                      <Form.ErrorList errors={errors} />
                    </>
                  )}
                </Form.List>
              </Form.Item>
            )}
            {rule === 'rank_tiers' && (
              <Form.Item label={t('evaluation.param.tiers')} required>
                <Form.List name="tiers">
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((f, i) => (
                        <Space key={f.key} align="baseline">
                          <Form.Item name={[f.name, 'fromRank']} rules={[required(t('evaluation.allocForm.tierFrom', { n: i + 1 }))]}><InputNumber min={1} style={{ width: 70 }} placeholder={t('evaluation.allocForm.from')} /></Form.Item>
                          <Form.Item name={[f.name, 'toRank']} rules={[required(t('evaluation.allocForm.tierTo', { n: i + 1 }))]}><InputNumber min={1} style={{ width: 70 }} placeholder={t('evaluation.allocForm.to')} /></Form.Item>
                          <Form.Item name={[f.name, 'amount']} rules={[required(t('evaluation.allocForm.tierAmount', { n: i + 1 }))]}><InputNumber min={0} style={{ width: 100 }} placeholder={t('evaluation.allocation.amount')} /></Form.Item>
                          <Button size="small" onClick={() => remove(f.name)} aria-label={t('evaluation.allocForm.remove')}>−</Button>
                        </Space>
                      ))}
                      <Button size="small" onClick={() => add({})}>{t('evaluation.allocForm.addTier')}</Button>
                    </>
                  )}
                </Form.List>
              </Form.Item>
            )}
            <Space wrap>
              <Form.Item name="threshold" label={t('evaluation.allocation.threshold')}><InputNumber /></Form.Item>
              <Form.Item name="cap" label={t('evaluation.allocation.cap')}><InputNumber min={0} max={1} step={0.05} /></Form.Item>
              <Form.Item name="floor" label={t('evaluation.allocForm.floor', { unit: values?.unit ?? '' })}><InputNumber min={0} data-testid="alloc-floor" /></Form.Item>
            </Space>
          </Col>
          <Col xs={24} xl={15}>
            <Typography.Text type="secondary">{t('evaluation.allocForm.recipientsHint')}</Typography.Text>
            <Table<ResultZone>
              style={{ marginTop: 8 }}
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={zones}
              data-testid="alloc-recipients"
              columns={[
                { title: t('evaluation.zone'), dataIndex: 'id', render: (code: string) => names[code] ?? code },
                { title: t('evaluation.total'), dataIndex: 'total', align: 'right', render: (v: number, z) => <>{fmt(v)}{!z.eligible && <Typography.Text type="danger"> {t('evaluation.veto')}</Typography.Text>}</> },
                ...columns.map((name) => ({
                  title: name,
                  key: `f-${name}`,
                  width: 120,
                  render: (_: unknown, z: ResultZone) => (
                    <Form.Item name={['values', z.id, name]} noStyle>
                      <InputNumber size="small" min={0} style={{ width: 100 }} aria-label={`${names[z.id] ?? z.id} ${name}`} data-testid={`factor-value-${z.id}-${name}`} />
                    </Form.Item>
                  ),
                })),
                {
                  title: `${t('evaluation.allocForm.preview')}（${values?.unit ?? ''}）`,
                  key: 'preview',
                  align: 'right',
                  render: (_: unknown, z: ResultZone) => preview?.out?.allocations.find((x) => x.id === z.id)?.amount ?? '—',
                },
              ]}
            />
            {preview?.error && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={preview.error} data-testid="alloc-preview-error" />}
            {preview?.out && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="alloc-preview-total">
                {t('evaluation.allocation.totalLine', { total: preview.out.total, unit: values?.unit ?? '', pool: values?.pool })}
              </Typography.Paragraph>
            )}
          </Col>
        </Row>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="alloc-create">{t('evaluation.create')}</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
