import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../core/api';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import type { Todo } from '../../contracts/delivery';
import { LateTag } from './parts';

const KIND_COLOR: Record<Todo['kind'], string> = { report: 'blue', notice: 'volcano', measure: 'purple', indicator: 'cyan', observation: 'geekblue' };

/** 我的待办: everything the caller has to do next, by due date. */
export default function TodoPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const todos = useRemote(() => api.get<Todo[]>('/api/todo'));
  return (
    <>
      <PageHeader title={t('delivery.todo.title')} description={t('delivery.todo.desc')} />
      <Card>
        <Table<Todo>
          rowKey={(r) => `${r.kind}:${r.id}`}
          loading={todos.loading}
          dataSource={todos.data}
          locale={{ emptyText: t('delivery.todo.empty') }}
          pagination={{ pageSize: 20 }}
          data-testid="todo-table"
          columns={[
            { title: t('delivery.col.kind'), dataIndex: 'kind', width: 110, render: (k: Todo['kind'], r) => <Tag color={KIND_COLOR[k]}>{t(`delivery.todo.kind.${k === 'observation' && r.status === 'approved' ? 'observationAccept' : k}`)}</Tag> },
            { title: t('delivery.col.title'), dataIndex: 'title', render: (v: string, r) => <Typography.Link onClick={() => navigate(r.link)}>{v}</Typography.Link> },
            { title: t('delivery.col.due'), dataIndex: 'dueOn', width: 120, render: (v: string | null) => v ?? '—' },
            { title: t('delivery.col.status'), dataIndex: 'status', width: 150, render: (s: string, r) => (r.kind === 'notice' ? t(`supervision.state.${s}`) : r.kind === 'indicator' ? t(`delivery.todo.data.${s}`, s) : r.kind === 'observation' ? t(`delivery.todo.review.${s}`, s) : t(`delivery.state.${s}`)) },
            { title: '', dataIndex: 'late', width: 70, render: (l: boolean) => <LateTag late={l} /> },
          ]}
        />
      </Card>
    </>
  );
}
