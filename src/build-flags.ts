/** Set by the bundler (scripts/build.mjs); absent when tests run the sources directly. */
declare const __WINLINK_VERSION__: string | undefined;

export const BUILT_VERSION = typeof __WINLINK_VERSION__ !== 'undefined' ? __WINLINK_VERSION__ : null;

/** The hash of dist/app.js, set by scripts/build.mjs in dist/cli.js (names the code cache). */
declare const __WINLINK_APP_HASH__: string | undefined;

export const BUILT_APP_HASH = typeof __WINLINK_APP_HASH__ !== 'undefined' ? __WINLINK_APP_HASH__ : null;
