import { webcrypto } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installReflectMetadata } from './reflect-metadata.js';

/**
 * The emulator's own PKI: a CA made at start and the server certificate it issues, for HTTPS on loopback and for
 * the vault names its proxy serves.
 */
export interface TlsMaterial {
  caPem: string;
  /** Absolute path of the CA PEM, for NODE_EXTRA_CA_CERTS and the like. */
  caPath: string;
  certPem: string;
  keyPem: string;
}

/** The certificates and the server's key, without the file a client reads the CA from. */
export type Pki = Omit<TlsMaterial, 'caPath'>;

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where a test run keeps the PKI it made once for all its emulators (test/global, made by tls-seed.ts): a JSON file
 * of {@link Pki}. Each emulator then serves it instead of issuing its own; loading @peculiar/x509 and issuing cost
 * each test file about 0.25 CPU-seconds. Stand-in test material, removed with the run.
 */
const TLS_SEED_VARIABLE = 'BYOK_EMULATOR_TLS_SEED';

/** The emulator's PKI (the run's seed when there is one), its CA written to a folder of its own. */
export async function createTlsMaterial(): Promise<TlsMaterial> {
  const seed = process.env[TLS_SEED_VARIABLE];
  const pki = seed ? (JSON.parse(await readFile(seed, 'utf8')) as Pki) : await issuePki();
  const caPath = path.join(await mkdtemp(path.join(tmpdir(), 'byok-mhsm-')), 'ca.pem');
  await writeFile(caPath, `${pki.caPem}\n`);
  return { ...pki, caPath };
}

/** ECDSA P-256 keys: generated in a millisecond, and every TLS client the project uses accepts them. */
export async function issuePki(): Promise<Pki> {
  installReflectMetadata();
  const x509 = await import('@peculiar/x509');
  const crypto = webcrypto;
  x509.cryptoProvider.set(crypto as unknown as Parameters<typeof x509.cryptoProvider.set>[1]);
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(Date.now() + 30 * DAY_MS);
  const caKeys = (await crypto.subtle.generateKey(ECDSA, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const caName = `CN=byok Managed HSM emulator CA ${Date.now()}`;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    name: caName,
    keys: caKeys,
    notBefore,
    notAfter,
    signingAlgorithm: ECDSA,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const serverKeys = (await crypto.subtle.generateKey(ECDSA, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const server = await x509.X509CertificateGenerator.create({
    subject: 'CN=127.0.0.1',
    issuer: ca.subject,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    notBefore,
    notAfter,
    signingAlgorithm: ECDSA,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      // Vault names reached through the emulator's CONNECT proxy (proxy.ts) are served with this certificate too.
      new x509.SubjectAlternativeNameExtension([
        { type: 'ip', value: '127.0.0.1' },
        { type: 'dns', value: 'localhost' },
        { type: 'dns', value: '*.managedhsm.azure.net' },
        { type: 'dns', value: '*.vault.azure.net' },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(ca),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', serverKeys.privateKey);
  return {
    caPem: ca.toString('pem'),
    certPem: server.toString('pem'),
    keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
  };
}
