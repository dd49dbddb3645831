// Only the parts of ECharts the evaluation charts use, so the chunk stays small.
import * as echarts from 'echarts/core';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useChart as useSharedChart } from '../core/useChart';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
export type ChartOption = echarts.ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
/** Draws an evaluation chart; the shared hook does the drawing. */
export const useChart = (option: ChartOption | null, label: string) => useSharedChart(option, label);
