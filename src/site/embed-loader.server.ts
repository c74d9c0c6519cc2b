import { createHash } from 'node:crypto';
import source from '../lib/embed/loader.js?raw';

/** The embed loader exactly as /embed/v1/loader.js serves it. */
export const LOADER_SOURCE: string = source;

/**
 * Subresource Integrity for the loader, for the builder's `<script integrity>`: a host's page then runs these bytes
 * or nothing. Any change to loader.js changes it, so a published version's file must never change (a fix is a v2).
 */
export const LOADER_INTEGRITY = `sha384-${createHash('sha384').update(source, 'utf8').digest('base64')}`;
