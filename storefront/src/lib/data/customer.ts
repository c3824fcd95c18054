import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getAuthToken, storeCall } from "./session"

export type Customer = HttpTypes.StoreCustomer

/** The logged-in customer with their address book, or null. */
export async function retrieveCustomer(): Promise<Customer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await storeCall<{ customer: Customer }>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,phone,*addresses" },
    })
    return customer
  } catch {
    return null // an expired or revoked token is the same as being logged out
  }
}
