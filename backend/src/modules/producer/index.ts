import { Module } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "./name"
import ProducerModuleService from "./service"

export { PRODUCER_MODULE }

export default Module(PRODUCER_MODULE, { service: ProducerModuleService })
