// Evidence files are typed by their content (magic bytes), never by the name or the browser's word.
export type EvidenceType = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'ooxml' | 'ole';
export const EVIDENCE_MIME: Record<EvidenceType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ooxml: 'application/vnd.openxmlformats-officedocument', // .docx / .xlsx / .pptx (a zip with [Content_Types].xml)
  ole: 'application/x-ole-storage', // legacy .doc / .xls / .ppt
};
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const starts = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function indexOf(b: Uint8Array, sig: readonly number[]): number {
  for (let i = 0; i + sig.length <= b.length; i++) if (starts(b, sig, i)) return i;
  return -1;
}

export function sniffEvidence(b: Uint8Array): EvidenceType | null {
  if (starts(b, ascii('%PDF-'))) return 'pdf';
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(b, ascii('GIF87a')) || starts(b, ascii('GIF89a'))) return 'gif';
  if (starts(b, ascii('RIFF')) && starts(b, ascii('WEBP'), 8)) return 'webp';
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (starts(b, [0x50, 0x4b, 0x03, 0x04])) {
    // Any zip is not an office file: an OOXML package names [Content_Types].xml in its entries.
    return indexOf(b.subarray(0, 64 * 1024), ascii('[Content_Types].xml')) >= 0 ? 'ooxml' : null;
  }
  return null;
}
