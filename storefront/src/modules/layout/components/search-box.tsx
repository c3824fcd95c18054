import { getTranslations } from "next-intl/server"

/** The header's search: a GET form to the catalogue, so it works before (and without) JavaScript. */
export async function SearchBox({ locale }: { locale: string }) {
  const t = await getTranslations("Search")
  return (
    <form action={`/${locale}/products`} method="get" role="search" className="flex flex-1 justify-center">
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder={t("placeholder")}
        className="w-full max-w-md rounded-l border border-stone-300 px-3 py-1.5"
        data-testid="search-input"
      />
      <button type="submit" className="rounded-r bg-ocop-red px-3 py-1.5 font-semibold text-white">
        {t("submit")}
      </button>
    </form>
  )
}
