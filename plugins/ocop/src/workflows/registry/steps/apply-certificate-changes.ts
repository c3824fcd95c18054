import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { PlannedChange } from "../../../registry/plan"
import { createOrUpdate } from "../../../utils/create-or-update"

type Undo = {
  createdCertificates: string[]
  createdSubjects: string[]
  previousCertificates: Record<string, unknown>[]
  links: Record<string, Record<string, string>>[]
}

const certificateFields = (c: PlannedChange["row"]) => ({
  number: c.certificate_number,
  stars: c.stars,
  score: c.score,
  score_a: c.score_a,
  score_b: c.score_b,
  score_c: c.score_c,
  framework_code: c.framework_code,
  decision_number: c.decision_number,
  decision_date: c.decision_date,
  authority: c.authority,
  valid_from: c.valid_from,
  valid_until: c.valid_until,
  status: c.status,
  status_reason: c.status_reason,
  status_decision_number: c.status_decision_number,
  status_decision_date: c.status_decision_date,
})

/**
 * Writes a plan: subjects by key, certificates by number, supersession of the
 * certificates an upgrade or renewal replaces, and the links to products.
 * The compensation puts every record back, so a failed run leaves nothing half-written.
 */
/** A row needs writing when it changes the certificate or a link of it is missing. */
export const needsWrite = (p: PlannedChange) => p.kind !== "unchanged" || p.link_certificate || p.link_subject

export const applyCertificateChangesStepId = "apply-certificate-changes"
export const applyCertificateChangesStep = createStep(
  applyCertificateChangesStepId,
  async (plan: PlannedChange[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const todo = plan.filter(needsWrite)
    const undo: Undo = { createdCertificates: [], createdSubjects: [], previousCertificates: [], links: [] }
    if (!todo.length) return new StepResponse(undo, undo)

    // The last row of each producer wins (they normally agree).
    const bySubject = new Map(todo.map((p) => [p.row.subject_key, p]))
    const keys = [...bySubject.keys()]
    const subjects = await ocop.listSubjects({ key: keys }, { take: null })
    const subjectId = new Map(subjects.map((s) => [s.key, s.id]))
    const savedSubjects = await createOrUpdate(
      [...bySubject.values()].map(({ row, commune_id }) => ({
        id: subjectId.get(row.subject_key),
        key: row.subject_key,
        name: row.subject_name,
        type: row.subject_type,
        commune_code: row.subject_commune_code,
        commune_id,
      })),
      (rows) => ocop.createSubjects(rows),
      (rows) => ocop.updateSubjects(rows),
    )
    for (const s of savedSubjects) {
      if (!subjectId.has(s.key)) undo.createdSubjects.push(s.id)
      subjectId.set(s.key, s.id)
    }

    const touched = [
      ...todo.flatMap((p) => (p.existing_id ? [p.existing_id] : [])),
      ...todo.flatMap((p) => p.supersedes),
    ]
    if (touched.length) undo.previousCertificates = await ocop.listCertificates({ id: touched }, { take: null })

    const saved = await createOrUpdate(
      todo.map((p) => ({
        id: p.existing_id ?? undefined,
        ...certificateFields(p.row),
        subject_id: subjectId.get(p.row.subject_key)!,
      })),
      (rows) => ocop.createCertificates(rows),
      (rows) => ocop.updateCertificates(rows),
    )
    const idByNumber = new Map<string, string>(saved.map((c) => [c.number, c.id]))
    for (const p of todo) if (!p.existing_id) undo.createdCertificates.push(idByNumber.get(p.row.certificate_number)!)

    const superseded = todo.flatMap((p) =>
      p.supersedes.map((id) => ({
        id,
        status: "superseded" as const,
        superseded_by: idByNumber.get(p.row.certificate_number)!,
      })),
    )
    if (superseded.length) await ocop.updateCertificates(superseded)

    const product = (p: PlannedChange) => ({ [Modules.PRODUCT]: { product_id: p.product_id } })
    const subjectLinked = new Set<string>()
    const newLinks: Record<string, Record<string, string>>[] = []
    for (const p of todo) {
      if (p.link_certificate) {
        newLinks.push({ ...product(p), [OCOP_MODULE]: { certificate_id: idByNumber.get(p.row.certificate_number)! } })
      }
      if (p.link_subject && !subjectLinked.has(p.product_id)) {
        subjectLinked.add(p.product_id)
        newLinks.push({ ...product(p), [OCOP_MODULE]: { subject_id: subjectId.get(p.row.subject_key)! } })
      }
    }
    if (newLinks.length) {
      await link.create(newLinks)
      undo.links = newLinks
    }
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.links)
    if (undo.createdCertificates.length) await ocop.deleteCertificates(undo.createdCertificates)
    if (undo.previousCertificates.length) await ocop.updateCertificates(undo.previousCertificates as never)
    if (undo.createdSubjects.length) await ocop.deleteSubjects(undo.createdSubjects)
  },
)
