import { expect, test, type Page } from "@playwright/test"

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"

/** Collects every Content Security Policy violation the page reports, from the console and the DOM event. */
async function watchViolations(page: Page) {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI} on ${event.documentURI}`)
    })
  })
  return violations
}

test("finding 5: storefront pages send the security headers and break none of their own rules", async ({ page }) => {
  const violations = await watchViolations(page)
  const pages = ["/vi", "/vi/products/nuoc-mam-tung-van", "/vi/sales-points", "/vi/cart", "/vi/checkout"]
  for (const url of pages) {
    const response = await page.goto(url)
    await page.waitForLoadState("networkidle")
    const headers = response!.headers()
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'")
    expect(headers["content-security-policy"], url).toContain("script-src 'self'")
    expect(headers["x-content-type-options"], url).toBe("nosniff")
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin")
    expect(headers["x-powered-by"], url).toBeUndefined()
  }
  // The scan page, reached as a tourist reaches it: a printed code through the resolver.
  await page.goto("/01/08930000001054/10/NM2610")
  await expect(page).toHaveURL(/\/vi\/01\/08930000001054\/10\/NM2610/)
  await page.waitForLoadState("networkidle")
  expect(violations).toEqual([])
})

// The admin dashboard and `/health` are served before the application's middlewares; the headers reach
// them through `backend/instrumentation.ts` (docs/operations.md, "Security headers").
test("finding 5: backend answers and the admin dashboard cannot be framed or sniffed and do not name their server", async ({
  request,
}) => {
  const signIn = await request.post(`${adminUrl}/auth/user/emailpass`, {
    data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  })
  expect(signIn.status()).toBe(200)
  for (const [url, response] of [
    ["/auth/user/emailpass", signIn],
    ["/app", await request.get(`${adminUrl}/app`)],
    ["/app/login", await request.get(`${adminUrl}/app/login`)],
    ["/health", await request.get(`${adminUrl}/health`)],
  ] as const) {
    const headers = response.headers()
    expect([url, headers["x-frame-options"]]).toEqual([url, "DENY"])
    expect([url, headers["content-security-policy"]]).toEqual([url, expect.stringContaining("frame-ancestors 'none'")])
    expect([url, headers["x-content-type-options"]]).toEqual([url, "nosniff"])
    expect([url, headers["x-powered-by"]]).toEqual([url, undefined])
  }
})
