/**
 * The one setting for who may frame the embed pages (/embed/<story>/<chapter>/). Empty: any site may. Otherwise each
 * newsroom's origin as a Content-Security-Policy source, e.g. 'https://www.example.com' or 'https://*.example.org';
 * the site itself always may (the embed builder previews in a frame). Every other page refuses every frame. The build
 * writes it into build/_headers (src/site/site-headers.ts).
 */
export const EMBED_ORIGINS: readonly string[] = [];
