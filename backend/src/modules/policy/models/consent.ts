import { model } from "@medusajs/framework/utils"
import { CONSENT_CHANNELS, CONSENT_PURPOSES, POLICY_KINDS } from "@ocop/core"

/**
 * One consent, to one version of one policy (Personal Data Protection Law 91/2025/QH15: what was
 * agreed, to which text, when, where). Withdrawing sets `withdrawn_at`; the row stays as the proof
 * that processing before it was consented to. Whose it is: a customer, or a guest's e-mail and cart.
 */
export const PolicyConsent = model
  .define(
    { name: "policy_consent", tableName: "policy_consent" },
    {
      id: model.id({ prefix: "cons" }).primaryKey(),
      purpose: model.enum([...CONSENT_PURPOSES]),
      policy_kind: model.enum([...POLICY_KINDS]),
      policy_version_id: model.text(),
      /** The version's label, kept beside its id so the record reads on its own. */
      policy_version: model.text(),
      channel: model.enum([...CONSENT_CHANNELS]),
      customer_id: model.text().nullable(),
      /** Lower-cased; null once the person's data is erased (the proof keeps the cart and order). */
      email: model.text().nullable(),
      cart_id: model.text().nullable(),
      given_at: model.dateTime(),
      withdrawn_at: model.dateTime().nullable(),
    },
  )
  .indexes([
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
    { on: ["cart_id"], where: "cart_id IS NOT NULL" },
    { on: ["email"], where: "email IS NOT NULL" },
  ])
