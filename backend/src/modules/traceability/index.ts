import { Module } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "./name"
import TraceabilityModuleService from "./service"

export { TRACEABILITY_MODULE }

export default Module(TRACEABILITY_MODULE, { service: TraceabilityModuleService })
