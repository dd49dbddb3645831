// Above the form: which year and unit, which rows, and the template / upload / refresh buttons.
import { Button, Segmented, Select, Upload } from 'antd';
import { CloudUploadOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat } from '../format';
import { THIS_YEAR } from './model';
import type { EntryData } from './useEntryData';

export function EntryToolbar({ data }: { data: EntryData }) {
  const { t } = useTranslation();
  const f = useIndicatorFormat();
  const { year, changeYear, office, unitId, setUnitId, units, view, setView, counts, templateUrl, canWrite, upload, busy, reloadAll, form } = data;
  // While the rows load a count of 0 would read as a result: the counts wait for the rows.
  const n = (k: keyof typeof counts) => (form.data ? counts[k] : '…');
  return (
    <div className="hl-toolbar">
      <Select
        value={year}
        onChange={changeYear}
        // In em, so 2026年 still fits when the large-text mode enlarges it.
        style={{ width: '9em' }}
        options={[THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({ value: y, label: t('indicators.entry.yearOption', { year: y }) }))}
        aria-label={t('indicators.entry.year')}
      />
      {office && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('indicators.entry.allUnits')} aria-label={t('indicators.entry.allUnits')}
          style={{ width: 200 }}
          value={unitId}
          onChange={setUnitId}
          options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: f.en && u.nameEn ? u.nameEn : u.name }))}
        />
      )}
      <Segmented
        data-testid="entry-view"
        value={view}
        onChange={(v) => setView(v as typeof view)}
        options={[
          { value: 'all', label: t('indicators.entry.viewAll', { count: n('all') }) },
          { value: 'open', label: t('indicators.entry.viewOpen', { count: n('open') }) },
          { value: 'done', label: t('indicators.entry.viewDone', { count: n('done') }) },
        ]}
      />
      <div style={{ flex: 1 }} />
      <Button icon={<DownloadOutlined />} href={templateUrl} download data-testid="download-template">
        {t('indicators.entry.template')}
      </Button>
      {canWrite && (
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<CloudUploadOutlined />} loading={busy === 'upload'} data-testid="upload-file">
            {t('indicators.entry.upload')}
          </Button>
        </Upload>
      )}
      <Button icon={<ReloadOutlined />} onClick={() => void reloadAll()} aria-label={t('common.refresh')} />
    </div>
  );
}
