export type FakeRegistry = {
  url: string
  requests: { url: string; ifNoneMatch?: string; status: number; at: number }[]
  setRows(next: unknown[]): void
  close(): Promise<void>
}
export function startFakeRegistry(initial: unknown[], pageSize?: number): Promise<FakeRegistry>
