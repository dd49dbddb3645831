// Below the form: save the typed values as drafts, discard drafts, submit the selected rows.
import { Button, Popconfirm, Space, Typography } from 'antd';
import { DeleteOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EntryData } from './useEntryData';

export function SubmitBar({ data }: { data: EntryData }) {
  const { t } = useTranslation();
  const { dirtyRows, discardable, discard, busy, save, selectedCount, submit } = data;
  return (
    <div className="hl-pager" style={{ justifyContent: 'space-between' }}>
      <Typography.Text type="secondary">
        {dirtyRows.length ? t('indicators.entry.unsavedCount', { count: dirtyRows.length }) : t('indicators.entry.flowHint')}
      </Typography.Text>
      <Space wrap>
        <Popconfirm
          title={t('indicators.entry.discardConfirmTitle', { count: discardable })}
          description={t('indicators.entry.discardConfirm')}
          okText={t('indicators.entry.discard')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => discard()}
          disabled={!discardable}
        >
          <Button danger icon={<DeleteOutlined />} loading={busy === 'discard'} disabled={!discardable} data-testid="discard-selected">
            {t('indicators.entry.discardSelected', { count: discardable })}
          </Button>
        </Popconfirm>
        <Button icon={<SaveOutlined />} onClick={() => void save()} loading={busy === 'save'} disabled={!dirtyRows.length} data-testid="save-drafts">
          {t('indicators.entry.save')}
        </Button>
        <Popconfirm
          title={t('indicators.entry.submitConfirmTitle', { count: selectedCount })}
          description={t('indicators.entry.submitConfirm')}
          okText={t('indicators.entry.submit')}
          // Keyboard users land on the confirmation, not behind it (Enter confirms, Esc cancels).
          okButtonProps={{ autoFocus: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => submit()}
          disabled={!selectedCount}
        >
          <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} disabled={!selectedCount} data-testid="submit-selected">
            {t('indicators.entry.submitSelected', { count: selectedCount })}
          </Button>
        </Popconfirm>
      </Space>
    </div>
  );
}
