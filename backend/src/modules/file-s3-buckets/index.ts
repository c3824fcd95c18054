import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { S3BucketsFileService } from "./service"

export default ModuleProvider(Modules.FILE, { services: [S3BucketsFileService] })
