import { useTranslation } from 'react-i18next';
import { Choice } from './Choice';
import { setLanguage, useLanguage, type Language } from './i18n';

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Choice<Language>
      size={size}
      label={t('lang.label')}
      value={lang}
      onChange={setLanguage}
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}
