// Time limits set inside a task's prose. Plans for the business
// environment (营商环境) and for administrative approval write their targets into the measures:
//
//   "(二)优化工程项目许可办理。……全市工程建设项目审批时间缩短至100个工作日内。"
//   "企业开办时间压缩至3个工作日以内"  "不动产登记办理时限压缩到5个工作日"  "通关时间控制在24小时内"
//
// A clause whose subject is a time (时间 / 时限 / 周期 / 用时 / 耗时) brought down to (缩短至 / 压缩到 /
// 降至 / 下降到 / 控制在 …, the ceilings the clause readers know) a number of 工作日 / 天 / 小时 / 分钟
// is a ceiling target of the plan; its year is one written before it in its sentence, else none.
// Goal paragraphs already read are left to the goal readers.
import type { Goal, Indicator, Task } from './types';
import { goalIndicators } from './indicators';

export const TIME_LIMIT =
  /(?:时间|时限|周期|用时|耗时)(?:平均)?(?:压缩至|压缩到|缩短至|缩短到|降低至|降低到|下降至|下降到|降至|控制在)\s?\d+(?:\.\d+)?\s?(?:个工作日|工作日|天|日|小时|分钟)(?:以内|之内|内)?$/;

const TIME_SUBJECT = /时间|时限|周期|用时|耗时/;

/** The time-limit clauses of the tasks' texts, as goals with no year (spans in `norm`). */
export function taskTimeLimits(norm: string, tasks: Task[], goals: Goal[]): Goal[] {
  const out: Goal[] = [];
  for (const t of tasks) {
    const [s, e] = t.span;
    const text = norm.slice(s, e);
    // Most tasks name no time at all: skip them before splitting into clauses (a 2,000-row table).
    if (!TIME_SUBJECT.test(text)) continue;
    const re = /[^，,；;。！!？?\n]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const clause = m[0].trim();
      if (!TIME_LIMIT.test(clause)) continue;
      const at = s + m.index + (m[0].length - m[0].trimStart().length);
      const span: [number, number] = [at, at + clause.length];
      if (goals.some((g) => g.span[0] < span[1] && g.span[1] > span[0])) continue;
      // A year written before it in its sentence (到2025年，… / 2025年底前…) is its year.
      const sentence = text.slice(0, m.index).split(/[。；;！!？?\n]/).pop() ?? '';
      const year = sentence.match(/((?:19|20)\d{2})\s?年/);
      out.push({ year: year ? Number(year[1]) : null, text: clause, span });
    }
  }
  return out;
}

/** Indicators for those clauses. */
export function taskTimeLimitIndicators(norm: string, tasks: Task[], goals: Goal[]): Indicator[] {
  return goalIndicators(taskTimeLimits(norm, tasks, goals), norm);
}
