import { describe, expect, it } from 'vitest';
import { versionChanges } from '../../src/domain/delivery/versions';

const base = { progress: 'in_progress', percentDone: 30, text: '完成申报材料', problems: '', nextSteps: '对接航司', coordination: '需协调航权', milestoneProgress: [{ milestoneId: 'm1', percent: 30 }] };

describe('versionChanges', () => {
  it('finds nothing between equal versions, and treats empty, null and missing text alike', () => {
    expect(versionChanges(base, { ...base })).toEqual([]);
    expect(versionChanges({ ...base, problems: null }, { ...base, problems: '' })).toEqual([]);
    expect(versionChanges({ ...base, problems: undefined }, base)).toEqual([]);
  });

  it('names each changed field with its before and after', () => {
    expect(versionChanges(base, { ...base, text: '完成申报材料；计划3月开通', progress: 'delayed', percentDone: 35 })).toEqual([
      { field: 'progress', before: 'in_progress', after: 'delayed' },
      { field: 'percentDone', before: 30, after: 35 },
      { field: 'text', before: '完成申报材料', after: '完成申报材料；计划3月开通' },
    ]);
    expect(versionChanges(base, { ...base, coordination: '' })).toEqual([{ field: 'coordination', before: '需协调航权', after: null }]);
    expect(versionChanges({ ...base, percentDone: null }, { ...base, percentDone: 0 })).toEqual([{ field: 'percentDone', before: null, after: 0 }]);
  });

  it('compares per-milestone percentages one milestone at a time, added and dropped ones too', () => {
    const after = { ...base, milestoneProgress: [{ milestoneId: 'm1', percent: 60 }, { milestoneId: 'm2', percent: 10 }] };
    expect(versionChanges(base, after)).toEqual([
      { field: 'milestone', milestoneId: 'm1', before: 30, after: 60 },
      { field: 'milestone', milestoneId: 'm2', before: null, after: 10 },
    ]);
    expect(versionChanges(after, { ...base, milestoneProgress: [] })).toEqual([
      { field: 'milestone', milestoneId: 'm1', before: 60, after: null },
      { field: 'milestone', milestoneId: 'm2', before: 10, after: null },
    ]);
    // Order of the list is no change; a malformed entry is ignored rather than compared.
    expect(versionChanges(after, { ...after, milestoneProgress: [...after.milestoneProgress].reverse() })).toEqual([]);
    expect(versionChanges({ ...base, milestoneProgress: 'x' }, { ...base, milestoneProgress: [{ milestoneId: 'm1', percent: 30 }, { percent: 5 }] })).toEqual([{ field: 'milestone', milestoneId: 'm1', before: null, after: 30 }]);
  });
});
