import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** The spinner a page shows while its code or the session loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="hl-page-loading">
      <Spin size="large" tip={t('common.loading')}>
        <div style={{ width: 200, height: 80 }} />
      </Spin>
    </div>
  );
}
