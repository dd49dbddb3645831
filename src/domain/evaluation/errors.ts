// One error type for the evaluation calculators: bilingual, with the path of the input at fault,
// so the CLI, the server (HTTP 400/409) and the web app say the same thing.
export class EvaluationError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
    readonly path?: string,
    readonly code = 'evaluation_invalid',
  ) {
    super(`${messageZh} / ${messageEn}`);
  }
}

export const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  // Nudge by the binary representation error so 0.125 → 0.13 as people expect.
  return Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * f) / f;
};

/** Competition ranking (1, 2, 2, 4): equal values share the better rank. */
export function competitionRanks(values: number[], higherIsBetter = true, tolerance = 1e-9): number[] {
  return values.map((v) => 1 + values.filter((w) => (higherIsBetter ? w - v > tolerance : v - w > tolerance)).length);
}
