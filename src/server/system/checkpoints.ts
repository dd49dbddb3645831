// Periodic signed checkpoints of the audit chain's head (see core/audit-anchor.ts): one at
// start, one every HUBLINE_AUDIT_CHECKPOINT_MINUTES while the head moves, one at shutdown.
// Each goes to the checkpoint file and to the log, so a copy also lands wherever logs are shipped.
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../core/context';
import type { Config } from '../core/config';
import { loadAuditAnchor, readCheckpoints, writeAuditCheckpoint, type AuditAnchor } from '../core/audit-anchor';

/** The anchor of this configuration; `create` makes the key file on first start. */
export function auditAnchorOf(config: Pick<Config, 'auditDir' | 'auditKey'>, create = false): AuditAnchor | null {
  if (!config.auditDir && !config.auditKey) return null;
  return loadAuditAnchor(config.auditDir ?? '.', { envKey: config.auditKey, create });
}

/** Signed checkpoints to hold the chain against, or none (no key, or no file yet). */
export function checkpointsOf(config: Pick<Config, 'auditDir' | 'auditKey'>) {
  const anchor = auditAnchorOf(config);
  return anchor ? { anchor, ...readCheckpoints(anchor) } : null;
}

export async function auditCheckpoints(app: FastifyInstance, { db, config }: Ctx) {
  if (!config.auditDir) return;
  const anchor = auditAnchorOf(config, true)!;
  const write = async () => {
    try {
      const cp = await writeAuditCheckpoint(db, anchor);
      if (cp) app.log.info({ auditCheckpoint: cp }, 'audit checkpoint');
    } catch (e) {
      // A failed checkpoint must be seen, but must not take the server down.
      app.log.error({ err: e }, 'audit checkpoint failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await write();
    if (config.auditCheckpointMinutes > 0) timer = setInterval(() => void write(), config.auditCheckpointMinutes * 60_000).unref();
  });
  app.addHook('preClose', async () => {
    clearInterval(timer);
    await write();
  });
}
