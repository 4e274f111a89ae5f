export { after as default } from './temp-folders.mjs';
