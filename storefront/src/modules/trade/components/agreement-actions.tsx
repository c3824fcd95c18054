import { useTranslations } from "next-intl"
import { cancelAgreement, signAgreement } from "@/lib/actions/trade/agreements"
import type { agreementMoves } from "../agreement-moves"
import { dangerButton, primaryButton, secondaryButton } from "../styles"
import { ActionForm } from "./action-form"

type Props = { id: string; moves: ReturnType<typeof agreementMoves> }

/** Sign, turn a signed MoU into a contract, or cancel: only the moves the status allows. */
export function AgreementActions({ id, moves }: Props) {
  const t = useTranslations("Agreements")
  return (
    <div className="space-y-2">
      {moves.awaitingSignatures && moves.signedByMe && <p className="text-sm">{t("waitingOther")}</p>}
      <div className="flex flex-wrap items-start gap-3">
        {moves.canSign && (
          <ActionForm
            action={signAgreement}
            fields={{ id }}
            label={t("sign")}
            className={primaryButton}
            testId="sign-agreement"
          />
        )}
        {moves.canUpgrade && (
          <ActionForm
            action={signAgreement}
            fields={{ id, upgrade: "1" }}
            label={t("upgrade")}
            className={secondaryButton}
            testId="upgrade-agreement"
          />
        )}
        {moves.canCancel && (
          <ActionForm
            action={cancelAgreement}
            fields={{ id }}
            label={t("cancel")}
            className={dangerButton}
            testId="cancel-agreement"
          />
        )}
      </div>
    </div>
  )
}
