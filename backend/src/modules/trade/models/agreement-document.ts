import { model } from "@medusajs/framework/utils"
import { Agreement } from "./agreement"

/** A PDF of an agreement, stored through Medusa's file module as a private file. */
export const AgreementDocument = model.define(
  { name: "agreement_document", tableName: "trade_agreement_document" },
  {
    id: model.id({ prefix: "tadoc" }).primaryKey(),
    agreement: model.belongsTo(() => Agreement, { mappedBy: "documents" }),
    file_id: model.text(),
    filename: model.text(),
    size: model.number(),
    /** A business id, or "official". */
    uploaded_by: model.text(),
  },
)
