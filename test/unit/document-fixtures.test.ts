// Responsibility extraction measured over public documents written in different annotation
// styles (test/fixtures/documents, see its README). Each *.expected.json was written by hand
// from the text; an assignment is (task, unit name, role).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument, type Task } from '../../src/domain/document/index';

interface ExpectedTask {
  number: string;
  /** Title of the enclosing section, given where numbering restarts per section. */
  section?: string;
  kind?: Task['kind'];
  units: { name: string; role: 'lead' | 'support' }[];
}

const dir = new URL('../fixtures/documents/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    name: f,
    text: readFileSync(new URL(f, dir), 'utf8'),
    expected: JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.expected.json'), dir), 'utf8')) as { tasks: ExpectedTask[] },
  }));

function matchTask(expected: ExpectedTask[], t: Task): number {
  return expected.findIndex((e) => e.number === t.number && (!e.section || e.section === t.sectionTitle));
}

function score(text: string, expected: ExpectedTask[]) {
  const x = parseDocument(text);
  const want = new Set<string>();
  const got = new Set<string>();
  expected.forEach((e, i) => e.units.forEach((u) => want.add(`${i}|${u.name}|${u.role}`)));
  x.tasks.forEach((t, j) => {
    const i = matchTask(expected, t);
    // Units on a task the document does not have count against precision.
    t.units.forEach((u) => got.add(`${i >= 0 ? i : `extra${j}`}|${u.name}|${u.role}`));
  });
  const tp = [...got].filter((k) => want.has(k)).length;
  return { x, tp, fp: got.size - tp, fn: want.size - tp, missing: [...want].filter((k) => !got.has(k)), extra: [...got].filter((k) => !want.has(k)) };
}

describe('task–unit assignments over real-document fixtures', () => {
  it('has at least six documents in different styles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  it('reaches at least 95% precision and recall', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const rows: string[] = [];
    for (const f of fixtures) {
      const r = score(f.text, f.expected.tasks);
      tp += r.tp;
      fp += r.fp;
      fn += r.fn;
      const p = r.tp / Math.max(1, r.tp + r.fp);
      const c = r.tp / Math.max(1, r.tp + r.fn);
      rows.push(`${f.name.padEnd(40)} tasks ${String(r.x.tasks.length).padStart(2)}  assignments ${String(r.tp + r.fn).padStart(3)}  P ${(p * 100).toFixed(1)}%  R ${(c * 100).toFixed(1)}%`);
      if (r.missing.length || r.extra.length) rows.push(`    missing ${JSON.stringify(r.missing)}\n    extra ${JSON.stringify(r.extra)}`);
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `${rows.join('\n')}\nTOTAL assignments ${tp + fn}: precision ${(precision * 100).toFixed(1)}% (${tp}/${tp + fp}), recall ${(recall * 100).toFixed(1)}% (${tp}/${tp + fn})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  for (const f of fixtures) {
    it(`${f.name}: every expected task is found with the expected kind`, () => {
      const x = parseDocument(f.text);
      for (const e of f.expected.tasks) {
        const t = x.tasks.find((t) => matchTask([e], t) === 0);
        expect(t, `task ${e.section ?? ''} ${e.number}`).toBeDefined();
        if (e.kind) expect(t!.kind).toBe(e.kind);
        expect(t!.title.length).toBeGreaterThan(0);
      }
    });
  }

  it('reads the metadata of the fixtures', () => {
    const meta = Object.fromEntries(fixtures.map((f) => [f.name, parseDocument(f.text).meta]));
    expect(meta['guobanfa-duoshilianyun-2021.txt']).toMatchObject({
      title: '推进多式联运发展优化调整运输结构工作方案（2021—2025年）',
      docNumber: '国办发〔2021〕54号',
      issuer: '国务院办公厅',
      issuedDate: '2021-12-25',
      addressees: ['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构'],
      public: true,
      horizonYears: [2025],
    });
    expect(meta['lishan-fengong-2023.txt']).toMatchObject({
      title: '立山区政府2023年重点工作任务分解和责任分工方案',
      docNumber: '鞍立政发〔2023〕2号',
      issuedDate: '2023-03-28',
      addressees: ['立山经济开发区', '各街道办事处', '各区直部门', '各有关单位'],
      public: true,
    });
    expect(meta['sichuan-liutong-2022.txt']).toMatchObject({
      title: '四川省“十四五”现代流通体系建设实施方案',
      issuer: '四川省发展和改革委员会',
      issuedDate: '2022-10-18',
      basis: ['“十四五”现代流通体系建设规划'],
    });
    expect(meta['caidian-fenjie-2023.txt'].title).toBe('2023年区《政府工作报告》确定的主要目标任务责任分解方案');
    expect(meta['guandu-wenzengzhang-2016.txt'].title).toBe('官渡区稳增长促发展若干政策措施');
    expect(meta['chongqing-district-style-2023.txt']).toMatchObject({ draft: true, kind: 'plan' });
  });

  it('reads deadlines in the styles the fixtures use', () => {
    const dl = (name: string) =>
      parseDocument(fixtures.find((f) => f.name === name)!.text).tasks.flatMap((t) => t.deadlines.map((d) => `${t.number}:${d.text}=${d.date}`));
    expect(dl('xianyang-fangguanfu-2022.txt')).toEqual(['1:2022年10月底前=2022-10-31', '3:2022年底前=2022-12-31', '4:年底前=2022-12-31']);
    expect(dl('lishan-fengong-2023.txt')).toEqual(['4:年底前=2023-12-31', '5:2023年6月底前=2023-06-30']);
    expect(dl('caidian-fenjie-2023.txt')).toEqual(['1:年底前=2023-12-31', '3:2023年9月底前=2023-09-30']);
    // No year anywhere in the document: "5月底前" cannot be dated and is left out.
    expect(dl('guandu-wenzengzhang-2016.txt')).toEqual([]);
    // No document date: a bare 年底前 takes the year of the deadline before it.
    expect(dl('chongqing-district-style-2023.txt')).toEqual([
      '（1）:2023年底前=2023-12-31',
      '（2）:年底前=2023-12-31',
      '（1）:2023年10月底前=2023-10-31',
    ]);
  });
});
