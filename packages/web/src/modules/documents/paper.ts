// The two papers a document is printed on: A4 in the office, 80 mm thermal receipt paper on the
// portable printer an officer carries. Pure, so the page rules are tested without a browser.

export type Paper = 'a4' | 'receipt80';

export const PAPERS: { value: Paper; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'receipt80', label: '80 mm 小票' },
];

/** Printable width of a receipt: 80 mm paper, about 4 mm the print head cannot reach on each side. */
export const RECEIPT_WIDTH_MM = 72;

const PX_PER_MM = 96 / 25.4;
const SLACK_MM = 6;

export function pxToMm(px: number): number {
  return px / PX_PER_MM;
}

/**
 * The @page rule for the paper. A receipt is one continuous page as long as its content:
 * `size: 80mm auto` is not valid CSS (a size takes one or two lengths), and one length alone would
 * make an 80 × 80 mm page that cuts the decision into squares, so the measured height is given
 * (rounded up, plus the margins and a few millimetres of slack: a page a hair too short pushes the
 * last line onto a second slip). Until it is measured, a long page (297 mm) is used: the printer's
 * driver stops feeding where the printing ends.
 */
export function pageRule(paper: Paper, contentHeightMm?: number): string {
  if (paper === 'a4') return '@page { size: A4 portrait; margin: 0; }';
  const margin = 4;
  const height =
    contentHeightMm && Number.isFinite(contentHeightMm) && contentHeightMm > 0
      ? Math.ceil(contentHeightMm) + 2 * margin + SLACK_MM
      : 297;
  return `@page { size: 80mm ${height}mm; margin: ${margin}mm 4mm; }`;
}

export function isPaper(value: string | null): value is Paper {
  return value === 'a4' || value === 'receipt80';
}
