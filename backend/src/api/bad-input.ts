import {
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Where in a parsed body or query a NUL character hides, as a field path, or null. */
function nulAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "value" : null
  if (depth > 20 || value === null || typeof value !== "object" || Buffer.isBuffer(value)) return null
  for (const [key, item] of Object.entries(value)) {
    const at = key.includes("\u0000") ? `${path}[key]` : nulAt(item, path ? `${path}.${key}` : key, depth + 1)
    if (at) return at
  }
  return null
}

/**
 * Refuses, before any route runs, what no route can store: a path that is not valid percent-encoded
 * UTF-8, and NUL characters in the path, query or body (PostgreSQL text cannot hold them). Every
 * route, Medusa's own included, then answers 400 instead of failing in the database.
 */
export function refuseUnstorableInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let path: string
  try {
    path = decodeURIComponent(req.path)
  } catch {
    return next(invalid("The address holds malformed percent-encoding"))
  }
  const at = path.includes("\u0000") ? "the address" : (nulAt(req.query, "") ?? nulAt(req.body, ""))
  if (at) return next(invalid(`${at} holds a NUL character, which is not allowed in text`))
  next()
}

/** PostgreSQL's class 22 (data exception): a value the column cannot hold, e.g. out of range. */
const isDataException = (error: { code?: unknown }) =>
  typeof error.code === "string" && /^22[0-9A-Z]{3}$/.test(error.code)

/**
 * Medusa's error handler, with two kinds of client error it would answer 500 to: undecodable
 * parameters (Express's `URIError`) and values PostgreSQL refuses as data. Those become 400 with a
 * message that names no SQL and no values, so the log holds no personal data either.
 */
export function badInputErrorHandler() {
  const medusa = errorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const e = (error ?? {}) as { code?: unknown; name?: string; status?: number }
    if (error instanceof URIError || (e.status === 400 && /decode param/.test(String((error as Error).message))))
      return medusa(invalid("The address holds malformed percent-encoding"), req, res, next)
    if (isDataException(e)) return medusa(invalid("A value is out of range or not valid for its field"), req, res, next)
    return medusa(error, req, res, next)
  }
}
