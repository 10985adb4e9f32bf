import { stringToArray } from 'konva/lib/shapes/Text';

/** One line of a label as drawn: its text (ellipsis included) and width, in the label's units. */
export interface LabelLine {
  text: string;
  width: number;
}

export interface LabelBox {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  padding: number;
}

const ELLIPSIS = '…';

/**
 * The lines of a booth label as a Konva.Text with `wrap: 'none'` and `ellipsis: true` lays them out
 * in a box of fixed size: a line too wide is cut to the longest start that fits and ends with an
 * ellipsis; lines that do not fit the height are left out, the last kept one ending with an
 * ellipsis. The same rules without making a node per label: the plan draws thousands of labels.
 * `measure` gives a text's width in the label's font.
 */
export function layoutLabel(text: string, box: LabelBox, measure: (text: string) => number): LabelLine[] {
  const lineH = box.lineHeight * box.fontSize;
  const maxWidth = box.width - box.padding * 2;
  const maxHeight = box.height - box.padding * 2;
  const out: LabelLine[] = [];
  const add = (line: string) => out.push({ text: line, width: measure(line) });
  const endWithEllipsis = () => {
    const last = out[out.length - 1];
    if (!last) return;
    // The longest start of the line that fits with the ellipsis (none: nothing), found by halving.
    const graphemes = graphemesOf(last.text);
    const fits = (n: number) => measure(graphemes.slice(0, n).join('') + ELLIPSIS) <= maxWidth;
    let low = -1;
    let high = graphemes.length + 1;
    while (high - low > 1) {
      const mid = (low + high) >>> 1;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    const cut = low < 0 ? '' : graphemes.slice(0, low).join('') + ELLIPSIS;
    last.text = cut;
    last.width = measure(cut);
  };
  const paragraphs = text.split('\n');
  let height = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const line = paragraphs[i]!;
    if (measure(line) > maxWidth) {
      const graphemes = graphemesOf(line);
      // Room for the ellipsis only on a line that is the last one the height allows.
      const extra = height + lineH > maxHeight ? measure(ELLIPSIS) : 0;
      const fits = (n: number) => measure(graphemes.slice(0, n).join('')) + extra <= maxWidth;
      let low = 0;
      let high = graphemes.length;
      while (high - low > 1) {
        const mid = (low + high) >>> 1;
        if (fits(mid)) low = mid;
        else high = mid;
      }
      if (low > 0) {
        add(graphemes.slice(0, low).join('').trimEnd());
        height += lineH;
        endWithEllipsis();
      }
    } else {
      add(line);
      height += lineH;
      if (height + lineH > maxHeight && i < paragraphs.length - 1) endWithEllipsis();
    }
    if (height + lineH > maxHeight) break;
  }
  return out;
}

/** A line's graphemes: one a character for plain ASCII (most booth numbers), else as Konva splits text. */
function graphemesOf(text: string): string[] {
  return /^[\x20-\x7e]*$/.test(text) ? text.split('') : stringToArray(text);
}
