import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { CERTIFICATE_STATUSES, REVOCATION_REASONS } from "@ocop/core"
import { RegistryRow } from "../row"

// The published JSON Schema and the schema the import enforces must describe the same rows.
const schema = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../../../docs/registry-feed.schema.json"), "utf8"),
)
const certificate = schema.$defs.certificate

describe("docs/registry-feed.schema.json", () => {
  it("names exactly the fields the import accepts, and requires the ones it requires", () => {
    const shape = RegistryRow.shape
    expect(Object.keys(certificate.properties).sort()).toEqual(Object.keys(shape).sort())
    const optional = Object.entries(shape)
      .filter(([, s]) => s.isOptional())
      .map(([k]) => k)
    expect([...certificate.required].sort()).toEqual(
      Object.keys(shape)
        .filter((k) => !optional.includes(k))
        .sort(),
    )
  })

  it("lists the same statuses and revocation reasons", () => {
    expect(certificate.properties.status.enum).toEqual([...CERTIFICATE_STATUSES])
    expect(certificate.properties.status_reason.enum.filter(Boolean)).toEqual([...REVOCATION_REASONS])
  })
})
