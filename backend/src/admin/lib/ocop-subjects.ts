import { toast } from "@medusajs/ui"
import type { AdminSubjectList, AdminSubjectRow } from "@ocop/core"
import { useEffect, useState } from "react"
import { sdk } from "./sdk"

export type OcopProduct = { id: string; title: string; stars: number; active: boolean }
export type OcopSubject = {
  id: string
  name: string
  tax_code: string | null
  commune_code: string | null
  products: OcopProduct[]
}

const PAGE = 500 // the most GET /admin/ocop/subjects returns at once
const MAX_PAGES = 40

/** A product's best certificate: an active one first, then the most stars. */
function productOf(row: NonNullable<AdminSubjectRow["products"][number]>): OcopProduct {
  const certificates = (row.certificates ?? []).filter((c) => c !== null)
  const active = certificates.filter((c) => c.status === "active")
  const pool = active.length ? active : certificates
  return { id: row.id, title: row.title, stars: Math.max(0, ...pool.map((c) => c.stars)), active: active.length > 0 }
}

/** Every OCOP subject with its products (from the plugin's admin route), by name. */
export async function loadOcopSubjects(): Promise<OcopSubject[]> {
  const rows: AdminSubjectRow[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await sdk.client.fetch<AdminSubjectList>("/admin/ocop/subjects", {
      query: { limit: PAGE, offset: page * PAGE },
    })
    rows.push(...res.subjects)
    if (res.subjects.length < PAGE || rows.length >= res.count) break
  }
  return rows
    .map((s) => ({
      id: s.id,
      name: s.name,
      tax_code: s.tax_code,
      commune_code: s.commune_code,
      products: (s.products ?? [])
        .filter((p): p is NonNullable<typeof p> => !!p)
        .map(productOf)
        .sort((a, b) => a.title.localeCompare(b.title, "vi")),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

/** The subjects catalogue, loaded once while `enabled`; null until it arrives (or if it failed). */
export function useOcopSubjects(enabled = true) {
  const [subjects, setSubjects] = useState<OcopSubject[] | null>(null)
  useEffect(() => {
    if (!enabled || subjects) return
    let current = true
    loadOcopSubjects()
      .then((list) => current && setSubjects(list))
      .catch((e: Error) => current && toast.error(`Không tải được danh sách chủ thể OCOP: ${e.message}`))
    return () => {
      current = false
    }
  }, [enabled, subjects])
  return subjects
}
