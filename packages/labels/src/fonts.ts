import fs from "node:fs"
import path from "node:path"

/**
 * DejaVu (the `dejavu-fonts-ttf` package) covers every Vietnamese letter with its tone marks and the ★
 * of the star rating, so labels never depend on the fonts of the machine that prints them. Condensed faces
 * leave the product name more room beside the QR code; the serial is monospaced so 0/O and 1/l differ.
 */
export const FONTS = {
  name: "DejaVuSansCondensed-Bold.ttf",
  text: "DejaVuSansCondensed.ttf",
  serial: "DejaVuSansMono.ttf",
} as const

export type FontRole = keyof typeof FONTS

/** The Pango font description of each face, as fontconfig names it once sharp has loaded the file. */
export const PANGO_FONTS: Record<FontRole, string> = {
  name: "DejaVu Sans Condensed Bold",
  text: "DejaVu Sans Condensed",
  serial: "DejaVu Sans Mono",
}

const fontDir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf")

export const fontFile = (role: FontRole) => path.join(fontDir, FONTS[role])

const bytes = new Map<FontRole, Buffer>()

/** The font file's bytes, read once per process. */
export function fontBytes(role: FontRole): Buffer {
  let data = bytes.get(role)
  if (!data) {
    data = fs.readFileSync(fontFile(role))
    bytes.set(role, data)
  }
  return data
}
