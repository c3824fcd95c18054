import { deflateSync } from "node:zlib"
import fontkit from "@pdf-lib/fontkit"
import { PageSizes, PDFDocument, PrintScaling, type PDFFont, type PDFRef } from "pdf-lib"
import { fontBytes, type FontRole } from "./fonts"
import { labelLayout, LINE_PITCH, lotLines, NAME_GAP, serialSizePt, TEXT_PT, type TextLine } from "./layout"
import { metrics } from "./metrics"
import { darkRuns, QUIET_ZONE, qrMatrix } from "./qr"
import { LABELS_PER_SHEET, labelOrigin, SHEET } from "./sheet"
import type { LabelLot, LabelUnit } from "./types"
import { checkLot, checkUnit } from "./validate"

const PT = 72 / 25.4
/** Three decimals of a point (0.35 µm) is finer than any printer, and keeps the content streams short. */
const num = (n: number) => String(Math.round(n * 1000) / 1000)

type Fonts = Record<FontRole, PDFFont>
type StreamDict = NonNullable<Parameters<PDFDocument["context"]["stream"]>[1]>

/** A content stream compressed with Node's zlib: native, about four times faster than pdf-lib's JavaScript deflate. */
const stream = (doc: PDFDocument, content: string, dict: StreamDict = {}) =>
  doc.context.register(doc.context.stream(deflateSync(content), { ...dict, Filter: "FlateDecode" }))

/**
 * The lot's text as a form XObject in label coordinates, drawn by every label with one `Do`: the text is
 * laid out and encoded once per sheet, not once per label.
 */
function lotForm(doc: PDFDocument, fonts: Fonts, lot: LabelLot): PDFRef {
  const { width, height } = SHEET.label
  const { text } = labelLayout(SHEET.label)
  const { name, info } = lotLines(lot, text.width)
  const pitch = (line: TextLine) => line.sizePt * LINE_PITCH
  const gap = NAME_GAP * LINE_PITCH * TEXT_PT
  const blockHeight = [...name, ...info].reduce((sum, line) => sum + pitch(line), gap)
  let lineTop = text.y * PT + Math.max(0, (text.height * PT - blockHeight) / 2)
  let content = "BT\n"
  for (const line of [...name, ...info]) {
    const { ascent, descent } = metrics(line.role)
    // The font's ascent and descent centred in the line's pitch.
    const baseline = lineTop + ((LINE_PITCH - ascent - descent) / 2 + ascent) * line.sizePt
    const font = line.role === "name" ? "/Name" : "/Text"
    content += `${font} ${num(line.sizePt)} Tf 1 0 0 1 ${num(text.x * PT)} ${num(height * PT - baseline)} Tm `
    content += `${fonts[line.role].encodeText(line.text)} Tj\n`
    lineTop += pitch(line) + (line === name[name.length - 1] ? gap : 0)
  }
  content += "ET\n"
  return stream(doc, content, {
    Type: "XObject",
    Subtype: "Form",
    BBox: [0, 0, width * PT, height * PT],
    Resources: { Font: { Name: fonts.name.ref, Text: fonts.text.ref } },
  })
}

/** One label's own marks, in label coordinates (points from its bottom-left): the QR code and the serial. */
function unitContent(fonts: Fonts, serialFont: string, unit: LabelUnit): string {
  const { height } = SHEET.label
  const { qr, serial } = labelLayout(SHEET.label)
  const matrix = qrMatrix(unit.url)
  const modulePt = (qr.width * PT) / (matrix.size + 2 * QUIET_ZONE)
  // Module units with y downwards: each horizontal run of dark modules becomes one `re`, all filled at once.
  let content = `q 0 g ${num(modulePt)} 0 0 ${num(-modulePt)} ${num(qr.x * PT)} ${num((height - qr.y) * PT)} cm\n`
  for (const [row, col, length] of darkRuns(matrix))
    content += `${col + QUIET_ZONE} ${row + QUIET_ZONE} ${length} 1 re\n`
  content += "f Q\n"

  const sizePt = serialSizePt(unit.serial, qr.width)
  const { width, capHeight } = metrics("serial")
  const x = qr.x * PT + (qr.width * PT - width(unit.serial, sizePt)) / 2
  const bandBottom = (height - serial.y - serial.height) * PT
  const y = bandBottom + (serial.height * PT - capHeight * sizePt) / 2
  content += `BT ${serialFont} ${num(sizePt)} Tf 1 0 0 1 ${num(x)} ${num(y)} Tm ${fonts.serial.encodeText(unit.serial)} Tj ET\n`
  return content
}

/**
 * A print-ready A4 PDF of the units' labels, 24 to a page on 63.5 × 33.9 mm label sheets, as many pages as
 * needed. QR codes are vector rectangles (sharp at any printer resolution); the fonts are embedded, subset to
 * the letters used. Viewers are asked to print at actual size, as a scaled sheet misses the die-cut labels.
 */
export async function renderLabelSheetPdf(lot: LabelLot, units: LabelUnit[]): Promise<Uint8Array> {
  checkLot(lot)
  if (!units.length) throw new RangeError("units is empty: a sheet needs at least one label")
  units.forEach(checkUnit)

  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const embed = (role: FontRole) => doc.embedFont(fontBytes(role), { subset: true })
  const fonts: Fonts = { name: await embed("name"), text: await embed("text"), serial: await embed("serial") }
  doc.setTitle(`${lot.productName.normalize("NFC")} — lô ${lot.lot}: ${units.length} nhãn`)
  doc.setLanguage("vi-VN")
  doc.setCreator("@ocop/labels")
  doc.catalog.getOrCreateViewerPreferences().setPrintScaling(PrintScaling.None)

  const form = lotForm(doc, fonts, lot)
  const [pageWidth, pageHeight] = PageSizes.A4
  for (let first = 0; first < units.length; first += LABELS_PER_SHEET) {
    const page = doc.addPage([pageWidth, pageHeight])
    const formName = page.node.newXObject("Lot", form)
    const serialFont = page.node.newFontDictionary("Serial", fonts.serial.ref)
    let content = ""
    units.slice(first, first + LABELS_PER_SHEET).forEach((unit, slot) => {
      const origin = labelOrigin(slot)
      const bottom = pageHeight - (origin.y + SHEET.label.height) * PT
      content += `q 1 0 0 1 ${num(origin.x * PT)} ${num(bottom)} cm ${formName} Do\n`
      content += unitContent(fonts, serialFont.toString(), unit)
      content += "Q\n"
    })
    page.node.addContentStream(stream(doc, content))
  }
  // Without object streams (a PDF 1.5 feature) the file keeps a classic cross-reference table, which
  // older printer firmware reads too.
  return doc.save({ useObjectStreams: false })
}
