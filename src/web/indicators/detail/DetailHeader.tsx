// The indicator's name, status and owner, and what can be done with it: refresh, export, the
// engine's input, and (office) the editors.
import { App, Button, Dropdown, Popover, Space, Typography } from 'antd';
import { CodeOutlined, DownOutlined, EditOutlined, FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../core/api';
import { useErrorText } from '../../core/errors';
import { useIndicatorFormat } from '../format';
import { StatusBadge } from '../parts';
import type { Editor, LoadedDetail } from './useIndicatorDetail';

function saveBlob(data: BlobPart, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DetailHeader({ data }: { data: LoadedDetail }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { d, zone, name, status, unitName, office, detail, setEditor } = data;

  const downloadInput = async () => {
    if (!zone) return;
    try {
      const input = await api.get<unknown>(`/api/indicators/${d.id}/status-input`, { query: { zoneId: zone.zoneId } });
      saveBlob(JSON.stringify(input, null, 2), 'application/json', `${d.code}-status-input.json`);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <div className="hl-ind-head">
      <div style={{ minWidth: 0 }}>
        <div className="hl-ind-head-title">
          {/* The detail view replaces the overview: its title is the page's one level-one heading. */}
          <Typography.Title level={1} className="hl-page-title">
            {d.number ? `${d.number}. ` : ''}
            {name}
          </Typography.Title>
          <span data-testid="indicator-status">
            <StatusBadge status={status} size="large" />
          </span>
        </div>
        <div className="hl-ind-sub" style={{ marginTop: 6, fontSize: 13 }}>
          <span className="hl-mono">{d.code}</span>
          {d.plan && <span> · {d.plan.title}</span>}
          {d.category && <span> · {d.category}</span>}
          <span> · {t(`indicators.frequency.${d.frequency}`)}</span>
          {f.unit(d.unit) && <span> · {t('indicators.detail.unitOf', { unit: f.unit(d.unit) })}</span>}
          <span> · {unitName ? t('indicators.detail.owner', { unit: unitName }) : t('indicators.noOwner')}</span>
        </div>
      </div>
      <Space wrap style={{ flex: 'none' }}>
        <Button icon={<ReloadOutlined />} onClick={() => void detail.reload()} aria-label={t('common.refresh')} />
        <Button icon={<FileExcelOutlined />} href={`/api/indicators/${d.id}/export.xlsx`} download>
          {t('indicators.detail.export')}
        </Button>
        <Popover
          title={t('indicators.detail.inputTitle')}
          content={
            <div style={{ maxWidth: 340 }}>
              <Typography.Paragraph style={{ marginBottom: 8 }}>{t('indicators.detail.inputNote')}</Typography.Paragraph>
              <Typography.Text code copyable>{`npx hubline indicator-status ${d.code}-status-input.json`}</Typography.Text>
            </div>
          }
        >
          <Button icon={<CodeOutlined />} onClick={() => void downloadInput()} disabled={!zone} data-testid="download-input">
            {t('indicators.detail.input')}
          </Button>
        </Popover>
        {office && (
          <Dropdown
            menu={{
              items: [
                { key: 'meta', label: t('indicators.edit.meta') },
                { key: 'targets', label: t('indicators.edit.targets') },
                { key: 'milestones', label: t('indicators.edit.milestones') },
              ],
              onClick: ({ key }) => setEditor(key as Editor),
            }}
          >
            <Button type="primary" icon={<EditOutlined />}>
              {t('common.edit')} <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
    </div>
  );
}
