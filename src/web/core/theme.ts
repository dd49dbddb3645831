import type { ThemeConfig } from 'antd';

// A sober government-office look: one deep blue, navy navigation, system CJK fonts first
// (Windows desktops in the offices have Microsoft YaHei; Linux servers have Noto CJK).
export const BRAND = {
  primary: '#1659b8',
  navy: '#0d2646',
  navyLight: '#153660',
  pageBg: '#f2f4f7',
};

export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.primary,
    colorInfo: BRAND.primary,
    colorLink: BRAND.primary,
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    colorBgLayout: BRAND.pageBg,
    // WCAG 2.1 AA (GB/T 37668): 4.5:1 for text. antd's defaults put secondary text, placeholders
    // and the status colours below it (0.45 black on white is 4.0:1, #52c41a green 2.3:1); these
    // reach at least 4.5:1 on white and on the page background.
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    // Disabled fields are exempt, but the label beside one (an InputNumber's addon, read-only
    // rules on 预警规则) is text that must be read: 4.5:1 on antd's grey #f5f5f5 too.
    colorTextDisabled: 'rgba(0, 0, 0, 0.58)',
    colorSuccess: '#2a7a0c',
    colorWarning: '#a05a00',
    colorError: '#c4161c',
    colorSuccessText: '#2a7a0c',
    colorWarningText: '#a05a00',
    colorErrorText: '#c4161c',
    // antd derives the light backgrounds from the (now darker) status colours, which gives a
    // grey-green #b0baa8 behind success tags (2.7:1): the usual light tints, named.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    // Coloured tags (<Tag color="green">) write their text in the palette's 7th shade on its 1st:
    // antd's green, cyan, orange, gold, lime and volcano read 2.7 to 4.4:1 there. Darker 7th shades
    // for those; blue, red, purple, magenta and geekblue already pass. antd keeps each shade under
    // two names, and its CSS variable (--ant-green-7) comes from the dashed one: both are set, or
    // the tags keep antd's colour (the all-pages browser audit caught green text at 3.4:1).
    green7: '#237804',
    'green-7': '#237804',
    cyan7: '#006d75',
    'cyan-7': '#006d75',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
    gold7: '#874d00',
    'gold-7': '#874d00',
    lime7: '#4a6b00',
    'lime-7': '#4a6b00',
    volcano7: '#ad2102',
    'volcano-7': '#ad2102',
  },
  components: {
    Layout: {
      siderBg: BRAND.navy,
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
    },
    Menu: {
      darkItemBg: BRAND.navy,
      darkSubMenuItemBg: '#0a1f3a',
      darkItemSelectedBg: BRAND.primary,
      darkItemColor: 'rgba(255,255,255,0.72)',
      itemHeight: 44,
      itemMarginInline: 8,
    },
    Table: {
      headerBg: '#f5f7fa',
      headerColor: 'rgba(0,0,0,0.78)',
    },
    Card: {
      headerFontSize: 16,
    },
  },
};
