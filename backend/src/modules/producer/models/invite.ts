import { model } from "@medusajs/framework/utils"

/**
 * An owner's invitation to act for its producer as staff. The link carries the invitation's id and
 * a random secret; only the secret's SHA-256 is kept, so the table alone opens nothing. Used once,
 * before `expires_at`, by the account signed in with `email`.
 */
export const ProducerInvite = model
  .define(
    { name: "producer_invite", tableName: "producer_invite" },
    {
      id: model.id({ prefix: "pinv" }).primaryKey(),
      producer_id: model.text().index(),
      /** Lower-cased and trimmed, as compared with the accepting account's. */
      email: model.text(),
      /** SHA-256 of the link's secret, hex. */
      token_hash: model.text(),
      /** The language of the e-mail and of the page its link opens. */
      locale: model.enum(["vi", "en"]),
      expires_at: model.dateTime(),
      invited_by: model.text(),
      accepted_at: model.dateTime().nullable(),
      accepted_by: model.text().nullable(),
      revoked_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["producer_id", "email"] }])
