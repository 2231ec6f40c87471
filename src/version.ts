/** The version of promocase, written into exports and shown by --version and the API. */
export const VERSION = '0.1.0';
