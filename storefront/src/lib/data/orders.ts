import "server-only"
import type { HttpTypes } from "@medusajs/types"
import {
  isVietQrPaymentData,
  ORDER_ACCESS_HEADER,
  VIETQR_PROVIDER_ID,
  type ShipmentsResponse,
  type ShipmentView,
  type VietQrPaymentData,
} from "@ocop/core"
import { sdk } from "../medusa"
import { getAuthToken, storeCall } from "./session"

export type Order = HttpTypes.StoreOrder

const ORDER_FIELDS = [
  "id,display_id,email,created_at,status,payment_status,fulfillment_status,customer_id",
  "total,subtotal,item_total,shipping_total,currency_code",
  "*items,*shipping_address,*shipping_methods",
  "*payment_collections,*payment_collections.payments",
].join(",")

/**
 * One order, as the confirmation and account pages show it: the backend answers the signed-in
 * customer who placed it, or a guest holding an order-access token for it (`access`), and nobody
 * else (null, as for an unknown order). Never cached.
 */
export async function retrieveOrder(id: string, access?: string): Promise<Order | null> {
  try {
    const { order } = await sdk.client.fetch<{ order: Order }>(`/store/orders/${encodeURIComponent(id)}`, {
      query: { fields: ORDER_FIELDS },
      headers: await orderReader(access),
      cache: "no-store",
    })
    return order
  } catch {
    return null
  }
}

/**
 * The order's shipments, one per producer (`GET /store/ocop/orders/:id/shipments`), behind the same
 * guard as the order itself. Empty when none can be read: the order's page still shows the order.
 */
export async function retrieveShipments(id: string, access?: string): Promise<ShipmentView[]> {
  try {
    const { shipments } = await sdk.client.fetch<ShipmentsResponse>(
      `/store/ocop/orders/${encodeURIComponent(id)}/shipments`,
      { headers: await orderReader(access), cache: "no-store" },
    )
    return shipments
  } catch {
    return []
  }
}

/** Who reads an order: the signed-in customer's token, and a guest's order-access token if given. */
async function orderReader(access?: string): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(access ? { [ORDER_ACCESS_HEADER]: access } : {}),
  }
}

/** The logged-in customer's orders, newest first. */
export async function listOrders(): Promise<Order[]> {
  const { orders } = await storeCall<{ orders: Order[] }>("/store/orders", {
    query: {
      fields: "id,display_id,created_at,total,currency_code,status,payment_status,*items",
      order: "-created_at",
    },
  })
  return orders
}

/**
 * The VietQR transfer an order still awaits: the provider's data on the order's payment
 * (docs/payments.md), until the bank's notification (or an official) captures it.
 */
export function pendingVietQr(order: Order): VietQrPaymentData | null {
  if (order.payment_status === "captured") return null
  for (const collection of order.payment_collections ?? []) {
    for (const payment of collection.payments ?? []) {
      if (payment.provider_id === VIETQR_PROVIDER_ID && !payment.captured_at && isVietQrPaymentData(payment.data)) {
        return payment.data
      }
    }
  }
  return null
}

export function paymentProviderOf(order: Order): string | null {
  return order.payment_collections?.[0]?.payments?.[0]?.provider_id ?? null
}
