import { type APIRequestContext, expect, type Page } from "@playwright/test"

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"

/** The page is no wider than the phone's screen: nothing to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  expect(scrollWidth <= innerWidth, `${page.url()} is ${scrollWidth} px wide`).toBe(true)
}

/** An official's bearer token for the Admin API of the running installation. */
export async function adminHeaders(request: APIRequestContext) {
  if (!process.env.ADMIN_EMAIL || !process.env.ADMIN_PASSWORD) {
    throw new Error("set ADMIN_EMAIL and ADMIN_PASSWORD of the running installation (the lifecycle test does)")
  }
  const auth = await request.post(`${adminUrl}/auth/user/emailpass`, {
    data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  })
  return { authorization: `Bearer ${(await auth.json()).token}` }
}
