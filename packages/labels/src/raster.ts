import sharp from "sharp"
import { fontFile, PANGO_FONTS, type FontRole } from "./fonts"

/** A greyscale coverage mask: 255 where ink goes, 0 where the label stays blank. */
export type Mask = { data: Buffer; width: number; height: number }

export type PxBox = { x: number; y: number; width: number; height: number }

export const escapeMarkup = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!)

/** Pango renders the text (shaping, hinting, anti-aliasing); the mask comes back cropped to the ink. */
export async function textMask(
  markup: string,
  role: FontRole,
  sizePt: number,
  dpi: number,
  maxWidth = Infinity,
): Promise<Mask> {
  const font = `${PANGO_FONTS[role]} ${sizePt}`
  let image = sharp({ text: { text: markup, font, fontfile: fontFile(role), dpi } }).extractChannel(0)
  let { data, info } = await image.raw().toBuffer({ resolveWithObject: true })
  // Lines are broken with the font's own metrics; Pango's hinting can make a line a few pixels wider.
  if (info.width > maxWidth) {
    image = sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).resize({ width: maxWidth })
    ;({ data, info } = await image.raw().toBuffer({ resolveWithObject: true }))
  }
  return { data, width: info.width, height: info.height }
}

/** Darkens the greyscale image `dst` (`dstWidth` wide) by `mask` placed at x, y, clipped to `clip`. */
export function blit(dst: Buffer, dstWidth: number, mask: Mask, x: number, y: number, clip: PxBox): void {
  const x0 = Math.max(x, clip.x)
  const x1 = Math.min(x + mask.width, clip.x + clip.width)
  const y0 = Math.max(y, clip.y)
  const y1 = Math.min(y + mask.height, clip.y + clip.height)
  for (let row = y0; row < y1; row++) {
    const src = (row - y) * mask.width - x
    const out = row * dstWidth
    for (let col = x0; col < x1; col++) {
      const ink = 255 - mask.data[src + col]
      if (ink < dst[out + col]) dst[out + col] = ink
    }
  }
}
