import "server-only"
import type {
  ConsentVersions,
  PolicyKind,
  PolicyVersionSummary,
  StorePoliciesResponse,
  StorePolicyResponse,
} from "@ocop/core"
import { CacheTags } from "@ocop/core/revalidation"
import { MAX_AGE } from "./cache"
import { sdk } from "../medusa"

/**
 * The operator's details and the policies are the same for every visitor: cached under the
 * "policies" tag, which the backend expires when an official saves the operator or publishes a
 * version (decision 006); MAX_AGE bounds staleness if that call is lost.
 */
const cached = { cache: "force-cache" as const, next: { tags: [CacheTags.policies], revalidate: MAX_AGE } }

const NONE: StorePoliciesResponse = { operator: null, current: [] }

/**
 * Every page's footer data. A backend that cannot be reached (a build without it) gives an empty
 * footer rather than a failed page; the page is rendered again within MAX_AGE.
 */
export async function getPolicies(): Promise<StorePoliciesResponse> {
  try {
    return await sdk.client.fetch<StorePoliciesResponse>("/store/ocop/policies", cached)
  } catch {
    return NONE
  }
}

/** One policy, the version in force or the one named; null when there is no such version. */
export async function getPolicy(kind: PolicyKind, version?: string): Promise<StorePolicyResponse | null> {
  try {
    return await sdk.client.fetch<StorePolicyResponse>(`/store/ocop/policies/${kind}`, {
      query: version ? { version } : {},
      ...cached,
    })
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}

/**
 * The labels of the versions in force that a consent names, by kind. Read live, not from the cache:
 * the backend records a consent to the version in force at that moment, so the label the form links
 * to must not lag behind a version just published (these forms are per visitor and never cached).
 */
export async function consentVersions(): Promise<ConsentVersions> {
  const { current } = await sdk.client.fetch<StorePoliciesResponse>("/store/ocop/policies", { cache: "no-store" })
  return Object.fromEntries(current.map((v: PolicyVersionSummary) => [v.kind, v.version]))
}
