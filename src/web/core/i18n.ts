// Chinese is the working language of the offices using Hubline; English is for the
// partners and reviewers who read along. Every visible string comes from src/web/i18n.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Locale } from 'antd/es/locale';
// antd's own default locale: ConfigProvider brings it to every page anyway, so it is not lazy.
import enUSAntd from 'antd/es/locale/en_US';

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

// The words load on demand (issue 10: a first page under 250 KB gzipped): the first page
// fetches the core words of the reader's language only; the modules' words (src/web/<module>/
// i18n.<lang>.json, kept beside their pages so modules can be built in parallel) come with the
// signed-in shell (`loadModuleWords`). Each language's module words are one chunk.
type Dict = Record<string, unknown>;
const coreWords: Record<Language, () => Promise<Dict>> = {
  'zh-CN': () => import('../i18n/zh-CN.json').then((m) => m.default),
  en: () => import('../i18n/en.json').then((m) => m.default),
};
const moduleWords: Record<Language, () => Promise<Dict>> = {
  'zh-CN': () => import('../i18n/modules.zh-CN').then((m) => m.default),
  en: () => import('../i18n/modules.en').then((m) => m.default),
};
// ESM builds (antd/es): the CommonJS antd/locale files would bring a second copy of the picker locales.
const antdLocales: Record<Language, () => Promise<Locale>> = {
  'zh-CN': () => Promise.all([import('antd/es/locale/zh_CN'), import('dayjs/locale/zh-cn')]).then(([m]) => m.default),
  en: () => import('dayjs/locale/en').then(() => enUSAntd),
};
const loadedAntd: Partial<Record<Language, Locale>> = {};
const loading = new Map<string, Promise<void>>();
let modulesWanted = false;

function once(key: string, load: () => Promise<void>): Promise<void> {
  let p = loading.get(key);
  if (!p) {
    // A failed load (a network blip) may be tried again.
    p = load().catch((e: unknown) => {
      loading.delete(key);
      throw e;
    });
    loading.set(key, p);
  }
  return p;
}

// Chinese is the fallback for a key missing in English, so English readers load it too.
const withFallback = (lang: Language): Language[] => (lang === 'en' ? ['en', 'zh-CN'] : ['zh-CN']);

function loadCore(lang: Language): Promise<void> {
  return Promise.all(
    withFallback(lang).map((l) =>
      once(`core:${l}`, async () => {
        const [dict, locale] = await Promise.all([coreWords[l](), antdLocales[l]()]);
        i18n.addResourceBundle(l, 'translation', dict, true, false);
        loadedAntd[l] = locale;
      }),
    ),
  ).then(() => undefined);
}

function loadModules(lang: Language): Promise<void> {
  return Promise.all(
    withFallback(lang).map((l) =>
      once(`modules:${l}`, async () => {
        i18n.addResourceBundle(l, 'translation', await moduleWords[l](), true, false);
      }),
    ),
  ).then(() => undefined);
}

/** The modules' words in the current language: the shell and every module page need them. */
export function loadModuleWords(): Promise<void> {
  modulesWanted = true;
  return loadModules(i18n.language === 'en' ? 'en' : 'zh-CN');
}

/** Resolves when the first page's words are in: render after it. */
export const i18nReady: Promise<void> = (async () => {
  const lang = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: lang,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  await loadCore(lang);
  applyToDocument(lang);
})();

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* the choice then lasts for this page only */
  }
  void Promise.all([loadCore(lang), modulesWanted ? loadModules(lang) : undefined])
    .then(async () => {
      await i18n.changeLanguage(lang);
      applyToDocument(lang);
    });
}

export function antdLocale(lang: string): Locale | undefined {
  return loadedAntd[lang === 'en' ? 'en' : 'zh-CN'];
}

/** The current language, narrowed to the two Hubline knows. */
export function useLanguage(): Language {
  const { i18n: inst } = useTranslation();
  return inst.language === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
