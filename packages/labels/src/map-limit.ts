/**
 * `fn` over `items` with at most `limit` calls in flight, results in input order. sharp runs each pipeline
 * on libuv's thread pool; a few more in flight than threads keeps it busy while this thread draws the next
 * QR code, without holding every label's pixels in memory at once as a plain Promise.all would.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>) {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
