import type { EnsureKekOptions } from '../azure/kek.js';
import type { VaultTarget } from '../azure/vault.js';
import { checkVaultTakes } from '../azure/vault-kinds.js';
import {
  choice,
  duration,
  integer,
  keyName,
  optional,
  refuseInputs,
  type InputSource,
} from '../inputs/rules.js';
import { specToGenerate, targetInputs, type TargetInputs } from '../inputs/target.js';
import { KEK_SIZES } from '../kek/rules.js';
import { vaultInput } from './azure-inputs.js';

export interface CreateKekRequest extends EnsureKekOptions {
  vault: VaultTarget;
  /** The key the ceremony will import, when the caller names it: checked before the KEK is created. */
  target?: TargetInputs & { name?: string };
  /** The key list of a migration, every key checked before the KEK is created. */
  keyList?: string;
}

const TARGET_NAMES = {
  type: 'target-key-type',
  size: 'target-key-size',
  curve: 'target-curve',
  ops: 'target-key-ops',
};

/** The inputs of action-kek-create / `byok kek create`, checked before any request. */
export function readCreateKekRequest(inputs: InputSource): CreateKekRequest {
  const keyList = optional(inputs, 'key-list');
  if (keyList !== undefined)
    refuseInputs(
      inputs,
      Object.fromEntries(
        [...Object.values(TARGET_NAMES), 'target-key-name'].map((name) => [name, undefined]),
      ),
      'with key-list, every key of the list is checked',
      'Leave the target-* inputs empty: every key of the list is checked',
    );
  // The pre-flight of the whole ceremony: a key the wrap or the import would refuse stops here, before any KEK.
  const target = targetInputs(inputs, TARGET_NAMES);
  const targetName =
    optional(inputs, 'target-key-name') === undefined ? undefined : keyName(inputs, 'target-key-name');
  if (target.type)
    specToGenerate({ ...target, type: target.type }, 'Input "target-key-size": the key to import');
  const vault = vaultInput(inputs);
  if (target.type) checkVaultTakes(vault, target.type, 'Input "target-key-type": the key to import');
  const named = target.type !== undefined || targetName !== undefined;
  return {
    ...(named ? { target: { ...target, ...(targetName ? { name: targetName } : {}) } } : {}),
    ...(keyList === undefined ? {} : { keyList }),
    vault,
    name: keyName(inputs, 'kek-name', 'KEKforBYOK'),
    size: integer(inputs, 'key-size', KEK_SIZES, 4096),
    expiresIn: duration(inputs, 'expires-in'),
    ifExists: choice(inputs, 'if-exists', ['reuse', 'rotate', 'fail'] as const, 'reuse'),
  };
}
