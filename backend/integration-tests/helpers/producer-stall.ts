import sharp from "sharp"

/** A phone camera's picture: wider than any width kept, with EXIF naming the phone and the place. */
export const cameraJpeg = () =>
  sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 40, g: 120, b: 60 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "SpyPhone", Model: "Model-X", ImageDescription: "Vuon ca phe, 16.63N 106.73E" } })
    .toBuffer()

/** A multipart form with the given files in `photos`, as a phone's file input sends them. */
export function photoForm(...files: { bytes: Uint8Array; type: string; name?: string }[]) {
  const form = new FormData()
  for (const f of files)
    form.append("photos", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name ?? "anh-chup.jpg")
  return form
}

/** A registry CSV export of the given rows (RFC 4180, every cell quoted, null as an empty cell). */
export function registryCsv(rows: Record<string, unknown>[]): string {
  const columns = Object.keys(rows[0])
  const cell = (v: unknown) => (v === null || v === undefined ? "" : `"${String(v).replace(/"/g, '""')}"`)
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\n")
}
