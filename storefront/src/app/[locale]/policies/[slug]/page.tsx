import type { Metadata } from "next"
import { policyKindOfSlug } from "@ocop/core"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { getPolicy } from "@/lib/data/policies"
import { alternates } from "@/lib/seo"
import { PolicyPage } from "@/modules/policies/components/policy-page"

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Cached whole like product pages and expired with the "policies" tag when an official publishes.
export const revalidate = 300
export function generateStaticParams() {
  return [] // none at build time: the backend need not be up for `next build`
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const kind = policyKindOfSlug(slug)
  const data = kind ? await getPolicy(kind) : null
  if (!data) return {}
  return {
    title: locale === "vi" ? data.policy.title_vi : data.policy.title_en,
    alternates: alternates(locale, `/policies/${slug}`),
  }
}

/** The version in force of one policy. */
export default async function CurrentPolicyPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const kind = policyKindOfSlug(slug)
  const data = kind ? await getPolicy(kind) : null
  if (!data) notFound()
  return <PolicyPage data={data} locale={locale} />
}
