import "server-only"
import { ORDER_ACCESS_HEADER, type OrderReturnsResponse } from "@ocop/core"
import { sdk } from "../medusa"
import { getAuthToken } from "./session"

/** Who acts on an order: the signed-in customer's token, and a guest's order-access token if given. */
export async function orderActor(access?: string): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(access ? { [ORDER_ACCESS_HEADER]: access } : {}),
  }
}

/**
 * The order's returns and what may still be returned (`GET /store/ocop/orders/:id/returns`), behind
 * the same guard as the order. Null when it cannot be read: the order's page still shows the order.
 */
export async function retrieveReturns(id: string, access?: string): Promise<OrderReturnsResponse | null> {
  try {
    return await sdk.client.fetch<OrderReturnsResponse>(`/store/ocop/orders/${encodeURIComponent(id)}/returns`, {
      headers: await orderActor(access),
      cache: "no-store",
    })
  } catch {
    return null
  }
}
