/** A request body longer than the reader's cap; route handlers answer it with 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body is larger than ${limit} bytes`)
    this.name = "BodyTooLargeError"
  }
}

/**
 * Reads a request body into memory, at most `limit` bytes. The declared `Content-Length` is
 * refused up front when it is too large, and the stream itself is counted, because a chunked
 * body declares no length: reading stops and the stream is cancelled as soon as the cap is
 * passed, so an oversized body never costs more than `limit` bytes of memory.
 */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length")
  if (declared !== null && Number(declared) > limit) throw new BodyTooLargeError(limit)
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLargeError(limit)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
