import type { ConsentChannel, ConsentPurpose, MoitStatus, PolicyKind } from "../policies"

/** The operator of the marketplace, as shown in every page's footer. */
export type OperatorView = {
  name: string
  address: string
  phone: string
  email: string
  registration_number: string
  moit_status: MoitStatus
  moit_number: string | null
  moit_url: string | null
  updated_at: string
}

/** One version of a policy, without its texts. */
export type PolicyVersionSummary = {
  id: string
  kind: PolicyKind
  version: string
  title_vi: string
  title_en: string
  effective_at: string
  published_at: string
}

/** One version with its texts (the source of the plain-text structure, `parsePolicyText`). */
export type PolicyVersionView = PolicyVersionSummary & { body_vi: string; body_en: string }

/** `GET /store/ocop/policies`: the footer's data, the version in force of each kind. */
export type StorePoliciesResponse = {
  operator: OperatorView | null
  current: PolicyVersionSummary[]
}

/** `GET /store/ocop/policies/:kind[?version=]`: one version and every version of the kind. */
export type StorePolicyResponse = {
  policy: PolicyVersionView
  current_id: string
  versions: PolicyVersionSummary[]
  /** Returns only: the window the shop applies to a return request (the store's `return_window_days`). */
  return_window_days?: number
}

/** `GET /admin/policies`. */
export type AdminPoliciesResponse = {
  operator: OperatorView | null
  versions: PolicyVersionView[]
}

/** One consent as its owner sees it. */
export type ConsentView = {
  id: string
  purpose: ConsentPurpose
  policy_kind: PolicyKind
  policy_version_id: string
  policy_version: string
  channel: ConsentChannel
  given_at: string
  withdrawn_at: string | null
}

/**
 * `GET /store/ocop/consents/me`: the customer's consents, and the purposes to ask again for — a
 * consent given to a version older than the one now in force.
 */
export type StoreMyConsentsResponse = {
  consents: ConsentView[]
  /** Purposes the customer agreed to an older version of; the storefront asks before going on. */
  reconsent: ConsentPurpose[]
  /** Whether an order can be placed without asking: processing is agreed to the versions in force. */
  processing_current: boolean
}

/** `GET /admin/policies/consents?email=`: one consent with whom it was given for. */
export type AdminConsentRow = ConsentView & { customer_id: string | null; cart_id: string | null }
