import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

/** A producer's warehouse: its own Medusa stock location, where it sets its levels (docs/producers.md). */
export default defineLink(ProducerModule.linkable.producer, StockLocationModule.linkable.stockLocation)
