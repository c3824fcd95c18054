import { createHash } from "node:crypto"
import type { TraceJourneyStep } from "@ocop/core"

/**
 * A lot's journey as an EPCIS 2.0 JSON-LD document (GS1 EPCIS/CBV 2.0), for partners' traceability
 * systems and the national portal. Lots are class-level objects, so each step is an ObjectEvent
 * over a `quantityList` whose `epcClass` is the lot's Digital Link URI (GS1 allows DL URIs as
 * identifiers in EPCIS 2.0). The step that makes the lot carries its master data (ILMD).
 */
const BIZ_STEP: Record<TraceJourneyStep["type"], { bizStep: string; disposition: string; action: "ADD" | "OBSERVE" }> =
  {
    harvested: { bizStep: "commissioning", disposition: "active", action: "ADD" },
    processed: { bizStep: "creating_class_instance", disposition: "active", action: "ADD" },
    packed: { bizStep: "packing", disposition: "in_progress", action: "OBSERVE" },
    shipped: { bizStep: "shipping", disposition: "in_transit", action: "OBSERVE" },
    received: { bizStep: "receiving", disposition: "sellable_accessible", action: "OBSERVE" },
  }

export type EpcisLot = {
  /** The lot's Digital Link URI, e.g. https://shop/01/08930000001016/10/L2611. */
  uri: string
  code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  origin: string | null
  events: (TraceJourneyStep & { id: string; stock_location_id?: string | null })[]
}

/** A stable event id: the same stored event always exports with the same URI. */
const eventId = (id: string) => {
  const h = createHash("sha256").update(id).digest("hex")
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export function epcisDocument(lot: EpcisLot, origin: string, now: Date = new Date()) {
  const events = [...lot.events].sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))
  const makes = events.find((e) => e.type === "processed") ?? events[0]
  return {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", { ocop: `${origin}/voc/` }],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: now.toISOString(),
    epcisBody: {
      eventList: events.map((e) => {
        const step = BIZ_STEP[e.type]
        return {
          type: "ObjectEvent",
          eventID: eventId(e.id),
          eventTime: e.occurred_at,
          eventTimeZoneOffset: "+07:00",
          action: step.action,
          quantityList: [{ epcClass: lot.uri, quantity: lot.quantity }],
          bizStep: step.bizStep,
          disposition: step.disposition,
          ...(e.stock_location_id ? { bizLocation: { id: `${origin}/voc/location/${e.stock_location_id}` } } : {}),
          ...(e === makes
            ? {
                ilmd: {
                  "cbvmda:lotNumber": lot.code,
                  ...(lot.expires_on ? { "cbvmda:itemExpirationDate": lot.expires_on } : {}),
                  "ocop:productionDate": lot.produced_on,
                  ...(lot.origin ? { "ocop:rawMaterialOrigin": lot.origin } : {}),
                },
              }
            : {}),
          "ocop:place": e.place,
          "ocop:actor": e.actor,
        }
      }),
    },
  }
}
