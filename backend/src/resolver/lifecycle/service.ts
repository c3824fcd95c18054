import { stopResolverServer } from "../server"
import { flushScans } from "../scan-recorder"

/** Holds the resolver's shutdown hook; it has nothing to offer the container besides. */
export default class ResolverLifecycle {
  /**
   * A graceful stop (SIGTERM) must not lose answered scans: Medusa runs this before it closes the
   * database connections and exits, so the resolver stops taking scans and the last batch is written.
   */
  __hooks = {
    onApplicationPrepareShutdown: async () => {
      await stopResolverServer()
      await flushScans()
    },
  }
}
