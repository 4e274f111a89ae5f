// Writes a PKI for BYOK_EMULATOR_TLS_SEED (tls.ts), readable by its owner only: `tsx tls-seed.ts <file>`. The test
// run makes one in its global set-up, so that its emulators do not each issue their own.
import { writeFile } from 'node:fs/promises';
import { issuePki } from './tls.js';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx emulators/managed-hsm/tls-seed.ts <file>');
await writeFile(file, JSON.stringify(await issuePki()), { mode: 0o600 });
