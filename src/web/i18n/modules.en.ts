// The words the signed-in shell needs in one language, one chunk loaded with it (core/i18n.ts
// loadShellWords): every module's menu words (`nav`) and the words for the data's codes
// (statuses, roles, levels …) from src/contracts/labels.ts, the one list the server's Excel, Word
// and public pages use too. The rest of a module's words load with its pages (loadModuleWords).
import nav from 'virtual:hubline-nav-words/en';
import { withSharedLabels } from './shared-labels';

export default withSharedLabels([nav], 'en');
