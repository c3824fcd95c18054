import type { MedusaResponse } from "@medusajs/framework/http"

/** Sends a personal-data export as a file to download, kept by no cache on the way. */
export function sendExport(res: MedusaResponse, file: { exported_at: string }) {
  const day = file.exported_at.slice(0, 10)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `attachment; filename="ocop-personal-data-${day}.json"`)
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.send(JSON.stringify(file, null, 2))
}
