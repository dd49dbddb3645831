// Kept apart from plans.ts, which builds zod schemas when it loads: the web's plan list needs this
// function and not zod (issue 10: the plans list's first page under 250 KB).

/** "二、" "（一）" "1." as a heading shows them: a bare Chinese or Arabic numeral gets its punctuation back. */
export function headingNumber(number: string | null | undefined): string {
  if (!number) return '';
  if (/^[一二三四五六七八九十百]+$/.test(number)) return `${number}、`;
  if (/^\d+$/.test(number)) return `${number}. `;
  return number;
}
