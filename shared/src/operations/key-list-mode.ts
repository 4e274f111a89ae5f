import { optional, type InputSource } from '../inputs/rules.js';

export { keyListIn } from '../batch/key-list.js';

/** Whether the inputs name a key list (or the kek job's digest of one, when the list travels in an artifact). */
export function usesKeyList(inputs: InputSource): boolean {
  return optional(inputs, 'key-list') !== undefined || optional(inputs, 'key-list-sha256') !== undefined;
}
