// Names only, no zod: the sandboxed preload imports these and must not bundle a schema.

/** The IPC channel the desktop app announces changes on. */
export const FEED_CHANNEL = 'fairfloor-feed:change';
