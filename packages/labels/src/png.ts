import sharp from "sharp"
import { labelLayout, lotLines, NAME_GAP, LINE_PITCH, serialSizePt, TEXT_PT, type Box, type LabelSize } from "./layout"
import { mapLimit } from "./map-limit"
import { QUIET_ZONE, qrMatrix } from "./qr"
import { blit, escapeMarkup, textMask, type PxBox } from "./raster"
import { serialMask } from "./serial-glyphs"
import type { LabelLot, LabelUnit, PngOptions } from "./types"
import { checkLot, checkUnit } from "./validate"

/** 50 × 30 mm, a common roll label for thermal printers; 1 mm kept free of ink at the edges. */
export const PNG_LABEL: LabelSize = { width: 50, height: 30, margin: 1 }

const DEFAULT_DPI = 300
/** Label pipelines in flight: libuv's four threads plus as many waiting, see mapLimit. */
const IN_FLIGHT = 8

/** Everything of a label that is the same for the whole lot, rasterised once. */
type LotRaster = { width: number; height: number; dpi: number; template: Buffer; qr: PxBox; serial: PxBox }

async function rasteriseLot(lot: LabelLot, dpi: number): Promise<LotRaster> {
  const px = (mm: number) => Math.round((mm / 25.4) * dpi)
  const toPx = (box: Box): PxBox => ({ x: px(box.x), y: px(box.y), width: px(box.width), height: px(box.height) })
  const layout = labelLayout(PNG_LABEL)
  const width = px(PNG_LABEL.width)
  const height = px(PNG_LABEL.height)
  const text = toPx(layout.text)
  const lines = lotLines(lot, layout.text.width)

  const name = await textMask(
    lines.name.map((line) => escapeMarkup(line.text)).join("\n"),
    "name",
    lines.name[0].sizePt,
    dpi,
    text.width,
  )
  const info = await textMask(
    lines.info
      .map((line) => `<span size="${Math.round(line.sizePt * 1024)}">${escapeMarkup(line.text)}</span>`)
      .join("\n"),
    "text",
    TEXT_PT,
    dpi,
    text.width,
  )
  const gap = px(((NAME_GAP * LINE_PITCH * TEXT_PT) / 72) * 25.4)
  const top = text.y + Math.max(0, Math.floor((text.height - name.height - gap - info.height) / 2))
  const template = Buffer.alloc(width * height, 255)
  blit(template, width, name, text.x, top, text)
  blit(template, width, info, text.x, top + name.height + gap, text)
  return { width, height, dpi, template, qr: toPx(layout.qr), serial: toPx(layout.serial) }
}

/** Draws the QR code module by module into the lot's template, adds the serial, encodes a greyscale PNG. */
async function renderUnit(lot: LotRaster, unit: LabelUnit): Promise<Buffer> {
  const { size, dark } = qrMatrix(unit.url)
  const modules = size + 2 * QUIET_ZONE
  // Whole pixels per module keep every module edge sharp (no anti-aliased grey seams for a scanner to misread).
  const modulePx = Math.floor(lot.qr.width / modules)
  if (modulePx < 2)
    throw new RangeError(
      `url of ${unit.url.length} characters needs ${modules} QR modules across, more than a ${PNG_LABEL.width} × ${PNG_LABEL.height} mm label holds at ${lot.dpi} dpi`,
    )
  const symbolPx = modulePx * modules
  const left = lot.qr.x + Math.floor((lot.qr.width - symbolPx) / 2)
  const top = lot.qr.y
  const pixels = Buffer.from(lot.template)
  const row = Buffer.alloc(symbolPx, 255)
  for (let r = 0; r < size; r++) {
    row.fill(255)
    for (let c = 0; c < size; c++)
      if (dark[r * size + c]) row.fill(0, (c + QUIET_ZONE) * modulePx, (c + QUIET_ZONE + 1) * modulePx)
    const y = top + (r + QUIET_ZONE) * modulePx
    for (let k = 0; k < modulePx; k++) row.copy(pixels, (y + k) * lot.width + left)
  }

  // The serial sits under the quiet zone, centred on the symbol, in the band down to the bottom margin.
  const bandTop = top + symbolPx
  const band: PxBox = { x: left, y: bandTop, width: symbolPx, height: lot.serial.y + lot.serial.height - bandTop }
  const sizePt = serialSizePt(unit.serial, (symbolPx / lot.dpi) * 25.4)
  const serial = await serialMask(unit.serial, sizePt, lot.dpi)
  const x = left + Math.floor((symbolPx - serial.width) / 2)
  const y = bandTop + Math.max(0, Math.floor((band.height - serial.height) / 2))
  blit(pixels, lot.width, serial, x, y, band)

  return sharp(pixels, { raw: { width: lot.width, height: lot.height, channels: 1 } })
    .toColourspace("b-w")
    .withDensity(lot.dpi)
    .png()
    .toBuffer()
}

function dpiOf(options: PngOptions | undefined): number {
  const dpi = options?.dpi ?? DEFAULT_DPI
  if (!(dpi >= 150 && dpi <= 1200)) throw new RangeError(`dpi must be from 150 to 1200, got ${dpi}`)
  return dpi
}

/** One 50 × 30 mm label as a greyscale PNG (300 dpi: 591 × 354 px) with its print size recorded. */
export async function renderLabelPng(lot: LabelLot, unit: LabelUnit, options?: PngOptions): Promise<Buffer> {
  checkLot(lot)
  checkUnit(unit)
  return renderUnit(await rasteriseLot(lot, dpiOf(options)), unit)
}

/** The labels of many units of one lot, in order; the lot's text is rendered once for all of them. */
export async function renderLabelPngs(lot: LabelLot, units: LabelUnit[], options?: PngOptions): Promise<Buffer[]> {
  checkLot(lot)
  // Every unit is checked before any work, so a bad unit fails the batch at once rather than halfway.
  units.forEach(checkUnit)
  const dpi = dpiOf(options)
  if (!units.length) return []
  const raster = await rasteriseLot(lot, dpi)
  return mapLimit(units, IN_FLIGHT, (unit) => renderUnit(raster, unit))
}
