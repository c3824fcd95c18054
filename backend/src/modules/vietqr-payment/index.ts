import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrPaymentProvider from "./service"

/** Registered in medusa-config.ts with id "vietqr": Medusa's provider id is `pp_vietqr_vietqr`. */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
