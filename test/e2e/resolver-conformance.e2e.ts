import { expect, test } from "@playwright/test"
import { Utils as DigitalLinkUtils } from "digital-link.js"

// GS1 resolver criteria on the shop's own origin, the address printed in the QR codes: the
// storefront forwards them to the resolver's listener (the integration tests cover the answers).
const LOT = "/01/08930000001054/10/NM2610"

test("criteria 1, 2 and 9 on the shop's origin: description file, CORS preflight, trailing slash", async ({
  request,
}) => {
  const description = await request.get("/.well-known/gs1resolver", { headers: { origin: "https://ref.gs1.org" } })
  expect(description.status()).toBe(200)
  expect(description.headers()["access-control-allow-origin"]).toBe("*")
  expect((await description.json()).supportedPrimaryKeys).toEqual(["01"])

  const preflight = await request.fetch(LOT, {
    method: "OPTIONS",
    headers: { origin: "https://ref.gs1.org", "access-control-request-method": "GET" },
  })
  expect(preflight.status()).toBe(204)
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS")

  const plain = await request.get(LOT, { maxRedirects: 0, headers: { accept: "text/html" } })
  const slash = await request.get(`${LOT}/`, { maxRedirects: 0, headers: { accept: "text/html" } })
  expect(plain.status()).toBe(307)
  expect([slash.status(), slash.headers()["location"]]).toEqual([plain.status(), plain.headers()["location"]])
  // Other pages still lose a trailing slash with a permanent redirect.
  const page = await request.get("/vi/products/", { maxRedirects: 0 })
  expect([page.status(), page.headers()["location"]]).toEqual([308, expect.stringMatching(/\/vi\/products$/)])
})

test("criterion 11 on the shop's origin: a compressed code opens the same scan page, and the shop's pages stay pages", async ({
  page,
  request,
}) => {
  // Compressed by GS1's own algorithm (digital-link.js), as a label printer might print it.
  const origin = new URL(process.env.BASE_URL ?? "http://localhost:8000").origin
  const compressed = new URL(DigitalLinkUtils.compressWebUri(`${origin}${LOT}`)).pathname
  const [short, long] = await Promise.all(
    [compressed, LOT].map((p) => request.get(p, { maxRedirects: 0, headers: { accept: "text/html" } })),
  )
  expect([short.status(), short.headers()["location"]]).toEqual([307, long.headers()["location"]])
  expect(short.headers()["link"]).toContain(`<${origin}${LOT}>; rel="owl:sameAs"`)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(compressed)
  await expect(page).toHaveURL(new RegExp(`/vi${LOT}$`))
  await expect(page.getByTestId("trace-lot")).toContainText("NM2610")
  // A section of the shop is never taken for a compressed code.
  expect((await request.get("/sales-points", { maxRedirects: 0 })).status()).not.toBe(404)
})
