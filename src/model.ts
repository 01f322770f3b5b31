// The common document model: what every reader hands to the analysis stages.
// A reader knows its file format and nothing about 公文; a stage knows 公文 and nothing about formats.

/** Where something stands in the source. Lines and pages are 1-based. */
export interface SourcePos {
  /** Line in a text file, or line on the page for a PDF. */
  line?: number;
  /** Page, where the format has pages (PDF). */
  page?: number;
  /** Paragraph index (1-based) for formats without lines (docx, doc). */
  paragraph?: number;
  /** Table row (1-based) when the text comes from a table cell. */
  row?: number;
  /** Which table of the document (1-based), with `row`, where the format counts tables (docx). */
  table?: number;
}

export interface Run {
  text: string;
  bold?: boolean;
  font?: string;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  source: SourcePos;
  /**
   * Marker text produced by automatic numbering (Word w:numPr), already rebuilt ("一、", "（一）", "1.").
   * Readers put it here rather than into the runs so that analysis can tell it from typed text.
   */
  numbering?: string;
  /** Style or outline hint from the format (e.g. "Heading1", "Title"), when the format has one. */
  style?: string;
  /** First-line indent was present (typographic indentation: a hint that a new paragraph starts). */
  indented?: boolean;
  /**
   * Offsets into the runs' text (numbering not counted) where a fixed-layout reader (PDF, OFD) joined two
   * lines of a table cell with nothing between them. A line break is all such a file shows there: a space
   * typed at a line end is not drawn, so a stage that knows what a cell holds (a list of units) may read a
   * break as a separator.
   */
  wraps?: number[];
}

export interface Cell {
  blocks: Block[];
  rowSpan: number;
  colSpan: number;
}

export interface Table {
  kind: 'table';
  rows: Cell[][];
  source: SourcePos;
}

export type Block = Paragraph | Table;

export type InputFormat = 'txt' | 'docx' | 'doc' | 'wps' | 'pdf' | 'html' | 'ofd';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable rule id, e.g. "clause-unclosed", "numbering-gap". */
  rule: string;
  severity: Severity;
  /** The message in English; `messageId` and `params` spell it in another language (src/i18n). */
  message: string;
  source: SourcePos | null;
  /** Catalogue id of the message (src/i18n/catalogue.ts): the rule id, or rule.variant. */
  messageId?: string;
  /** Values filled into the message's {placeholders}. */
  params?: Record<string, string | number>;
}

export interface DocModel {
  format: InputFormat;
  blocks: Block[];
  /** Text encoding the reader detected (txt), or the container's ("utf-8" for docx). */
  encoding?: string;
  pages?: number;
  diagnostics: Diagnostic[];
}

/** Plain text of a paragraph: its numbering marker (if any) and its runs. */
export function paragraphText(p: Paragraph): string {
  return (p.numbering ?? '') + p.runs.map((r) => r.text).join('');
}

/** Plain text of a cell: its paragraphs joined by newlines. */
export function cellText(c: Cell): string {
  return c.blocks
    .map((b) => (b.kind === 'paragraph' ? paragraphText(b) : b.rows.map((r) => r.map(cellText).join('\t')).join('\n')))
    .join('\n');
}

export function paragraph(text: string, source: SourcePos, extra: Partial<Paragraph> = {}): Paragraph {
  return { kind: 'paragraph', runs: text ? [{ text }] : [], source, ...extra };
}
