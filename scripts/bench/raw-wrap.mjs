// The PKCS#11 calls a wrap needs, made directly with pkcs11js: open the token, find the target, wrap it under the KEK
// the way action-wrap composes CKM_RSA_AES_KEY_WRAP (shared/src/hsm/wrap.ts), close. npm run bench compares
// action-wrap with this floor. Prints the time of the calls alone, in ms.
// Usage: node raw-wrap.mjs '{"module":..., "token":..., "pin":..., "key":..., "kekPem":...}'
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pkcs11js from 'pkcs11js';

const options = JSON.parse(process.argv[2]);
const jwk = createPublicKey(readFileSync(options.kekPem)).export({ format: 'jwk' });
const p = pkcs11js;
const started = performance.now();

const lib = new p.PKCS11();
lib.load(options.module);
lib.C_Initialize();
try {
  const slot = lib.C_GetSlotList(true).find((s) => lib.C_GetTokenInfo(s).label.trim() === options.token);
  const session = lib.C_OpenSession(slot, p.CKF_RW_SESSION | p.CKF_SERIAL_SESSION);
  lib.C_Login(session, p.CKU_USER, options.pin);
  lib.C_FindObjectsInit(session, [
    { type: p.CKA_CLASS, value: p.CKO_PRIVATE_KEY },
    { type: p.CKA_LABEL, value: options.key },
  ]);
  const [target] = lib.C_FindObjects(session, 2);
  lib.C_FindObjectsFinal(session);
  const aes = lib.C_GenerateKey(session, { mechanism: p.CKM_AES_KEY_GEN }, [
    { type: p.CKA_CLASS, value: p.CKO_SECRET_KEY },
    { type: p.CKA_KEY_TYPE, value: p.CKK_AES },
    { type: p.CKA_VALUE_LEN, value: 32 },
    { type: p.CKA_TOKEN, value: false },
    { type: p.CKA_SENSITIVE, value: true },
    { type: p.CKA_EXTRACTABLE, value: true },
    { type: p.CKA_WRAP, value: true },
  ]);
  lib.C_WrapKey(session, { mechanism: p.CKM_AES_KEY_WRAP_PAD }, aes, target, Buffer.alloc(16 * 1024));
  const kek = lib.C_CreateObject(session, [
    { type: p.CKA_CLASS, value: p.CKO_PUBLIC_KEY },
    { type: p.CKA_KEY_TYPE, value: p.CKK_RSA },
    { type: p.CKA_TOKEN, value: false },
    { type: p.CKA_WRAP, value: true },
    { type: p.CKA_MODULUS, value: Buffer.from(jwk.n, 'base64url') },
    { type: p.CKA_PUBLIC_EXPONENT, value: Buffer.from(jwk.e, 'base64url') },
  ]);
  const oaep = { type: p.CK_PARAMS_RSA_OAEP, hashAlg: p.CKM_SHA_1, mgf: p.CKG_MGF1_SHA1, source: 1 };
  lib.C_WrapKey(session, { mechanism: p.CKM_RSA_PKCS_OAEP, parameter: oaep }, kek, aes, Buffer.alloc(1024));
  lib.C_DestroyObject(session, aes);
  lib.C_DestroyObject(session, kek);
  lib.C_Logout(session);
  lib.C_CloseSession(session);
} finally {
  lib.C_Finalize();
}
process.stdout.write(`${(performance.now() - started).toFixed(2)}\n`);
