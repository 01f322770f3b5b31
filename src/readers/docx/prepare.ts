// One pass over word/document.xml before mammoth reads it:
//  - every w:p gets a private bookmark as first child, so each paragraph mammoth returns can be
//    matched exactly to its XML paragraph (mammoth merges deleted paragraphs, reads mc:Fallback
//    only, lifts text-box paragraphs out of their anchor: counting alone would drift);
//  - the paragraph properties mammoth does not expose are collected: pStyle, numPr, jc, ind;
//  - w:rFonts gets w:ascii = w:eastAsia (mammoth reports w:ascii only; for Chinese text the
//    East Asian font is the one that shows: 仿宋_GB2312, 黑体, 楷体_GB2312);
//  - runs that are bold through their paragraph or character style get an explicit <w:b/>
//    (mammoth reports direct bold only). A direct <w:b w:val="0"/> is left alone.
import { escapeAttr, scanTags, wordPrefix } from './xml.js';
import { readFirstLineIndent, type NumPr, type Styles } from './styles.js';

export const MARK_PREFIX = '__govtasks_p';

export interface XmlParagraphInfo {
  /** 0-based order of the w:p start tags in the document part. */
  index: number;
  pStyle?: string;
  numPr?: NumPr;
  jc?: string;
  firstLineIndent?: boolean;
  /** The paragraph mark is a tracked deletion (its text joins the next paragraph). */
  deleted: boolean;
  /** Not shown by mammoth: inside mc:Choice (mammoth reads the mc:Fallback copy), w:del or w:moveFrom. */
  inChoice: boolean;
}

interface RunState {
  pStyle?: string;
  rStyle?: string;
  hasB: boolean;
  /** No tag seen yet after <w:r>. */
  first: boolean;
  inRPr: boolean;
}

export function prepareDocumentXml(xml: string, styles: Styles): { xml: string; paragraphs: XmlParagraphInfo[] } {
  const pfx = wordPrefix(xml);
  const out: string[] = [];
  const paragraphs: XmlParagraphInfo[] = [];
  const stack: string[] = [];
  const pStack: XmlParagraphInfo[] = [];
  const runs: RunState[] = [];
  let choiceDepth = 0;
  let last = 0;
  const marker = (i: number) => `<${pfx}:bookmarkStart ${pfx}:id="${990000000 + i}" ${pfx}:name="${MARK_PREFIX}${i}"/>`;
  const boldTag = `<${pfx}:b/>`;
  const isStyleBold = (r: RunState) => styles.bold(r.pStyle, r.rStyle);

  for (const t of scanTags(xml, pfx)) {
    out.push(xml.slice(last, t.start));
    last = t.end;
    let tagText = xml.slice(t.start, t.end);
    const parent = stack[stack.length - 1];
    const grand = stack[stack.length - 2];
    const great = stack[stack.length - 3];
    const para = pStack[pStack.length - 1];
    const run = runs[runs.length - 1];

    // First child of a run: if it is not the run's rPr, the run has no direct formatting.
    if (run && run.first && parent === 'w:r') {
      run.first = false;
      if (!(t.name === 'w:rPr' && t.type !== 'close')) {
        if (isStyleBold(run)) out.push(`<${pfx}:rPr>${boldTag}</${pfx}:rPr>`);
      }
    }

    if (t.type === 'close') {
      if (t.name === 'w:rPr' && parent === 'w:rPr' && grand === 'w:r' && run?.inRPr) {
        if (!run.hasB && isStyleBold(run)) out.push(boldTag);
        run.inRPr = false;
      }
      out.push(tagText);
      // pop to the matching element (tolerate unbalanced input)
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i] === t.name) {
          for (let j = stack.length - 1; j >= i; j--) {
            const n = stack[j];
            if (n === 'w:p') pStack.pop();
            else if (n === 'w:r') runs.pop();
            else if (n === 'mc:Choice' || n === 'w:del' || n === 'w:moveFrom') choiceDepth--;
          }
          stack.length = i;
          break;
        }
      }
      continue;
    }

    switch (t.name) {
      case 'w:p': {
        const info: XmlParagraphInfo = { index: paragraphs.length, deleted: false, inChoice: choiceDepth > 0 };
        paragraphs.push(info);
        if (t.type === 'empty') {
          tagText = `<${t.raw}${tagText.slice(1 + t.raw.length, -2)}>${marker(info.index)}</${t.raw}>`;
        } else {
          tagText += marker(info.index);
          pStack.push(info);
        }
        break;
      }
      case 'w:pStyle':
        if (para && parent === 'w:pPr' && grand === 'w:p') para.pStyle = t.attrs['w:val'];
        break;
      case 'w:jc':
        if (para && parent === 'w:pPr' && grand === 'w:p') para.jc = t.attrs['w:val'];
        break;
      case 'w:ind':
        if (para && parent === 'w:pPr' && grand === 'w:p') {
          para.firstLineIndent = readFirstLineIndent({ name: 'w:ind', attrs: t.attrs, children: [] });
        }
        break;
      case 'w:ilvl':
      case 'w:numId':
        if (para && parent === 'w:numPr' && grand === 'w:pPr' && great === 'w:p') {
          const v = t.attrs['w:val'];
          para.numPr ??= {};
          if (t.name === 'w:numId') para.numPr.numId = v;
          else if (v !== undefined && /^\d+$/.test(v)) para.numPr.ilvl = Math.min(8, parseInt(v, 10));
        }
        break;
      case 'w:del':
        if (para && parent === 'w:rPr' && grand === 'w:pPr' && great === 'w:p') para.deleted = true;
        if (t.type === 'open') choiceDepth++;
        break;
      case 'w:r':
        if (t.type === 'open') runs.push({ pStyle: para?.pStyle, hasB: false, first: true, inRPr: false });
        break;
      case 'w:rPr':
        if (run && parent === 'w:r') {
          if (t.type === 'empty') {
            if (isStyleBold(run)) tagText = `<${t.raw}>${boldTag}</${t.raw}>`;
          } else run.inRPr = true;
        }
        break;
      case 'w:rStyle':
        if (run?.inRPr && parent === 'w:rPr' && grand === 'w:r') run.rStyle = t.attrs['w:val'];
        break;
      case 'w:b':
        if (run?.inRPr && parent === 'w:rPr' && grand === 'w:r') run.hasB = true;
        break;
      case 'w:rFonts': {
        // The East Asian font is the one Chinese text shows in. Without a direct w:eastAsia the
        // run's CJK text takes it from the styles: drop w:ascii so the reader falls back to them.
        if (parent === 'w:rPr') {
          const ea = t.attrs['w:eastAsia'];
          const attrRe = new RegExp(`\\s${escapeRe(pfx)}:ascii\\s*=\\s*("[^"]*"|'[^']*')`);
          const body = tagText.replace(attrRe, '');
          const at = 1 + t.raw.length;
          tagText = ea ? `${body.slice(0, at)} ${pfx}:ascii="${escapeAttr(ea)}"${body.slice(at)}` : body;
        }
        break;
      }
      case 'mc:Choice':
      case 'w:moveFrom':
        if (t.type === 'open') choiceDepth++;
        break;
    }
    out.push(tagText);
    if (t.type === 'open') stack.push(t.name);
  }
  out.push(xml.slice(last));
  return { xml: out.join(''), paragraphs };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
