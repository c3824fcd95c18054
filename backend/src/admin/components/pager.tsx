import { Table } from "@medusajs/ui"
import { PAGE_TRANSLATIONS } from "../lib/pagination"

type Props = { total: number; pageSize: number; page: number; onPage: (page: number) => void }

/** Medusa's table pagination in Vietnamese, shown only when the rows span more than one page. */
export const Pager = ({ total, pageSize, page, onPage }: Props) =>
  total > pageSize ? (
    <Table.Pagination
      count={total}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={Math.ceil(total / pageSize)}
      canPreviousPage={page > 0}
      canNextPage={(page + 1) * pageSize < total}
      previousPage={() => onPage(page - 1)}
      nextPage={() => onPage(page + 1)}
      translations={PAGE_TRANSLATIONS}
    />
  ) : null
