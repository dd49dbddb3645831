// Exact values for diffExtractions and similarity (src/domain/document/diff.ts, issue 18): the
// thresholds at, just below and just above, the tie-breaks, and every field of each entry.
import { describe, expect, it } from 'vitest';
import { diffExtractions, similarity, type TaskLike } from '../../src/domain/document/diff';

const t = (number: string, title: string, extra: Partial<TaskLike> = {}): TaskLike => ({ number, title, section: '二', ...extra });

describe('similarity', () => {
  it('Dice over character bigrams, punctuation and spaces ignored', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('。，', ' ')).toBe(1);
    expect(similarity('a', '')).toBe(0);
    expect(similarity('', 'ab')).toBe(0);
    expect(similarity('a', 'a')).toBe(1);
    expect(similarity('a', 'b')).toBe(0);
    expect(similarity('a', 'ab')).toBe(0);
    expect(similarity('abc', 'abd')).toBe(0.5);
    expect(similarity('aaa', 'aa')).toBeCloseTo(2 / 3, 12);
    expect(similarity('aa', 'aaa')).toBeCloseTo(2 / 3, 12);
    expect(similarity('建设物流园区', '建设物流园')).toBeCloseTo((2 * 4) / (5 + 4), 12);
    expect(similarity('建设，物流（园区）', '建设 物流园区。')).toBe(1);
    for (const p of '\u3000，,。．.；;：:、“”"\'‘’（）()《》') expect([p, similarity(`甲${p}乙`, '甲乙')]).toEqual([p, 1]);
    expect(similarity('甲-乙', '甲乙')).toBe(0);
  });
});

describe('diffExtractions: pairing', () => {
  it('same number in the same section pairs at a similarity of 0.3, not below', () => {
    // 10 bigrams each, 3 shared: 2·3/20 = 0.3
    const at = diffExtractions([t('1', 'abcdefghijk')], [t('1', 'abcdLMNOPQR')]);
    expect(at.map((d) => [d.kind, d.matchedBy])).toEqual([['reworded', 'number']]);
    expect(at[0].similarity).toBeCloseTo(0.3, 12);
    // 2·3/21 < 0.3
    const below = diffExtractions([t('1', 'abcdefghijk')], [t('1', 'abcdLMNOPQRS')]);
    expect(below.map((d) => d.kind)).toEqual(['added', 'removed']);
    // another section is another number
    const other = diffExtractions([t('1', 'abcdefghijk', { section: '三' })], [t('1', 'abcdLMNOPQR')]);
    expect(other.map((d) => d.kind)).toEqual(['added', 'removed']);
    // no section on both sides is the same section
    const none = diffExtractions([t('1', 'abcdefghijk', { section: undefined })], [t('1', 'abcdLMNOPQR', { section: null })]);
    expect(none.map((d) => d.kind)).toEqual(['reworded']);
  });

  it('another number pairs by title at 0.6, not below', () => {
    // 10 bigrams each, 6 shared: 2·6/20 = 0.6
    const at = diffExtractions([t('1', 'abcdefghijk')], [t('2', 'abcdefgLMNO')]);
    expect(at.map((d) => [d.kind, d.matchedBy])).toEqual([['reworded', 'title']]);
    const below = diffExtractions([t('1', 'abcdefghijk')], [t('2', 'abcdefgLMNOP')]);
    expect(below.map((d) => [d.kind, d.matchedBy])).toEqual([
      ['added', null],
      ['removed', null],
    ]);
  });

  it('the wording counts at 0.98 of its similarity when a title is missing', () => {
    const d = diffExtractions([{ number: '1', text: '建设物流园区' }], [{ number: '2', text: '建设物流园区' }]);
    expect(d.map((x) => [x.kind, x.matchedBy, x.similarity])).toEqual([['unchanged', 'title', 1]]);
    // title on one side only: no title similarity, the wording decides
    const one = diffExtractions([{ number: '1', title: '甲乙丙丁', text: 'abcdefghijk' }], [{ number: '2', text: 'abcdefgLMNO' }]);
    expect(one.map((x) => x.kind)).toEqual(['added', 'removed']);
  });

  it('keeping the number is worth 0.25: a tie goes to the earlier old task', () => {
    // new 'abcdX' is identical to old #7 (score 1) and 0.75 like old #1 (0.75 + 0.25 = 1)
    const identicalFirst = diffExtractions([t('7', 'abcdX'), t('1', 'abcde')], [t('1', 'abcdX')]);
    expect(identicalFirst.map((d) => [d.kind, d.matchedBy, d.old?.number ?? null])).toEqual([
      ['unchanged', 'title', '7'],
      ['removed', null, '1'],
    ]);
    const sameNumberFirst = diffExtractions([t('1', 'abcde'), t('7', 'abcdX')], [t('1', 'abcdX')]);
    expect(sameNumberFirst.map((d) => [d.kind, d.matchedBy, d.old?.number ?? null])).toEqual([
      ['reworded', 'number', '1'],
      ['removed', null, '7'],
    ]);
    expect(sameNumberFirst[0].similarity).toBe(0.75);
    // two new tasks alike one old task: the earlier new task takes it
    const twoNew = diffExtractions([t('5', '建设物流园区')], [t('1', '建设物流园区'), t('2', '建设物流园区')]);
    expect(twoNew.map((d) => [d.kind, d.new?.number ?? null])).toEqual([
      ['unchanged', '1'],
      ['added', '2'],
    ]);
    // the best score wins before order
    const best = diffExtractions([t('5', 'abcdefghijk'), t('6', 'abcdefghijX')], [t('1', 'abcdefghijX')]);
    expect(best.map((d) => [d.kind, d.old?.number ?? null])).toEqual([
      ['unchanged', '6'],
      ['removed', '5'],
    ]);
  });
});

describe('diffExtractions: entries', () => {
  it('added and removed entries, in new order then old order', () => {
    const oldT = t('1', '甲乙丙丁', { units: [{ name: '区商务委', role: 'lead' }] });
    const newT = t('2', '戊己庚辛', { units: [{ name: '区交通局', role: 'lead' }] });
    expect(diffExtractions([oldT], [newT])).toEqual([
      {
        kind: 'added', old: null, new: newT, matchedBy: null, similarity: 0, textChanged: true, unitsChanged: true,
        unitsAdded: ['区交通局'], unitsRemoved: [], rolesChanged: [], undoesManualFix: false,
      },
      {
        kind: 'removed', old: oldT, new: null, matchedBy: null, similarity: 0, textChanged: true, unitsChanged: true,
        unitsAdded: [], unitsRemoved: ['区商务委'], rolesChanged: [], undoesManualFix: false,
      },
    ]);
    const bare = diffExtractions([t('1', '甲乙丙丁')], [t('2', '戊己庚辛')]);
    expect(bare.map((d) => [d.unitsChanged, d.unitsAdded, d.unitsRemoved])).toEqual([
      [false, [], []],
      [false, [], []],
    ]);
  });

  it('a paired task: unchanged, reworded (title or text), units changed, roles changed', () => {
    const units = (...u: [string, string?][]) => u.map(([name, role]) => (role === undefined ? { name } : { name, role }));
    const a = t('1', '建设物流园区', { text: '1.建设物流园区。加快建设。（区商务委牵头）', units: units(['区商务委', 'lead'], ['区交通局', 'support']) });
    expect(diffExtractions([a], [{ ...a }])[0]).toEqual({
      kind: 'unchanged', old: a, new: a, matchedBy: 'number', similarity: 1, textChanged: false, unitsChanged: false,
      unitsAdded: [], unitsRemoved: [], rolesChanged: [], undoesManualFix: false,
    });
    // only the annotation changed: units, not words
    const moved = { ...a, text: '1.建设物流园区。加快建设。（区交通局牵头，区规划局配合）', units: units(['区交通局', 'lead'], ['区规划局']) };
    expect(diffExtractions([a], [moved])[0]).toMatchObject({
      kind: 'units_changed', similarity: 1, textChanged: false, unitsChanged: true,
      unitsAdded: ['区规划局'], unitsRemoved: ['区商务委'], rolesChanged: [{ name: '区交通局', from: 'support', to: 'lead' }],
    });
    // a role missing on one side is the empty role
    const noRole = { ...a, units: units(['区商务委'], ['区交通局', 'support']) };
    expect(diffExtractions([a], [noRole])[0].rolesChanged).toEqual([{ name: '区商务委', from: 'lead', to: '' }]);
    // the title alone changed
    const retitled = { ...a, title: '建设物流园' };
    const r = diffExtractions([a], [retitled])[0];
    expect([r.kind, r.textChanged, r.similarity]).toEqual(['reworded', true, 1]);
    // the text changed: the similarity is that of the texts without annotations
    const reworded = { ...a, text: '1.建设物流园区。尽快建设。（区商务委牵头）' };
    const w = diffExtractions([a], [reworded])[0];
    expect(w.kind).toBe('reworded');
    expect(w.similarity).toBeCloseTo(similarity('1.建设物流园区。加快建设。', '1.建设物流园区。尽快建设。'), 12);
    // 1建 建设×2 设物 物流 流园 园区 快建 shared of 10 bigrams each
    expect(w.similarity).toBeCloseTo((2 * 8) / 20, 12);
    // reworded wins over units_changed, both flags set
    const both = { ...reworded, units: units(['区商务委', 'lead']) };
    expect(diffExtractions([a], [both])[0]).toMatchObject({ kind: 'reworded', textChanged: true, unitsChanged: true, unitsRemoved: ['区交通局'] });
  });

  it('garbage in: non-arrays and holes are no tasks', () => {
    expect(diffExtractions(null as never, undefined as never)).toEqual([]);
    const a = t('1', '甲乙丙丁');
    expect(diffExtractions([null, a] as never, [a, undefined] as never).map((d) => d.kind)).toEqual(['unchanged']);
  });
});

describe('diffExtractions: undoing a manual fix', () => {
  const imported = t('1', '建设物流园', { units: [{ name: '区交通局', role: 'lead' }] });
  const fixed = t('1', '建设物流园区', { units: [{ name: '区交通局', role: 'lead' }] });

  it('a change back to what the last import read undoes the fix; a new change does not', () => {
    expect(diffExtractions([fixed], [imported], { baseline: [imported] })[0]).toMatchObject({ kind: 'reworded', undoesManualFix: true });
    expect(diffExtractions([fixed], [imported])[0].undoesManualFix).toBe(false);
    const own = t('1', '建设物流园区域', { units: [{ name: '区交通局', role: 'lead' }] });
    expect(diffExtractions([fixed], [own], { baseline: [imported] })[0].undoesManualFix).toBe(false);
    // no change at all undoes nothing
    expect(diffExtractions([imported], [imported], { baseline: [imported] })[0]).toMatchObject({ kind: 'unchanged', undoesManualFix: false });
  });

  it('units: back to the imported units undoes the fix, other units do not', () => {
    const reassigned = { ...imported, units: [{ name: '区商务委', role: 'lead' }] };
    expect(diffExtractions([reassigned], [imported], { baseline: [imported] })[0]).toMatchObject({ kind: 'units_changed', undoesManualFix: true });
    const third = { ...imported, units: [{ name: '区规划局', role: 'lead' }] };
    expect(diffExtractions([reassigned], [third], { baseline: [imported] })[0].undoesManualFix).toBe(false);
    // with unit keys an alias of the imported unit is the imported unit
    const alias = { ...imported, units: [{ name: '区交通运输局', role: 'lead' }] };
    const unitKey = (n: string) => (n === '区交通运输局' ? '区交通局' : n);
    expect(diffExtractions([reassigned], [alias], { baseline: [imported], unitKey })[0].undoesManualFix).toBe(true);
    expect(diffExtractions([reassigned], [alias], { baseline: [imported] })[0].undoesManualFix).toBe(false);
  });

  it('words and units both changed: both must read as imported', () => {
    const stored = t('1', '建设物流园区', { units: [{ name: '区商务委', role: 'lead' }] });
    expect(diffExtractions([stored], [imported], { baseline: [imported] })[0].undoesManualFix).toBe(true);
    const newWords = t('1', '建设物流园', { units: [{ name: '区规划局', role: 'lead' }] });
    expect(diffExtractions([stored], [newWords], { baseline: [imported] })[0].undoesManualFix).toBe(false);
    const newUnits = t('1', '建设物流园地', { units: [{ name: '区交通局', role: 'lead' }] });
    expect(diffExtractions([stored], [newUnits], { baseline: [imported] })[0].undoesManualFix).toBe(false);
  });

  it('the baseline task is found by the old place, else by the new one', () => {
    const movedOld = { ...fixed, number: '9' };
    // old #9, new #1: the baseline holds #1 only
    expect(diffExtractions([movedOld], [imported], { baseline: [imported] })[0]).toMatchObject({ matchedBy: 'title', undoesManualFix: true });
    const baseAt9 = { ...imported, number: '9' };
    expect(diffExtractions([movedOld], [imported], { baseline: [baseAt9] })[0].undoesManualFix).toBe(true);
    expect(diffExtractions([movedOld], [imported], { baseline: [{ ...imported, number: '4' }] })[0].undoesManualFix).toBe(false);
  });

  it('a removed task that the last import did not have was added by hand', () => {
    const handAdded = t('3', '开通货运航线');
    const r = diffExtractions([imported, handAdded], [imported], { baseline: [imported] });
    expect(r.map((d) => [d.kind, d.undoesManualFix])).toEqual([
      ['unchanged', false],
      ['removed', true],
    ]);
    const imp2 = diffExtractions([imported, handAdded], [imported], { baseline: [imported, handAdded] });
    expect(imp2[1].undoesManualFix).toBe(false);
    expect(diffExtractions([imported, handAdded], [imported])[1].undoesManualFix).toBe(false);
    expect(diffExtractions([imported, handAdded], [imported], { baseline: [null as never] })[1].undoesManualFix).toBe(false);
    expect(diffExtractions([imported, handAdded], [imported], { baseline: 'x' as never })[1].undoesManualFix).toBe(false);
  });
});

describe('diffExtractions: survivors of the Stryker run of 2026-12-02, 03:11 UTC', () => {
  it('an empty title or section is the same as none', () => {
    const d = diffExtractions([{ number: '1', title: '', text: '建设物流园区' }], [{ number: '1', text: '建设物流园区' }]);
    expect(d.map((x) => [x.kind, x.matchedBy, x.textChanged])).toEqual([['unchanged', 'number', false]]);
    // below the title threshold (0.6), so only the same place pairs them
    const s = diffExtractions([t('1', 'abcdefghijk', { section: '' })], [t('1', 'abcdLMNOPQR', { section: undefined })]);
    expect(s.map((x) => [x.kind, x.matchedBy])).toEqual([['reworded', 'number']]);
  });

  it('a unit without a role on both sides has not changed its role', () => {
    const a = t('1', '建设物流园区', { units: [{ name: '区商务委' }] });
    expect(diffExtractions([a], [a])[0]).toMatchObject({ kind: 'unchanged', unitsChanged: false, rolesChanged: [] });
  });

  it('two tasks without titles pair by their wording only', () => {
    const d = diffExtractions([{ number: '1', text: '甲乙丙丁' }], [{ number: '2', text: '戊己庚辛' }]);
    expect(d.map((x) => x.kind)).toEqual(['added', 'removed']);
  });

  it('adjacent annotations are both left out of the wording', () => {
    const a = { number: '1', text: '建设物流园区（区商务委牵头）（区财政局配合）' };
    const b = { number: '1', text: '建设物流园区（区商务委牵头）（区发改委配合）' };
    expect(diffExtractions([a], [b])[0]).toMatchObject({ kind: 'unchanged', textChanged: false });
  });

  it('a label line before a bracket annotation is left out of the wording too', () => {
    const a = { number: '1', text: '牵头单位：区商务委\n建设物流园区（区交通局牵头）' };
    const b = { number: '1', text: '牵头单位：区规划局\n建设物流园区（区财政局牵头）' };
    expect(diffExtractions([a], [b])[0]).toMatchObject({ kind: 'unchanged', textChanged: false });
  });

  it('ties go to the earliest new task and the earliest old task, also among three', () => {
    const oneOld = diffExtractions([t('5', '建设物流园区')], [t('1', '建设物流园区'), t('2', '建设物流园区'), t('3', '建设物流园区')]);
    expect(oneOld.map((d) => [d.kind, d.new?.number ?? null, d.old?.number ?? null])).toEqual([
      ['unchanged', '1', '5'],
      ['added', '2', null],
      ['added', '3', null],
    ]);
    const oneNew = diffExtractions([t('1', '建设物流园区'), t('2', '建设物流园区'), t('3', '建设物流园区')], [t('5', '建设物流园区')]);
    expect(oneNew.map((d) => [d.kind, d.new?.number ?? null, d.old?.number ?? null])).toEqual([
      ['unchanged', '5', '1'],
      ['removed', null, '2'],
      ['removed', null, '3'],
    ]);
  });

  it('a unit added and a role changed are two changes, not none', () => {
    const old = t('1', '建设物流园区', { units: [{ name: '区交通局', role: 'lead' }] });
    const next = t('1', '建设物流园区', { units: [{ name: '区交通局', role: 'support' }, { name: '区商务委', role: 'support' }] });
    expect(diffExtractions([old], [next], { baseline: [old] })[0]).toMatchObject({
      kind: 'units_changed',
      unitsChanged: true,
      unitsAdded: ['区商务委'],
      rolesChanged: [{ name: '区交通局', from: 'lead', to: 'support' }],
      undoesManualFix: false,
    });
    // the plan was fixed by hand to a unit added and a role changed; the new text reads as the last import
    expect(diffExtractions([next], [old], { baseline: [old] })[0]).toMatchObject({ kind: 'units_changed', undoesManualFix: true });
    // the new text reads neither as the plan nor as the last import: one unit more and a role changed
    const base = t('1', '建设物流园区', { units: [{ name: '区交通局', role: 'lead' }] });
    const plan = t('1', '建设物流园区', { units: [{ name: '区规划局', role: 'lead' }] });
    expect(diffExtractions([plan], [next], { baseline: [base] })[0].undoesManualFix).toBe(false);
  });

  it('words back to the last import: both the wording and the title must read as imported', () => {
    const base = { number: '1', title: '甲', text: '建设物流园区尽快建成' };
    const plan = { number: '1', title: '甲', text: '建设物流园区加快建设' };
    // the wording is new, the title as imported
    expect(diffExtractions([plan], [{ number: '1', title: '甲', text: '建设物流园区加快推进' }], { baseline: [base] })[0]).toMatchObject({ kind: 'reworded', undoesManualFix: false });
    // the wording as imported, the title new
    expect(diffExtractions([plan], [{ number: '1', title: '乙', text: '建设物流园区尽快建成' }], { baseline: [base] })[0]).toMatchObject({ kind: 'reworded', undoesManualFix: false });
    expect(diffExtractions([plan], [{ number: '1', title: '甲', text: '建设物流园区尽快建成' }], { baseline: [base] })[0]).toMatchObject({ kind: 'reworded', undoesManualFix: true });
  });
});
