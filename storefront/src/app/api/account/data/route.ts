import { privateDownload } from "@/lib/http/private-download"

export const dynamic = "force-dynamic"

/** GET /api/account/data — the signed-in shopper's copy of its data, one JSON file (docs/compliance.md). */
export async function GET() {
  return privateDownload("/store/customers/me/data", "application/json")
}
