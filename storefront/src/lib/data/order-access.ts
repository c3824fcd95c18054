import "server-only"
import type { OrderAccessGrant } from "@ocop/core"
import { forwardedFor } from "../http/forwarded-for"
import { sdk } from "../medusa"

/**
 * Tokens that open one order for a guest (docs/decisions/017-order-access.md). Asked of the backend
 * by the server only: the cart id and the shopper's e-mail or phone never leave the server here.
 */
const grant = async (path: string, body: Record<string, unknown>) =>
  sdk.client.fetch<OrderAccessGrant>(path, { method: "POST", body, headers: await forwardedFor(), cache: "no-store" })

/** Right after checkout: the completed cart proves the caller placed the order. */
export const orderAccessFromCart = (cartId: string) => grant("/store/ocop/order-access", { cart_id: cartId })

/** "Find my order": the order number and the e-mail or phone it was placed with. */
export const orderAccessByLookup = (displayId: number, contact: { email: string } | { phone: string }) =>
  grant("/store/ocop/order-access/lookup", { display_id: displayId, ...contact })
