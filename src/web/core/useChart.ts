// One ECharts hook for every module. Each module registers only the chart parts it uses
// (echarts.use in its own file), so its chunk stays small; drawing, resizing and clean-up
// are the same everywhere and live here.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { FONT_FAMILY } from './theme';

/** Browser tests drive the page with WebDriver: no animation, so screenshots and assertions see the final chart. */
export const animate = typeof navigator === 'undefined' || !navigator.webdriver;

/** Draws `option` into the returned div ref; follows the container's size and cleans up on unmount. */
export function useChart<O extends echarts.EChartsCoreOption>(option: O | null) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!chart.current || !option) return;
    chart.current.setOption({ animation: animate, textStyle: { fontFamily: FONT_FAMILY }, ...option }, { notMerge: true });
  }, [option]);

  return ref;
}
