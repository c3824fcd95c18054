import type { LabelSize } from "./layout"

/**
 * The A4 sheet of 3 × 8 labels of 63.5 × 33.9 mm (Avery L7159 and compatible sheets), in millimetres: the
 * die-cut grid, centred, with 2.5 mm between columns.
 * Every label keeps 2 mm free of ink inside its cut, as sheets shift a millimetre or so in a printer.
 */
export const SHEET = {
  width: 210,
  height: 297,
  columns: 3,
  rows: 8,
  label: { width: 63.5, height: 33.9, margin: 2 } satisfies LabelSize,
  left: 7.25,
  top: 12.9,
  pitchX: 66,
  pitchY: 33.9,
} as const

export const LABELS_PER_SHEET = SHEET.columns * SHEET.rows

/** Top-left corner, in millimetres from the sheet's top-left, of the label at `index` on its page. */
export function labelOrigin(index: number): { x: number; y: number } {
  const slot = index % LABELS_PER_SHEET
  return {
    x: SHEET.left + (slot % SHEET.columns) * SHEET.pitchX,
    y: SHEET.top + Math.floor(slot / SHEET.columns) * SHEET.pitchY,
  }
}
