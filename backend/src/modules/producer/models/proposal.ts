import { model } from "@medusajs/framework/utils"

/**
 * A product a producer proposed: the Medusa product (a draft, tied to the producer's OCOP subject)
 * and who proposed it, so officials can list the proposals. It goes on sale only once a certificate
 * lists it; this record only says where it came from.
 */
export const ProducerProposal = model.define(
  { name: "producer_proposal", tableName: "producer_proposal" },
  {
    id: model.id({ prefix: "pprop" }).primaryKey(),
    producer_id: model.text().index(),
    product_id: model.text().unique(),
    /** The member's customer id, and the e-mail officials see. */
    proposed_by_id: model.text(),
    proposed_by: model.text(),
  },
)
