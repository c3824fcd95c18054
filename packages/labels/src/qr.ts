import QRCode from "qrcode"

/** ISO/IEC 18004 requires four light modules around the symbol; scanners fail more often without them. */
export const QUIET_ZONE = 4

/** The QR symbol as modules: `dark[row * size + col]` is 1 for a dark module. No quiet zone included. */
export type QrMatrix = { size: number; dark: Uint8Array }

/**
 * Only the module matrix is taken from `qrcode`: its PNG and SVG renderers cost more than the whole label,
 * so both renderers here draw the modules themselves. Level Q survives 25 % damage, which a label on a
 * bottle or a jar (curved, scuffed, partly covered by a thumb) needs.
 */
export function qrMatrix(url: string): QrMatrix {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "Q" })
  return { size: modules.size, dark: modules.data }
}

/** Horizontal runs of dark modules as [row, first column, length]: one rectangle each instead of one per module. */
export function darkRuns({ size, dark }: QrMatrix): [number, number, number][] {
  const runs: [number, number, number][] = []
  for (let row = 0; row < size; row++) {
    let col = 0
    while (col < size) {
      if (!dark[row * size + col]) {
        col++
        continue
      }
      const start = col
      while (col < size && dark[row * size + col]) col++
      runs.push([row, start, col - start])
    }
  }
  return runs
}
