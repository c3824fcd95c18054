import { formatVnd, type AgreementView } from "@ocop/core"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** The business's MoUs and contracts: the other party, kind, value and status, each opening its page. */
export function AgreementList({ agreements, me }: { agreements: AgreementView[]; me: string }) {
  const t = useTranslations("Agreements")
  if (!agreements.length) return <p>{t("none")}</p>
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="agreements">
      {agreements.map((a) => {
        const other = a.buyer.id === me ? a.seller : a.buyer
        return (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 p-3" data-testid="agreement-row">
            <div>
              <Link href={`/account/business/agreements/${a.id}`} className="font-semibold underline">
                {t("with", { name: other.company_name ?? t("unknownName") })}
              </Link>
              <p className="text-sm text-stone-600">{t(`kinds.${a.kind}`)}</p>
            </div>
            <span>{formatVnd(a.value)}</span>
            <span className="text-sm font-semibold">{t(`statuses.${a.status}`)}</span>
          </li>
        )
      })}
    </ul>
  )
}
