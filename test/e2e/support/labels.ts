import { type APIRequestContext, expect } from "@playwright/test"
import jsQR from "jsqr"
import sharp from "sharp"
import { adminHeaders } from "./phone"

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
/** seed/data/lots.json: Nước mắm Tùng Văn, 500 ml. */
export const LOT = "NM2610"

async function lotId(request: APIRequestContext, headers: Record<string, string>, code: string) {
  const { lots } = await (await request.get(`${adminUrl}/admin/traceability/lots`, { headers })).json()
  return lots.find((l: { code: string }) => l.code === code).id as string
}

/** The URL in the QR code of a serial's label, decoded from the PNG the admin prints. */
async function decodedLabel(request: APIRequestContext, headers: Record<string, string>, id: string, serial: string) {
  const png = await request.get(`${adminUrl}/admin/traceability/lots/${id}/labels?format=png&serial=${serial}`, {
    headers,
  })
  expect(png.headers()["content-type"]).toMatch(/image\/png/)
  const { data, info } = await sharp(await png.body())
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)
  expect(decoded, "the label's QR code decodes").not.toBeNull()
  return decoded!.data
}

/** The URL printed on one of the lot's seeded labels (by issue order). */
export async function labelUrl(request: APIRequestContext, index: number, code = LOT): Promise<string> {
  const headers = await adminHeaders(request)
  const id = await lotId(request, headers, code)
  const { serials } = await (await request.get(`${adminUrl}/admin/traceability/lots/${id}/serials`, { headers })).json()
  return decodedLabel(request, headers, id, serials[index].serial)
}

/**
 * The URL on the label of a serial issued just now: never scanned before, so a test run again on
 * the same installation starts from the same counters (and no clone flag).
 */
export async function freshLabelUrl(request: APIRequestContext, code = LOT): Promise<string> {
  const headers = await adminHeaders(request)
  const id = await lotId(request, headers, code)
  const issued = await request.post(`${adminUrl}/admin/traceability/lots/${id}/serials`, {
    headers,
    data: { count: 1 },
  })
  expect(issued.status()).toBe(201)
  const { serials } = await issued.json()
  return decodedLabel(request, headers, id, serials[0])
}
