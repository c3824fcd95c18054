import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Readable } from "node:stream"
import { MedusaError } from "@medusajs/framework/utils"
import S3rver from "s3rver"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import type { S3BucketsOptions } from "../options"
import { S3BucketsFileService } from "../service"

// An S3-compatible server in this process (s3rver): real requests, signed as the AWS SDK signs them.
// It applies no access rules, so a 404 below means "not in that bucket", never "not allowed".
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-s3-buckets-"))
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  directory: dir,
  silent: true,
  configureBuckets: [{ name: "ocop-public" }, { name: "ocop-private" }],
})
let options: S3BucketsOptions
let files: S3BucketsFileService
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0, 0x89, 0xff, 0xfe]), Buffer.from("hợp đồng")])

const bytes = async (stream: Readable) => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}
const anonymous = (url: string) =>
  fetch(url).then(async (r) => ({ status: r.status, body: Buffer.from(await r.arrayBuffer()) }))

beforeAll(async () => {
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  options = {
    bucket: "ocop-public",
    private_bucket: "ocop-private",
    file_url: `${endpoint}/ocop-public`,
    region: "us-east-1",
    endpoint,
    access_key_id: "S3RVER",
    secret_access_key: "S3RVER",
    force_path_style: true,
  }
  files = new S3BucketsFileService({ logger: { error: vi.fn() } as never }, options)
})

afterAll(async () => {
  await server.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe("files in a public and a private bucket", () => {
  it("puts a public file in the public bucket, readable by anyone at the URL it answers", async () => {
    const photo = Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 0xff])
    const { key, url } = await files.upload({
      filename: "mè xửng.webp",
      mimeType: "image/webp",
      content: photo.toString("base64"),
      access: "public",
    })
    expect(key).toMatch(/^public\/mè xửng-[0-9A-Z]{26}\.webp$/)
    expect(url.startsWith(`${options.file_url}/public/`)).toBe(true)
    expect(await anonymous(url)).toEqual({ status: 200, body: photo })
  })

  it("puts a private file in the private bucket only, under no web address, and reads it back whole", async () => {
    const { key, url } = await files.upload({
      filename: "hop-dong.pdf",
      mimeType: "application/pdf",
      content: PDF.toString("base64"),
      access: "private",
    })
    expect(key).toMatch(/^private\/hop-dong-[0-9A-Z]{26}\.pdf$/)
    expect(url).toMatch(/^s3:\/\/ocop-private\//)
    expect((await anonymous(`${options.file_url}/${key}`)).status).toBe(404)
    expect((await bytes(await files.getDownloadStream({ fileKey: key }))).equals(PDF)).toBe(true)
    expect((await files.getAsBuffer({ fileKey: key })).equals(PDF)).toBe(true)
  })

  it("keeps a file that asks for no access private, as Medusa's own exports do", async () => {
    const { writeStream, promise } = await files.getUploadStream({ filename: "orders.csv", mimeType: "text/csv" })
    writeStream.end("id,total\nord_1,125000\n")
    const { key } = await promise
    expect(key).toMatch(/^private\//)
    expect((await files.getAsBuffer({ fileKey: key })).toString()).toBe("id,total\nord_1,125000\n")
  })

  it("answers a key that no bucket holds with NOT_FOUND (a 404 from a route), not the SDK's error", async () => {
    for (const fileKey of ["private/missing-01J0000000000000000000000.pdf", "public/missing.webp", "no-prefix"]) {
      for (const read of [() => files.getDownloadStream({ fileKey }), () => files.getAsBuffer({ fileKey })]) {
        const error = await read().catch((e: unknown) => e)
        expect(error).toBeInstanceOf(MedusaError)
        expect((error as MedusaError).type).toBe(MedusaError.Types.NOT_FOUND)
      }
    }
  })

  it("deletes each file from its own bucket", async () => {
    const upload = (access: "public" | "private") =>
      files.upload({ filename: "x.pdf", mimeType: "application/pdf", content: PDF.toString("base64"), access })
    const [a, b] = await Promise.all([upload("public"), upload("private")])
    await files.delete([{ fileKey: a.key }, { fileKey: b.key }])
    for (const fileKey of [a.key, b.key])
      await expect(files.getAsBuffer({ fileKey })).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
  })

  it("refuses one bucket for both sides: the public one is readable by anyone", () => {
    expect(() => S3BucketsFileService.validateOptions({ ...options, private_bucket: "ocop-public" })).toThrow(
      /private_bucket must differ/,
    )
    expect(() => S3BucketsFileService.validateOptions({ ...options, private_bucket: "" })).toThrow(/needs bucket/)
    expect(() => S3BucketsFileService.validateOptions({ ...options })).not.toThrow()
  })
})
