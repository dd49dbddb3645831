import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

/** What a module shows until it is built: a plain statement, no placeholder content. */
export function NotAvailable({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" className="hl-page-card">
      <Result status="info" title={<h1 className="hl-result-title">{t('pages.notAvailable')}</h1>} subTitle={t('pages.notAvailableSub', { module: t(label) })} />
    </Card>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Card variant="borderless" className="hl-page-card">
      <Result
        status="404"
        title={<h1 className="hl-result-title">{t('pages.notFound')}</h1>}
        subTitle={t('pages.notFoundSub', { path: pathname })}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('pages.backHome')}
          </Button>
        }
      />
    </Card>
  );
}

export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card variant="borderless" className="hl-page-card">
      <Result
        status="403"
        title={<h1 className="hl-result-title">{t('pages.forbidden')}</h1>}
        subTitle={t('pages.forbiddenSub')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('pages.backHome')}
          </Button>
        }
      />
    </Card>
  );
}
