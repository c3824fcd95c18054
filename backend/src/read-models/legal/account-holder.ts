/**
 * The customer a cart's consent belongs to: its account holder. Medusa gives a guest's cart a
 * customer record too (one per e-mail, shared by every guest checkout with that e-mail), so a
 * guest's consent counts for its own cart only, never for the next checkout someone makes with
 * the same e-mail.
 */
export const accountHolderOf = (cart: {
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
}): string | null => (cart.customer_id && cart.customer?.has_account ? cart.customer_id : null)
