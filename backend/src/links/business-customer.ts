import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import TradeModule from "../modules/trade"

/** The customer account a business profile belongs to (its login). */
export default defineLink(
  { linkable: TradeModule.linkable.business, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true },
)
