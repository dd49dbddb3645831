// The modules' translation files merged, with the code labels of src/contracts/labels.ts filled in
// under the keys they have always had (indicators.status.*, delivery.role.* …). A file may add
// codes of its own beside them (indicators.state.none, cockpit.status.not_computed).
import { webWords } from '../../contracts/labels';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeInto(target: Dict, source: Dict) {
  for (const [k, v] of Object.entries(source)) {
    if (isDict(v) && isDict(target[k])) mergeInto(target[k] as Dict, v);
    else target[k] = isDict(v) ? mergeInto({}, v) : v;
  }
  return target;
}

export function withSharedLabels(files: Dict[], lang: 'zh-CN' | 'en'): Dict {
  const words: Dict = {};
  for (const dict of files) mergeInto(words, dict);
  return mergeInto(words, webWords(lang));
}
