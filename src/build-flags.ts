/** Set by the bundler (scripts/build.mjs); absent when tests run the sources directly. */
declare const __WINLINK_VERSION__: string | undefined;

export const BUILT_VERSION = typeof __WINLINK_VERSION__ !== 'undefined' ? __WINLINK_VERSION__ : null;
