// GB/T 9704 fonts: 方正小标宋 for the title, 仿宋_GB2312 for the body, 黑体 and 楷体 for the
// first and second heading levels. Word documents name a font and the reader's machine draws
// it, but the PDF is drawn here: so each role takes the first candidate installed on this
// server (fc-list), else the last candidate; the briefing records which it used.
import { execFileSync } from 'node:child_process';

const CANDIDATES = {
  title: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'Noto Serif CJK SC', '宋体'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'Noto Serif CJK SC', '宋体'],
  heading1: ['黑体', 'SimHei', 'Noto Sans CJK SC', '黑体'],
  heading2: ['楷体_GB2312', '楷体', 'KaiTi', 'Noto Serif CJK SC', '楷体'],
} as const;
export type FontRole = keyof typeof CANDIDATES;
export type Fonts = Record<FontRole, string>;

let installed: Set<string> | null = null;
function installedFamilies(): Set<string> {
  if (installed) return installed;
  try {
    const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 10_000 });
    installed = new Set(out.split('\n').flatMap((l) => l.split(',').map((f) => f.trim())).filter(Boolean));
  } catch {
    installed = new Set();
  }
  return installed;
}

export function briefingFonts(): Fonts {
  const fam = installedFamilies();
  const pick = (role: FontRole) => CANDIDATES[role].find((f) => fam.has(f)) ?? CANDIDATES[role][CANDIDATES[role].length - 1];
  return { title: pick('title'), body: pick('body'), heading1: pick('heading1'), heading2: pick('heading2') };
}
