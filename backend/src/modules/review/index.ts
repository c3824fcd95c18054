import { Module } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "./name"
import ReviewModuleService from "./service"

export { REVIEW_MODULE }

export default Module(REVIEW_MODULE, { service: ReviewModuleService })
