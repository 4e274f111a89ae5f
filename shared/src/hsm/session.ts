import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import { hsmCall, hsmError, isCkr } from './errors.js';
import {
  loadPkcs11,
  slotIdOf,
  trimPadded,
  type Handle,
  type Pkcs11,
  type Pkcs11Library,
  type TokenInfo,
} from './pkcs11.js';

export interface SessionOptions {
  /** Path of the PKCS#11 library (input "pkcs11-module"). */
  module: string;
  /** CKA token label (input "token-label"). */
  tokenLabel?: string;
  /** Slot id, decimal or 0x-hex (input "slot-id"). */
  slotId?: string;
  /** User PIN (input "pin"). Never logged. */
  pin: string;
}

/** What the token says of itself (C_GetTokenInfo, blank padding trimmed). */
export interface TokenDescription {
  label: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  firmware: string;
  slotId: string;
}

export interface HsmSession {
  readonly p11: Pkcs11;
  readonly lib: Pkcs11Library;
  readonly slot: Handle;
  readonly session: Handle;
  readonly token: TokenDescription;
  /** Remembers an object this run created so it is destroyed when the session ends at the latest. */
  track(handle: Handle): Handle;
  /** Destroys a tracked object now (failures are logged, not thrown: this runs in finally blocks). */
  destroy(handle: Handle, what: string, quiet?: boolean): void;
  /**
   * Token objects this run created and must not leave behind if it is interrupted: a SIGINT or SIGTERM (a runner
   * cancel) during the session destroys them, with the session objects, before the process exits.
   */
  removeIfInterrupted(handles: Handle[], what: string): void;
}

const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `cleanup` and exits when the process is told to stop while the session is open. Node delivers a signal to
 * a listener between two JavaScript tasks, never inside a PKCS#11 call (they are synchronous), so the cleanup
 * never races a call in flight. Returns the function that removes the listeners again.
 */
function onInterrupt(cleanup: (signal: NodeJS.Signals) => void): () => void {
  const listener = (signal: NodeJS.Signals) => {
    cleanup(signal);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const signal of INTERRUPTS) process.once(signal, listener);
  return () => {
    for (const signal of INTERRUPTS) process.removeListener(signal, listener);
  };
}

export function describeToken(info: TokenInfo, slot: Handle): TokenDescription {
  return {
    label: trimPadded(info.label),
    manufacturer: trimPadded(info.manufacturerID),
    model: trimPadded(info.model),
    serialNumber: trimPadded(info.serialNumber),
    firmware: `${info.firmwareVersion.major}.${info.firmwareVersion.minor}`,
    slotId: slotIdOf(slot),
  };
}

function parseSlotId(text: string): bigint {
  if (!/^(\d{1,20}|0x[0-9a-f]{1,16})$/i.test(text)) {
    throw new ConfigurationError(
      'INPUT_INVALID',
      `Input "slot-id" is ${JSON.stringify(text.slice(0, 40))}; expected a slot number (decimal or 0x hex)`,
      'Set "slot-id" to a slot number, or use "token-label"',
    );
  }
  return BigInt(text);
}

function loadModule(p11: Pkcs11, path: string): Pkcs11Library {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ConfigurationError(
      'HSM_MODULE_NOT_FOUND',
      `Input "pkcs11-module": ${path} does not exist on this runner`,
      "Give the path of the HSM vendor's PKCS#11 library (SoftHSM2: /usr/lib/softhsm/libsofthsm2.so; install it with apt-get install softhsm2)",
    );
  }
  const lib = new p11.PKCS11();
  try {
    lib.load(path);
  } catch (error) {
    throw new ConfigurationError(
      'HSM_MODULE_INVALID',
      `Input "pkcs11-module": ${path} cannot be loaded as a PKCS#11 library (${error instanceof Error ? error.message : String(error)})`,
      'Give the PKCS#11 library of the HSM (a .so built for linux-x64)',
      { cause: error },
    );
  }
  return lib;
}

function findSlot(
  p11: Pkcs11,
  lib: Pkcs11Library,
  options: SessionOptions,
): { slot: Handle; info: TokenInfo } {
  const slots = hsmCall('Listing the slots of the PKCS#11 module', () => lib.C_GetSlotList(true));
  const tokens = slots
    .map((slot) => ({
      slot,
      info: hsmCall(`Reading the token in slot ${slotIdOf(slot)}`, () => lib.C_GetTokenInfo(slot)),
    }))
    .filter((token) => (token.info.flags & p11.CKF_TOKEN_INITIALIZED) !== 0);
  const found =
    tokens.length === 0
      ? 'no initialized token'
      : tokens.map((t) => `"${trimPadded(t.info.label)}" (slot ${slotIdOf(t.slot)})`).join(', ');
  const wanted = options.slotId === undefined ? undefined : parseSlotId(options.slotId);
  const matches = tokens.filter(
    (t) =>
      (options.tokenLabel === undefined || trimPadded(t.info.label) === options.tokenLabel) &&
      (wanted === undefined || BigInt(slotIdOf(t.slot)) === wanted),
  );
  const asked = [
    options.tokenLabel === undefined ? '' : `token-label "${options.tokenLabel}"`,
    options.slotId === undefined ? '' : `slot-id ${options.slotId}`,
  ]
    .filter(Boolean)
    .join(' and ');
  if (!asked) {
    throw new ConfigurationError(
      'INPUT_REQUIRED',
      'Input "token-label" or "slot-id" is required',
      `Name the token; this module has ${found}`,
    );
  }
  if (matches.length === 0) {
    const input = options.tokenLabel !== undefined ? 'token-label' : 'slot-id';
    throw new ConfigurationError(
      'HSM_TOKEN_NOT_FOUND',
      `Input "${input}": no token with ${asked}; the module has ${found}`,
      'Check the token label (case and spaces matter) or the slot id, and that the HSM is reachable from this runner',
    );
  }
  if (matches.length > 1) {
    throw new ConfigurationError(
      'HSM_TOKEN_AMBIGUOUS',
      `Input "token-label": ${matches.length} tokens are labelled "${options.tokenLabel}": ${found}`,
      'Add "slot-id" to pick one',
    );
  }
  return matches[0] as { slot: Handle; info: TokenInfo };
}

/**
 * Opens module → token → read/write session → user login, runs `body`, and always releases everything in
 * `finally`, success or failure: tracked session objects destroyed, logout, close session, finalize, unload
 * (docs/design.md "Rules"). Tolerates CKR_CRYPTOKI_ALREADY_INITIALIZED and CKR_USER_ALREADY_LOGGED_IN,
 * and then leaves finalizing and logging out to whoever did them.
 */
export async function withHsmSession<T>(
  options: SessionOptions,
  logger: Logger,
  body: (hsm: HsmSession) => Promise<T>,
): Promise<T> {
  const p11 = await loadPkcs11();
  const lib = loadModule(p11, options.module);
  let initialized = false;
  let session: Handle | undefined;
  let loggedIn = false;
  const tracked: Handle[] = [];
  const interruptible: { handle: Handle; what: string }[] = [];
  let released = false;
  // Listening from the start: a signal that came while no listener existed would end the process on the spot.
  const stopListening = onInterrupt((signal) => {
    logger.warning(`${signal}: the run was stopped; removing what it created and closing the session`);
    for (const { handle, what } of interruptible.splice(0)) {
      try {
        lib.C_DestroyObject(session as Handle, handle);
        logger.info(`Removed ${what}`);
      } catch (error) {
        logger.warning(`Could not remove ${what}: ${hsmError(error, 'C_DestroyObject').message}`);
      }
    }
    release();
  });
  try {
    try {
      lib.C_Initialize();
      initialized = true;
    } catch (error) {
      if (!isCkr(error, 'CKR_CRYPTOKI_ALREADY_INITIALIZED'))
        throw hsmError(error, `Initializing the PKCS#11 module ${options.module}`);
      logger.debug('PKCS#11 module already initialized in this process');
    }
    const { slot, info } = findSlot(p11, lib, options);
    const token = describeToken(info, slot);
    const name = `token "${token.label}" (slot ${token.slotId})`;
    logger.info(
      `Using ${name}: ${token.manufacturer} ${token.model}, serial ${token.serialNumber}, firmware ${token.firmware}`,
    );
    session = hsmCall(`Opening a session on ${name}`, () =>
      lib.C_OpenSession(slot, p11.CKF_RW_SESSION | p11.CKF_SERIAL_SESSION),
    );
    const opened = session;
    try {
      lib.C_Login(opened, p11.CKU_USER, options.pin);
      loggedIn = true;
    } catch (error) {
      if (!isCkr(error, 'CKR_USER_ALREADY_LOGGED_IN'))
        throw hsmError(error, `Logging in to ${name} with input "pin"`);
      logger.debug(`Already logged in to ${name}`);
    }
    const hsm: HsmSession = {
      p11,
      lib,
      slot,
      session: opened,
      token,
      track(handle) {
        tracked.push(handle);
        return handle;
      },
      destroy(handle, what, quiet = false) {
        const at = tracked.findIndex((h) => h.equals(handle));
        if (at >= 0) tracked.splice(at, 1);
        try {
          lib.C_DestroyObject(opened, handle);
          if (!quiet) logger.debug(`Destroyed ${what}`);
        } catch (error) {
          logger.warning(
            `Could not destroy ${what}: ${hsmError(error, 'C_DestroyObject').message}; it is a session object and ends with the session`,
          );
        }
      },
      removeIfInterrupted(handles, what) {
        interruptible.push(...handles.map((handle) => ({ handle, what })));
      },
    };
    return await body(hsm);
  } finally {
    stopListening();
    release();
  }

  /** Session objects destroyed, logout, close, finalize, unload; once, whether the body ended or a signal came. */
  function release(): void {
    if (released) return;
    released = true;
    const quietly = (what: string, call: () => void) => {
      try {
        call();
      } catch (error) {
        logger.debug(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    if (session !== undefined) {
      const opened = session;
      for (const handle of tracked.splice(0))
        quietly('Destroying a session object', () => lib.C_DestroyObject(opened, handle));
      if (loggedIn) quietly('C_Logout', () => lib.C_Logout(opened));
      quietly('C_CloseSession', () => lib.C_CloseSession(opened));
    }
    if (initialized) quietly('C_Finalize', () => lib.C_Finalize());
    quietly('Unloading the PKCS#11 module', () => lib.close());
  }
}
