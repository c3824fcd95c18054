/** An answer from Meilisearch that is not a success, or no answer at all (`status` 0). */
export class MeilisearchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message)
    this.name = "MeilisearchError"
  }
}

export type MeiliTask = { taskUid: number }
export type MeiliTaskState = {
  uid: number
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled"
  error?: { message: string; code: string } | null
}

export type ClientOptions = { host: string; apiKey?: string; timeoutMs: number }

/**
 * The few calls of Meilisearch's HTTP API the provider uses, over `fetch`: no client library, so
 * every request has a timeout and every failure is a `MeilisearchError` the caller can report.
 */
export class MeilisearchClient {
  private readonly base: string

  constructor(private readonly options: ClientOptions) {
    this.base = options.host.replace(/\/+$/, "")
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message
      throw new MeilisearchError(`Meilisearch at ${this.base} is unreachable (${cause})`, 0)
    }
    const text = await response.text()
    const data = text ? safeJson(text) : undefined
    if (!response.ok) {
      const { message, code } = (data ?? {}) as { message?: string; code?: string }
      throw new MeilisearchError(
        `Meilisearch ${method} ${path} answered ${response.status}: ${message ?? text.slice(0, 200)}`,
        response.status,
        code,
      )
    }
    return data as T
  }

  /** Polls a task until Meilisearch has applied it (or failed to). */
  async waitForTask(taskUid: number, timeoutMs: number, intervalMs = 50): Promise<MeiliTaskState> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const task = await this.request<MeiliTaskState>("GET", `/tasks/${taskUid}`)
      if (task.status !== "enqueued" && task.status !== "processing") return task
      if (Date.now() > deadline) throw new MeilisearchError(`Meilisearch task ${taskUid} still ${task.status}`, 0)
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
      intervalMs = Math.min(intervalMs * 2, 500)
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
