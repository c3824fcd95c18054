import { inflateSync } from "node:zlib"
import jsQR from "jsqr"
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFPage } from "pdf-lib"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { renderLabelPng, renderLabelPngs, renderLabelSheetPdf, type LabelLot, type LabelUnit } from "../index"
import { wrapText } from "../wrap"

const lot: LabelLot = {
  productName: "Nước mắm Cửa Tùng",
  stars: 4,
  lot: "L/26-11",
  producedOn: "2026-11-01",
  expiresOn: "2028-11-01",
}

/** Units as the resolver issues them: the lot percent-encoded in the path ("L/26-11" → "L%2F26-11"), a signature. */
const unitsOf = (count: number, lotCode = lot.lot): LabelUnit[] =>
  Array.from({ length: count }, (_, i) => {
    const serial = `A7K${String(i).padStart(3, "0")}`
    const url = `https://ocop.example.vn/01/08930000001016/10/${encodeURIComponent(lotCode)}/21/${serial}?s=Xy3_k9Qa${i}b`
    return { url, serial }
  })

async function decodePng(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length)
  return jsQR(pixels, info.width, info.height, { inversionAttempts: "dontInvert" })?.data
}

describe("PNG labels", () => {
  it("renders one 50 × 30 mm greyscale label per unit, each decoding to exactly its unit's URL", async () => {
    const units = unitsOf(8)
    expect(units[0].url).toContain("/10/L%2F26-11/21/A7K000?s=")
    const pngs = await renderLabelPngs(lot, units)
    expect(pngs).toHaveLength(units.length)
    for (const [i, png] of pngs.entries()) {
      expect(await decodePng(png)).toBe(units[i].url)
      const meta = await sharp(png).metadata()
      expect([meta.format, meta.width, meta.height, meta.channels, meta.density]).toEqual(["png", 591, 354, 1, 300])
    }
  })

  it("renders a single label at another resolution, e.g. a 203 dpi thermal printer", async () => {
    const [unit] = unitsOf(1)
    const png = await renderLabelPng(lot, unit, { dpi: 203 })
    expect(await decodePng(png)).toBe(unit.url)
    expect(await sharp(png).metadata()).toMatchObject({ width: 400, height: 240, density: 203 })
  })

  it("keeps a very long product name and lot within the label, and the QR code still decodes", async () => {
    const longLot = {
      ...lot,
      productName: `Mật ong rừng nguyên chất Hướng Hóa ${"đặc sản Quảng Trị ".repeat(40)}`,
      lot: "LOT-2026-11-ABCDEFGH",
      stars: 5,
      expiresOn: null,
    }
    const units = unitsOf(2, longLot.lot)
    const pngs = await renderLabelPngs(longLot, units)
    for (const [i, png] of pngs.entries()) expect(await decodePng(png)).toBe(units[i].url)
  })

  it("returns no labels for no units", async () => {
    expect(await renderLabelPngs(lot, [])).toEqual([])
  })
})

/** The font dictionaries of a page's content, followed through form XObjects, as `BaseFont` → dictionary. */
function fontsOf(doc: PDFDocument): Map<string, PDFDict> {
  const fonts = new Map<string, PDFDict>()
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : null
    if (dict?.get(PDFName.of("Type")) === PDFName.of("Font") && dict.get(PDFName.of("Subtype")) === PDFName.of("Type0"))
      fonts.set(String(dict.get(PDFName.of("BaseFont"))), dict)
  }
  return fonts
}

/** A stream's decompressed text; a page's Contents may be an array of streams, read in order. */
function streamText(doc: PDFDocument, ref: unknown): string {
  const object = doc.context.lookup(ref as PDFRef)
  if (object instanceof PDFArray)
    return object
      .asArray()
      .map((part) => streamText(doc, part))
      .join("")
  if (!(object instanceof PDFRawStream)) throw new Error(`not a stream: ${object}`)
  return inflateSync(object.contents).toString("latin1")
}

/** The ToUnicode map of an embedded font (its name carries a numeric subset suffix), upper case. */
function toUnicode(doc: PDFDocument, fonts: Map<string, PDFDict>, name: string): string {
  const font = [...fonts.entries()].find(([key]) => key.replace(/-\d+$/, "") === `/${name}`)
  if (!font) throw new Error(`no embedded font ${name}`)
  return streamText(doc, font[1].get(PDFName.of("ToUnicode"))).toUpperCase()
}

/** Rebuilds each label's QR code from the page's vector rectangles (`col row length 1 re` in module units). */
async function decodePdfPage(doc: PDFDocument, page: PDFPage): Promise<(string | undefined)[]> {
  const content = streamText(doc, page.node.get(PDFName.of("Contents")))
  const codes = [...content.matchAll(/ cm\n((?:\d+ \d+ \d+ 1 re\n)+)f Q/g)].map((m) => m[1])
  return Promise.all(
    codes.map(async (runs) => {
      const rects = [...runs.matchAll(/(\d+) (\d+) (\d+) 1 re/g)].map((m) => m.slice(1).map(Number))
      const modules = Math.max(...rects.map(([col, , length]) => col + length)) + 4
      const scale = 4
      const side = modules * scale
      const pixels = Buffer.alloc(side * side, 255)
      for (const [col, row, length] of rects)
        for (let y = row * scale; y < (row + 1) * scale; y++)
          pixels.fill(0, y * side + col * scale, y * side + (col + length) * scale)
      const png = await sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
        .png()
        .toBuffer()
      return decodePng(png)
    }),
  )
}

describe("A4 PDF sheet", () => {
  it("lays 30 labels on two A4 pages of 24 with fonts embedded, each vector QR code decoding to its URL", async () => {
    const units = unitsOf(30)
    const bytes = await renderLabelSheetPdf(lot, units)
    const doc = await PDFDocument.load(bytes)
    const pages = doc.getPages()
    expect(pages).toHaveLength(2)
    for (const page of pages) {
      const { width, height } = page.getSize()
      expect([width, height]).toEqual([595.28, 841.89])
    }
    const decoded = [...(await decodePdfPage(doc, pages[0])), ...(await decodePdfPage(doc, pages[1]))]
    expect(decoded).toEqual(units.map((u) => u.url))

    expect(Buffer.from(bytes).includes("/FontFile2")).toBe(true)
    const fonts = fontsOf(doc)
    expect([...fonts.keys()].map((name) => name.replace(/-\d+$/, "")).sort()).toEqual([
      "/DejaVuSansCondensed",
      "/DejaVuSansCondensed-Bold",
      "/DejaVuSansMono",
    ])
    // Each font maps the glyphs it carries back to text; the Vietnamese letters and ★ are among them.
    const mapped = (name: string) => toUnicode(doc, fonts, name)
    for (const hex of ["01B0", "1EDB", "1EAF", "1EED", "00F9"])
      expect(mapped("DejaVuSansCondensed-Bold")).toContain(hex) // ư ớ ắ ử ù
    for (const hex of ["2605", "00F4"]) expect(mapped("DejaVuSansCondensed")).toContain(hex) // ★ ô
  })

  it("writes the diacritics of other product names with the embedded font too", async () => {
    const bytes = await renderLabelSheetPdf({ ...lot, productName: "Đặc sản Hồ tiêu" }, unitsOf(1))
    const doc = await PDFDocument.load(bytes)
    const cmap = toUnicode(doc, fontsOf(doc), "DejaVuSansCondensed-Bold")
    for (const hex of ["0110", "1EB7", "1EA3", "1ED3", "00EA"]) expect(cmap).toContain(hex) // Đ ặ ả ồ ê
  })
})

describe("bad input", () => {
  const [unit] = unitsOf(1)

  it("rejects an empty URL, naming the unit", async () => {
    await expect(renderLabelPng(lot, { ...unit, url: "" })).rejects.toThrow(new RangeError("unit 0: url is empty"))
    await expect(renderLabelPngs(lot, [unit, { ...unit, url: "" }])).rejects.toThrow(/unit 1: url is empty/)
    await expect(renderLabelSheetPdf(lot, [{ ...unit, url: "" }])).rejects.toThrow(RangeError)
  })

  it("rejects stars outside 1..5", async () => {
    for (const stars of [0, 6, 3.5]) {
      await expect(renderLabelPng({ ...lot, stars }, unit)).rejects.toThrow(RangeError)
      await expect(renderLabelSheetPdf({ ...lot, stars }, [unit])).rejects.toThrow(
        /stars must be a whole number from 1 to 5/,
      )
    }
  })

  it("names a date that is not a calendar day, or a use-by date before production", async () => {
    await expect(renderLabelPng({ ...lot, producedOn: "2026-02-30" }, unit)).rejects.toThrow(/producedOn/)
    await expect(renderLabelPng({ ...lot, expiresOn: "01/11/2028" }, unit)).rejects.toThrow(/expiresOn/)
    await expect(renderLabelPng({ ...lot, expiresOn: "2025-01-01" }, unit)).rejects.toThrow(/before producedOn/)
  })

  it("rejects a serial the monospaced face cannot print, an empty sheet, a resolution out of range", async () => {
    await expect(renderLabelPng(lot, { ...unit, serial: "Số 1" })).rejects.toThrow(/printable ASCII/)
    await expect(renderLabelSheetPdf(lot, [])).rejects.toThrow(/units is empty/)
    await expect(renderLabelPng(lot, unit, { dpi: 72 })).rejects.toThrow(/dpi/)
  })
})

describe("line wrapping", () => {
  const fits = (line: string) => line.length <= 10

  it("breaks between words, then inside a word longer than a line", () => {
    expect(wrapText("Nước mắm Cửa Tùng", fits, 3)).toEqual(["Nước mắm", "Cửa Tùng"])
    expect(wrapText("ABCDEFGHIJKLMNO", fits, 3)).toEqual(["ABCDEFGHIJ", "KLMNO"])
  })

  it("ends the last allowed line with an ellipsis when text remains", () => {
    expect(wrapText("Mật ong rừng nguyên chất Hướng Hóa", fits, 2)).toEqual(["Mật ong", "rừng nguy…"])
  })
})
