// src/domain/evaluation/schemas.ts (issue 18): describeIssues and zhIssue, never measured before
// the m18n run of 2026-12-02 — each issue kind's Chinese message with its path, written out.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, gradeBandSchema, mcdmInputSchema } from '../../src/domain/evaluation/schemas';

const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a refusal');
  return describeIssues(r.error);
};

describe('describeIssues', () => {
  it('the root is $; a nested path joins keys with dots and indices in brackets, with no leading dot', () => {
    expect(issues(gradeBandSchema, 'x')).toEqual([{ path: '$', messageZh: '$：类型不对，应为 object', messageEn: '$: Invalid input: expected object, received string' }]);
    expect(issues(z.object({ a: z.array(z.object({ b: z.number().min(2) })) }), { a: [{ b: 1 }] })).toEqual([
      { path: 'a[0].b', messageZh: 'a[0].b：太小或太少（至少 2）', messageEn: 'a[0].b: Too small: expected number to be >=2' },
    ]);
  });

  it('every kind of issue in Chinese', () => {
    expect(issues(z.array(z.number()).max(1), [1, 2])).toEqual([{ path: '$', messageZh: '$：太大或太多（至多 1）', messageEn: '$: Too big: expected array to have <=1 items' }]);
    expect(issues(gradeBandSchema, { grade: 'best', min: 1 })).toEqual([
      { path: 'grade', messageZh: 'grade：取值应为 excellent | good | pass | fail', messageEn: 'grade: Invalid option: expected one of "excellent"|"good"|"pass"|"fail"' },
    ]);
    expect(issues(z.union([z.string(), z.number()]), true)).toEqual([{ path: '$', messageZh: '$：不符合任何一种允许的格式', messageEn: '$: Invalid input' }]);
    expect(issues(z.string().email(), 'x')).toEqual([{ path: '$', messageZh: '$：格式不对', messageEn: '$: Invalid email address' }]);
  });

  it('a path that starts with an index keeps every dot after it', () => {
    expect(issues(z.array(z.object({ a: z.number() })), [{ a: 'x' }])).toEqual([
      { path: '[0].a', messageZh: '[0].a：类型不对，应为 number', messageEn: '[0].a: Invalid input: expected number, received string' },
    ]);
  });

  it('an unknown field is named by its own path; several are listed with 、', () => {
    expect(issues(mcdmInputSchema, { method: 'topsis', matrix: [[1]], extra: 1, other: 2 })).toEqual([
      { path: 'extra', messageZh: 'extra：没有这个字段：extra、other（拼写是否有误？）', messageEn: 'extra: Unrecognized keys: "extra", "other"' },
    ]);
    expect(issues(mcdmInputSchema, { method: 'topsis', matrix: [[1]], extra: 1 })).toEqual([
      { path: 'extra', messageZh: 'extra：没有这个字段：extra（拼写是否有误？）', messageEn: 'extra: Unrecognized key: "extra"' },
    ]);
  });
});
