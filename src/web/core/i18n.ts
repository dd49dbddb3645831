// Chinese is the working language of the offices using Hubline; English is for the
// partners and reviewers who read along. Every visible string comes from src/web/i18n.
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Locale } from 'antd/es/locale';
// antd's own default locale: ConfigProvider brings it to every page anyway, so it is not lazy.
import enUSAntd from 'antd/es/locale/en_US';
import { BORROWS } from './word-borrows';

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
// fetches the core words of the reader's language only; the signed-in shell the menu words of
// every module and the words of the data's codes (`loadShellWords`); a module's page the rest of
// its module's words (src/web/<module>/i18n.<lang>.json, kept beside their pages so modules can be
// built in parallel), one chunk per module and language (`loadModuleWords`).
type Dict = Record<string, unknown>;
const coreWords: Record<Language, () => Promise<Dict>> = {
  'zh-CN': () => import('../i18n/zh-CN.json').then((m) => m.default),
  en: () => import('../i18n/en.json').then((m) => m.default),
};
const shellWords: Record<Language, () => Promise<Dict>> = {
  'zh-CN': () => import('../i18n/modules.zh-CN').then((m) => m.default),
  en: () => import('../i18n/modules.en').then((m) => m.default),
};
const moduleFiles: Record<Language, Record<string, () => Promise<Dict>>> = {
  'zh-CN': import.meta.glob<Dict>('../*/i18n.zh-CN.json', { import: 'default' }),
  en: import.meta.glob<Dict>('../*/i18n.en.json', { import: 'default' }),
};
// ESM builds (antd/es): the CommonJS antd/locale files would bring a second copy of the picker locales.
const antdLocales: Record<Language, () => Promise<Locale>> = {
  'zh-CN': () => Promise.all([import('antd/es/locale/zh_CN'), import('dayjs/locale/zh-cn')]).then(([m]) => m.default),
  en: () => import('dayjs/locale/en').then(() => enUSAntd),
};
const loadedAntd: Partial<Record<Language, Locale>> = {};
const loading = new Map<string, Promise<void>>();
let shellWanted = false;
/** The modules whose words were asked for: a change of language loads them again in the new one. */
const modulesWanted = new Set<string>();

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

function loadShell(lang: Language): Promise<void> {
  return Promise.all(
    withFallback(lang).map((l) =>
      once(`shell:${l}`, async () => {
        i18n.addResourceBundle(l, 'translation', await shellWords[l](), true, false);
      }),
    ),
  ).then(() => undefined);
}

function loadModules(lang: Language, modules: Iterable<string>): Promise<void> {
  return Promise.all(
    [...modules].flatMap((m) =>
      withFallback(lang).map((l) => {
        const file = moduleFiles[l][`../${m}/i18n.${l}.json`];
        // A module without words of its own (org: its words are core words) has nothing to load.
        if (!file) return undefined;
        // Not overwriting: the words of the data's codes, loaded with the shell, win (as before
        // the split, where they were merged last).
        return once(`module:${m}:${l}`, async () => {
          i18n.addResourceBundle(l, 'translation', await file(), true, false);
        });
      }),
    ),
  ).then(() => undefined);
}

// Before i18next has settled its language (App.tsx asks for the shell's words while the core
// words are still on their way), the stored choice is the one it is settling on.
const currentLanguage = (): Language => ((i18n.language ?? storedLanguage()) === 'en' ? 'en' : 'zh-CN');

/** The shell's words in the current language: the menu of every module and the codes' words. */
export function loadShellWords(): Promise<void> {
  shellWanted = true;
  return loadShell(currentLanguage());
}

/** The words of a module's pages (src/web/<module>/), with those of the modules it borrows from. */
export function loadModuleWords(module: string): Promise<void> {
  const modules = [module, ...(BORROWS[module] ?? [])];
  for (const m of modules) modulesWanted.add(m);
  return loadModules(currentLanguage(), modules);
}

/** Resolves when the first page's words are in: render after it. */
export const i18nReady: Promise<void> = (async () => {
  const lang = storedLanguage();
  const started = i18n.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: lang,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  // The words' download starts now, not once init's promise has settled: after it, a cold load
  // asked for them about a second after the first chunk was in, later than the login chunk
  // (issue 10). init sets up the store synchronously, so the bundle has a place when it arrives.
  await Promise.all([started, loadCore(lang)]);
  applyToDocument(lang);
})();

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* the choice then lasts for this page only */
  }
  void Promise.all([loadCore(lang), shellWanted ? loadShell(lang) : undefined, loadModules(lang, modulesWanted)])
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
