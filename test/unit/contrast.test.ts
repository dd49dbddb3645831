// WCAG 2.1 AA 1.4.3 (GB/T 37668): text colours reach 4.5:1 against what they are drawn on. The
// browser audit finds a failing colour on a page; this says which colour of the theme it is,
// in milliseconds: the indicator status badges (text in the status colour on its own light tint)
// and antd's coloured and status tags (text in the palette's 7th shade, or the status colour, on
// the light background antd derives), computed from the app's theme by antd itself.
import { describe, expect, it } from 'vitest';
import { theme as antdTheme } from 'antd';
import { STATUS_COLORS } from '../../src/web/indicators/format';
import { theme } from '../../src/web/core/theme';

type RGB = [number, number, number];
function parse(c: string): { rgb: RGB; a: number } {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(c);
  if (hex) {
    const n = parseInt(hex[1], 16);
    return { rgb: [n >> 16, (n >> 8) & 255, n & 255], a: hex[2] ? parseInt(hex[2], 16) / 255 : 1 };
  }
  const m = /^rgba?\(([^)]+)\)$/.exec(c);
  if (!m) throw new Error(`colour not understood: ${c}`);
  const [r, g, b, a = '1'] = m[1].split(',').map((x) => x.trim());
  return { rgb: [Number(r), Number(g), Number(b)], a: Number(a) };
}
const over = (c: string, bg: RGB): RGB => {
  const { rgb, a } = parse(c);
  return rgb.map((v, i) => v * a + bg[i] * (1 - a)) as RGB;
};
const luminance = (rgb: RGB) =>
  rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
function contrast(fg: string, bg: string): number {
  const back = over(bg, [255, 255, 255]);
  const [x, y] = [luminance(over(fg, back)), luminance(back)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('colour contrast (WCAG AA 4.5:1)', () => {
  it('the ratio itself: black on white 21, #777 on white below 4.5', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(STATUS_COLORS))('status badge %s (%s) on white and on its own tint', (_, color) => {
    expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // StatusBadge: background `${color}12` (7 % of the colour) over the white card.
    expect(contrast(color, `${color}12`)).toBeGreaterThanOrEqual(4.5);
  });

  const token = antdTheme.getDesignToken(theme) as unknown as Record<string, string>;
  const PRESETS = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano', 'geekblue', 'lime', 'gold'];
  it.each(PRESETS.filter((p) => p !== 'yellow'))('<Tag color="%s">: its 7th shade on its 1st', (p) => {
    expect(contrast(token[`${p}7`], token[`${p}1`])).toBeGreaterThanOrEqual(4.5);
    // antd's CSS variable (--ant-green-7) is made from the dashed name: the one the browser shows.
    expect(contrast(token[`${p}-7`], token[`${p}-1`])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(['Success', 'Warning', 'Error', 'Info'])('status tag %s: the status colour on its background', (s) => {
    expect(contrast(token[`color${s}`], token[`color${s}Bg`])).toBeGreaterThanOrEqual(4.5);
  });
  it('disabled text (an addon beside a read-only field) on antd\'s disabled grey', () => {
    expect(contrast(token.colorTextDisabled, '#f5f5f5')).toBeGreaterThanOrEqual(4.5);
  });
  it.each(['colorTextSecondary', 'colorTextTertiary', 'colorTextDescription', 'colorTextPlaceholder'])('%s on white and on the page background', (k) => {
    expect(contrast(token[k], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token[k], token.colorBgLayout)).toBeGreaterThanOrEqual(4.5);
  });
});
