// Prints expected vs extracted task–unit pairs of named tuned documents (never held-out ones).
import { loadRealDocuments } from './real-documents';
import { parseDocument } from '../../src/domain/document/index';

const names = process.argv.slice(2);
for (const { doc, text } of loadRealDocuments()) {
  if (doc.split !== 'tuned' || !names.includes(doc.file.replace(/\.txt$/, ''))) continue;
  const got = parseDocument(text);
  console.log('==', doc.file, 'expected');
  for (const t of doc.tasks) console.log(' ', t.number, t.units.map((u) => `${u.name}/${u.role}`).join(' '));
  console.log('-- got');
  for (const t of got.tasks) console.log(' ', t.number, JSON.stringify(t.title.slice(0, 30)), t.units.map((u) => `${u.name}/${u.role}`).join(' '));
}
