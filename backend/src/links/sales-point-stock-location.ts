import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import TradeModule from "../modules/trade"

/** A sales point's stock location: its name, address, stock and pickup are Medusa's own. */
export default defineLink(
  { linkable: TradeModule.linkable.salesPoint, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true },
)
