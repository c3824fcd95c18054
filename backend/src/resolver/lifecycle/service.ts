import { flushScans } from "../scan-recorder"

/** Holds the resolver's shutdown hook; it has nothing to offer the container besides. */
export default class ResolverLifecycle {
  /** A graceful stop (SIGTERM) must not lose answered scans: the last batch is written first. */
  __hooks = {
    onApplicationPrepareShutdown: async () => {
      await flushScans()
    },
  }
}
