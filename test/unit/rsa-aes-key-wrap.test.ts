import { constants, createDecipheriv, generateKeyPairSync, privateDecrypt, randomBytes } from 'node:crypto';
import {
  aesKwpUnwrap,
  aesKwpWrap,
  rsaAesKeyUnwrap,
  rsaAesKeyWrap,
} from '../../shared/src/byok/rsa-aes-key-wrap.js';

const hex = (s: string) => Buffer.from(s, 'hex');

describe('AES key wrap with padding (RFC 5649 vectors from docs/byok-format.md)', () => {
  test.each([
    [
      'aligned, AES-256',
      '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a85840df6e29b02af1',
      'afbeb0f07dfbf5419200f2ccb50bb24aafbeb0f07dfbf5419200f2ccb50bb24a',
      '340068e5236ceb5aaca068695fe28266a2dd7b75bdfc46a53f3e4f8c8052f41bd905f3571d04e0f7',
    ],
    [
      '20 bytes, AES-192',
      '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8',
      'c37b7e6492584340bed12207808941155068f738',
      '138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a',
    ],
    [
      '7 bytes, AES-192',
      '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8',
      '466f7250617369',
      'afbeb0f07dfbf5419200f2ccb50bb24f',
    ],
  ])('%s', (_name, key, plaintext, wrapped) => {
    expect(aesKwpWrap(hex(key), hex(plaintext)).toString('hex')).toBe(wrapped);
    expect(aesKwpUnwrap(hex(key), hex(wrapped)).toString('hex')).toBe(plaintext);
  });

  test('a tampered blob does not unwrap', () => {
    const key = randomBytes(32);
    const wrapped = aesKwpWrap(key, randomBytes(40));
    wrapped[5] = (wrapped[5] as number) ^ 1;
    expect(() => aesKwpUnwrap(key, wrapped)).toThrow();
  });
});

describe('software CKM_RSA_AES_KEY_WRAP', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  test('produces RSA-OAEP-SHA1(aesKey) || KWP(aesKey, plaintext), checked with Node crypto directly', () => {
    const plaintext = randomBytes(1218);
    const blob = rsaAesKeyWrap(publicKey, plaintext);
    expect(blob.length).toBe(256 + 1232);
    const aesKey = privateDecrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      blob.subarray(0, 256),
    );
    expect(aesKey.length).toBe(32);
    const decipher = createDecipheriv('id-aes256-wrap-pad', aesKey, hex('A65959A6'));
    expect(Buffer.concat([decipher.update(blob.subarray(256)), decipher.final()])).toEqual(plaintext);
    expect(rsaAesKeyUnwrap(privateKey, blob)).toEqual(plaintext);
  });

  test('refuses a blob shorter than the KEK modulus', () => {
    expect(() => rsaAesKeyUnwrap(privateKey, Buffer.alloc(200))).toThrow(/too short/);
  });
});
