// The text alternative of a chart drawn where no visible table fits (the cockpit's tiles): the
// same figures as a real <table>, hidden from the eye but read by screen readers and reachable
// by their table navigation (WCAG 1.1.1). Pages with room show a visible antd Table instead.
import type { ReactNode } from 'react';

export interface ChartTableProps {
  /** What the table holds: the chart's title. */
  caption: string;
  columns: string[];
  /** One row per category of the chart; the first cell names it (a row header). */
  rows: ReactNode[][];
  testId?: string;
}

export function ChartTable({ caption, columns, rows, testId }: ChartTableProps) {
  // The wrapper is what is hidden: a table box grows to its content whatever width it is given.
  return (
    <div className="hl-sr-only">
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
