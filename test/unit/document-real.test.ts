// Precision/recall of the importer on real public documents from other provinces
// (test/fixtures/documents/real, annotated before the parser was tuned on them). The numbers
// per layout, per split (tuned / held-out) and overall are printed; the floors below are the
// measured values, so a change that loses ground fails here.
import { describe, expect, it } from 'vitest';
import { loadRealDocuments, prf, report, scoreDocument, summarise } from '../support/real-documents';

const docs = loadRealDocuments();
const scores = docs.map(({ doc, text }) => scoreDocument(doc, text));

describe('real documents from other provinces', () => {
  it('holds at least 20 documents from at least 8 provinces, each with its source', () => {
    const distinct = new Set(docs.filter((d) => !d.doc.relaid).map((d) => d.doc.source));
    expect(distinct.size).toBeGreaterThanOrEqual(20);
    const provinces = new Set(docs.flatMap((d) => d.doc.province.split('/')));
    expect(provinces.size).toBeGreaterThanOrEqual(8);
    for (const d of docs) expect(d.doc.source).toMatch(/^https?:\/\//);
  });

  it('keeps a held-out set', () => {
    expect(docs.filter((d) => d.doc.split === 'heldout').length).toBeGreaterThanOrEqual(8);
  });

  it('scores task–unit assignment, roles and indicator names (floors = last measured values)', () => {
    console.log(report(scores));
    const all = summarise(scores);
    const pairs = prf(all.pairs);
    const ind = prf(all.indicators);
    // 0.992: the measured value (0.99294) after the eleventh batch's rules (branch d15d); the
    // twelfth batch, held out and untuned, has no task.
    expect(pairs.f1).toBeGreaterThanOrEqual(0.992);
    expect(all.roles.right / Math.max(1, all.roles.of)).toBeGreaterThanOrEqual(0.95);
    // 0.947, not 0.99: the twelfth batch (branch d15d) is kept held out and not tuned on; its first
    // contact (indicator names F1 57.1 %) counts here as measured (0.94761 overall).
    expect(ind.f1).toBeGreaterThanOrEqual(0.947);
    // No tuned document yields nothing (sichuan-xianyu-2022-trad did until its quoted goal was read,
    // zibo-wuliu-2023 until a year's plan with its subject was read, hunan-lenglian-2022-trad
    // until pinyin reading aids inside 到YYYY年 and 万立方米 were read through, guangxi-jidi-2024
    // until a year after 提出 / 明确 opened a goal; branch d15b, 2026-12-01; guowuyuan-mubiao-2022-trad
    // until 今年 took the document's year, bozhou-jidi-2024 until 强调，要… opened a goal,
    // dandong-youzheng-2022-trad until units after 由 closing a sentence were read; branch d15).
    // jilin-daolu-2013 until 未来三年 opened a goal without a written year and shangluo-ajiqiye-2021
    // until 力争培育…10家 did (branch d15d). One document of the twelfth batch, held out and untuned,
    // yields nothing on first contact; it is named so that any other document yielding nothing fails here.
    expect(all.empty).toEqual(['fuzhou-jidi-2022.txt']);
  });
});
