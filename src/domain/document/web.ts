// Text copied from a government site's article page carries the page around the document:
// navigation and breadcrumbs, 来源 / 发布时间 / 浏览次数 lines, 打印 / 分享 / 字体 controls and
// a metadata block (索引号 | 发布机构 | 文号 | 成文日期 …). Those lines are blanked (the offsets
// of the document stay those of the text as pasted); the metadata block is read first, as it
// names the 文号 and the title outright.
import type { Line } from './text';

const NAV = /(当前位置|您现在的位置|您的位置|所在位置|现在的位置|当前所在位置)\s*[:：]|【切换】|无障碍|长者模式|长辈版|^朗读$|设为首页|加入收藏|手机版|^返\s*回$|^导航$/;
const STATS = /(浏览次数|浏览量|点击量|点击数|点击率|阅读量|阅读数|阅读次数|访问量|关注度|瀏覽量|瀏覽次數|點擊)/;
const FIELD = /^[〖【\[]?\s*(发布时间|发布日期|发布人|时间|来源|信息来源|作者|编辑|责任编辑|投稿|字体|字号|分享到?|打印|扫一扫|關注度|來源|時間)\s*[:：]/;
const CONTROLS = /【\s*字体|\[\s*打印\s*\]|打印本页|关闭窗口|分享到|^分享[:：]?$|扫一扫在手机|扫描二维码|【\s*打印|^[\[【]?\s*(大|中|小)\s*[\]】]?$/;
const META_KEYS = /^(索\s*引\s*号|发布机构|发文机关|发文机构|发文单位|成文日期|发布日期|生成日期|公开日期|文\s*号|发文字号|发布文号|有\s*效\s*性|效力状态|效力属性|主题分类|信息分类|组配分类|公文种类|文件类型|公开方式|公开范围|名\s*称|标\s*题|信息名称|内容概述|关键词|统一编号|政策咨询机关|政策咨询电话|是否有效|废止日期|分\s*类|文件名称)\s*[:：]?/;

export interface WebMeta {
  title: string | null;
  docNumber: string | null;
}

function isMetaLine(c: string): boolean {
  const t = c.replace(/^[•·\-*\s]+/, '');
  if (!META_KEYS.test(t)) return false;
  return c.length <= 160 || /[|｜]/.test(c);
}

export function isWebNoise(c: string): boolean {
  if (!c) return false;
  if (c.length > 120) return false;
  if (NAV.test(c) || CONTROLS.test(c) || isMetaLine(c)) return true;
  // The rule line under a Markdown-style metadata table: ---|---|---|
  if (/^[|｜]?\s*:?-{3,}:?\s*([|｜]\s*:?-{3,}:?\s*)+[|｜]?$/.test(c)) return true;
  if (FIELD.test(c)) return true;
  if (STATS.test(c) && c.length <= 80) return true;
  // Breadcrumbs: 首页 > 政务公开 > 政策文件
  if (/(^|\s)[>＞»]\s*\S/.test(c) && c.length <= 60 && !/[。，]/.test(c)) return true;
  return false;
}

/** Values of the metadata block: "文 号: | 六盘水府办发〔2022〕10号 |", "• 文  号:川办发〔2018〕42号". */
function metaValues(lines: Line[]): WebMeta {
  const out: WebMeta = { title: null, docNumber: null };
  for (const l of lines.slice(0, 60)) {
    const c = l.content;
    if (!isMetaLine(c) && !/[|｜]/.test(c)) continue;
    // Key: value pairs, in `|` cells or after the colon.
    const cells = c.split(/[|｜]/).map((x) => x.replace(/^[•·\s]+/, '').trim());
    const pairs: [string, string][] = [];
    for (let k = 0; k < cells.length; k++) {
      const m = cells[k].match(/^([^:：]{1,12}?)\s*[:：]\s*(.*)$/);
      if (m) pairs.push([m[1].replace(/\s+/g, ''), m[2].trim() || (cells[k + 1] ?? '').trim()]);
      // "文 号 | 鄂口发〔2023〕1号 |": a key cell without its colon, the value in the next cell
      // (only the exact keys below are read, so a long cell is never taken for one).
      else if (META_KEYS.test(cells[k]) && cells[k + 1]) pairs.push([cells[k].replace(/\s+/g, ''), cells[k + 1].trim()]);
    }
    for (const [key, value] of pairs) {
      const v = value.replace(/\s+/g, '');
      if (!v) continue;
      if (/^(文号|发文字号|发布文号)$/.test(key) && /[〔\[［(（]\d{4}[〕\]］)）]/.test(v) && !out.docNumber) out.docNumber = v.replace(/\s/g, '');
      if (/^(名称|标题|信息名称|文件名称)$/.test(key) && !out.title) out.title = v;
    }
  }
  return out;
}

/** Blank the page furniture (same length, spaces) and read its metadata block. */
export function stripWebNoise(text: string, lines: Line[]): { text: string; meta: WebMeta; blanked: number } {
  const meta = metaValues(lines);
  let out = text;
  let blanked = 0;
  const parts: string[] = [];
  let last = 0;
  for (const l of lines) {
    if (!isWebNoise(l.content)) continue;
    parts.push(text.slice(last, l.cStart), ' '.repeat(l.cEnd - l.cStart));
    last = l.cEnd;
    blanked++;
  }
  if (blanked) {
    parts.push(text.slice(last));
    out = parts.join('');
  }
  return { text: out, meta, blanked };
}

/** "【市政府重点工作及责任分解】滁州市人民政府关于…的通知": a site's column label before the title. */
export function dropColumnLabel(title: string): string {
  return title.replace(/^【[^】]{1,30}】(?=\S{6,})/, '');
}
