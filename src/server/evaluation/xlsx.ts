// Excel export of the evaluation results (the pattern: src/server/core/xlsx-route.ts).
import { xlsxExport } from '../core/xlsx-route';
import { LABELS } from '../../contracts/labels';
import { rankingLabel, type EvaluationResult, type ZoneResult } from '../../domain/evaluation/index';

type ResultRow = ZoneResult & { groupName: string };

/** 考核结果 / Results of a round: one row per zone, as visible to the caller (a unit before publication: its own). */
export const resultListXlsx = xlsxExport<ResultRow>({
  file: ['考核结果', 'evaluation results'],
  // The group by its name in the scheme (its id is a code such as `dry_port`).
  rows: (answer: { output: EvaluationResult | null }) =>
    (answer.output?.zones ?? []).map((z) => ({ ...z, groupName: answer.output?.groups.find((g) => g.id === z.group)?.name ?? z.group })),
  columns: [
    { zh: '总排名', en: 'Overall rank', kind: 'integer', width: 10, value: (r) => r.rankOverall },
    { zh: '组内排名', en: 'Rank in group', kind: 'integer', width: 10, value: (r) => r.rankInGroup },
    { zh: '区域', en: 'Zone', width: 20, value: (r) => r.name },
    { zh: '分组', en: 'Group', width: 14, value: (r) => r.groupName },
    { zh: '基础得分', en: 'Base', kind: 'decimal', value: (r) => r.base },
    { zh: '折算得分', en: 'Rescaled', kind: 'decimal', value: (r) => r.rescaled },
    { zh: '加分', en: 'Bonus', kind: 'decimal', value: (r) => r.bonus },
    { zh: '扣分', en: 'Deduction', kind: 'decimal', value: (r) => r.deduction },
    { zh: '督办扣分', en: 'Supervision', kind: 'decimal', value: (r) => r.supervisionTotal },
    { zh: '总分', en: 'Total', kind: 'decimal', value: (r) => r.total },
    { zh: '等次', en: 'Grade', width: 10, labels: LABELS.grade, value: (r) => r.grade },
    { zh: '评优资格', en: 'Eligible', width: 8, labels: LABELS.yesNo, value: (r) => (r.eligible ? 'yes' : 'no') },
    { zh: '一票否决', en: 'Veto', width: 30, value: (r) => r.veto?.reason ?? null },
  ],
  // Under TOPSIS or grey relational analysis the ranks follow the method's score, not the total:
  // the sheet shows the scores they follow, the method named in the header (docs/evaluation.md).
  moreColumns: (answer: { output: EvaluationResult | null }) => {
    const ranking = answer.output?.ranking;
    if (!ranking || ranking.method === 'weighted_sum') return [];
    const { zh, en } = rankingLabel(ranking);
    return [
      { zh: `排名得分（组内，${zh}）`, en: `Rank score (in group, ${en})`, kind: 'decimal', width: 16, value: (r: ResultRow) => r.rankScore },
      { zh: `排名得分（总排名，${zh}）`, en: `Rank score (overall, ${en})`, kind: 'decimal', width: 16, value: (r: ResultRow) => r.rankScoreOverall },
      { zh: `方法得分（${zh}，0–1）`, en: `Method score (${en}, 0–1)`, kind: 'decimal', width: 16, value: (r: ResultRow) => r.methodScore },
    ];
  },
});
