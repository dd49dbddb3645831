// Server-rendered pages of the public portal. Everything reads without JavaScript: the
// tables carry the data; /public/chart.js (a few KB, no framework) draws a chart above a
// table marked data-chart, as an enhancement only.
import type { PlanRow, PublicGroup, PublicIndicator } from './model';
import { TEXT, type Lang } from './i18n';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

const base = (lang: Lang) => (lang === 'en' ? '/public/en' : '/public');

export function fmtNumber(v: number | null | undefined, lang: Lang): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return TEXT[lang].none;
  return v.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2 });
}

export function targetText(t: { kind: string; value: number | null; text?: string | null } | null, unit: string | null, lang: Lang): string {
  if (!t) return TEXT[lang].none;
  const k = TEXT[lang].kind_[t.kind] ?? t.kind;
  if (t.kind === 'pending' || t.value === null) return t.text && lang === 'zh' ? t.text : k;
  if (t.kind === 'growth' || t.kind === 'reduction') return `${k} ${fmtNumber(t.value, lang)}%`;
  if (t.kind === 'relative') return `${k} ${fmtNumber(t.value, lang)} pp`;
  return `${k} ${fmtNumber(t.value, lang)}${unit ? ` ${unit}` : ''}`;
}

const indName = (i: { name: string; nameEn: string | null }, lang: Lang) => (lang === 'en' && i.nameEn ? i.nameEn : i.name);

function page(lang: Lang, title: string, path: string, body: string, opts: { chart?: boolean } = {}): string {
  const T = TEXT[lang];
  // The same page in the other language: /public/x ↔ /public/en/x.
  const other = lang === 'en' ? path.replace(/^\/public\/en/, '/public') || '/public' : path.replace(/^\/public/, '/public/en');
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ${esc(T.site)}</title>
<link rel="icon" href="/favicon.svg">
<style>${CSS}</style>
${opts.chart ? '<script src="/public/chart.js" defer></script>' : ''}
</head>
<body>
<a class="skip" href="#main">${esc(T.skip)}</a>
<header><div class="wrap"><a class="brand" href="${base(lang)}">${esc(T.site)}</a>
<nav aria-label="${lang === 'en' ? 'Site' : '站点导航'}"><a href="${base(lang)}">${esc(T.home)}</a> <a href="/public/data.json">${esc(T.openData)}</a> <a href="${esc(other)}" lang="${lang === 'en' ? 'zh-CN' : 'en'}">${esc(T.langOther)}</a></nav></div></header>
<main id="main" class="wrap">
${body}
</main>
<footer><div class="wrap"><p>${esc(T.footer)}</p></div></footer>
</body>
</html>`;
}

const badge = (kind: 'status' | 'group' | 'standing', key: string, lang: Lang) => {
  const T = TEXT[lang];
  const label = kind === 'status' ? T.status_[key] : kind === 'group' ? T.group_[key] : T.standing_[key];
  return `<span class="badge b-${esc(key)}">${esc(label ?? key)}</span>`;
};

export function renderIndex(lang: Lang, list: PlanRow[]): string {
  const T = TEXT[lang];
  const items = list.length
    ? `<ul class="plans">${list
        .map(
          (p) =>
            `<li><a href="${base(lang)}/plans/${encodeURIComponent(p.code)}">${esc(p.title)}</a><br><span class="meta">${esc([p.docNumber, p.issuer, p.issuedDate].filter(Boolean).join(' · '))}</span></li>`,
        )
        .join('')}</ul>`
    : `<p>${esc(T.noPlans)}</p>`;
  return page(lang, T.home, base(lang), `<h1>${esc(T.plans)}</h1><p>${esc(T.intro)}</p>${items}<p><a href="/public/data.json">${esc(T.openData)}</a></p>`);
}

function indicatorRows(lang: Lang, inds: PublicIndicator[]): string {
  return inds
    .flatMap((i) =>
      (i.statuses.length ? i.statuses : [null]).map((s) => {
        const sum = s?.summary;
        return `<tr><th scope="row"><a href="${base(lang)}/indicators/${encodeURIComponent(i.code)}">${esc(indName(i, lang))}</a>${i.statuses.length > 1 ? ` <span class="meta">${esc(lang === 'en' ? (s?.zoneEn ?? s?.zone) : s?.zone)}</span>` : ''}</th>
<td>${esc(i.unit ?? '')}</td>
<td class="num">${sum?.latest ? `${fmtNumber(sum.latest.value, lang)} <span class="meta">(${esc(sum.latest.period)})</span>` : T(lang).none}</td>
<td>${esc(targetText(sum?.target ? { kind: sum.target.kind, value: sum.target.input, text: null } : (i.targets.at(-1) ?? null), i.unit, lang))}${sum?.target ? ` <span class="meta">(${sum.target.year}${(sum.target.kind === 'growth' || sum.target.kind === 'reduction') && sum.target.value !== null ? ` → ${fmtNumber(sum.target.value, lang)}${i.unit ? ` ${esc(i.unit)}` : ''}` : ''})</span>` : ''}</td>
<td>${sum ? badge('status', sum.status, lang) : T(lang).none}</td>
<td class="num">${sum?.distanceCovered != null ? `${fmtNumber(sum.distanceCovered, lang)}%` : T(lang).none}</td></tr>`;
      }),
    )
    .join('\n');
}
const T = (lang: Lang) => TEXT[lang];

export function renderPlan(lang: Lang, plan: PlanRow, inds: PublicIndicator[], groups: PublicGroup[], sections: { level: number; number: string | null; title: string; text: string }[]): string {
  const L = TEXT[lang];
  const meta = [
    plan.docNumber ? `<dt>${esc(L.docNumber)}</dt><dd>${esc(plan.docNumber)}</dd>` : '',
    plan.issuer ? `<dt>${esc(L.issuer)}</dt><dd>${esc(plan.issuer)}</dd>` : '',
    plan.issuedDate ? `<dt>${esc(L.issued)}</dt><dd>${esc(plan.issuedDate)}</dd>` : '',
  ].join('');
  const indTable = `<table id="indicators" class="data"><caption>${esc(L.indicators)}</caption>
<thead><tr><th scope="col">${esc(L.indicator)}</th><th scope="col">${esc(L.unit)}</th><th scope="col">${esc(L.latest)}</th><th scope="col">${esc(L.target)}</th><th scope="col">${esc(L.status)}</th><th scope="col">${esc(L.distance)}</th></tr></thead>
<tbody>${indicatorRows(lang, inds)}</tbody></table>`;
  const groupTable = `<table id="groups" class="data"><caption>${esc(L.groups)}</caption>
<thead><tr><th scope="col">${esc(L.group)}</th><th scope="col">${esc(L.tasks)}</th><th scope="col">${esc(L.percentDone)}</th><th scope="col">${esc(L.groupStatus)}</th></tr></thead>
<tbody>${groups
    .map(
      (g) =>
        `<tr><th scope="row">${esc([g.number, g.title].filter(Boolean).join(' '))}</th><td class="num">${g.aggregate.total}</td><td class="num">${g.aggregate.percentDone == null ? L.none : `${g.aggregate.percentDone}%`}</td><td>${badge('group', g.aggregate.status, lang)}</td></tr>`,
    )
    .join('\n')}</tbody></table>`;
  const groupDetails = groups
    .map(
      (g) => `<details><summary>${esc([g.number, g.title].filter(Boolean).join(' '))} · ${badge('group', g.aggregate.status, lang)}</summary>
<table class="data"><thead><tr><th scope="col">${esc(L.task)}</th><th scope="col">${esc(L.standing)}</th></tr></thead><tbody>
${g.tasks.map((t) => `<tr><th scope="row">${esc(t.number)}. ${esc(t.title)}</th><td>${badge('standing', t.standing, lang)}</td></tr>`).join('\n')}
</tbody></table></details>`,
    )
    .join('\n');
  const text = sections
    .filter((s) => s.title || s.text)
    .map((s) => {
      const h = Math.min(6, s.level + 2);
      return `<h${h}>${esc([s.number, s.title].filter(Boolean).join(' '))}</h${h}>${s.text ? `<p>${esc(s.text)}</p>` : ''}`;
    })
    .join('\n');
  return page(
    lang,
    plan.title,
    `${base(lang)}/plans/${plan.code}`,
    `<h1>${esc(plan.title)}</h1><dl class="meta-list">${meta}</dl>
<h2>${esc(L.indicators)}</h2>${indTable}
<p class="meta">${esc(L.asOfNote)}</p>
<h2>${esc(L.groups)}</h2>${groupTable}${groupDetails}
<h2>${esc(L.text)}</h2><details><summary>${esc(L.text)}</summary><div class="plan-text" lang="zh-CN">${text}</div></details>`,
  );
}

export function renderIndicator(lang: Lang, plan: PlanRow, ind: PublicIndicator): string {
  const L = TEXT[lang];
  const dl = [
    [L.definition, ind.definition],
    [L.unit, ind.unit],
    [L.source, ind.dataSource],
    [L.baseline, ind.baseline ? `${fmtNumber(ind.baseline.value, lang)} (${ind.baseline.year})` : null],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('');
  const targets = ind.targets.length
    ? `<table class="data"><caption>${esc(L.targets)}</caption><thead><tr><th scope="col">${esc(L.year)}</th><th scope="col">${esc(L.target)}</th></tr></thead><tbody>${ind.targets
        .map((t) => `<tr><th scope="row">${t.year}</th><td>${esc(targetText(t, ind.unit, lang))}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const statuses = ind.statuses
    .map(
      (s) =>
        `<section class="status"><h2>${esc(L.status)}${ind.statuses.length > 1 ? ` · ${esc(lang === 'en' ? (s.zoneEn ?? s.zone) : s.zone)}` : ''}: ${badge('status', s.summary.status, lang)}</h2><p><strong>${esc(L.explanation)}:</strong> ${esc(lang === 'en' ? s.summary.explanation.en : s.summary.explanation.zh)}</p></section>`,
    )
    .join('');
  const multiZone = new Set(ind.observations.map((o) => o.zone)).size > 1;
  const obs = ind.observations.length
    ? `<figure class="chart" aria-hidden="true" data-chart-for="observations"></figure>
<table id="observations" class="data" data-chart data-unit="${esc(ind.unit ?? '')}"><caption>${esc(L.observations)}${ind.unit ? ` (${esc(ind.unit)})` : ''}</caption>
<thead><tr><th scope="col">${esc(L.period)}</th>${multiZone ? `<th scope="col">${esc(L.zone)}</th>` : ''}<th scope="col">${esc(L.value)}</th></tr></thead><tbody>
${ind.observations
  .map(
    (o) =>
      `<tr><th scope="row">${esc(o.period)}</th>${multiZone ? `<td>${esc(lang === 'en' ? (o.zoneEn ?? o.zone) : o.zone)}</td>` : ''}<td class="num" data-value="${o.value ?? ''}">${fmtNumber(o.value, lang)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`
    : `<p>${esc(L.noObservations)}</p>`;
  const code = encodeURIComponent(ind.code);
  return page(
    lang,
    indName(ind, lang),
    `${base(lang)}/indicators/${ind.code}`,
    `<p><a href="${base(lang)}/plans/${encodeURIComponent(plan.code)}">${esc(L.backToPlan)}: ${esc(plan.title)}</a></p>
<h1>${esc(indName(ind, lang))}</h1>
<dl class="meta-list">${dl}</dl>
${statuses}
${targets}
<h2>${esc(L.observations)}</h2>
${obs}
<p>${esc(L.download)}: <a href="/public/indicators/${code}.csv">CSV</a> · <a href="/public/indicators/${code}.json">JSON</a></p>`,
    { chart: ind.observations.length > 1 },
  );
}

export function renderNotFound(lang: Lang): string {
  return page(lang, TEXT[lang].notFound, base(lang), `<h1>${esc(TEXT[lang].notFound)}</h1><p><a href="${base(lang)}">${esc(TEXT[lang].home)}</a></p>`);
}

// Colours hold WCAG AA contrast (text ≥ 4.5:1) on their backgrounds.
const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f;background:#fafafa}
.wrap{max-width:1100px;margin:0 auto;padding:0 16px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:2}
header{background:#0b3d6e;color:#fff}header .wrap{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;padding:12px 16px}
header a{color:#fff}.brand{font-weight:700;text-decoration:none;font-size:18px}nav a{margin-left:16px}
main{padding:16px;background:#fff;min-height:60vh}
h1{font-size:26px;margin:16px 0}h2{font-size:20px;margin:28px 0 8px}
a{color:#0b57a4}
.meta{color:#595959;font-size:14px}
.meta-list{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}.meta-list dt{font-weight:600}.meta-list dd{margin:0}
table.data{border-collapse:collapse;width:100%;margin:8px 0 16px}
table.data caption{text-align:left;font-weight:600;padding:4px 0}
table.data th,table.data td{border:1px solid #d9d9d9;padding:6px 8px;text-align:left;vertical-align:top}
table.data thead th{background:#f0f4f8}
table.data th[scope=row]{font-weight:400}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;padding:0 8px;border-radius:4px;border:1px solid currentColor;font-size:14px;white-space:nowrap}
.b-achieved,.b-done{color:#135200;background:#f6ffed}
.b-on_track,.b-on_schedule,.b-in_progress{color:#0a4a8a;background:#e6f4ff}
.b-moderate,.b-attention{color:#7a4100;background:#fff7e6}
.b-off_track,.b-delayed,.b-deteriorating{color:#a8071a;background:#fff1f0}
.b-insufficient_data,.b-target_pending,.b-no_report,.b-not_started{color:#434343;background:#f5f5f5}
details{margin:8px 0}summary{cursor:pointer}
.plan-text{max-height:none}
figure.chart{margin:8px 0}figure.chart svg{max-width:100%;height:auto}
footer{color:#595959;font-size:14px;padding:16px 0}
`;
