import { PlainButton } from './plain';
import { useTranslation } from 'react-i18next';
import { setLargeText, useLargeText } from './large-text';

export function LargeTextSwitch() {
  const { t } = useTranslation();
  const on = useLargeText();
  return (
    <PlainButton size="small" kind={on ? 'primary' : 'default'} tip={t('largeText.hint')} aria-pressed={on} onClick={() => setLargeText(!on)} data-testid="large-text">
      {t('largeText.label')}
    </PlainButton>
  );
}
