// The extension's fixed identity in Chrome and Edge, so school IT can target it in policies (docs/deploying.md).
// Chrome derives the id from the manifest's public key: sha256 of the key's bytes, the first 32 hex digits mapped
// 0–f → a–p. A test checks the two agree. (The Web Store assigns its own id to a listed extension; a school that
// self-hosts signs with the private half, which is never in this repository.)
/** The public half of the signing key (the manifest's `key`, base64 DER). */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAv9K2f3b7SM4oAf9dnmQcimorxv4NvAp5ECr+19iPNRGwZQlnzpxfTdv8NY1GQUqXuhN0OAF53P9iZFsT1fFg0VQOqRUMRye+I5ZGlPCEhaqQSciwargx9RBwl06gfnbQnKuFXLLA+IwHkdRK9TAC2Z2TPIM6V/O01E2nI5bcHlUtnlv8QWAYcgb4jSrh+llGwX+tsd5urTIp1pU8w4tDby6E/3cv+l7lvhHBzJAAtHSCBgBHaanu025NWnaLOSmZ0oZyASAgzSe3gb6GbPo3kqcUek35ewvsM0awCESxFtquEJVhmoNDtFnrfRV3OYGerebT7ofQrg77DHltiXXsswIDAQAB';
/** The id that key gives. */
export const CHROME_ID = 'gmldikgcjhkppajndgdkjodgjdiifpcp';

/** Firefox's id (browser_specific_settings.gecko.id), used in policies.json. */
export const FIREFOX_ID = 'postcheck@schools.invalid';
