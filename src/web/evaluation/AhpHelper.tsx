// The AHP helper: pairwise judgements (1–9 scale, 1/3 allowed) → weights by the principal
// eigenvector, the consistency ratio with the named random-index table; CR ≥ 0.10 is refused. In
// the scheme form it applies its weights to a group.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ahp, type AhpResult, type RandomIndexTable } from '../../domain/evaluation/mcdm';
import './evaluation.css';

const parseJudgement = (s: string): number => {
  const m = s.trim().match(/^(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?$/);
  if (!m) return NaN;
  return m[2] ? Number(m[1]) / Number(m[2]) : Number(m[1]);
};

export function AhpHelper({ names, onApply, testPrefix = 'ahp-', title }: { names: string[]; onApply?: (r: AhpResult) => void; testPrefix?: string; title?: string }) {
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
    <Card size="small" title={title ?? t('evaluation.ahp')} style={{ marginTop: 16 }} data-testid={`${testPrefix}helper`} extra={
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
                  <td key={b}><Input size="small" style={{ width: 64 }} value={cells[`${i}-${j}`] ?? '1'} onChange={(e) => setCells({ ...cells, [`${i}-${j}`]: e.target.value })} aria-label={t('evaluation.ahpCell', { a, b })} data-testid={`${testPrefix}${i}-${j}`} /></td>
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
          data-testid={`${testPrefix}cr`}
          title={result.acceptable ? t('evaluation.ahpOk', { cr: result.consistencyRatio.toFixed(4) }) : `${t('evaluation.ahpRefused')}（CR = ${result.consistencyRatio.toFixed(4)}，RI = ${result.randomIndex}）${result.worst ? `：${result.worst.a} / ${result.worst.b} = ${round(result.worst.given, 3)} → ≈ ${round(result.worst.implied, 3)}` : ''}`}
        />
      )}
      {onApply && (
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" disabled={!result?.acceptable} onClick={() => result && onApply(result)} data-testid={`${testPrefix}apply`}>
            {t('evaluation.schemeForm.ahpApply')}
          </Button>
          {result && !result.acceptable && <Typography.Text type="danger">{t('evaluation.schemeForm.ahpApplyRefused')}</Typography.Text>}
        </Space>
      )}
    </Card>
  );
}
const round = (x: number, d: number) => String(Math.round(x * 10 ** d) / 10 ** d);
