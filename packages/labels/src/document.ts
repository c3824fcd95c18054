import fontkit from "@pdf-lib/fontkit"
import { PageSizes, PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib"
import { fontBytes } from "./fonts"

/** A printable A4 document: a title, key figures as label–value pairs, then a table that runs over pages. */
export type TableDocument = {
  title: string
  subtitle?: string
  summary: [label: string, value: string][]
  table: { head: string[]; widths: number[]; rows: string[][]; alignRight?: boolean[] }
  footer?: string
}

const MARGIN = 40
const SIZE = 9
const LINE = 13

/** Cuts a cell's text to its column's width, with an ellipsis, so a long product name never overlaps the next. */
function fit(font: PDFFont, text: string, width: number): string {
  if (font.widthOfTextAtSize(text, SIZE) <= width) return text
  let cut = text
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, SIZE) > width) cut = cut.slice(0, -1)
  return `${cut}…`
}

/**
 * Renders a table document as a PDF with the DejaVu faces embedded (every Vietnamese letter prints
 * on any machine), the table's head repeated on each page.
 */
export async function renderTablePdf(doc: TableDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  pdf.setTitle(doc.title)
  const bold = await pdf.embedFont(fontBytes("name"), { subset: true })
  const text = await pdf.embedFont(fontBytes("text"), { subset: true })
  const [pageWidth, pageHeight] = PageSizes.A4
  const scale = (pageWidth - 2 * MARGIN) / doc.table.widths.reduce((a, b) => a + b, 0)
  const widths = doc.table.widths.map((w) => w * scale)
  let page: PDFPage = pdf.addPage(PageSizes.A4)
  let y = pageHeight - MARGIN

  const write = (s: string, x: number, font: PDFFont, size = SIZE) => page.drawText(s, { x, y, size, font })
  const row = (cells: string[], font: PDFFont) => {
    let x = MARGIN
    cells.forEach((cell, i) => {
      const shown = fit(font, cell, widths[i] - 4)
      const right = doc.table.alignRight?.[i]
      write(shown, right ? x + widths[i] - 4 - font.widthOfTextAtSize(shown, SIZE) : x, font)
      x += widths[i]
    })
    y -= LINE
  }
  const head = () => {
    row(doc.table.head, bold)
    page.drawLine({
      start: { x: MARGIN, y: y + LINE - 3 },
      end: { x: pageWidth - MARGIN, y: y + LINE - 3 },
      thickness: 0.5,
      color: rgb(0.4, 0.4, 0.4),
    })
  }

  write(doc.title, MARGIN, bold, 14)
  y -= 20
  if (doc.subtitle) {
    write(doc.subtitle, MARGIN, text, 10)
    y -= 18
  }
  for (const [label, value] of doc.summary) {
    write(label, MARGIN, text)
    write(value, MARGIN + 260 - bold.widthOfTextAtSize(value, SIZE), bold)
    y -= LINE
  }
  y -= LINE
  head()
  for (const cells of doc.table.rows) {
    if (y < MARGIN + LINE) {
      page = pdf.addPage(PageSizes.A4)
      y = pageHeight - MARGIN
      head()
    }
    row(cells, text)
  }
  if (doc.footer) {
    y -= LINE
    if (y < MARGIN) {
      page = pdf.addPage(PageSizes.A4)
      y = pageHeight - MARGIN
    }
    write(doc.footer, MARGIN, text, 8)
  }
  return pdf.save()
}
