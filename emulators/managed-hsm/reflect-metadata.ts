/**
 * @peculiar/x509 resolves its algorithm providers through tsyringe, which refuses to load unless the Reflect
 * metadata API exists; no polyfill package is installed, and tsyringe only needs these three functions.
 * Installed once, before x509 is first imported, and never replaces an existing polyfill.
 */
type Metadata = Map<unknown, unknown>;
const store = new WeakMap<object, Metadata>();

function own(target: object): Metadata {
  let map = store.get(target);
  if (!map) store.set(target, (map = new Map()));
  return map;
}

export function installReflectMetadata(): void {
  const reflect = Reflect as unknown as Record<string, unknown>;
  if (typeof reflect.getMetadata === 'function') return;
  reflect.defineMetadata = (key: unknown, value: unknown, target: object) => void own(target).set(key, value);
  reflect.getOwnMetadata = (key: unknown, target: object) => store.get(target)?.get(key);
  reflect.getMetadata = (key: unknown, target: object) => {
    for (let t: object | null = target; t; t = Object.getPrototypeOf(t)) {
      const map = store.get(t);
      if (map?.has(key)) return map.get(key);
    }
    return undefined;
  };
}
