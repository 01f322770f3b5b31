// The metadata block above a notice on a government site (索引号, 发文机关, 文号, 成文日期 …), as
// lines (`文    号  X政办〔2023〕1号`, several fields on one line) or as a table of label and value
// cells. Its values are fields of the notice; its lines are never the title or body text.
import type { Table } from '../model.js';
import { cellText } from '../model.js';
import { METADATA_LABELS } from './gongwen-words.js';

export type MetadataKey = (typeof METADATA_LABELS)[string];
export interface MetadataField { key: MetadataKey; label: string; value: string }

const GAP = '[\\s\\u3000\\u00a0]*';
/** A label, perhaps letter-spaced (`文    号`, `成 文 日 期`), longest first so 发文字号 wins over 文号. */
const LABEL_SRC = Object.keys(METADATA_LABELS).sort((a, b) => b.length - a.length).map((l) => [...l].join(GAP)).join('|');
/** A label at the start of the line or after a gap, followed by a colon or by a gap. */
const LABEL_AT = new RegExp(`(?:^|(?<=[\\s\\u3000\\u00a0|｜]))(${LABEL_SRC})${GAP}(?:[：:]|(?=[\\s\\u3000\\u00a0]))${GAP}`, 'g');

/** The same label at the line's first non-blank character: most lines have none, and need no full scan. */
const LABEL_AT_START = new RegExp(`^\\s*(?:${LABEL_SRC})${GAP}(?:[：:]|(?=[\\s\\u3000\\u00a0]))`);

const squeezeLabel = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');
const cleanValue = (s: string) => s.replace(/^[|｜\s\u3000\u00a0]+|[|｜\s\u3000\u00a0]+$/g, '');

/** The labelled fields of one line, or [] when the line does not start with a label. */
export function readMetadataLine(text: string): MetadataField[] {
  if (!LABEL_AT_START.test(text)) return [];
  const hits = [...text.matchAll(LABEL_AT)];
  if (!hits.length || hits[0].index !== text.search(/\S/)) return [];
  return hits.map((m, k) => {
    const label = squeezeLabel(m[1]);
    const end = k + 1 < hits.length ? hits[k + 1].index! : text.length;
    return { key: METADATA_LABELS[label], label, value: cleanValue(text.slice(m.index! + m[0].length, end)) };
  });
}

/** A cell holding only a label (`发文字号`, `成文日期：`). */
function labelOfCell(text: string): string | null {
  const t = squeezeLabel(text).replace(/[：:]$/, '');
  return t in METADATA_LABELS ? t : null;
}

/**
 * The fields of a metadata table: label cells followed by their value cells, or cells that hold
 * `label：value`. Null unless two labels have values and one of them names the 文号, the issuer or
 * the date: a header row of labels (`名称 | 来源 | 分类`) is a table's head, not its metadata.
 */
export function readMetadataTable(table: Table): MetadataField[] | null {
  const fields: MetadataField[] = [];
  for (const row of table.rows) {
    const cells = row.map((c) => cellText(c).trim());
    for (let i = 0; i < cells.length; i++) {
      const label = labelOfCell(cells[i]);
      if (label && !labelOfCell(cells[i + 1] ?? '')) { fields.push({ key: METADATA_LABELS[label], label, value: cleanValue(cells[i + 1] ?? '') }); i++; continue; }
      if (!label) fields.push(...readMetadataLine(cells[i]));
    }
  }
  const identifying = fields.some((f) => f.value && ['docNumber', 'issuer', 'date'].includes(f.key));
  return fields.filter((f) => f.value).length >= 2 && identifying ? fields : null;
}
