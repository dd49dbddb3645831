// 考核方案: peer groups (one per hub type), their criteria, weights and scoring rules; a new
// scheme from JSON; and the AHP helper that turns pairwise judgements into weights (refused
// when the consistency ratio reaches 0.10).
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useUser } from '../core/auth';
import { ahp, type RandomIndexTable } from '../../domain/evaluation/mcdm';
import type { ScoringRule } from '../../contracts/evaluation';
import { SchemePicker, useSchemeChoice } from './shared';
import './evaluation.css';

function ruleText(rule: ScoringRule, t: (k: string) => string): string {
  const name = t(`evaluation.rule.${rule.kind}`);
  const params = Object.entries(rule).filter(([k]) => k !== 'kind').map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : String(v)}`);
  return params.length ? `${name}（${params.join('，')}）` : name;
}

export default function SchemesPage() {
  const { t } = useTranslation();
  const choice = useSchemeChoice();
  const user = useUser();
  const s = choice.chosen;
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <PageHeader
        title={t('evaluation.nav.schemes')}
        extra={
          <Space>
            <SchemePicker {...choice} />
            {user.roles.some((r) => r === 'office' || r === 'admin') && <Button onClick={() => setCreating(true)}>{t('evaluation.newScheme')}</Button>}
          </Space>
        }
      />
      {s && (
        <Row gutter={[16, 16]}>
          {s.definition.groups.map((g) => (
            <Col key={g.id} xs={24} xl={12}>
              <Card size="small" title={<>{g.name} <Tag>{g.id}</Tag></>}>
                <Table
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={g.criteria}
                  columns={[
                    { title: t('evaluation.criterion'), dataIndex: 'name' },
                    { title: t('evaluation.weight'), dataIndex: 'weight', align: 'right', width: 110 },
                    { title: t('evaluation.rules'), key: 'rule', render: (_, c) => <Typography.Text style={{ fontSize: 12 }}>{ruleText(c.rule, t)}</Typography.Text> },
                  ]}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <AhpHelper names={s?.definition.groups[0]?.criteria.map((c) => c.code) ?? ['a', 'b', 'c']} />
      {creating && s && <CreateScheme template={s.definition} onClose={() => { setCreating(false); void choice.schemes.reload(); }} />}
    </div>
  );
}

function CreateScheme({ template, onClose }: { template: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [name, setName] = useState(`${new Date().getFullYear() + 1} 年度枢纽经济区差异化考核`);
  const [json, setJson] = useState(JSON.stringify({ ...(template as object), name: undefined, year: undefined }, null, 2));
  const save = async () => {
    try {
      await api.post('/api/evaluation/schemes', { year, name, definition: JSON.parse(json) });
      onClose();
    } catch (e) {
      message.error(e instanceof SyntaxError ? e.message : errorText(e));
    }
  };
  return (
    <Modal open width={760} title={t('evaluation.newScheme')} onCancel={onClose} onOk={save} okText={t('evaluation.create')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <InputNumber value={year} onChange={(v) => setYear(v ?? year)} addonBefore={t('evaluation.year')} aria-label={t('evaluation.year')} />
          <Input value={name} onChange={(e) => setName(e.target.value)} style={{ width: 420 }} aria-label={t('evaluation.allocation.name')} />
        </Space>
        <Typography.Text type="secondary">{t('evaluation.definition')}</Typography.Text>
        <Input.TextArea rows={16} aria-label={t('evaluation.definition')} value={json} onChange={(e) => setJson(e.target.value)} style={{ fontFamily: 'monospace', fontSize: 12 }} />
      </Space>
    </Modal>
  );
}

const parseJudgement = (s: string): number => {
  const m = s.trim().match(/^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/);
  if (!m) return NaN;
  return m[2] ? Number(m[1]) / Number(m[2]) : Number(m[1]);
};

function AhpHelper({ names }: { names: string[] }) {
  const { t } = useTranslation();
  const [table, setTable] = useState<RandomIndexTable>('saaty');
  const [cells, setCells] = useState<Record<string, string>>({});
  const result = useMemo(() => {
    const comparisons: Record<string, Record<string, number>> = {};
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const v = parseJudgement(cells[`${i}-${j}`] ?? '1');
        if (!(v > 0)) return null;
        (comparisons[names[i]] ??= {})[names[j]] = v;
      }
    try {
      return ahp(comparisons, table, names);
    } catch {
      return null;
    }
  }, [cells, names, table]);
  return (
    <Card size="small" title={t('evaluation.ahp')} style={{ marginTop: 16 }} data-testid="ahp-helper" extra={
      <Space>
        <Typography.Text type="secondary">{t('evaluation.ahpTable')}</Typography.Text>
        <Select value={table} aria-label={t('evaluation.ahpTable')} onChange={setTable} style={{ width: 160 }} options={['saaty', 'donegan_dodd', 'textbook'].map((v) => ({ value: v, label: v }))} />
      </Space>
    }>
      <Typography.Paragraph type="secondary">{t('evaluation.ahpHint')}</Typography.Paragraph>
      <table className="hl-ahp">
        <thead>
          <tr>
            <th />
            {names.map((n) => <th key={n}>{n}</th>)}
            <th>{t('evaluation.ahpWeights')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((a, i) => (
            <tr key={a}>
              <th>{a}</th>
              {names.map((b, j) =>
                j > i ? (
                  <td key={b}><Input size="small" style={{ width: 64 }} value={cells[`${i}-${j}`] ?? '1'} onChange={(e) => setCells({ ...cells, [`${i}-${j}`]: e.target.value })} aria-label={t('evaluation.ahpCell', { a, b })} data-testid={`ahp-${i}-${j}`} /></td>
                ) : (
                  <td key={b} style={{ color: 'rgba(0, 0, 0, 0.62)', textAlign: 'center' }}>{i === j ? '1' : result ? round(result.matrix[i][j], 3) : ''}</td>
                ),
              )}
              <td style={{ textAlign: 'right', fontWeight: 600 }}>{result ? `${round(result.weights[i] * 100, 2)}%` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result && (
        <Alert
          style={{ marginTop: 12 }}
          type={result.acceptable ? 'success' : 'error'}
          showIcon
          data-testid="ahp-cr"
          title={result.acceptable ? t('evaluation.ahpOk', { cr: result.consistencyRatio.toFixed(4) }) : `${t('evaluation.ahpRefused')}（CR = ${result.consistencyRatio.toFixed(4)}，RI = ${result.randomIndex}）${result.worst ? `：${result.worst.a} / ${result.worst.b} = ${round(result.worst.given, 3)} → ≈ ${round(result.worst.implied, 3)}` : ''}`}
        />
      )}
    </Card>
  );
}
const round = (x: number, d: number) => String(Math.round(x * 10 ** d) / 10 ** d);
