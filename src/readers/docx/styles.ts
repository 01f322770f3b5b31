// The few style properties the reader resolves itself (the body reader, like mammoth's model it follows,
// carries direct formatting only):
// paragraph alignment, first-line indent, numbering (numPr), bold and East Asian font, each
// inherited along w:basedOn and from w:docDefaults.
import { child, children, onOff, parseXmlTree, val, type XmlElement } from './xml.js';

export interface NumPr {
  numId?: string;
  ilvl?: number;
}

interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  isDefault: boolean;
  jc?: string;
  firstLineIndent?: boolean;
  numPr?: NumPr;
  bold?: boolean;
  font?: string;
}

export function readNumPr(el: XmlElement | undefined): NumPr | undefined {
  if (!el) return undefined;
  const numId = val(el, 'w:numId');
  const ilvlS = val(el, 'w:ilvl');
  const ilvl = ilvlS !== undefined && /^\d+$/.test(ilvlS) ? Math.min(8, parseInt(ilvlS, 10)) : undefined;
  if (numId === undefined && ilvl === undefined) return undefined;
  return { numId, ilvl };
}

/** True/false when w:ind says whether the first line is indented; undefined when silent. */
export function readFirstLineIndent(ind: XmlElement | undefined): boolean | undefined {
  if (!ind) return undefined;
  const a = ind.attrs;
  if (a['w:hanging'] !== undefined || a['w:hangingChars'] !== undefined) {
    const h = Number(a['w:hangingChars'] ?? a['w:hanging']);
    if (h > 0) return false;
  }
  const fc = a['w:firstLineChars'];
  if (fc !== undefined) return Number(fc) > 0;
  const f = a['w:firstLine'];
  if (f !== undefined) return Number(f) > 0;
  return undefined;
}

export function eastAsiaFont(rFonts: XmlElement | undefined): string | undefined {
  if (!rFonts) return undefined;
  return rFonts.attrs['w:eastAsia'] ?? rFonts.attrs['w:ascii'] ?? rFonts.attrs['w:hAnsi'];
}

/**
 * Parts of styles.xml the reader never looks at, left out while parsing: latent styles (a list of names
 * Word may offer) and the table formatting of table styles (borders, shading and conditional formats per
 * table region: most of a template's hundreds of KB). A table style's own id, name and basedOn stay.
 */
const UNUSED_STYLE_PARTS: ReadonlySet<string> = new Set(['w:latentStyles', 'w:tblStylePr', 'w:tblPr', 'w:trPr', 'w:tcPr']);

export class Styles {
  private readonly byId = new Map<string, StyleDef>();
  private defaultParagraphStyle?: string;
  private defaultBold?: boolean;
  private defaultFont?: string;
  private defaultJc?: string;
  private defaultIndent?: boolean;

  constructor(xml: string | undefined) {
    if (!xml) return;
    const root = parseXmlTree(xml, UNUSED_STYLE_PARTS);
    const stylesEl = child(root, 'w:styles');
    const docDefaults = child(stylesEl, 'w:docDefaults');
    const rPrDefault = child(child(docDefaults, 'w:rPrDefault'), 'w:rPr');
    const pPrDefault = child(child(docDefaults, 'w:pPrDefault'), 'w:pPr');
    this.defaultBold = onOff(child(rPrDefault, 'w:b'));
    this.defaultFont = eastAsiaFont(child(rPrDefault, 'w:rFonts'));
    this.defaultJc = val(pPrDefault, 'w:jc');
    this.defaultIndent = readFirstLineIndent(child(pPrDefault, 'w:ind'));
    for (const s of children(stylesEl, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const pPr = child(s, 'w:pPr');
      const rPr = child(s, 'w:rPr');
      const def: StyleDef = {
        id,
        type: s.attrs['w:type'] ?? 'paragraph',
        name: val(s, 'w:name'),
        basedOn: val(s, 'w:basedOn'),
        isDefault: ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? ''),
        jc: val(pPr, 'w:jc'),
        firstLineIndent: readFirstLineIndent(child(pPr, 'w:ind')),
        numPr: readNumPr(child(pPr, 'w:numPr')),
        bold: onOff(child(rPr, 'w:b')),
        font: eastAsiaFont(child(rPr, 'w:rFonts')),
      };
      if (!this.byId.has(id)) this.byId.set(id, def);
      if (def.type === 'paragraph' && def.isDefault && !this.defaultParagraphStyle) this.defaultParagraphStyle = id;
    }
  }

  /** The paragraph style in force: the given one, or the document's default paragraph style. */
  paragraphStyle(styleId: string | undefined | null): string | undefined {
    return styleId && this.byId.has(styleId) ? styleId : this.defaultParagraphStyle;
  }

  styleName(styleId: string): string | undefined {
    return this.byId.get(styleId)?.name;
  }

  /** First defined value of a property along the basedOn chain. */
  private inherit<K extends keyof StyleDef>(styleId: string | undefined, key: K): StyleDef[K] | undefined {
    const seen = new Set<string>();
    let id = styleId;
    while (id && !seen.has(id)) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) break;
      if (s[key] !== undefined) return s[key];
      id = s.basedOn;
    }
    return undefined;
  }

  jc(pStyle: string | undefined): string | undefined {
    return this.inherit(this.paragraphStyle(pStyle), 'jc') ?? this.defaultJc;
  }

  firstLineIndent(pStyle: string | undefined): boolean | undefined {
    return this.inherit(this.paragraphStyle(pStyle), 'firstLineIndent') ?? this.defaultIndent;
  }

  /** numPr of a paragraph style (merged along basedOn: numId and ilvl may come from different levels). */
  numPr(pStyle: string | undefined): NumPr | undefined {
    const seen = new Set<string>();
    let id = this.paragraphStyle(pStyle);
    let numId: string | undefined;
    let ilvl: number | undefined;
    while (id && !seen.has(id)) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) break;
      if (s.numPr) {
        numId ??= s.numPr.numId;
        ilvl ??= s.numPr.ilvl;
      }
      id = s.basedOn;
    }
    return numId === undefined && ilvl === undefined ? undefined : { numId, ilvl };
  }

  /** numId declared by a numbering style (w:type="numbering"), for w:numStyleLink. */
  numberingStyleNumId(styleId: string): string | undefined {
    return this.numPrOf(styleId)?.numId;
  }

  private numPrOf(styleId: string): NumPr | undefined {
    return this.inherit(styleId, 'numPr');
  }

  /** Bold from styles for a run: character style, then paragraph style, then document defaults. */
  bold(pStyle: string | undefined, rStyle: string | undefined): boolean {
    return this.inherit(rStyle, 'bold') ?? this.inherit(this.paragraphStyle(pStyle), 'bold') ?? this.defaultBold ?? false;
  }

  font(pStyle: string | undefined, rStyle: string | undefined): string | undefined {
    return this.inherit(rStyle, 'font') ?? this.inherit(this.paragraphStyle(pStyle), 'font') ?? this.defaultFont;
  }
}
