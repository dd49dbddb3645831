import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, useLanguage, type Language } from './i18n';

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('lang.label')}
      value={lang}
      onChange={setLanguage}
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}
