// A score as the evaluation pages print it (two decimals, — for none); apart from shared.tsx so the
// calculation sheet's builder loads without antd (and is unit-tested in node).
export const fmt = (x: number | null | undefined, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : (Math.round(x * 10 ** d) / 10 ** d).toFixed(d));
