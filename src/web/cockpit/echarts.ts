// Only the ECharts parts the cockpit draws (bars, lines, the network on lon/lat axes).
import * as echarts from 'echarts/core';
import { BarChart, EffectScatterChart, LineChart, LinesChart, ScatterChart, type BarSeriesOption, type EffectScatterSeriesOption, type LineSeriesOption, type LinesSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useChart as useSharedChart } from '../core/useChart';

echarts.use([BarChart, LineChart, ScatterChart, EffectScatterChart, LinesChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | EffectScatterSeriesOption
  | LinesSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>;

export const useChart = (option: ChartOption | null, label: string) => useSharedChart(option, label);
