// 考核方案: peer groups (one per hub type), their criteria, weights and scoring rules; a new
// scheme or a draft edited in a form (SchemeEditor); and the AHP helper that turns pairwise judgements into weights (refused
// when the consistency ratio reaches 0.10).
import { useState } from 'react';
import { Button, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../core/PageHeader';
import { useUser } from '../core/auth';
import { AhpHelper } from './AhpHelper';
import { SchemeEditor } from './SchemeEditor';
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
  // The form editor: a new scheme (from the chosen one as a template) or the chosen draft.
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  return (
    <div>
      <PageHeader
        title={t('evaluation.nav.schemes')}
        extra={
          <Space>
            <SchemePicker {...choice} />
            {office && s?.state === 'draft' && <Button onClick={() => setEditing('edit')} data-testid="scheme-edit">{t('evaluation.schemeForm.edit')}</Button>}
            {office && <Button onClick={() => setEditing('new')} data-testid="scheme-new">{t('evaluation.newScheme')}</Button>}
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
      {editing && s && (
        <SchemeEditor
          scheme={editing === 'edit' ? s : null}
          template={s.definition}
          onClose={async (id) => {
            setEditing(null);
            if (id) {
              await choice.schemes.reload();
              choice.choose(id);
            }
          }}
        />
      )}
    </div>
  );
}

