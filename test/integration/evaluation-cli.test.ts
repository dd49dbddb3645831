// `hubline evaluate | mcdm | allocate` as a user runs them, on the examples in docs/evaluation.md.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
