// GET /api/todo/count (issue 17): the menu and header badges count what waits on the caller
// without fetching 我的待办's whole list. The count is the list's length for every role, and a
// unit's people count only their own unit's lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, engines, type TestApp } from '../support/harness';

interface Todo { kind: string; unitId: string | null; status: string }
interface Ind { id: string; code: string; zoneId: string }
type Caller = Awaited<ReturnType<typeof as>>;

const ROLES = ['office', 'liaison_commerce', 'liaison_transport', 'leader_commerce', 'leader_transport', 'evaluator', 'leader'];

describe.each(engines())('to-do counts on %s', (engine) => {
  let t: TestApp;
  const c: Record<string, Caller> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const u of ROLES) c[u] = await as(t, u);
  });
  afterAll(() => t?.close());

  const list = async (u: string) => (await c[u].get('/api/todo')).json() as Todo[];
  const count = async (u: string) => {
    const res = await c[u].get('/api/todo/count');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { all: number; review: number; entry: number };
  };
  const fromList = (l: Todo[]) => ({ all: l.length, review: l.filter((x) => x.kind === 'observation').length, entry: l.filter((x) => x.kind === 'indicator').length });

  it('counts exactly what 我的待办 lists, for every role', async () => {
    for (const u of ROLES) expect(await count(u), u).toEqual(fromList(await list(u)));
    // The demo data give the liaisons and the office something to do: the counts are not all zero.
    expect((await count('liaison_commerce')).all).toBeGreaterThan(0);
    expect((await count('office')).all).toBeGreaterThan(0);
    // The liaison's owed data is counted for 数据填报 (the demo data leave this year's months open).
    expect((await count('liaison_commerce')).entry).toBeGreaterThan(0);
  });

  it("a unit counts only its own unit's lines: a value submitted by 区商务委 waits on its leader, not on 区交通局's", async () => {
    const units = (await c.office.get('/api/units')).json() as { id: string; name: string }[];
    const commerce = units.find((u) => u.name === '区商务委')!.id;
    for (const l of await list('liaison_commerce')) expect([null, commerce]).toContain(l.unitId);

    const before = { mine: await count('leader_commerce'), other: await count('leader_transport') };
    const ind = ((await c.office.get('/api/indicators')).json() as Ind[]).find((i) => i.code === 'YB-CORRIDOR-2023-7')!;
    const saved = await c.liaison_commerce.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2026', value: 356 }] });
    expect(saved.statusCode, saved.body).toBe(200);
    const [id] = saved.json().ids as string[];
    expect((await c.liaison_commerce.post('/api/observations/submit', { ids: [id] })).statusCode).toBe(200);

    const after = { mine: await count('leader_commerce'), other: await count('leader_transport') };
    expect(after.mine.review).toBe(before.mine.review + 1);
    expect(after.mine.all).toBe(before.mine.all + 1);
    expect(after.other).toEqual(before.other);
    for (const u of ROLES) expect(await count(u), u).toEqual(fromList(await list(u)));
  });

  it('asks for a signed-in caller, as the list does', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/todo/count' });
    expect(res.statusCode).toBe(401);
  });
});
