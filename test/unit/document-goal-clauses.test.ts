// Indicator names read from goal clauses (goalClauseTarget): what is a name and what is not.
// Synthetic clauses written for the rule, not copied from the real-document fixtures.
import { describe, expect, it } from 'vitest';
import { goalClauseTarget } from '../../src/domain/document/indicators';

describe('goal clause names', () => {
  it('ends a name before the verb that carries the number', () => {
    expect(goalClauseTarget('城市配送车辆新能源化实现80%', 2026)).toMatchObject({ name: '城市配送车辆新能源化', target: { kind: 'level', value: 80, unit: '%' } });
    expect(goalClauseTarget('冷链物流企业数量保持120家以上', 2026)).toMatchObject({ name: '冷链物流企业数量', target: { kind: 'min', value: 120, unit: '家' } });
    expect(goalClauseTarget('港口集装箱吞吐量达到300万标箱', 2026)).toMatchObject({ name: '港口集装箱吞吐量', target: { kind: 'level', value: 300, unit: '万标箱' } });
  });

  it('does not take an adverb or a verb alone as the name; the count-first form names what is counted', () => {
    expect(goalClauseTarget('累计培育3个区域物流品牌和2个示范项目、园区', 2026)).toBeNull();
    expect(goalClauseTarget('新增12个公共海外仓和4个分拨中心、站点', 2026)).toBeNull();
    expect(goalClauseTarget('累计培育5家国家A级物流企业', 2026)).toMatchObject({ name: '国家A级物流企业', target: { kind: 'level', value: 5, unit: '家' } });
    expect(goalClauseTarget('累计建成8个乡镇寄递服务站', 2026)).toMatchObject({ name: '乡镇寄递服务站', target: { kind: 'level', value: 8, unit: '个' } });
  });

  it('a percentage that belongs to a verb (实现100%达标) names no indicator unless the name is a rate', () => {
    expect(goalClauseTarget('冷库安全管理规范化实现100%达标', 2026)).toBeNull();
    expect(goalClauseTarget('村级寄递物流站点实现90%覆盖', 2026)).toBeNull();
    expect(goalClauseTarget('冷库安全管理达标率100%', 2026)).toMatchObject({ name: '冷库安全管理达标率', target: { value: 100, unit: '%' } });
    expect(goalClauseTarget('村级寄递物流站点覆盖率达到90%以上', 2026)).toMatchObject({ name: '村级寄递物流站点覆盖率', target: { kind: 'min', value: 90, unit: '%' } });
  });
});
