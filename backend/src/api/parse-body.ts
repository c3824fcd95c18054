import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * A route's body (or query) checked against its schema, in the route's own folder rather than in
 * middlewares.ts: every refusal is a 400 naming each field and what is wrong with it.
 */
export function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {})
  if (parsed.success) return parsed.data
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Invalid request: ${parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
      .join("; ")}`,
  )
}
