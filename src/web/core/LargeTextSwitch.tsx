import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLargeText, useLargeText } from './large-text';

export function LargeTextSwitch() {
  const { t } = useTranslation();
  const on = useLargeText();
  return (
    <Tooltip title={t('largeText.hint')}>
      <Button size="small" type={on ? 'primary' : 'default'} aria-pressed={on} onClick={() => setLargeText(!on)} data-testid="large-text">
        {t('largeText.label')}
      </Button>
    </Tooltip>
  );
}
