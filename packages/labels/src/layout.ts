import type { FontRole } from "./fonts"
import { metrics } from "./metrics"
import { wrapText } from "./wrap"
import type { LabelLot } from "./types"
import { vietnameseDate } from "./validate"

export const PT_PER_MM = 72 / 25.4

/** A label's size and the margin kept free of ink on each side (crop safety), in millimetres. */
export type LabelSize = { width: number; height: number; margin: number }

/** A rectangle in millimetres from the label's top-left corner. */
export type Box = { x: number; y: number; width: number; height: number }

/** Where things go on a label: the QR code's square (quiet zone included) with the serial under it, text beside it. */
export type LabelLayout = { qr: Box; serial: Box; text: Box }

/** Room under the QR code for one line of serial at SERIAL_PT. */
const SERIAL_BAND_MM = 3
const GAP_MM = 0.5

export const NAME_PT = 8
export const TEXT_PT = 7
export const SERIAL_PT = 7
/** Below this a lot code stops shrinking and breaks onto a second line instead. */
const MIN_TEXT_PT = 5.5
/** Line height ÷ font size in both renderers. */
export const LINE_PITCH = 1.2
/** Space between the product name and the lines under it, in line pitches of TEXT_PT. */
export const NAME_GAP = 0.35

export function labelLayout({ width, height, margin }: LabelSize): LabelLayout {
  const side = height - 2 * margin - SERIAL_BAND_MM
  const textX = margin + side + GAP_MM
  return {
    qr: { x: margin, y: margin, width: side, height: side },
    serial: { x: margin, y: margin + side, width: side, height: SERIAL_BAND_MM },
    text: { x: textX, y: margin, width: width - margin - textX, height: height - 2 * margin },
  }
}

export type TextLine = { role: FontRole; text: string; sizePt: number }

/** One line at TEXT_PT, smaller if that fits, else broken between words or characters: no character is dropped. */
function fitLine(text: string, widthPt: number): TextLine[] {
  const measure = metrics("text").width
  const natural = measure(text, TEXT_PT)
  if (natural <= widthPt) return [{ role: "text", text, sizePt: TEXT_PT }]
  const sizePt = Math.floor(((TEXT_PT * widthPt) / natural) * 10) / 10
  if (sizePt >= MIN_TEXT_PT) return [{ role: "text", text, sizePt }]
  const fits = (line: string) => measure(line, MIN_TEXT_PT) <= widthPt
  return wrapText(text, fits, Infinity).map((line) => ({ role: "text", text: line, sizePt: MIN_TEXT_PT }))
}

/**
 * The lot's text, line by line, for a text column `widthMm` wide: the product name in bold on at most two
 * lines (ellipsis after), the stars, the lot, the production date and the use-by date.
 */
export function lotLines(lot: LabelLot, widthMm: number): { name: TextLine[]; info: TextLine[] } {
  const widthPt = widthMm * PT_PER_MM
  const measureName = metrics("name").width
  // Decomposed tone marks (NFD, as some keyboards and databases store them) would be placed by advance
  // widths alone in the PDF; the precomposed letters every Vietnamese letter has avoid that.
  const productName = lot.productName.normalize("NFC")
  const name = wrapText(productName, (line) => measureName(line, NAME_PT) <= widthPt, 2).map((text) => ({
    role: "name" as const,
    text,
    sizePt: NAME_PT,
  }))
  const info = [
    `${"★".repeat(lot.stars)} OCOP`,
    `Lô/Lot: ${lot.lot.normalize("NFC")}`,
    `NSX ${vietnameseDate(lot.producedOn)}`,
    ...(lot.expiresOn ? [`HSD ${vietnameseDate(lot.expiresOn)}`] : []),
  ].flatMap((line) => fitLine(line, widthPt))
  return { name, info }
}

/** The serial's size: SERIAL_PT, or smaller for a long serial so it stays within the QR code's width. */
export function serialSizePt(serial: string, widthMm: number): number {
  const natural = metrics("serial").width(serial, SERIAL_PT)
  const widthPt = widthMm * PT_PER_MM
  return natural <= widthPt ? SERIAL_PT : Math.floor(((SERIAL_PT * widthPt) / natural) * 10) / 10
}
