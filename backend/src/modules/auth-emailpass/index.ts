import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { UniformEmailPassService } from "./service"

export default ModuleProvider(Modules.AUTH, { services: [UniformEmailPassService] })
