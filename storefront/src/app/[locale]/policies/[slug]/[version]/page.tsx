import type { Metadata } from "next"
import { POLICY_LIMITS, policyKindOfSlug } from "@ocop/core"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { getPolicy } from "@/lib/data/policies"
import { PolicyPage } from "@/modules/policies/components/policy-page"

type Props = { params: Promise<{ locale: Locale; slug: string; version: string }> }

export const revalidate = 300
export function generateStaticParams() {
  return []
}

/** A version a consent names: what the shopper agreed to, word for word. */
async function load({ params }: Props) {
  const { locale, slug, version } = await params
  const kind = policyKindOfSlug(slug)
  const label = decodeURIComponent(version)
  // Only labels an official could have given, so odd addresses cost no backend call and cache nothing.
  if (!kind || label.length > POLICY_LIMITS.version || !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(label)) return null
  const data = await getPolicy(kind, label)
  return data ? { data, locale } : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props)
  if (!loaded) return {}
  const { data, locale } = loaded
  const title = locale === "vi" ? data.policy.title_vi : data.policy.title_en
  // One version of many: the current page is the one to index.
  return { title: `${title} (${data.policy.version})`, robots: { index: false } }
}

export default async function PolicyVersionPage(props: Props) {
  const loaded = await load(props)
  if (!loaded) notFound()
  setRequestLocale(loaded.locale)
  return <PolicyPage data={loaded.data} locale={loaded.locale} />
}
