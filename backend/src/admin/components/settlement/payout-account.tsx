import { Badge, Text } from "@medusajs/ui"
import type { PayoutAccountView } from "@ocop/core"
import { bankName } from "../../lib/core"

/** Where a producer is paid: bank, account and holder; a badge when its owner has not set one yet. */
export const PayoutAccount = ({ account }: { account: PayoutAccountView | null }) =>
  account ? (
    <div className="flex flex-col">
      <Text size="xsmall">
        {bankName(account.bank_bin) ?? account.bank_bin} · {account.account_number}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {account.account_holder}
      </Text>
    </div>
  ) : (
    <Badge size="2xsmall" color="orange">
      Thiếu tài khoản
    </Badge>
  )
