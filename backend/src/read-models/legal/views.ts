import type {
  ConsentChannel,
  ConsentPurpose,
  ConsentView,
  MoitStatus,
  OperatorView,
  PolicyKind,
  PolicyVersionSummary,
  PolicyVersionView,
} from "@ocop/core"

type When = Date | string
export type OperatorRow = Omit<OperatorView, "updated_at"> & { id: string; updated_at: When }
export type VersionRow = Omit<PolicyVersionView, "effective_at" | "published_at"> & {
  effective_at: When
  published_at: When
}
export type ConsentRecord = Omit<ConsentView, "given_at" | "withdrawn_at"> & {
  given_at: When
  withdrawn_at: When | null
  customer_id: string | null
  email: string | null
  cart_id: string | null
}

const iso = (d: When) => new Date(d).toISOString()

export const operatorView = (o: OperatorRow): OperatorView => ({
  name: o.name,
  address: o.address,
  phone: o.phone,
  email: o.email,
  registration_number: o.registration_number,
  moit_status: o.moit_status as MoitStatus,
  moit_number: o.moit_number,
  moit_url: o.moit_url,
  updated_at: iso(o.updated_at),
})

export const versionSummary = (v: VersionRow): PolicyVersionSummary => ({
  id: v.id,
  kind: v.kind as PolicyKind,
  version: v.version,
  title_vi: v.title_vi,
  title_en: v.title_en,
  effective_at: iso(v.effective_at),
  published_at: iso(v.published_at),
})

export const versionView = (v: VersionRow): PolicyVersionView => ({
  ...versionSummary(v),
  body_vi: v.body_vi,
  body_en: v.body_en,
})

export const consentView = (c: ConsentRecord): ConsentView => ({
  id: c.id,
  purpose: c.purpose as ConsentPurpose,
  policy_kind: c.policy_kind as PolicyKind,
  policy_version_id: c.policy_version_id,
  policy_version: c.policy_version,
  channel: c.channel as ConsentChannel,
  given_at: iso(c.given_at),
  withdrawn_at: c.withdrawn_at ? iso(c.withdrawn_at) : null,
})
