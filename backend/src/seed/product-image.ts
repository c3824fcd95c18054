import path from "node:path"
import sharp from "sharp"
import { groupMotif } from "./group-motifs"

/**
 * A representative product picture drawn locally (no downloads): a backdrop in
 * the colours of the product's OCOP sector, the drawing of its product group
 * (group-motifs.ts), the product's name with
 * its diacritics, stars and producer. Text is rendered by Pango from a bundled
 * TTF so a machine without system fonts still draws letters, not boxes.
 */
const FONT_FILE = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf", "DejaVuSans.ttf")
const SIZE = 800

const PALETTES: Record<string, [string, string, string]> = {
  I: ["#f6e7c8", "#e0b872", "#7a4b12"], // food: rice and spice
  II: ["#e3eefc", "#8fb4e8", "#1d3f73"], // beverages
  III: ["#e4f3e1", "#92c98a", "#255c1f"], // herbs
  IV: ["#f4e4dc", "#cf9a7f", "#6b3420"], // handicrafts
  V: ["#fbe4ee", "#e79ab9", "#7a1f48"], // ornamental plants
  VI: ["#e0f4f3", "#7ccac4", "#12524d"], // tourism
}

export type ImageInput = { title: string; stars: number; producer: string; groupCode: string }

export async function drawProductImage(input: ImageInput): Promise<Buffer> {
  const sector = input.groupCode.split(".")[0]
  const [light, mid, dark] = PALETTES[sector] ?? PALETTES.I
  const backdrop = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="400" cy="300" r="190" fill="${light}" stroke="${dark}" stroke-width="10"/>
    ${groupMotif(input.groupCode, [light, mid, dark])}
    <rect x="40" y="540" width="720" height="220" rx="24" fill="#ffffff" fill-opacity="0.85"/>
  </svg>`)
  const stars = "★".repeat(input.stars) + "☆".repeat(Math.max(0, 5 - input.stars))
  const markup =
    `<span foreground="${dark}" size="34pt" weight="bold">${escape(input.title)}</span>\n` +
    `<span foreground="#c98a00" size="28pt">${stars}</span>  <span foreground="#333333" size="16pt">OCOP</span>\n` +
    `<span foreground="#333333" size="15pt">${escape(input.producer)}</span>`
  const text = await sharp({
    text: { text: markup, fontfile: FONT_FILE, font: "DejaVu Sans", rgba: true, width: 680, height: 200, wrap: "word" },
  })
    .png()
    .toBuffer()
  return sharp(backdrop)
    .composite([{ input: text, left: 60, top: 555 }])
    .webp({ quality: 82 })
    .toBuffer()
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}
