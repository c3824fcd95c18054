import type { RegistryRowType } from "@ocop/plugin"
import type { SeedProducer, SeedProduct } from "./dataset-types"

/** A demo product's certificate as the registry would publish it: the seed uses the same import path. */
export function toRegistryRow(p: SeedProduct, producer: SeedProducer): RegistryRowType {
  const c = p.certificate
  const status = c.revocation ?? c.suspension ?? null
  return {
    certificate_number: c.number,
    product_handle: p.handle,
    subject_key: producer.key,
    subject_name: producer.name,
    subject_type: producer.type as RegistryRowType["subject_type"],
    subject_commune_code: producer.commune_code,
    stars: c.stars,
    score: c.score,
    score_a: c.score_parts.A,
    score_b: c.score_parts.B,
    score_c: c.score_parts.C,
    framework_code: c.framework,
    decision_number: c.decision_number,
    decision_date: c.decision_date,
    authority: c.authority,
    valid_from: c.valid_from,
    valid_until: c.valid_until,
    status: c.status,
    status_reason: (status?.reason_code ?? null) as RegistryRowType["status_reason"],
    status_decision_number: status?.decision_number ?? null,
    status_decision_date: status?.decision_date ?? null,
  }
}
