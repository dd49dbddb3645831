// Constraint failures from either driver (pg, PGlite), bare or wrapped by Drizzle, map
// to the client errors the API promises; anything else stays a server error.
import { describe, expect, it } from 'vitest';
import { dbErrorToAppError } from '../../src/server/core/errors';

const wrapped = (cause: object) => Object.assign(new Error('Failed query: insert …'), { cause });

describe('dbErrorToAppError', () => {
  it('maps a missing reference to 404 and names the field', () => {
    const e = dbErrorToAppError(wrapped({ code: '23503', detail: 'Key (zone_id)=(0000) is not present in table "zones".' }))!;
    expect(e.statusCode).toBe(404);
    expect(e.body()).toMatchObject({ code: 'reference_not_found', field: 'zoneId', message: '引用的记录不存在（zoneId）' });
  });
  it('maps a row still referenced to 409', () => {
    const e = dbErrorToAppError({ code: '23503', detail: 'Key (id)=(1) is still referenced from table "tasks".' })!;
    expect([e.statusCode, e.code]).toEqual([409, 'still_referenced']);
  });
  it('maps a duplicate to 409 and a failed check to 422', () => {
    expect(dbErrorToAppError(wrapped({ code: '23505', detail: 'Key (code)=(x) already exists.' }))!.body()).toMatchObject({ code: 'duplicate', field: 'code' });
    expect(dbErrorToAppError(wrapped({ code: '23505' }))!.statusCode).toBe(409);
    const check = dbErrorToAppError({ code: '23514', constraint: 'weights_sum' })!;
    expect([check.statusCode, check.messageEn]).toEqual([422, 'The data breaks a rule of the database (weights_sum)']);
  });
  it('leaves other errors alone', () => {
    expect(dbErrorToAppError(new Error('boom'))).toBeNull();
    expect(dbErrorToAppError(wrapped({ code: '40001' }))).toBeNull();
    expect(dbErrorToAppError({ code: 'ECONNREFUSED' })).toBeNull();
  });
});
