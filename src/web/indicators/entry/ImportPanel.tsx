// What the last upload did: how many values it brought in, or every row it refused and why.
import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError, ErrorDetail } from '../../core/api';
import type { EntryData } from './useEntryData';

export function ImportPanel({ data }: { data: EntryData }) {
  const { t } = useTranslation();
  const { imported, setImported } = data;
  return (
    <>
      {imported?.result && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setImported(null) }}
          style={{ marginBottom: 16 }}
          title={t('indicators.entry.importedTitle', { file: imported.file })}
          description={t('indicators.entry.importedBody', { ...imported.result })}
          data-testid="import-result"
        />
      )}
      {imported?.error && <ImportErrors file={imported.file} error={imported.error} onClose={() => setImported(null)} />}
    </>
  );
}

function ImportErrors({ file, error, onClose }: { file: string; error: ApiError; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const details = error.details;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      title={t('indicators.entry.importFailed', { file })}
      data-testid="import-errors"
      description={
        details.length ? (
          <>
            <div style={{ marginBottom: 8 }}>{t('indicators.entry.importFailedBody', { count: details.length })}</div>
            <Table<ErrorDetail>
              size="small"
              rowKey={(d, i) => `${d.row}-${d.cell}-${i}`}
              pagination={details.length > 10 ? { pageSize: 10, size: 'small' } : false}
              dataSource={details}
              columns={[
                { title: t('indicators.entry.errRow'), dataIndex: 'row', width: 70 },
                { title: t('indicators.entry.errCell'), dataIndex: 'cell', width: 90, render: (c?: string) => (c ? <Typography.Text code>{c}</Typography.Text> : '—') },
                { title: t('indicators.entry.errMessage'), key: 'm', render: (_, d) => (en ? d.messageEn : d.message).replace(/^第\d+行（[A-Z]+\d+）：|^Row \d+ \([A-Z]+\d+\): /, '') },
              ]}
            />
          </>
        ) : (
          error.text(i18n.language)
        )
      }
    />
  );
}
