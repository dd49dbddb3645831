import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

// One broken page must not blank the whole shell: the menu and header stay usable.
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page error', error, info.componentStack);
  }

  render() {
    if (this.state.error) return <PageError error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function PageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
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
