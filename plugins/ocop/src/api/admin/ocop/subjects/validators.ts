import { z } from "@medusajs/framework/zod"

export const AdminListSubjects = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListSubjectsType = z.infer<typeof AdminListSubjects>
