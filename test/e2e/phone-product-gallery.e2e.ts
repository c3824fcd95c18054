import { expect, test } from "@playwright/test"
import { adminHeaders, expectNoSidewaysScroll } from "./support/phone"

// The product page on a phone, finding 9 (issue: the shop on a phone): the producer's gallery. It
// changes a product's pictures for its length, which the catalogue's and the home page's cards show:
// it runs with the files that share state (test/e2e/isolated.ts).
test.use({ viewport: { width: 390, height: 844 } })

const adminUrl = process.env.ADMIN_URL ?? "http://localhost:9000"
const HANDLE = "nuoc-mam-tung-van"

test("finding 9: a product page shows the producer's gallery, swiped inside itself", async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const find = async (handle: string) =>
    (
      await (
        await request.get(`${adminUrl}/admin/products?handle=${handle}&fields=id,thumbnail,*images`, { headers })
      ).json()
    ).products[0] as { id: string; thumbnail: string; images: { url: string }[] }
  const product = await find("mat-ong-tuyen-hoa")
  // A second and third picture (other products' pictures stand in for the producer's photos).
  const extra = [(await find("ca-phe-khe-sanh")).thumbnail, (await find(HANDLE)).thumbnail]
  const set = (urls: string[]) =>
    request.post(`${adminUrl}/admin/products/${product.id}`, {
      headers,
      data: { images: urls.map((url) => ({ url })) },
    })
  expect((await set([product.thumbnail, ...extra])).status()).toBe(200)
  try {
    // The edit expires the cached page (the backend's revalidation call).
    await expect
      .poll(
        async () => {
          await page.goto("/vi/products/mat-ong-tuyen-hoa")
          return page.getByTestId("gallery").getByRole("img").count()
        },
        { timeout: 20_000 },
      )
      .toBe(3)
    await expect(page.getByTestId("gallery").getByRole("img").first()).toBeInViewport()
    await page.getByRole("link", { name: "Ảnh 3" }).click()
    await expect(page.getByRole("img", { name: /Ảnh 3/ })).toBeInViewport()
    await expectNoSidewaysScroll(page)
  } finally {
    expect((await set([product.thumbnail])).status()).toBe(200)
  }
})
