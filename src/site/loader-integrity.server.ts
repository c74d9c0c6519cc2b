/**
 * The loader's subresource integrity (`sha384-…`), for the loader snippet: from src/site/embed-loader.server.ts,
 * which builds /embed/v1/loader.js.
 *
 * A stub until that module lands: then this becomes
 *   import { integrity } from './embed-loader.server.ts';
 *   export const loaderIntegrity = (): string | undefined => integrity;
 * Until then the snippet goes without an integrity attribute, and tests/build/embed-builder.test.ts fails.
 */
export const loaderIntegrity = (): string | undefined => undefined;
