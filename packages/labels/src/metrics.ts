import fontkit from "@pdf-lib/fontkit"
import { fontBytes, type FontRole } from "./fonts"

/** Widths in points; vertical metrics and glyph boxes in em (fractions of the font size). From the font file itself. */
export type FontMetrics = {
  width: (text: string, sizePt: number) => number
  ascent: number
  descent: number
  capHeight: number
  /** One character's advance and ink box (left edge, top above the baseline), without shaping. */
  glyph: (ch: string) => { advance: number; minX: number; maxY: number }
}

const cache = new Map<FontRole, FontMetrics>()

/**
 * Both renderers break lines with these metrics, the PDF's from the very font it embeds, so a PNG and a PDF
 * label of one lot wrap the product name alike.
 */
export function metrics(role: FontRole): FontMetrics {
  let found = cache.get(role)
  if (!found) {
    const font = fontkit.create(fontBytes(role))
    const em = font.unitsPerEm
    found = {
      width: (text, sizePt) => (font.layout(text).advanceWidth / em) * sizePt,
      ascent: font.ascent / em,
      descent: -font.descent / em,
      capHeight: font.glyphForCodePoint(0x48).bbox.maxY / em,
      glyph: (ch) => {
        const glyph = font.glyphForCodePoint(ch.codePointAt(0)!)
        return { advance: glyph.advanceWidth / em, minX: glyph.bbox.minX / em, maxY: glyph.bbox.maxY / em }
      },
    }
    cache.set(role, found)
  }
  return found
}
