import { optional, type InputSource } from '../inputs/rules.js';

/**
 * Whether the inputs name a key list, or a job output that binds one (the list then travels in an artifact): any of
 * them puts the step in list mode, so that a binding given without its list is never silently ignored.
 */
export function usesKeyList(inputs: InputSource): boolean {
  return ['key-list', 'key-list-sha256', 'key-list-digest'].some(
    (name) => optional(inputs, name) !== undefined,
  );
}
