// Issue 9 item 6: the office alone took its own entry through submit → approve → accept, and a
// user holding both liaison and unit-leader roles approved their own submission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, engines, type Client, type TestApp } from '../support/harness';

interface Ind {
  id: string;
  code: string;
  number: string;
  zoneId: string;
  unitId: string | null;
}

describe.each(engines())('separation of duties on %s', (engine) => {
  let t: TestApp;
  let inds: Ind[];
  const byNumber = (n: string) => inds.find((i) => i.number === n && i.code.startsWith('YB'))!;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const admin = await as(t, 'admin');
    inds = (await admin.get('/api/indicators')).json();
    const commerce = byNumber('7').unitId;
    for (const [username, roles, unitId] of [
      ['office_two', ['office'], null],
      ['dual_commerce', ['liaison', 'unit_leader'], commerce],
    ] as const) {
      const r = await admin.post('/api/users', { username, displayName: username, roles, unitId, password: 'Second-Pair-Eyes-1' });
      expect(r.statusCode, r.body).toBe(200);
    }
  });
  afterAll(() => t?.close());

  const enterAndSubmit = async (c: Client, period: string) => {
    const ind = byNumber('7');
    const saved = await c.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period, value: 350, comment: '测试' }] });
    expect(saved.statusCode, saved.body).toBe(200);
    const [id] = saved.json().ids;
    expect((await c.post('/api/observations/submit', { ids: [id] })).statusCode).toBe(200);
    return id as string;
  };

  it('a user with both liaison and unit-leader roles cannot approve what they submitted; another leader can', async () => {
    const dual = await as(t, 'dual_commerce', 'Second-Pair-Eyes-1');
    const id = await enterAndSubmit(dual, '2021');
    const own = await dual.post('/api/observations/approve', { ids: [id] });
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'separation_of_duties', message: expect.stringContaining('不能审批本人录入或报送的数据（2021）') });
    expect((await (await as(t, 'leader_commerce')).post('/api/observations/approve', { ids: [id] })).statusCode).toBe(200);
  });

  it('a dual-role user approves what a colleague entered and submitted', async () => {
    const id = await enterAndSubmit(await as(t, 'liaison_commerce'), '2020');
    const dual = await as(t, 'dual_commerce', 'Second-Pair-Eyes-1');
    expect((await dual.post('/api/observations/approve', { ids: [id] })).statusCode).toBe(200);
  });

  it("the office's own entry needs another office user to approve and to accept it", async () => {
    const office = await as(t, 'office');
    const id = await enterAndSubmit(office, '2019');
    expect((await office.post('/api/observations/approve', { ids: [id] })).json().error.code).toBe('separation_of_duties');
    const two = await as(t, 'office_two', 'Second-Pair-Eyes-1');
    expect((await two.post('/api/observations/approve', { ids: [id] })).statusCode).toBe(200);
    const accept = await office.post('/api/observations/accept', { ids: [id] });
    expect(accept.statusCode).toBe(403);
    expect(accept.json().error.message).toContain('不能审核通过本人录入或报送的数据');
    expect((await two.post('/api/observations/accept', { ids: [id] })).statusCode).toBe(200);
  });

  it('a batch with one own row is refused whole, naming the row', async () => {
    const mine = await enterAndSubmit(await as(t, 'dual_commerce', 'Second-Pair-Eyes-1'), '2018');
    const theirs = await enterAndSubmit(await as(t, 'liaison_commerce'), '2017');
    const r = await (await as(t, 'dual_commerce', 'Second-Pair-Eyes-1')).post('/api/observations/approve', { ids: [theirs, mine] });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.details).toHaveLength(1);
    const queue = (await (await as(t, 'leader_commerce')).get('/api/observations/queue?status=submitted')).json();
    expect(queue.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([mine, theirs]));
  });

  it('HUBLINE_SEPARATION_OF_DUTIES=0 turns the rule off', async () => {
    const lax = await createTestApp(engine, { config: { separationOfDuties: false } });
    try {
      const office = await as(lax, 'office');
      const ind = (await office.get('/api/indicators')).json().find((i: Ind) => i.number === '7' && i.code.startsWith('YB'));
      const saved = await office.post('/api/observations', { observations: [{ indicatorId: ind.id, zoneId: ind.zoneId, period: '2016', value: 300, comment: '测试' }] });
      const [id] = saved.json().ids;
      for (const action of ['submit', 'approve', 'accept']) expect((await office.post(`/api/observations/${action}`, { ids: [id] })).statusCode, action).toBe(200);
    } finally {
      await lax.close();
    }
  });
});
