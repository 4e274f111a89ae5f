import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { AesKeyOptions, KeyPairOptions, TokenObject } from './keys.js';
import type { SoftHsmToken } from '../../../emulators/softhsm/token.js';
import { compileCache } from '../../../emulators/runner/run-action.js';

/** Thrown in the test for an operation that failed in the helper; code/hint as the byok error had them. */
export class HelperError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export interface SoftHsmClient {
  call<T>(op: string, args?: unknown): Promise<T>;
  listObjects(): Promise<TokenObject[]>;
  createAesKey(options: AesKeyOptions): Promise<void>;
  createKeyPair(options: KeyPairOptions): Promise<void>;
  readPublicKeyPem(label: string): Promise<string>;
  /** AES-ECB in the HSM, hex in and out. */
  encrypt(label: string, block: string): Promise<string>;
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Opens a helper process for one token. Tests need it because jest gives each test file a copy of process.env,
 * and SoftHSM reads SOFTHSM2_CONF from the real environment at C_Initialize.
 */
export async function connectSoftHsm(token: SoftHsmToken): Promise<SoftHsmClient> {
  const child: ChildProcess = fork(join(here, 'worker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...compileCache(),
      ...token.env,
      BYOK_SOFTHSM_MODULE: token.module,
      BYOK_SOFTHSM_LABEL: token.label,
      BYOK_SOFTHSM_PIN: token.pin,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`SoftHSM helper exited with ${code}`)));
    child.once('message', () => resolve());
  });
  child.removeAllListeners('exit');
  child.on('exit', () => {
    for (const p of pending.values()) p.reject(new Error('SoftHSM helper exited'));
    pending.clear();
  });
  child.on(
    'message',
    (message: {
      id: number;
      result?: unknown;
      error?: { message: string; code?: string; hint?: string };
    }) => {
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      if (message.error)
        p.reject(new HelperError(message.error.message, message.error.code, message.error.hint));
      else p.resolve(message.result);
    },
  );
  const call = <T>(op: string, args?: unknown) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, op, args });
    });
  return {
    call,
    listObjects: () => call('listObjects'),
    createAesKey: (options) => call('createAesKey', options),
    createKeyPair: (options) => call('createKeyPair', options),
    readPublicKeyPem: (label) => call('readPublicKeyPem', { label }),
    encrypt: (label, block) => call('encrypt', { label, block }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
