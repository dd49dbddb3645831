// Every module's words in one language, merged into one chunk loaded with the signed-in shell
// (core/i18n.ts loadModuleWords).
const files = import.meta.glob<Record<string, unknown>>('../*/i18n.zh-CN.json', { eager: true, import: 'default' });
const words: Record<string, unknown> = {};
for (const dict of Object.values(files)) Object.assign(words, dict);
export default words;
