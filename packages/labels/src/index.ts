export { renderLabelSheetPdf } from "./pdf"
export { renderLabelPng, renderLabelPngs } from "./png"
export type { LabelLot, LabelUnit, PngOptions } from "./types"
export { renderTablePdf, type TableDocument } from "./document"
