// Bad input: validateDocumentText refuses it with a clear Chinese message; parseDocument
// never throws, whatever it is given.
import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument, validateDocumentText } from '../../src/domain/document/index';

function refusal(text: unknown): DocumentError {
  try {
    validateDocumentText(text as string);
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    return e as DocumentError;
  }
  throw new Error('expected validateDocumentText to throw');
}

describe('validateDocumentText', () => {
  it('refuses empty and whitespace-only text', () => {
    for (const t of ['', '   ', '\n\t\r\n', '\u3000\u3000\n']) {
      const e = refusal(t);
      expect(e.code).toBe('EMPTY_TEXT');
      expect(e.messageZh).toMatch(/文档内容为空/);
      expect(e.message).toBe(e.messageZh);
      expect(e.messageEn).toMatch(/empty/);
    }
  });

  it('refuses binary-looking text', () => {
    const nul = refusal('一、总体要求\u0000\u0000PK\u0003\u0004');
    expect(nul.code).toBe('BINARY_TEXT');
    expect(nul.messageZh).toMatch(/二进制/);
    let noise = '';
    for (let i = 0; i < 400; i++) noise += i % 3 === 0 ? '\ufffd' : i % 3 === 1 ? '\u0007' : '字';
    expect(refusal(noise).code).toBe('BINARY_TEXT');
  });

  it('refuses text over 20 MB', () => {
    const big = '一、总体要求\n' + '字'.repeat(20 * 1024 * 1024);
    const e = refusal(big);
    expect(e.code).toBe('TEXT_TOO_LARGE');
    expect(e.messageZh).toMatch(/文档过大/);
    expect(e.messageZh).toContain('20 MB');
  });

  it('refuses prose with no headings, tasks or indicators', () => {
    const e = refusal('这是一段普通的文字，没有任何标题，也没有编号任务和指标表。它只是说明情况。\n第二段也是普通文字。');
    expect(e.code).toBe('NO_STRUCTURE');
    expect(e.messageZh).toMatch(/未识别到文档结构/);
  });

  it('refuses a document that has headings but no tasks or indicators', () => {
    const e = refusal('一、总体要求\n（一）指导思想\n坚持稳中求进工作总基调。\n（二）基本原则\n坚持系统观念。');
    expect(e.code).toBe('NO_TASKS');
    expect(e.messageZh).toMatch(/未识别到任何任务或指标/);
  });

  it('accepts a small plan with one annotated task', () => {
    expect(() => validateDocumentText('二、重点任务\n1. 推进口岸建设。（责任单位：区商务委）')).not.toThrow();
  });

  it('is a real Error with a code', () => {
    const e = refusal('');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DocumentError');
  });
});

describe('parseDocument never throws', () => {
  it('on empty, odd and binary input', () => {
    const inputs: unknown[] = ['', ' ', '\u0000\u0001\u0002', '（', '）（）', '1.', '一、', '（一）', '①', '\ud800', '序号\n类别\n指标\n2022年', null, undefined, 42, {}];
    for (const t of inputs) {
      const x = parseDocument(t as string);
      expect(Array.isArray(x.tasks)).toBe(true);
      expect(x.meta.kind).toMatch(/plan|guidance/);
    }
  });

  it('on a 20 MB+ text it still returns (validation is the gate, not the parser)', () => {
    const line = '1. 推进机场建设。（责任单位：区交通局、区商务委）\n';
    const x = parseDocument('二、重点任务\n' + line.repeat(50));
    expect(x.tasks).toHaveLength(50);
  });
});
