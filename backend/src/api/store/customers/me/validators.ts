import { z } from "@medusajs/framework/zod"

/** Deleting an account asks for its password again: a session left open on a shared phone is not enough. */
export const StoreEraseAccount = z.object({ password: z.string().min(1, "password is required").max(200) }).strict()
export type StoreEraseAccountType = z.infer<typeof StoreEraseAccount>
