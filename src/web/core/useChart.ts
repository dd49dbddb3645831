// One ECharts hook for every module. Each module registers only the chart parts it uses
// (echarts.use in its own file), so its chunk stays small; drawing, resizing and clean-up
// are the same everywhere and live here.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { AriaComponent } from 'echarts/components';
import { useTranslation } from 'react-i18next';
import { FONT_FAMILY } from './theme';

// Every chart describes itself to screen readers (below): the aria part is shared, registered once here.
echarts.use([AriaComponent]);

/** Browser tests drive the page with WebDriver: no animation, so screenshots and assertions see the final chart. */
export const animate = typeof navigator === 'undefined' || !navigator.webdriver;

/**
 * Draws `option` into the returned div ref; follows the container's size and cleans up on unmount.
 *
 * A canvas says nothing to a screen reader (WCAG 1.1.1). The container is an image named by
 * `label` (what the chart shows) followed by ECharts' own aria description of the series and
 * their values; `label` should also point to the table beside the chart that has every number.
 */
export function useChart<O extends echarts.EChartsCoreOption>(option: O | null, label: string) {
  const { i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const locale = i18n.language === 'en' ? 'EN' : 'ZH';

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.setAttribute('role', 'img');
    const c = echarts.init(el, undefined, { renderer: 'canvas', locale });
    chart.current = c;
    // A page kept mounted but hidden (React hides a shown tree with display: none while the next
    // route's chunk loads) reports a size of 0: resizing to it left ECharts' trail effect (the
    // corridor map's moving lines) drawing a 0-pixel canvas in its next frame, an uncaught
    // InvalidStateError that took the whole screen to the error page. The chart keeps its size
    // while hidden and follows the next real one.
    const ro = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientHeight > 0 && !c.isDisposed()) c.resize();
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Named before the first drawing (and when there is nothing to draw): an img without a name is an axe failure.
    if (!el.getAttribute('aria-label')) el.setAttribute('aria-label', label);
    if (!chart.current || !option) return;
    chart.current.setOption(
      {
        animation: animate,
        textStyle: { fontFamily: FONT_FAMILY },
        aria: { enabled: true, label: { general: { withTitle: `${label} {title}`, withoutTitle: `${label}。` } } },
        ...option,
      },
      { notMerge: true },
    );
  }, [option, label, locale]);

  return ref;
}
