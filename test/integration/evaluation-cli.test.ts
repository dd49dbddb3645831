// `hubline evaluate | mcdm | allocate` as a user runs them, on the examples in docs/evaluation.md.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hubline } from '../support/processes';

const tmp = mkdtempSync(join(tmpdir(), 'hubline-eval-cli-'));

describe('hubline evaluation calculators', () => {
  it('evaluate prints scores, ranks per group and the steps', async () => {
    const r = await hubline(['evaluate', 'docs/examples/evaluate.json'], {});
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.groups.map((g: { id: string }) => g.id)).toEqual(['dry_port', 'airport']);
    const b = out.zones.find((z: { id: string }) => z.id === 'B');
    expect(b.rescaleFactor).toBeCloseTo(100 / 70, 12);
    const c = out.zones.find((z: { id: string }) => z.id === 'C');
    expect(c.supervisionTotal).toBe(2);
  });
  it('evaluate --sensitivity adds the sensitivity view, the result itself unchanged', async () => {
    const plain = JSON.parse((await hubline(['evaluate', 'docs/examples/evaluate.json'], {})).stdout);
    const r = await hubline(['evaluate', 'docs/examples/evaluate.json', '--sensitivity'], {});
    expect(r.code, r.stderr).toBe(0);
    const { sensitivity, ...rest } = JSON.parse(r.stdout);
    expect(rest).toEqual(plain);
    expect(sensitivity.map((s: { id: string }) => s.id)).toEqual(['dry_port', 'airport', 'overall']);
    const dry = sensitivity[0];
    expect(dry.changes.map((c: { en: string }) => c.en)).toContain('with equal weights, 西永片区 ranks 2nd (officially 3rd)');
  });
  it('evaluate: a scheme without a ranking method ranks by the total, as before', async () => {
    const out = JSON.parse((await hubline(['evaluate', 'docs/examples/evaluate.json'], {})).stdout);
    expect(out.ranking).toEqual({ method: 'weighted_sum', normalization: null, rho: null, allocateBy: 'total' });
    for (const z of out.zones) expect([z.rankScore, z.methodScore, z.rankScoreOverall]).toEqual([z.total, null, null]);
    expect(out.zones.map((z: { rankInGroup: number }) => z.rankInGroup)).toEqual([1, 2, 3, 1, 2]);
  });
  it('evaluate: the ranking method published with the scheme ranks each group, and re-running the same input reproduces the ranks', async () => {
    const r = await hubline(['evaluate', 'docs/examples/evaluate-topsis.json', '--sensitivity'], {});
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ranking).toEqual({ method: 'topsis', normalization: 'vector', rho: null, allocateBy: 'total' });
    type Z = { id: string; total: number; rankScore: number; methodScore: number; rankInGroup: number; rankOverall: number };
    const z = (id: string) => out.zones.find((x: Z) => x.id === id) as Z;
    // Two zones in a group: TOPSIS puts the better one at the ideal (1) and the other at the anti-ideal (0).
    expect([z('D').methodScore, z('E').methodScore]).toEqual([1, 0]);
    expect([z('D').rankScore, z('E').rankScore]).toEqual([100, 0]);
    // The totals are the weighted sums, untouched: the rank score sits next to them.
    expect(z('A').total).toBe(99);
    expect(z('A').rankScore).toBeCloseTo(72.1237, 4);
    expect(out.groups[0].ranking.map((x: { id: string; rank: number }) => [x.id, x.rank])).toEqual([['A', 1], ['B', 2], ['C', 3]]);
    // The sensitivity view's run of the same method agrees with the official ranks.
    for (const scope of out.sensitivity) {
      const run = scope.runs.find((x: { method: string }) => x.method === 'topsis_vector');
      expect(run.ranks).toEqual(scope.zones.map((x: { official: number }) => x.official));
    }
    // The same input with GRA (ρ 0.3) written out and re-run twice: the ranks are reproduced.
    const input = JSON.parse(readFileSync('docs/examples/evaluate-topsis.json', 'utf8'));
    input.scheme.ranking = { method: 'gra', normalization: 'minmax', rho: 0.3 };
    writeFileSync(join(tmp, 'gra.json'), JSON.stringify(input));
    const a = JSON.parse((await hubline(['evaluate', join(tmp, 'gra.json')], {})).stdout);
    const b = JSON.parse((await hubline(['evaluate', join(tmp, 'gra.json')], {})).stdout);
    expect(a.ranking).toEqual({ method: 'gra', normalization: 'minmax', rho: 0.3, allocateBy: 'total' });
    expect(b).toEqual(a);
    // Airport, min-max: 空港 is the reference (Δ 0), 两路 is Δ 1 on both criteria, Δmax 1:
    // ξ = 0.3 ÷ (1 + 0.3) = 0.230769 on each, so its grade is 0.230769 and its rank score 23.08.
    const ga = (id: string) => a.zones.find((x: Z) => x.id === id) as Z;
    expect([ga('D').methodScore, ga('E').methodScore]).toEqual([1, expect.closeTo(0.3 / 1.3, 12)]);
    expect([ga('D').rankInGroup, ga('E').rankInGroup]).toEqual([1, 2]);
  });
  it('evaluate: a misspelt ranking parameter is refused by name', async () => {
    const input = JSON.parse(readFileSync('docs/examples/evaluate-topsis.json', 'utf8'));
    input.scheme.ranking = { method: 'gra', normalisation: 'vector' };
    writeFileSync(join(tmp, 'bad-ranking.json'), JSON.stringify(input));
    const r = await hubline(['evaluate', join(tmp, 'bad-ranking.json')], {});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('scheme.ranking.normalisation：没有这个字段：normalisation');
  });
  it('mcdm: AHP weights with the consistency ratio and the random-index table', async () => {
    const r = await hubline(['mcdm', 'docs/examples/mcdm-ahp.json'], {});
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.weights)).toEqual(['freight', 'cost', 'industry', 'reform']);
    expect(out.consistencyRatio).toBeLessThan(0.1);
    expect(out.parameters.randomIndexTable).toBe('saaty');
  });
  it('allocate: the parts add up to the pool', async () => {
    const r = await hubline(['allocate', 'docs/examples/allocate.json'], {});
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(5000);
    expect(out.allocations.map((a: { amount: number }) => a.amount)).toEqual([1636, 1575, 1414, 375, 0]);
  });
  it('allocate: factors per recipient with weights, a cap and a floor (the web form\'s parameters)', async () => {
    const r = await hubline(['allocate', 'docs/examples/allocate-factors.json'], {});
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    // Shares 0.7·score/404.2 + 0.3·area/82.5 of 3000; 洛碛 (842.1) held at the cap 750, the rest
    // spread in proportion, which leaves 空港 (350.5) below the floor: raised to 400; the last
    // 1,850 spread over the other three in proportion.
    expect(out.allocations.map((a: { id: string; amount: number }) => [a.id, a.amount])).toEqual([
      ['yubei-gulu', 626],
      ['yubei-luoqi', 750],
      ['yubei-linkong', 553],
      ['yubei-konggang', 400],
      ['yubei-xiantao', 671],
    ]);
    expect(out.total).toBe(3000);
    expect(out.steps.map((s: { step: string }) => s.step)).toEqual(['factors', 'cap_floor', 'rounding']);
  });
  it('bad input: exit code 2 and a bilingual message naming the field', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ pool: 10, decimals: 0, rule: 'lottery', recipients: [{ id: 'a' }] }));
    const r = await hubline(['allocate', file], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rule');
    const ahp = join(tmp, 'ahp.json');
    writeFileSync(ahp, JSON.stringify({ method: 'ahp', comparisons: { a: { b: 5, c: 0.2 }, b: { c: 5 } } }));
    const r2 = await hubline(['mcdm', ahp], {});
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/一致性比率 CR = .* ≥ 0\.10/);
  });
});
