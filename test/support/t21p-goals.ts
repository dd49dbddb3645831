import { loadRealDocuments } from './real-documents';
import { parseDocument } from '../../src/domain/document/index';
const names = process.argv.slice(2);
for (const { doc, text } of loadRealDocuments()) {
  if (doc.split !== 'tuned' || !names.includes(doc.file.replace(/\.txt$/, ''))) continue;
  const got = parseDocument(text);
  console.log('==', doc.file);
  for (const g of got.goals) console.log(' goal', g.year, JSON.stringify(g.text.slice(0, 80)));
  for (const i of got.indicators) console.log(' ind', i.name, JSON.stringify(i.targets));
}
