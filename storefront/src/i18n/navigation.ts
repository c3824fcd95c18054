import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

/** Locale-aware Link, redirect and hooks: `<Link href="/products/x">` stays in the current language. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)
