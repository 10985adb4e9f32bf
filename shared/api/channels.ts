// Names only, no zod: the sandboxed preload imports these and must not bundle a schema.

/** The IPC channel the desktop app announces changes on. */
export const FEED_CHANNEL = 'fairfloor-feed:change';

/** The path of the browser-mode stream (server-sent events, read with fetch and the Bearer token). */
export const FEED_PATH = '/feed';
