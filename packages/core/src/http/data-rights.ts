/** A data-subject request as officials list it (GET /admin/data-rights/requests). */
export type DataRequestRow = {
  id: string
  kind: "export" | "erase"
  customer_id: string
  channel: "self" | "official"
  official_id: string | null
  reference: string | null
  status: "running" | "done"
  created_at: string
  completed_at: string | null
}

export type DataRequestList = { data_requests: DataRequestRow[]; count: number }

/** One official's access to personal data in the admin (GET /admin/data-rights/access-log). */
export type PersonalDataAccessRow = {
  id: string
  actor_id: string
  method: string
  path: string
  status: number
  at: string
}

export type PersonalDataAccessList = { accesses: PersonalDataAccessRow[]; count: number }

/** The answer to an erasure: the request's record and the sources that erased. */
export type ErasureResult = { request_id: string; erased: string[] }

/** The answer to an official's erasure: one per customer record of the address. */
export type OfficialErasure = { erasures: ErasureResult[] }
