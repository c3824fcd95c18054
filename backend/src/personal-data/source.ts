import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The person a data-rights request is about. A shopper with an account has a
 * customer id; its e-mail also finds what it did as a guest (orders, consents
 * given at guest checkout) and as a business or producer member.
 */
export type DataSubject = {
  customerId: string
  email: string
}

/**
 * One kind of personal data the shop holds, and how the data-subject rights
 * reach it (Personal Data Protection Law 91/2025/QH15: see, export, erase).
 *
 * Every module that stores personal data adds one source in `sources/` and
 * lists it in `sources/index.ts`; the export file and the erasure are then
 * complete by construction, and `docs/compliance.md` names what each source
 * keeps and why.
 */
export interface PersonalDataSource {
  /** The key of this source's part in the export file (`{ "reviews": [...] }`). */
  key: string
  /** Everything this source holds about the person, as plain JSON. */
  collect(container: MedusaContainer, subject: DataSubject): Promise<unknown>
  /**
   * Erases or anonymises the person's data. Records the law requires to be kept
   * (orders, invoices, agreements) keep only their legal fields. Must be
   * idempotent: an erasure interrupted half-way is finished by running it again.
   */
  erase(container: MedusaContainer, subject: DataSubject): Promise<void>
}
