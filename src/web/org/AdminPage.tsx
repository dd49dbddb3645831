// The one shape of the 系统管理 pages (zones, units, users, tokens): a header with its
// create button, a toolbar (the page's filters, then refresh), the load error, the table,
// and one editor modal whose save, conflict reload and field errors are handled here once.
import { useState, type ReactNode } from 'react';
import { App, Button, Card, Form, Modal, Popconfirm, Select, Table, Typography, type FormInstance, type TableProps } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText, useSaveFailure } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import type { Remote } from '../core/useRemote';


/**
 * The editor of one row kind: `editing` is undefined while closed, null while creating, the
 * row while editing it. `save` validates, sends, reports, reloads; a 409 reloads the row into
 * the open editor; field errors land on their fields.
 */
export function useAdminEditor<Row extends { id: string }, Values>(opts: {
  form: FormInstance<Values>;
  remote: Remote<Row[]>;
  fields: readonly string[];
  /** The form's values for a row, or for a new one. */
  fill: (row: Row | null) => void;
  /** Sends the form's values: create when `row` is null. `false`: the page says what happened itself (e.g. a secret shown once). */
  send: (values: Values, row: Row | null) => Promise<false | void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveFailed = useSaveFailure();
  const [editing, setEditing] = useState<Row | null | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const { form, remote, fields, fill, send } = opts;

  const open = (row: Row | null) => {
    setEditing(row);
    form.resetFields();
    fill(row);
  };
  const close = () => setEditing(undefined);

  /** After a conflict: the row as it is now, in the table and in the open editor. */
  const reloadRow = async (id: string) => {
    const fresh = (await remote.reload())?.find((r) => r.id === id);
    if (fresh) {
      setEditing((cur) => (cur && cur.id === id ? fresh : cur));
      fill(fresh);
    }
  };

  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      if ((await send(v, editing ?? null)) !== false) message.success(editing ? t('common.saved') : t('common.created'));
      close();
      await remote.reload();
    } catch (e) {
      await saveFailed(e, { form, fields, onConflict: () => (editing ? reloadRow(editing.id) : Promise.resolve()) });
    } finally {
      setSaving(false);
    }
  };

  /** A one-field change from the table (activate, deactivate): a conflict reloads the list. */
  const quick = async (action: () => Promise<unknown>) => {
    try {
      await action();
      message.success(t('common.saved'));
      await remote.reload();
    } catch (e) {
      await saveFailed(e, { onConflict: () => remote.reload() });
    }
  };

  return { editing, saving, open, close, save, quick };
}

/** What the page needs of `useAdminEditor`, whatever the row kind it edits. */
interface EditorState {
  editing: unknown;
  saving: boolean;
  open: (row: null) => void;
  close: () => void;
  save: () => void;
}

/** The list rows' pages of 20 with a size changer and the count, unless a page says otherwise. */
const usePagination = () => {
  const { t } = useTranslation();
  return { defaultPageSize: 20, showSizeChanger: true, showTotal: (n: number) => t('common.total', { count: n }) };
};

export function AdminPage<Row extends object, Values extends object>(props: {
  title: string;
  description: ReactNode;
  createLabel: string;
  remote: { data: unknown; error: unknown; loading: boolean; reload: () => Promise<unknown> };
  /** The page's filters, before the refresh button. */
  filters?: ReactNode;
  /** Buttons after the refresh button. */
  actions?: ReactNode;
  table: Omit<TableProps<Row>, 'loading' | 'size'>;
  tableTestId?: string;
  editor: {
    state: EditorState;
    form: FormInstance<Values>;
    /** The modal's title when creating and when editing a row. */
    titles: [create: string, edit: string];
    width: number;
    okText?: string;
    children: ReactNode;
  };
  /** Anything else the page shows (e.g. a secret shown once). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const pagination = usePagination();
  const { remote, editor } = props;
  const { state } = editor;
  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={props.title}
        description={props.description}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => state.open(null)}>
            {props.createLabel}
          </Button>
        }
      />
      <div className="hl-toolbar">
        {props.filters}
        <Button icon={<ReloadOutlined />} onClick={() => void remote.reload()}>
          {t('common.refresh')}
        </Button>
        {props.actions}
      </div>
      {remote.error != null && !remote.data && <Typography.Paragraph type="danger">{t('common.loadFailed', { message: errorText(remote.error) })}</Typography.Paragraph>}
      <Table<Row> rowKey="id" size="middle" loading={remote.loading} pagination={pagination} {...props.table} data-testid={props.tableTestId} />
      <Modal
        open={state.editing !== undefined}
        title={state.editing ? editor.titles[1] : editor.titles[0]}
        okText={editor.okText ?? t('common.save')}
        cancelText={t('common.cancel')}
        onOk={state.save}
        confirmLoading={state.saving}
        onCancel={state.close}
        mask={{ closable: false }}
        width={editor.width}
        forceRender
      >
        <Form<Values> form={editor.form} layout="vertical" style={{ marginTop: 16 }}>
          {editor.children}
        </Form>
      </Modal>
      {props.children}
    </Card>
  );
}

/** Active, inactive or all rows: the status filter of the users and units pages. */
export type ActiveFilter = 'all' | 'active' | 'inactive';
export const matchesActive = (filter: ActiveFilter, active: boolean) => filter === 'all' || (filter === 'active') === active;
export function ActiveFilterSelect({ value, onChange, label }: { value: ActiveFilter; onChange: (v: ActiveFilter) => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <Select<ActiveFilter>
      style={{ width: 120 }}
      value={value}
      onChange={onChange}
      aria-label={label ?? t('common.status')}
      options={[
        { value: 'all', label: t('common.statusAll') },
        { value: 'active', label: t('common.active') },
        { value: 'inactive', label: t('common.inactive') },
      ]}
    />
  );
}

/**
 * Deactivate (after a confirmation) or activate a row from the table: units and users.
 * `locked` keeps the deactivate button disabled (e.g. one's own account).
 */
export function ActiveToggle(props: { active: boolean; confirm: string; labels: [activate: string, deactivate: string]; onChange: (active: boolean) => void; locked?: boolean }) {
  const { t } = useTranslation();
  if (!props.active)
    return (
      <Button type="link" size="small" onClick={() => props.onChange(true)}>
        {props.labels[0]}
      </Button>
    );
  return (
    <Popconfirm title={props.confirm} onConfirm={() => props.onChange(false)} okText={t('common.ok')} cancelText={t('common.cancel')}>
      <Button type="link" size="small" danger disabled={props.locked}>
        {props.labels[1]}
      </Button>
    </Popconfirm>
  );
}
