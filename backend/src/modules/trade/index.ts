import { Module } from "@medusajs/framework/utils"
import { TRADE_MODULE } from "./name"
import TradeModuleService from "./service"

export { TRADE_MODULE }

export default Module(TRADE_MODULE, { service: TradeModuleService })
