/**
 * Medusa's generated services have create and update but no upsert: rows with an
 * id are updated, the others created. Both lists can be empty.
 */
export async function createOrUpdate<T extends { id?: string }, R>(
  rows: T[],
  create: (rows: Omit<T, "id">[]) => Promise<R[]>,
  update: (rows: (T & { id: string })[]) => Promise<R[]>,
): Promise<R[]> {
  const toUpdate = rows.filter((r): r is T & { id: string } => Boolean(r.id))
  const toCreate = rows.filter((r) => !r.id).map(({ id: _id, ...rest }) => rest as Omit<T, "id">)
  const created = toCreate.length ? await create(toCreate) : []
  const updated = toUpdate.length ? await update(toUpdate) : []
  return [...created, ...updated]
}
