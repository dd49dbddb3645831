import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function PageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" className="hl-page-card">
      <Result
        status="error"
        title={t('pages.errorTitle')}
        subTitle={t('pages.errorSub')}
        extra={[
          <Button key="retry" type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>,
          <Button key="reload" onClick={() => window.location.reload()}>
            {t('pages.reload')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary" code copyable style={{ textAlign: 'left', whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {`${error.name}: ${error.message}`}
        </Typography.Paragraph>
      </Result>
    </Card>
  );
}
