import type { MedusaContainer } from "@medusajs/framework/types"
import {
  CONSENT_POLICIES,
  CONSENT_PURPOSES,
  type ConsentChannel,
  type ConsentPurpose,
  type PolicyKind,
  type PolicyVersionSummary,
  type StoreMyConsentsResponse,
} from "@ocop/core"
import { POLICY_MODULE } from "../../modules/policy/name"
import type PolicyModuleService from "../../modules/policy/service"
import type { ConsentRow } from "../../workflows/legal/steps/record-consents"
import { currentPolicyVersions } from "./current"
import { consentView, type ConsentRecord } from "./views"

type Container = Pick<MedusaContainer, "resolve">
type Current = Record<PolicyKind, PolicyVersionSummary | null>
export type ConsentOwner = { customer_id: string | null; email: string | null; cart_id: string | null }

/** The message a cart completed without the required consent is refused with (400). */
export const ORDER_CONSENT_MISSING =
  "consent to processing personal data for the order (privacy policy and terms of sale in force) is required before the order can be placed"

/** Whether `active` consents agree to every policy version in force that a purpose names. */
function agreesToCurrent(purpose: ConsentPurpose, current: Current, active: ConsentRecord[]): boolean {
  return CONSENT_POLICIES[purpose].every((kind) => {
    const version = current[kind]
    return !version || active.some((c) => c.purpose === purpose && c.policy_version_id === version.id)
  })
}

/**
 * The records of a consent given now: one per policy version in force that the purpose names. A
 * purpose whose policies are not published yet records nothing (there is no text to agree to).
 */
export function consentRows(
  current: Current,
  purposes: ConsentPurpose[],
  channel: ConsentChannel,
  owner: ConsentOwner,
  now: Date = new Date(),
): ConsentRow[] {
  return [...new Set(purposes)].flatMap((purpose) =>
    CONSENT_POLICIES[purpose].flatMap((kind) => {
      const version = current[kind]
      if (!version) return []
      return [
        {
          purpose,
          policy_kind: kind,
          policy_version_id: version.id,
          policy_version: version.version,
          channel,
          ...owner,
          email: owner.email?.trim().toLowerCase() || null,
          given_at: now,
        },
      ]
    }),
  )
}

const active = (rows: ConsentRecord[]) => rows.filter((c) => !c.withdrawn_at)

/**
 * A customer's consents, and the purposes to ask again for: a purpose the customer agreed to (and
 * has not withdrawn) whose policies now have a newer version in force. A withdrawn consent is not
 * asked again at sign-in (the customer said no); the checkout asks when an order needs it.
 */
export async function customerConsents(container: Container, customerId: string): Promise<StoreMyConsentsResponse> {
  const [rows, current] = await Promise.all([
    container
      .resolve<PolicyModuleService>(POLICY_MODULE)
      .listPolicyConsents({ customer_id: customerId }, { order: { given_at: "DESC" } }),
    currentPolicyVersions(container),
  ])
  const records = rows as unknown as ConsentRecord[]
  const live = active(records)
  const reconsent = CONSENT_PURPOSES.filter(
    (purpose) => live.some((c) => c.purpose === purpose) && !agreesToCurrent(purpose, current, live),
  )
  return {
    consents: records.map(consentView),
    reconsent,
    processing_current: agreesToCurrent("processing", current, live),
  }
}

/**
 * Why a cart may not become an order yet, or null. Processing needs consent to the privacy policy
 * and terms in force, given for this cart (a guest's checkout) or by the cart's customer and not
 * withdrawn. The one check behind `POST /store/carts/:id/complete`, whoever calls it.
 */
export async function orderConsentProblem(
  container: Container,
  cart: { id: string; customer_id?: string | null },
): Promise<string | null> {
  const or: Record<string, string>[] = [{ cart_id: cart.id }]
  if (cart.customer_id) or.push({ customer_id: cart.customer_id })
  const [rows, current] = await Promise.all([
    container
      .resolve<PolicyModuleService>(POLICY_MODULE)
      .listPolicyConsents({ $or: or, purpose: "processing", withdrawn_at: null }),
    currentPolicyVersions(container),
  ])
  return agreesToCurrent("processing", current, rows as unknown as ConsentRecord[]) ? null : ORDER_CONSENT_MISSING
}
