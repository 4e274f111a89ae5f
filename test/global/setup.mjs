export { before as default } from './temp-folders.mjs';
