// What the load benchmarks need from a running shop: codes read back from printed labels, and the
// facts a shopper needs to check out.

/** Signed serial URLs read from the QR codes of PNG labels downloaded through the admin API. */
export async function scanTargets(backendUrl, admin, lotPath) {
  const auth = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const headers = { authorization: `Bearer ${(await auth.json()).token}` }
  const get = async (p, { skip } = {}) => {
    const res = await fetch(`${backendUrl}${p}`, { headers })
    if (skip && res.status === skip) return null
    if (!res.ok) throw new Error(`${p} → ${res.status}`)
    return res
  }
  const { default: jsQR } = await import("jsqr")
  const { default: sharp } = await import("sharp")
  const { lots } = await (await get("/admin/traceability/lots?limit=50")).json()
  const serials = []
  for (const lot of lots) {
    const { serials: issued } = await (await get(`/admin/traceability/lots/${lot.id}/serials`)).json()
    for (const s of issued.slice(0, 10)) {
      // A lot of a product off sale prints no labels (400): its codes are not what shoppers scan.
      const png = await get(
        `/admin/traceability/lots/${lot.id}/labels?format=png&serial=${encodeURIComponent(s.serial)}`,
        { skip: 400 },
      )
      if (!png) break
      const { data, info } = await sharp(Buffer.from(await png.arrayBuffer()))
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      const url = new URL(jsQR(new Uint8ClampedArray(data), info.width, info.height).data)
      serials.push({ id: s.id, path: `${url.pathname}${url.search}` })
    }
  }
  // A serial's lot is its path without the serial: `/01/{GTIN}/10/{lot}`.
  const lotPaths = [...new Set(serials.map((s) => s.path.replace(/\/21\/.*$/, "")))]
  if (!serials.length || !lotPaths.includes(lotPath))
    throw new Error("the demo lots' labels did not decode as expected")
  return { serials, lots: lotPaths }
}

/** What the shoppers need: the publishable key, the region and the variants on sale. */
export async function shopFacts(backendUrl, key) {
  const headers = { "x-publishable-api-key": key }
  const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
  const { products } = await (
    await fetch(`${backendUrl}/store/products?limit=100&fields=id,*variants`, { headers })
  ).json()
  return { key, regionId: regions[0].id, variants: products.map((p) => p.variants[0].id) }
}
