"use client"

import { starGlyphs } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useEffect, useId, useRef, useState } from "react"
import { usePathname, useRouter } from "@/i18n/navigation"

type Suggestion = { handle: string; title: string; stars: number }

/**
 * The header's search: a GET form to the catalogue, so it works without JavaScript; with it, an
 * ARIA combobox suggests products as the shopper types (arrow keys to choose, Enter to open). On the
 * catalogue it shows the query searched for, so a shopper can correct it rather than type it again:
 * read from `location` after hydration, because useSearchParams would make the whole box render
 * only in the browser on prerendered pages.
 */
export function SearchBox() {
  const t = useTranslations("Search")
  const locale = useLocale()
  const router = useRouter()
  const pathname = usePathname()
  const listId = useId()
  const [q, setQ] = useState("")
  const [items, setItems] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const latest = useRef("")

  useEffect(() => {
    setQ(pathname === "/products" ? (new URLSearchParams(window.location.search).get("q") ?? "") : "")
  }, [pathname])

  useEffect(() => {
    const query = q.trim()
    latest.current = query
    if (query.length < 2) return setItems([])
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/suggest?locale=${locale}&q=${encodeURIComponent(query)}`).catch(() => null)
      const body = res?.ok ? ((await res.json()) as { suggestions: Suggestion[] }) : { suggestions: [] }
      // Answers can arrive out of order; show only the one for what is typed now.
      if (latest.current === query) {
        setItems(body.suggestions)
        setActive(-1)
      }
    }, 150)
    return () => clearTimeout(timer)
  }, [q, locale])

  const expanded = open && items.length > 0
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      const step = e.key === "ArrowDown" ? 1 : -1
      setActive((i) => (i + step + items.length) % items.length)
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault()
      setOpen(false)
      router.push(`/products/${items[active].handle}`)
    } else if (e.key === "Escape") {
      setOpen(false)
    }
  }

  return (
    <form action={`/${locale}/products`} method="get" role="search" className="relative flex flex-1 justify-center">
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t("placeholder")}
        value={q}
        onChange={(e) => {
          setQ(e.target.value)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        className="w-full max-w-md rounded-l border border-stone-300 px-3 py-1.5"
        data-testid="search-input"
      />
      <button type="submit" className="rounded-r bg-ocop-red px-3 py-1.5 font-semibold text-white">
        {t("submit")}
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        className="absolute top-full z-10 mt-1 w-full max-w-md rounded border border-stone-200 bg-white shadow-lg"
        data-testid="search-suggestions"
      >
        {items.map((s, i) => (
          <li
            key={s.handle}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault() // keep focus so the click is not lost to blur
              setOpen(false)
              router.push(`/products/${s.handle}`)
            }}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-amber-100" : ""}`}
          >
            {s.title}{" "}
            <span className="text-amber-700" aria-hidden>
              {starGlyphs(s.stars)}
            </span>
            <span className="sr-only">{t("stars", { stars: s.stars })}</span>
          </li>
        ))}
      </ul>
    </form>
  )
}
