import { MedusaService } from "@medusajs/framework/utils"
import { BankTransfer } from "./models/bank-transfer"
import { PaymentReference } from "./models/payment-reference"

/** Generated CRUD for bank transfers and payment references; matching lives in src/workflows/vietqr. */
export default class BankTransferModuleService extends MedusaService({ BankTransfer, PaymentReference }) {}
