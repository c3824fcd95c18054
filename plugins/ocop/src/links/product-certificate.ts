import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** A product's certificates (the current one and those it superseded). */
export default defineLink(ProductModule.linkable.product, { linkable: OcopModule.linkable.certificate, isList: true })
