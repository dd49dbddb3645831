// Every module's words in one language, merged into one chunk loaded with the signed-in shell
// (core/i18n.ts loadModuleWords). The words for the data's codes (statuses, roles, levels …)
// come from src/contracts/labels.ts, the one list the server's Excel, Word and public pages use too.
import { withSharedLabels } from './shared-labels';

const files = import.meta.glob<Record<string, unknown>>('../*/i18n.en.json', { eager: true, import: 'default' });
export default withSharedLabels(Object.values(files), 'en');
