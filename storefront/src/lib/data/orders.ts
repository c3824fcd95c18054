import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { storeCall } from "./session"

export type Order = HttpTypes.StoreOrder

const ORDER_FIELDS = [
  "id,display_id,email,created_at,status,payment_status,fulfillment_status,customer_id",
  "total,subtotal,item_total,shipping_total,currency_code",
  "*items,*shipping_address,*shipping_methods",
  "*payment_collections,*payment_collections.payments,*payment_collections.payment_sessions",
].join(",")

/** One order by its id (unguessable), as the checkout's confirmation page shows it. Never cached. */
export async function retrieveOrder(id: string): Promise<Order | null> {
  try {
    const { order } = await storeCall<{ order: Order }>(`/store/orders/${encodeURIComponent(id)}`, {
      query: { fields: ORDER_FIELDS },
    })
    return order
  } catch {
    return null
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

/** The VietQR transfer an order still awaits: its payment session data (docs/payments.md). */
export type VietQrTransfer = {
  reference: string
  qr: string
  amount: number
  bank_bin: string
  account: string
  account_name: string
}

export function pendingVietQr(order: Order): VietQrTransfer | null {
  for (const collection of order.payment_collections ?? []) {
    const sessions = collection.payment_sessions ?? []
    const session = sessions.find((s) => s.provider_id === "pp_vietqr_vietqr")
    const captured = (collection.payments ?? []).some((p) => p.captured_at)
    const data = (session?.data ?? null) as VietQrTransfer | null
    if (data?.qr && !captured) return data
  }
  return null
}

export function paymentProviderOf(order: Order): string | null {
  const collection = order.payment_collections?.[0]
  return collection?.payments?.[0]?.provider_id ?? collection?.payment_sessions?.[0]?.provider_id ?? null
}
