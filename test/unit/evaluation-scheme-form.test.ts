// AHP weights onto a group: percentages with one decimal adding up to exactly 100, matched by
// code; refused when CR ≥ 0.10 with the ratio named. A rule of another kind keeps shared parameters.
import { describe, expect, it } from 'vitest';
import { ahp } from '../../src/domain/evaluation/index';
import { applyAhp, changeRuleKind, parsePoints, type Group } from '../../src/web/evaluation/scheme-form';
import { DEMO_SCHEME } from '../../src/server/seed/demo-evaluation';

const group = DEMO_SCHEME.groups[0] as Group;

describe('scheme form', () => {
  it('applies consistent AHP weights to a group: one decimal, exactly 100, by code', () => {
    const names = group.criteria.map((c) => c.code); // hub industry tasks reform open
    const r = ahp({ hub: { industry: 2, tasks: 2, reform: 3, open: 3 }, industry: { tasks: 1, reform: 2, open: 2 }, tasks: { reform: 2, open: 2 }, reform: { open: 1 } }, 'saaty', names);
    expect(r.consistencyRatio).toBeLessThan(0.1);
    const out = applyAhp(group, r);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const w = out.group.criteria.map((c) => c.weight);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    w.forEach((x, i) => {
      expect(Math.round(x * 10)).toBeCloseTo(x * 10, 9);
      expect(Math.abs(x - r.weights[i] * 100)).toBeLessThan(0.1);
    });
    // Everything but the weights is kept.
    expect(out.group.criteria.map((c) => ({ ...c, weight: 0 }))).toEqual(group.criteria.map((c) => ({ ...c, weight: 0 })));
    expect(w[0]).toBeGreaterThan(w[1]);
  });

  it('refuses when CR ≥ 0.10, naming the ratio', () => {
    const r = ahp({ a: { b: 5, c: 0.2 }, b: { c: 5 } }, 'saaty', ['a', 'b', 'c']);
    const g: Group = { id: 'x', name: 'x', criteria: ['a', 'b', 'c'].map((code) => ({ code, name: code, weight: 0, rule: { kind: 'points' } })) };
    const out = applyAhp(g, r);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.messageZh).toContain(`CR = ${r.consistencyRatio.toFixed(4)} ≥ 0.10`);
  });

  it('refuses judgements about other indicators', () => {
    const r = ahp({ a: { b: 2 } }, 'saaty', ['a', 'b']);
    expect(applyAhp(group, r).ok).toBe(false);
  });

  it('changing the rule kind keeps the shared parameters; points parse', () => {
    expect(changeRuleKind({ kind: 'target_attainment', target: 90, cap: 1.2, better: 'lower' }, 'banded')).toEqual({ kind: 'banded', target: 90, better: 'lower' });
    expect(changeRuleKind({ kind: 'banded', target: 90, step: 5 }, 'yes_no')).toEqual({ kind: 'yes_no' });
    expect(parsePoints('10, 8，6 x')).toEqual([10, 8, 6, 'x']);
  });
});
