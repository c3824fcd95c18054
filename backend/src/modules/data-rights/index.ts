import { Module } from "@medusajs/framework/utils"
import DataRightsModuleService from "./service"

export const DATA_RIGHTS_MODULE = "dataRights"

export default Module(DATA_RIGHTS_MODULE, { service: DataRightsModuleService })
