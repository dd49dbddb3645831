// One chart tile's drawing, in a chunk of its own with ECharts (CockpitPage.tsx loads it beside the data).
import { useChart, type ChartOption } from './echarts';

export default function Chart({ option, label }: { option: ChartOption | null; label: string }) {
  const ref = useChart(option, label);
  return <div ref={ref} className="hl-cockpit-chart" />;
}
