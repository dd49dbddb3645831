// Chinese is the working language of the offices using Hubline; English is for the
// partners and reviewers who read along. Every visible string comes from src/web/i18n.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { Locale } from 'antd/es/locale';
// ESM builds (antd/es): the CommonJS antd/locale files would bring a second copy of the picker locales.
import zhCNAntd from 'antd/es/locale/zh_CN';
import enUSAntd from 'antd/es/locale/en_US';
import zhCN from '../i18n/zh-CN.json';
import en from '../i18n/en.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'hubline.language';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'zh-CN' || v === 'en') return v;
  } catch {
    /* storage blocked (private mode, policy): fall back to Chinese */
  }
  return 'zh-CN';
}

function applyToDocument(lang: Language) {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  document.title = i18n.t('app.documentTitle');
}

// Each module keeps its own words beside its pages (src/web/<module>/i18n.zh-CN.json and
// i18n.en.json) so that modules can be built in parallel; they are merged here.
type Dict = Record<string, unknown>;
const moduleFiles = import.meta.glob<Dict>('../*/i18n.*.json', { eager: true, import: 'default' });
function withModules(base: Dict, lang: Language): Dict {
  const out: Dict = { ...base };
  for (const [path, dict] of Object.entries(moduleFiles)) if (path.endsWith(`i18n.${lang}.json`)) Object.assign(out, dict);
  return out;
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: withModules(zhCN, 'zh-CN') }, en: { translation: withModules(en, 'en') } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
applyToDocument(i18n.language as Language);

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* the choice then lasts for this page only */
  }
  void i18n.changeLanguage(lang).then(() => applyToDocument(lang));
}

export function antdLocale(lang: string): Locale {
  return lang === 'en' ? enUSAntd : zhCNAntd;
}

/** The current language, narrowed to the two Hubline knows. */
export function useLanguage(): Language {
  const { i18n: inst } = useTranslation();
  return inst.language === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
