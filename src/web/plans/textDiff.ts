export type DiffPart = { op: 'same' | 'del' | 'ins'; text: string };

const MAX_CELLS = 4_000_000;

/**
 * Character diff of two wordings of a task. Chinese has no spaces to split words on, so the
 * unit is the character; runs of one or two unchanged characters between edits are folded
 * into the edit, or "推进" → "加快推进建设" reads as confetti.
 */
export function diffText(a: string, b: string): DiffPart[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const x = a.slice(pre, a.length - suf);
  const y = b.slice(pre, b.length - suf);
  const middle: DiffPart[] = [];
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
    // Too long to compare cheaply: say "this part changed" rather than freeze the page.
    if (x) middle.push({ op: 'del', text: x });
    if (y) middle.push({ op: 'ins', text: y });
  } else {
    middle.push(...lcsDiff(x, y));
  }
  const parts: DiffPart[] = [];
  if (pre) parts.push({ op: 'same', text: a.slice(0, pre) });
  parts.push(...cleanup(middle));
  if (suf) parts.push({ op: 'same', text: a.slice(a.length - suf) });
  return merge(parts);
}

function lcsDiff(x: string, y: string): DiffPart[] {
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  // Lengths of the common subsequence of x[i..] and y[j..].
  const L = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) L[i * w + j] = x[i] === y[j] ? L[(i + 1) * w + j + 1] + 1 : Math.max(L[(i + 1) * w + j], L[i * w + j + 1]);
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], ch: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ch;
    else out.push({ op, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      push('same', x[i]);
      i++;
      j++;
    } else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) push('del', x[i++]);
    else push('ins', y[j++]);
  }
  while (i < n) push('del', x[i++]);
  while (j < m) push('ins', y[j++]);
  return out;
}

function cleanup(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const between = k > 0 && k < parts.length - 1 && parts[k - 1].op !== 'same' && parts[k + 1].op !== 'same';
    if (p.op === 'same' && p.text.length <= 2 && between) {
      out.push({ op: 'del', text: p.text }, { op: 'ins', text: p.text });
    } else out.push(p);
  }
  // Deletions first, then insertions, inside each changed stretch.
  const result: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) result.push({ op: 'del', text: del });
    if (ins) result.push({ op: 'ins', text: ins });
    del = ins = '';
  };
  for (const p of out) {
    if (p.op === 'del') del += p.text;
    else if (p.op === 'ins') ins += p.text;
    else {
      flush();
      result.push(p);
    }
  }
  flush();
  return result;
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out[out.length - 1];
    if (last && last.op === p.op) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
