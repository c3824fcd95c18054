import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** The OCOP subject (producer) of a product. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, OcopModule.linkable.subject)
