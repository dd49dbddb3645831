// 数据填报: the page is its layout; what it knows and does is in entry/useEntryData.ts.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../core/PageHeader';
import { EntryTable } from './entry/EntryTable';
import { EntryToolbar } from './entry/EntryToolbar';
import { ImportPanel } from './entry/ImportPanel';
import { MissingPanel } from './entry/MissingPanel';
import { RevisePanel } from './entry/RevisePanel';
import { SubmitBar } from './entry/SubmitBar';
import { useEntryData } from './entry/useEntryData';
import { useNames } from '../org/names';
import './indicators.css';

export default function EntryPage() {
  const { t } = useTranslation();
  const data = useEntryData();
  const name = useNames();
  const { revising, endRevise, finishRevise, setReviseDirty, reloadAll, canWrite, user, missing, office, year, rows } = data;

  if (revising)
    return (
      <Card variant="borderless" className="hl-page-card">
        <RevisePanel
          row={revising}
          onBack={endRevise}
          onDirty={setReviseDirty}
          onDone={() => {
            finishRevise();
            void reloadAll();
          }}
        />
      </Card>
    );

  return (
    <Card variant="borderless" className="hl-page-card">
      <PageHeader
        title={t('indicators.entry.title')}
        description={t(canWrite ? 'indicators.entry.description' : 'indicators.entry.descriptionReadOnly', { unit: name(user?.unitName, user?.unitId) ?? '' })}
      />
      <EntryToolbar data={data} />
      <ImportPanel data={data} />
      <MissingPanel list={missing.data ?? []} loading={missing.loading} office={office} year={year} />
      <div>
        <EntryTable data={data} />
        {canWrite && rows.length > 0 && <SubmitBar data={data} />}
      </div>
    </Card>
  );
}
