'use strict';
/* global module, require */
// What pkcs11js's `require('./build/Release/pkcs11.node')` loads inside a bundle (scripts/bundle.ts redirects it
// here): the binding built for this host. loadPkcs11() (shared/src/hsm/native-binding.ts) has checked that the
// bundle carries one before pkcs11js gets here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = require(`./${process.platform}-${process.arch}/pkcs11.node`);
