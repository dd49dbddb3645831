import { useTranslation } from 'react-i18next';
import { Spinner } from './plain';

/** The spinner a page shows while its code or the session loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="hl-page-loading">
      <Spinner size="large" tip={t('common.loading')} />
    </div>
  );
}
