// The one Excel export button of the table screens: it downloads `<list>.xlsx` (the server's
// twin of a JSON list route, src/server/core/xlsx-route.ts) with the page's current filters and
// the reader's language, so the file holds exactly the rows the table shows the user.
import { Button, Tooltip } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

type QueryValue = string | number | boolean | null | undefined;

/** `/api/reports` + filters → `/api/reports.xlsx?status=…&lang=zh-CN` (empty filters left out). */
export function exportUrl(list: string, query: Record<string, QueryValue> = {}, lang = 'zh-CN'): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  params.set('lang', lang.startsWith('zh') ? 'zh-CN' : 'en');
  return `${list}.xlsx?${params.toString()}`;
}

export function ExportButton({ list, query, disabled }: { list: string; query?: Record<string, QueryValue>; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Tooltip title={t('common.exportXlsxHint')}>
      <Button icon={<FileExcelOutlined />} href={disabled ? undefined : exportUrl(list, query, i18n.language)} download disabled={disabled} data-testid="export-xlsx">
        {t('common.exportXlsx')}
      </Button>
    </Tooltip>
  );
}
