import { toast } from "@medusajs/ui"
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

type CertificateRow = {
  stars: number
  status: string
  subject?: { id: string; name: string; tax_code: string | null; commune_code: string | null } | null
  product?: { id: string; title: string } | null
}

// The OCOP plugin's admin API lists certificates (with their subject and product) but not subjects,
// so the subjects an official picks from are those holding a certificate, read page by page.
const PAGE = 200 // the most GET /admin/ocop/certificates returns at once
const MAX_PAGES = 25

const better = (a: OcopProduct, b: OcopProduct) =>
  a.active !== b.active ? (a.active ? a : b) : a.stars >= b.stars ? a : b

/** OCOP subjects with their certified products (a product's active, highest certificate). */
export async function loadOcopSubjects(): Promise<OcopSubject[]> {
  const rows: CertificateRow[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await sdk.client.fetch<{ certificates: CertificateRow[]; count: number }>("/admin/ocop/certificates", {
      query: { limit: PAGE, offset: page * PAGE },
    })
    rows.push(...res.certificates)
    if (res.certificates.length < PAGE || rows.length >= res.count) break
  }
  const subjects = new Map<string, OcopSubject & { byProduct: Map<string, OcopProduct> }>()
  for (const row of rows) {
    if (!row.subject) continue
    const subject = subjects.get(row.subject.id) ?? {
      id: row.subject.id,
      name: row.subject.name,
      tax_code: row.subject.tax_code,
      commune_code: row.subject.commune_code,
      products: [],
      byProduct: new Map(),
    }
    subjects.set(subject.id, subject)
    if (!row.product) continue
    const product = { id: row.product.id, title: row.product.title, stars: row.stars, active: row.status === "active" }
    const known = subject.byProduct.get(product.id)
    subject.byProduct.set(product.id, known ? better(known, product) : product)
  }
  return [...subjects.values()]
    .map(({ byProduct, ...s }) => ({
      ...s,
      products: [...byProduct.values()].sort((a, b) => a.title.localeCompare(b.title, "vi")),
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
