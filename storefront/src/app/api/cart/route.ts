import { itemCount, retrieveCart } from "@/lib/data/cart"

/**
 * GET /api/cart → { count }: the header's cart count, asked for by the browser so that shared
 * pages (product, producer) stay cacheable as a whole while the count stays the shopper's own.
 */
export async function GET() {
  const count = itemCount(await retrieveCart())
  return Response.json({ count }, { headers: { "Cache-Control": "private, no-store" } })
}
