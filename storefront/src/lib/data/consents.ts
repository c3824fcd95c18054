import "server-only"
import type { StoreMyConsentsResponse } from "@ocop/core"
import { getAuthToken, storeCall } from "./session"

/** The signed-in customer's consents and what to ask again for; null when signed out (never cached). */
export async function myConsents(): Promise<StoreMyConsentsResponse | null> {
  if (!(await getAuthToken())) return null
  try {
    return await storeCall<StoreMyConsentsResponse>("/store/ocop/consents/me")
  } catch {
    return null
  }
}
