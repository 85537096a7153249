/**
 * An optional passphrase on a share link: the link's code is encrypted with AES-GCM (256-bit
 * key, 12-byte random IV) under a key derived from the passphrase by PBKDF2-SHA-256 with a
 * 16-byte random salt and PBKDF2_ITERATIONS iterations, all with the browser's WebCrypto.
 * Sealed, the code is `e` + base64url(salt ‖ iv ‖ ciphertext with its 16-byte tag).
 */
import { fromBase64Url, toBase64Url } from './shareCodec.ts';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. A wrong guess costs an attacker as much. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type Unsealed = { ok: true; code: string } | { ok: false; code: 'wrong-passphrase' | 'bad-base64' };

async function keyFrom(passphrase: string, salt: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export const isSealed = (code: string): boolean => code.startsWith('e');

export async function seal(code: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await keyFrom(passphrase, salt);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(code)),
  );
  const out = new Uint8Array(SALT_BYTES + IV_BYTES + sealed.length);
  out.set(salt, 0);
  out.set(iv, SALT_BYTES);
  out.set(sealed, SALT_BYTES + IV_BYTES);
  return `e${toBase64Url(out)}`;
}

/** The code inside a sealed one; a wrong passphrase and a changed link both fail the GCM tag. */
export async function unseal(sealed: string, passphrase: string): Promise<Unsealed> {
  const bytes = fromBase64Url(sealed.slice(1));
  if (!bytes || bytes.length < SALT_BYTES + IV_BYTES + TAG_BYTES) return { ok: false, code: 'bad-base64' };
  const key = await keyFrom(passphrase, bytes.subarray(0, SALT_BYTES));
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES) },
      key,
      bytes.subarray(SALT_BYTES + IV_BYTES),
    );
    return { ok: true, code: new TextDecoder().decode(plain) };
  } catch {
    return { ok: false, code: 'wrong-passphrase' };
  }
}
