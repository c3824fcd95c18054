import { Module } from "@medusajs/framework/utils"
import { POLICY_MODULE } from "./name"
import PolicyModuleService from "./service"

export { POLICY_MODULE }

export default Module(POLICY_MODULE, { service: PolicyModuleService })
