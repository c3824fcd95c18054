import { metrics } from "./metrics"
import { escapeMarkup, textMask, type Mask } from "./raster"

/** A glyph's ink and where it sits: `left` and `top` from the pen position on the baseline, in pixels. */
type Glyph = Mask & { left: number; top: number }

/**
 * Rasterised serial glyphs by resolution, size and character. Asking Pango for every label's serial cost
 * about as much as encoding the label's PNG; serials draw on a few dozen characters, so each is rendered
 * once per process and serials are assembled from copies.
 */
const glyphs = new Map<string, Promise<Glyph>>()

function glyph(ch: string, sizePt: number, dpi: number): Promise<Glyph> {
  const key = `${dpi}/${sizePt}/${ch}`
  let found = glyphs.get(key)
  if (!found) {
    found = textMask(escapeMarkup(ch), "serial", sizePt, dpi).then((mask) => {
      // Pango crops the mask to the ink; the font's glyph box says where that ink sits.
      const { minX, maxY } = metrics("serial").glyph(ch)
      const pxPerEm = (sizePt / 72) * dpi
      return { ...mask, left: Math.round(minX * pxPerEm), top: -Math.round(maxY * pxPerEm) }
    })
    glyphs.set(key, found)
  }
  return found
}

/** The serial as one mask cropped to its ink, like `textMask` would return, built from cached glyphs. */
export async function serialMask(serial: string, sizePt: number, dpi: number): Promise<Mask> {
  const chars = [...serial]
  const shapes = await Promise.all(chars.map((ch) => glyph(ch, sizePt, dpi)))
  const { glyph: box } = metrics("serial")
  const pxPerEm = (sizePt / 72) * dpi
  let pen = 0
  const placed = shapes.map((shape, i) => {
    const at = { shape, x: Math.round(pen) + shape.left, y: shape.top }
    pen += box(chars[i]).advance * pxPerEm
    return at
  })
  const left = Math.min(...placed.map((p) => p.x))
  const top = Math.min(...placed.map((p) => p.y))
  const width = Math.max(...placed.map((p) => p.x + p.shape.width)) - left
  const height = Math.max(...placed.map((p) => p.y + p.shape.height)) - top
  const data = Buffer.alloc(width * height)
  for (const { shape, x, y } of placed)
    for (let row = 0; row < shape.height; row++)
      for (let col = 0; col < shape.width; col++) {
        const out = (y - top + row) * width + (x - left + col)
        data[out] = Math.max(data[out], shape.data[row * shape.width + col])
      }
  return { data, width, height }
}
