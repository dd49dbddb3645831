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
