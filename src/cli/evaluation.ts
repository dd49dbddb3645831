// `hubline evaluate | mcdm | allocate FILE.json`: the evaluation calculators offline. The server's
// `…/input` endpoints serve exactly these inputs, so anyone can re-compute a published result.
import { readFileSync } from 'node:fs';

export const EVALUATION_HELP = `  hubline evaluate FILE.json [--sensitivity]  离线重算考核评价（得分、组内排名、步骤；加 --sensitivity 附敏感性分析） / re-compute an evaluation (with the sensitivity view)
  hubline mcdm FILE.json           运行一种多准则方法（熵权/CRITIC/TOPSIS/AHP/灰色关联） / run one MCDM method
  hubline allocate FILE.json       按考核结果分配资金/土地指标（总额精确） / allocate a pool by results`;

function readJson(file: string | undefined, usage: string): unknown {
  if (!file) throw new CliInputError([`用法 / usage: ${usage}`]);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CliInputError([`无法读取 JSON 文件 / cannot read JSON: ${(e as Error).message}`]);
  }
}

export class CliInputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

async function run(kind: 'evaluate' | 'mcdm' | 'allocate', file: string | undefined, withSensitivity: boolean): Promise<unknown> {
  const json = readJson(file, `hubline ${kind} FILE.json`);
  const d = await import('../domain/evaluation/index');
  try {
    if (kind === 'evaluate') {
      const result = d.runEvaluate(json);
      // Without the flag the output stays exactly the server's stored result, so the two compare equal.
      return withSensitivity ? { ...result, sensitivity: d.sensitivity(result) } : result;
    }
    if (kind === 'mcdm') return d.runMcdm(json);
    return d.runAllocate(json);
  } catch (e) {
    if (e instanceof d.InputError) throw new CliInputError(e.issues.map((i) => `${i.messageZh} / ${i.messageEn}`));
    if (e instanceof d.EvaluationError) throw new CliInputError([`${e.path ? `${e.path}: ` : ''}${e.messageZh} / ${e.messageEn}`]);
    throw e;
  }
}

/** The three commands, for src/cli/main.ts. Exit code 2 and bilingual lines on bad input. */
export function evaluationCommands(positional: string[], flags: Set<string> = new Set()): Record<string, () => Promise<void>> {
  const cmd = (kind: 'evaluate' | 'mcdm' | 'allocate') => async () => {
    try {
      console.log(JSON.stringify(await run(kind, positional[0], flags.has('--sensitivity')), null, 2));
    } catch (e) {
      if (e instanceof CliInputError) {
        console.error(e.lines.join('\n'));
        process.exit(2);
      }
      throw e;
    }
  };
  return { evaluate: cmd('evaluate'), mcdm: cmd('mcdm'), allocate: cmd('allocate') };
}
