import type { Deadline } from './types';
import { daysInMonth, isoDate } from './text';

// One pass over the text with a single alternation; each branch is anchored on literal
// characters (年/月/前) so there is no backtracking blow-up on long inputs.
const DEADLINE =
  /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:以前|前)|((?:19|20)\d{2})年(\d{1,2})月(?:底|末|份)?(?:以前|前)|((?:19|20)\d{2})年(上半年|下半年|第?[一二三四]季度)(?:末|底)?(?:以前|前)|((?:19|20)\d{2})年(?:年底|年末|底|末)?(?:以前|前)(?![一二三四两\d个季半])|(?<![\d年])(\d{1,2})月(?:底|末)?(?:以前|前)|(?<![\d年])(?:年底|年末)(?:以前|前)|(?<![\d年])(上半年|下半年)(?:以前|前)|(?:完成时限|时间节点|完成时间|时限要求|完成期限)[：:]\s*((?:19|20)\d{2})年(?:(\d{1,2})月)?(?:底|末)?(?:以前|前)?/g;

const YEAR_MENTION = /((?:19|20)\d{2})年/g;

function periodEnd(year: number, period: string): string | null {
  if (period.includes('上半年')) return isoDate(year, 6, 30);
  if (period.includes('下半年')) return isoDate(year, 12, 31);
  // Not a quarter: q is 0, and isoDate refuses month 0.
  const q = '一二三四'.indexOf(period.replace(/第|季度/g, '')) + 1;
  return isoDate(year, q * 3, daysInMonth(year, q * 3));
}

function yearBefore(text: string, at: number): number | null {
  let year: number | null = null;
  YEAR_MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_MENTION.exec(text)) && m.index < at) year = Number(m[1]);
  return year;
}

/**
 * Deadlines in a task text. A year-less 年底前 / 6月底前 takes the nearest year mentioned
 * before it in the task, else `contextYear` (the document's year); without either it is
 * dropped. Phrases like 按期建成投用 carry no date and are not deadlines.
 */
export function findDeadlines(text: string, contextYear: number | null): Deadline[] {
  const out: Deadline[] = [];
  DEADLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEADLINE.exec(text))) {
    if (m[0].length === 0) {
      DEADLINE.lastIndex++;
      continue;
    }
    let date: string | null = null;
    const ctx = () => yearBefore(text, m!.index) ?? contextYear;
    if (m[1]) date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) {
      const y = Number(m[4]);
      // isoDate refuses a month outside 1–12 (13月底前 is no date)
      date = isoDate(y, Number(m[5]), daysInMonth(y, Number(m[5])));
    } else if (m[6]) date = periodEnd(Number(m[6]), m[7]);
    else if (m[8]) date = isoDate(Number(m[8]), 12, 31);
    else if (m[9]) {
      const y = ctx();
      const mo = Number(m[9]);
      date = y ? isoDate(y, mo, daysInMonth(y, mo)) : null;
    } else if (m[10]) {
      const y = ctx();
      date = y ? periodEnd(y, m[10]) : null;
    } else if (m[11]) {
      const y = Number(m[11]);
      const mo = m[12] ? Number(m[12]) : 12;
      date = isoDate(y, mo, daysInMonth(y, mo));
    } else {
      // 年底前 / 年末前 without a year
      const y = ctx();
      date = y ? isoDate(y, 12, 31) : null;
    }
    if (date && !out.some((d) => d.text === m![0] && d.date === date)) out.push({ text: m[0], date });
  }
  return out;
}
