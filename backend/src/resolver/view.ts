import type { MedusaContainer } from "@medusajs/framework/types"
import {
  certificateState,
  traceCertificate,
  traceProof,
  traceWarnings,
  type TraceFacts,
  type TraceView,
} from "@ocop/core"
import { TRACEABILITY_MODULE } from "../modules/traceability/name"
import type TraceabilityModuleService from "../modules/traceability/service"
import { liveCertification } from "./facts"
import type { Resolution } from "./resolve"

type Found = Extract<Resolution, { kind: "found" }>

/**
 * The scan page's data. Product and lot facts come from the resolver's cache; the certificates
 * and the serial's counters are read live (one row). A serial's scan is written before the resolver
 * answers it, so "scanned N times" includes the scan that brought the visitor here.
 */
export async function traceView(container: MedusaContainer, found: Found): Promise<TraceView> {
  const { lot, key } = found
  const product = { ...found.product, ...(await liveCertification(container, found.product.id)) }
  let scans: TraceView["scans"] = null
  let cloneSuspected = false
  if (found.serialId) {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const serial = await service.retrieveSerial(found.serialId, {
      select: ["scan_count", "first_scanned_at", "flagged_at"],
    })
    const first = serial.first_scanned_at ? new Date(serial.first_scanned_at) : null
    scans = { count: serial.scan_count, first_scanned_at: first?.toISOString() ?? null }
    cloneSuspected = !!serial.flagged_at
  }
  const certificate = traceCertificate(product.certificates)
  const facts: TraceFacts = {
    certificate,
    listing: product.listing,
    lotKnown: key.lot === undefined ? null : !!lot,
    serialKnown: key.serial === undefined || !lot ? null : !!found.serialId,
    token: found.token,
    cloneSuspected,
  }
  const warnings = traceWarnings(facts)
  return {
    code: {
      path: found.requested,
      gtin: "gtin" in key ? key.gtin : null,
      lot: key.lot ?? null,
      serial: key.serial ?? null,
      token: found.token,
    },
    genuine: product.listing.listed && warnings.length === 0,
    proves: traceProof(facts, warnings),
    warnings,
    product: {
      handle: product.handle,
      title: product.title,
      title_en: product.title_en,
      thumbnail: product.thumbnail,
      listed: product.listed,
    },
    producer: product.producer,
    certificate: certificate && {
      number: certificate.number,
      stars: certificate.stars,
      state: certificateState(certificate),
      valid_from: certificate.valid_from,
      valid_until: certificate.valid_until,
      decision_number: certificate.decision_number,
      authority: certificate.authority,
      status_decision_number: certificate.status_decision_number,
      status_decision_date: certificate.status_decision_date,
    },
    lot: lot && {
      code: lot.code,
      produced_on: lot.produced_on,
      expires_on: lot.expires_on,
      quantity: lot.quantity,
      origin: lot.origin,
      tests: lot.tests,
    },
    journey: lot?.journey ?? [],
    scans,
    sales_points: product.listed ? product.sales_points : [],
  }
}
