/**
 * The values of input "wrap-mechanism" (hsm/wrap.ts chooses by them), apart from the PKCS#11 code so that reading
 * the input loads none of it.
 */
export const WRAP_MECHANISMS = ['auto', 'composed', 'native'] as const;
export type WrapMechanismChoice = (typeof WRAP_MECHANISMS)[number];
