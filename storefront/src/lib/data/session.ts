import "server-only"
import { cookies } from "next/headers"
import { sdk } from "../medusa"

/**
 * A shopper's cart id and login token live in httpOnly cookies, so page scripts cannot read them.
 * Everything fetched with them is per customer and therefore never cached (`no-store`).
 */
const CART_COOKIE = "_ocop_cart"
const AUTH_COOKIE = "_ocop_jwt"
const WEEK = 60 * 60 * 24 * 7

const options = (maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (process.env.STOREFRONT_URL || "").startsWith("https://"),
  path: "/",
  maxAge,
})

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(id: string) {
  ;(await cookies()).set(CART_COOKIE, id, options(WEEK * 4))
}

export async function clearCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, options(WEEK))
}

export async function clearAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

type StoreCall = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, unknown> }

/** A Store API call on behalf of the current shopper: their token if logged in, never cached. */
export async function storeCall<T>(path: string, { method = "GET", body, query }: StoreCall = {}): Promise<T> {
  const token = await getAuthToken()
  return sdk.client.fetch<T>(path, {
    method,
    body,
    query,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: "no-store",
  })
}

/** The Store API's error message, for showing to the shopper or logging. */
export function storeError(error: unknown): { status: number; message: string } {
  const e = error as { status?: number; message?: string }
  return { status: e?.status ?? 500, message: e?.message ?? String(error) }
}
