// Re-import of a plan (issue 17, problem 10): an alias is the same unit, and a change the
// document did not make (the plan was fixed by hand since the last import) is flagged.
import { describe, expect, it } from 'vitest';
import { diffExtractions, type TaskLike } from '../../src/domain/document/index';

const task = (number: string, title: string, units: [string, string][]): TaskLike => ({
  number,
  title,
  text: `${number}. ${title}。（责任单位：${units.map(([n]) => n).join('、')}）`,
  section: '二',
  units: units.map(([name, role]) => ({ name, role })),
});

const ALIASES: Record<string, string> = { 区经信委: '区经济信息委' };
const unitKey = (n: string) => ALIASES[n] ?? n;

describe('diffExtractions with unit keys and a baseline', () => {
  it('an alias swap is no change of units when unit keys are given, and is one without', () => {
    const stored = [task('9', '深化合作', [['区商务委', 'lead'], ['区经济信息委', 'support']])];
    const text = [task('9', '深化合作', [['区商务委', 'lead'], ['区经信委', 'support']])];
    expect(diffExtractions(stored, text, { unitKey })[0].kind).toBe('unchanged');
    expect(diffExtractions(stored, text)[0].kind).toBe('units_changed');
  });

  it('a role change under an alias is still a role change, named as the new text names it', () => {
    const stored = [task('9', '深化合作', [['区经济信息委', 'support']])];
    const text = [task('9', '深化合作', [['区经信委', 'lead']])];
    const d = diffExtractions(stored, text, { unitKey })[0];
    expect(d.kind).toBe('units_changed');
    expect(d.rolesChanged).toEqual([{ name: '区经信委', from: 'support', to: 'lead' }]);
  });

  it('flags a change that only undoes a manual fix, not one the document made', () => {
    const imported = [task('5', '建设物流园', [['区交通局', 'lead']]), task('6', '发展冷链', [['区商务委', 'lead']])];
    // Since the import: task 5's title fixed by hand, task 6 reassigned by hand.
    const stored = [task('5', '建设物流园区', [['区交通局', 'lead']]), task('6', '发展冷链', [['区商务委', 'lead'], ['区农业农村委', 'support']])];
    // The new text: the same as the import for 5; for 6 a new wording of its own.
    const text = [task('5', '建设物流园', [['区交通局', 'lead']]), task('6', '加快发展冷链', [['区商务委', 'lead']])];
    const [five, six] = diffExtractions(stored, text, { unitKey, baseline: imported });
    expect(five).toMatchObject({ kind: 'reworded', undoesManualFix: true });
    // 6: the wording is the document's own change, so the whole change is not a mere undo.
    expect(six).toMatchObject({ kind: 'reworded', undoesManualFix: false });
    // Without a baseline nothing is flagged.
    expect(diffExtractions(stored, text).every((d) => !d.undoesManualFix)).toBe(true);
  });

  it('a task added by hand that the new text lacks: its removal undoes the addition', () => {
    const imported = [task('1', '甲', [['区交通局', 'lead']])];
    const stored = [task('1', '甲', [['区交通局', 'lead']]), task('2', '手工补充的任务', [['区商务委', 'lead']])];
    const d = diffExtractions(stored, imported, { baseline: imported });
    expect(d.find((x) => x.kind === 'removed')).toMatchObject({ undoesManualFix: true });
  });
});
