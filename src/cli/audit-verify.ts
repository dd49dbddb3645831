// `hubline audit verify`: the hash chain, held against the newest signed checkpoint.
import type { Db } from '../server/db/index';
import type { Config } from '../server/core/config';
import { verifyAuditChain } from '../server/core/audit';
import { checkpointsOf } from '../server/system/checkpoints';

export async function verifyAudit(db: Db, config: Config): Promise<void> {
  const cps = checkpointsOf(config);
  if (cps && cps.invalid > 0) {
    console.error(
      `检查点文件 ${cps.anchor.checkpointFile} 中有 ${cps.invalid} 行签名无效（被伪造，或用了另一把密钥） / ${cps.invalid} line(s) of ${cps.anchor.checkpointFile} carry no valid signature (forged, or signed with another key)`,
    );
    process.exitCode = 2;
  }
  const r = await verifyAuditChain(db, { checkpoints: cps?.valid });
  if (!r.ok) {
    console.error(`审计链在第 ${r.firstBroken!.seq} 行断开 / audit chain broken at row seq ${r.firstBroken!.seq}: ${r.firstBroken!.reason} (${r.checked} rows intact before it)`);
    process.exitCode = 2;
    return;
  }
  console.log(`审计链完整 / audit chain intact: ${r.checked} rows`);
  if (r.checkpoint) console.log(`  与签名检查点一致 / matches the signed checkpoint of ${r.checkpoint.at} (seq ${r.checkpoint.seq}; key: ${cps!.anchor.keySource})`);
  else
    console.error(
      '  警告：没有可用的签名检查点，只校验了审计链自身，无法发现被删除或整体重算的末尾记录 / warning: no signed checkpoint found (set HUBLINE_AUDIT_DIR or HUBLINE_AUDIT_KEY as the server has them); the chain was checked against itself only, so a deleted or re-hashed tail would not show',
    );
}
