import { Module } from "@medusajs/framework/utils"
import { RETURN_REQUEST_MODULE } from "./name"
import ReturnRequestModuleService from "./service"

export { RETURN_REQUEST_MODULE }

export default Module(RETURN_REQUEST_MODULE, { service: ReturnRequestModuleService })
