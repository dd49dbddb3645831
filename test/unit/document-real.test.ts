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

  it('scores task–unit assignment, roles and indicator names (floors = last measured values, per split)', () => {
    console.log(report(scores));
    // Floors per split since batch 18 (2026-12-03): the held-out documents are there to measure how
    // the parser does on writing it was not tuned on, and their first contact is far below the tuned
    // split's; one overall floor let a loss on one split hide behind a gain on the other.
    const all = summarise(scores.filter((s) => s.doc.split === 'tuned'));
    const pairs = prf(all.pairs);
    const ind = prf(all.indicators);
    // 0.990: the measured value (0.99078) after the thirteenth batch's rules (branch d15f), unchanged
    // by the general goal-clause reader (branch d15l); the fourteenth batch's one pair, a lead named
    // in prose, is still missed.
    // 0.975 (branch d15n): the measured value (0.97506) with batch 17; lowered from 0.990 because
    // batch 17's one responsibility list (guangdong-minjian-2023, a machine-reworded repost: 卖力 for
    // 负责, 7 pairs) is read as no task at all. No older pair was lost.
    // 0.970 (2026-12-03, tuned split alone): 0.97024 measured after the d15n merge.
    // 0.974 (branch d15o): 0.97487 with batch 18 moved to the tuned split and its misses read (its 31
    // pairs all read; the cut annotation of jiayu-fenjie-2021's last item no longer gives two false pairs).
    // 0.978 (branch t19): 0.97835 with batch 19 moved to the tuned split and its misses read (first
    // contact 77.2 %: shapingba-fenjie-2022's cell-per-line tables gave 0 of 10 pairs; all 32 read now).
    // 0.980 (branches t20p and t20n): 0.98074 with batch 20 moved to the tuned split and its misses
    // read (first contact 44.7 %: units in prose and a numbering that shifted the match; 99.1 % after).
    // 0.933 (2026-12-03, provisional): 0.93399 with batch 21 moved to the tuned split before its misses
    // are read (first contact 17.1 %).
    // 0.982 (branch t21p): 0.98262 with batch 21's task–unit misses read (31 of 31 pairs now).
    // 0.932 (2026-12-03 18:40, provisional): 0.93267 with batches 22, 23 and 24 moved to the tuned
    // split as one development set before their misses are read. Their rules are to be general ones
    // (each a pattern met in at least two documents of different sources), and batches 25 and 26,
    // annotated meanwhile without the parser, are the test of whether they carry over.
    // 0.959 (branch t22p): 0.95961 with the development set's task–unit misses read (its pairs 74.6 %
    // → 86.2 %, P 100 R 75.7; jilin-kuaidijincun-2023-trad and hunan-fengong-2019 of older batches read
    // by the same rules); no tuned document lost a pair or gained a false one.
    expect(pairs.f1).toBeGreaterThanOrEqual(0.959);
    expect(all.roles.right / Math.max(1, all.roles.of)).toBeGreaterThanOrEqual(0.95);
    // 0.991: the measured value (0.99110) after the fifteenth and sixteenth batches were tuned on
    // (branch d15m; their first contacts were 68.7 % and 63.2 %). No batch is held out and untuned now
    // but the thirteen older held-out documents (12/12 names).
    // 0.979 (branch d15n): the measured value (0.97980) after batch 17 was tuned on; lowered from 0.991
    // because batch 17 brought 62 names of unseen documents (first contacts: half A 53.1 %, half B 35.0 %,
    // the same after half A's rules) of which 9 are still missed; no older document lost a name.
    // Tuned split alone: 0.97917 measured after the d15n merge (the overall 0.97980 above held the
    // thirteen older held-out documents too).
    // 0.982 (branch d15o): 0.98291 with batch 18 tuned on (84 names; 68.5 % held out first, 100 % after;
    // no older tuned document lost a name or gained a false one).
    // 0.982 (branch t19): 0.98276 with batch 19 tuned on (55 names; 67.4 % held out first, 98.1 % after;
    // no older tuned document lost a name or gained a false one).
    // 0.980 (branches t20p and t20n): 0.98063 with batch 20 tuned on (48 names; 54.1 % held out first,
    // 95.7 % after; no older tuned document lost a name or gained a false one).
    // 0.947 (2026-12-03, provisional): 0.94720 with batch 21 moved to the tuned split before its misses
    // are read (66 names, 54.7 % first).
    // 0.979 (branches t21p and t21n): 0.97953 with batch 21's misses read (its names 97.0 % after; no
    // older tuned document lost a name or gained a false one).
    // 0.921 (2026-12-03 18:40, provisional): 0.92132 with batches 22–24 moved to the tuned split
    // (development set, see above) before their misses are read.
    // 0.951 (branch t22n): 0.95151 with the development set's indicator misses read as general rules
    // (its names 58.1 % → 81.3 %: P 88.1 R 75.4, 104 of 138; no other tuned document lost a name or
    // gained a false one; guangdong-zhusanjiao-2014 and suzhou-anhui-jiaotong-2022 lost one false name each).
    expect(ind.f1).toBeGreaterThanOrEqual(0.951);
    // No tuned document yields nothing (sichuan-xianyu-2022-trad did until its quoted goal was read,
    // zibo-wuliu-2023 until a year's plan with its subject was read, hunan-lenglian-2022-trad
    // until pinyin reading aids inside 到YYYY年 and 万立方米 were read through, guangxi-jidi-2024
    // until a year after 提出 / 明确 opened a goal; branch d15b, 2026-12-01; guowuyuan-mubiao-2022-trad
    // until 今年 took the document's year, bozhou-jidi-2024 until 强调，要… opened a goal,
    // dandong-youzheng-2022-trad until units after 由 closing a sentence were read; branch d15).
    // jilin-daolu-2013 until 未来三年 opened a goal without a written year and shangluo-ajiqiye-2021
    // until 力争培育…10家 did (branch d15d), fuzhou-jidi-2022 until a deadline opening a clause
    // (2023年底前，…) opened a goal (branch d15e), beijing-shujie-2017-trad until 今年 running on into
    // its subject opened a goal, heilongjiang-jiangben-2021-news until a horizon after 即 did,
    // sichuan-renwuqingdan-2025 until a document named in 《》 setting out a rate did (branch d15f).
    // gansu-kuaidi-2016 until a horizon inside a sentence (确保到2020年…) opened a goal and
    // jilin-kuaidijincun-2023-trad until a sentence naming its target a goal (…实现100%的工作目标)
    // did (the general goal openings, branch d15l). henan-jiaotong-2025-trad until a year right before
    // a word of intent (2025年将…) opened a goal and jiangxi-yuanqu-2025 until a plan requiring a
    // sentence with targets (规划要求…不低于30%) did (branch d15m). None yields nothing now.
    // Batch 17's half B (branch d15n): jiangxi-lenglian-2021 until a start year (2020年起，…计划…) opened a
    // year's plan and xinjiang-jiaotong-2023 until a year after a short subject (新疆2023年力争…) did; they
    // yielded nothing on first contact and after half A's rules, while held out.
    // Batch 18 (branch d15o): hainan-yangpu-2021 until examples after a sentence naming the plan's
    // targets (…有明确的目标计划。比如，…) opened a goal; it yielded nothing while held out.
    // Batch 19 (branch t19): minhe-wuliuyuan-2013 until 建成后 (once a project is built) marked a goal
    // and a plan clause after 今年以来 was read; it yielded nothing while held out.
    // Batch 20 (t20p): huiji-jiaotong-2018 and shanwei-youzheng-2022-trad until units named as the
    // subject of prose (A牵头 / A负责 / A要会同…) and points 一是…二是 were read; they yielded nothing
    // while held out.
    // Batch 21, moved to the tuned split 2026-12-03 with its misses not yet read: five documents
    // yielded nothing. Branch t21p: ganzhou-wuliu-2009 until a numbered item giving its work to a
    // named body in prose (A要…) was that body's task, heilongjiang-kouan-2019 until a bracket left
    // open to the end of its line ending in a role word was read, liaozhong-fenjie-2024 until
    // 主要工作举措 headed a task column. Branch t21n: gaoyou-jihua-2021 until …指标安排 opened a goal and
    // pingdingshan-lvsehuoyun-2023 until 主要任务包括： did.
    // Batches 22–24, moved to the tuned split 2026-12-03 18:40 with their misses not yet read: seven
    // documents yield nothing. Branch t22p: fujian-kehuoyou-2024-trad and shenyang-chengshipeisong-2017
    // until a clause inside a sentence giving a body the lead (其中，由A牵头、B联合实施的… / 其中A牵头B…)
    // was read.
    // Branch t22n: xuhui-jihuabaogao-2020 until a column of what was done
    // (全年完成预计) beside the targets was a header cell, xian-gangwuqu-2023-trad until 计划 before a
    // verb of making (计划引进…) stated intent as 力争 does.
    // The names the review puts before the office, extracted or listed as possibly missed
    // (suggestions.ts, 2026-12-04): 745 of 776 (0.96005; extracted alone 0.93557).
    expect(all.reach.right / all.reach.of).toBeGreaterThanOrEqual(0.96);
    expect(all.empty).toEqual([
      'dezhou-xiaofeihuanjing-2023-trad.txt',
      'shengsi-xiangcun-2021.txt',
      'yingkou-cuxiaofei-2025.txt',
    ]);
  });

  it('measures the held-out split (floors = last measured values)', () => {
    // Held out: the thirteen older documents (12 names, 53 pairs) and batch 22 (13 documents, 64 pairs, 45 names), each annotated 2026-12-03 before any
    // parse. Batch 18 was held out here first (first contact: pairs 96.9 %, names 68.5 %,
    // hainan-yangpu-2021 empty) and moved to the tuned split in branch d15o; batch 19 likewise (first
    // contact at b86116f: pairs 77.2 %, names 56.5 %, four empty; with d15o's rules and fb15's
    // fallback: names 67.4 %, minhe-wuliuyuan-2013 empty) in branch t19; batch 20 (first contact at
    // f152d93: pairs 44.7 %, names 54.1 %, two empty; the same after t19's rules) in t20p / t20n.
    // Batch 21's first contact (after t19): pairs 17.1 % (P 75.0 R 9.7), names 54.7 %, five empty,
    // unchanged by t20p / t20n. Batch 22's first contact (after t20p / t20n): pairs 85.0 % (P 98.0
    // R 75.0), names 72.2 %, shengsi-xiangcun-2021 empty. Floors = the split's measured totals
    // (per-document detail not looked at): pairs 0.81423, names 0.67016 with batch 21; batch 21 moved
    // to the tuned split 2026-12-03, leaving 26 documents: pairs 0.91743, names 0.79167.
    // Batch 23 (16 documents, 19 pairs, 40 names; branch a23, annotated without running the parser):
    // first contact at 9a6c83c, before batch 21's rules: pairs 50.0 % (P 77.8 R 36.8), names 51.7 %,
    // fujian-kehuoyou-2024-trad and xuhui-jihuabaogao-2020 empty. Split of 42: pairs 0.86992, names 0.68831,
    // the same to the digit after batch 21's rules (t21p, t21n): batch 22 85.0 % / 72.2 % and batch 23
    // 50.0 % / 51.7 % before and after them.
    // Batch 24 (15 documents, 20 pairs, 53 names; branch a24, annotated without running the parser):
    // first contact after batch 21's rules: pairs 57.1 % (P 100 R 40.0), names 50.6 %, four empty.
    // Split of 57: pairs 0.83942, names 0.62241, seven empty.
    // 2026-12-03 18:40: batches 22, 23 and 24 moved to the tuned split as one development set (see
    // the tuned floors), leaving the thirteen older documents: pairs 0.99048, names 1.
    // Batches 25 (13 documents, 61 pairs, 37 names; branch a25) and 26 (15 documents, 6 pairs, 58
    // names; branch a26), annotated 2026-12-03 without running the parser: the test set. First contact
    // at aab6aca, before the development set's rules: batch 25 pairs 65.3 % (P 91.2 R 50.8), roles
    // 96.8 %, names 90.4 %; batch 26 pairs 0 of 6, names 73.4 %; four empty. Split of 41: pairs
    // 0.80583, roles 0.98795, names 0.82524. After the development set's fourteen rules (t22p, t22n;
    // measured once, totals only): batch 25 the same to the digit, batch 26 names 74.5 % (one name
    // more); split of 41: pairs 0.80583, roles 0.98795, names 0.83092, the same four empty.
    // Batch 27 (twelve documents, 37 pairs, 68 names; 2026-12-04), annotated by helpers that never ran
    // the parser and committed alone (0cbf817), first contact: pairs 76.2 % (P 92.3 R 64.9), roles
    // 100 %, names 47.2 % (P 65.8 R 36.8), none empty; the names the review puts before the office
    // (extracted or suggested) 58.8 %. Split of 53: pairs 0.79554, roles 0.99065, names 0.70927.
    const held = summarise(scores.filter((s) => s.doc.split === 'heldout'));
    expect(prf(held.pairs).f1).toBeGreaterThanOrEqual(0.795); // 0.79554
    expect(held.roles.right / Math.max(1, held.roles.of)).toBeGreaterThanOrEqual(0.99); // 0.99065
    expect(prf(held.indicators).f1).toBeGreaterThanOrEqual(0.709); // 0.70927
    // In the review (extracted or suggested): 131 of 175 (0.74857; extracted alone 0.63429). It was
    // 132 before two rules drawn from the tuned split (a suggested name loses the work verb opening it;
    // one number read in one place is offered once), which gained batch 27 two names and lost the
    // older held-out documents three.
    expect(held.reach.right / held.reach.of).toBeGreaterThanOrEqual(0.748);
    expect(held.empty).toEqual(['guilin-shelingzonge-2018.txt', 'guojia-duoshilianyun-shifan-2016.txt', 'neimaoju-liutong-1999.txt', 'ningbo-jiaotongqiangshi-2023.txt']);
  });
});
