import { describe, expect, it } from "vitest"
import { BodyTooLargeError, readLimited } from "../read-limited"

const MB = 1024 * 1024

/** An endless chunked body that counts how much of it was pulled and whether it was cancelled. */
function endless(chunkSize: number) {
  const seen = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled += chunkSize
      controller.enqueue(new Uint8Array(chunkSize))
    },
    cancel() {
      seen.cancelled = true
    },
  })
  return { stream, seen }
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://shop.test/api", { method: "POST", body, headers, duplex: "half" } as RequestInit)

describe("readLimited", () => {
  it("returns a body within the limit byte for byte", async () => {
    const bytes = await readLimited(post("xin chào"), 1024)
    expect(new TextDecoder().decode(bytes)).toBe("xin chào")
    expect((await readLimited(post(null), 10)).byteLength).toBe(0)
  })

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { stream, seen } = endless(64 * 1024)
    await expect(readLimited(post(stream), MB)).rejects.toBeInstanceOf(BodyTooLargeError)
    expect(seen.cancelled).toBe(true)
    // The cap plus what the stream had queued ahead, never the whole body.
    expect(seen.pulled).toBeLessThan(2 * MB)
  })

  it("refuses a declared length over the limit without reading", async () => {
    const { stream, seen } = endless(1024)
    const request = post(stream, { "content-length": String(100 * MB) })
    await expect(readLimited(request, MB)).rejects.toThrow(`larger than ${MB} bytes`)
    expect(seen.pulled).toBeLessThanOrEqual(1024)
  })

  it("counts the bytes, whatever the declared length says", async () => {
    const { stream } = endless(4096)
    await expect(readLimited(post(stream, { "content-length": "10" }), 64 * 1024)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    )
  })
})
